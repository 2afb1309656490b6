#include "JsonExporter.h"

#include "Logging.h"
#include "SupportJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

QByteArray JsonExporter::toJson(const QList<Communication> &communications,
                                const SupportCase *supportCase,
                                const QHash<QString, QString> &savedAttachments)
{
    QJsonObject root{{QLatin1String("communications"), SupportJson::toJson(communications)}};
    if (supportCase)
        root.insert(QLatin1String("case"), SupportJson::toJson(*supportCase));
    if (!savedAttachments.isEmpty()) {
        QJsonObject saved;
        for (auto it = savedAttachments.constBegin(); it != savedAttachments.constEnd(); ++it)
            saved.insert(it.key(), it.value());
        root.insert(QLatin1String("savedAttachments"), saved);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool JsonExporter::writeFile(const QString &path, const QByteArray &content,
                             QString *errorMessage)
{
    // flush() before commit(): Qt 6.4's commit() misses a failed last flush (see ExportFile).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()
        || !file.flush() || !file.commit()) {
        *errorMessage = QCoreApplication::translate("JsonExporter", "Cannot write %1: %2")
                            .arg(path, file.errorString());
        return false;
    }

    qCDebug(lcExport) << "wrote" << content.size() << "bytes of JSON";
    return true;
}
