#include "ThreadFile.h"

#include "Logging.h"
#include "SafeFileName.h"
#include "SupportJson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace ThreadFile {

QString tr(const char *text)
{
    return QCoreApplication::translate("ThreadFile", text);
}

} // namespace ThreadFile

namespace {

// The members the service always sends; a row without one was not written by it.
const char *const requiredMembers[] = {"caseId", "body", "submittedBy", "timeCreated"};

bool readCommunications(const QJsonArray &array, QList<Communication> *out, QString *error)
{
    QList<Communication> communications;
    communications.reserve(array.size());
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject json = array.at(i).toObject();
        if (!array.at(i).isObject()) {
            *error = ThreadFile::tr("Message %1 is not a JSON object.").arg(i + 1);
            return false;
        }
        for (const char *member : requiredMembers) {
            if (!json.contains(QLatin1String(member))) {
                *error = ThreadFile::tr("Message %1 has no \"%2\".")
                             .arg(i + 1)
                             .arg(QLatin1String(member));
                return false;
            }
        }

        Communication communication;
        QString problem;
        if (!SupportJson::readCommunication(json, &communication, &problem)) {
            *error = ThreadFile::tr("Message %1 is malformed: %2.").arg(i + 1).arg(problem);
            return false;
        }
        communications.append(std::move(communication));
    }
    *out = std::move(communications);
    return true;
}

bool readCase(const QJsonObject &root, ThreadExport *thread, QString *error)
{
    const QJsonValue value = root.value(QLatin1String("case"));
    if (value.isUndefined() || value.isNull())
        return true;

    QString problem;
    if (!value.isObject()
        || !SupportJson::readCase(value.toObject(), &thread->supportCase, &problem)) {
        *error = ThreadFile::tr("The \"case\" in the file is malformed: %1.")
                     .arg(problem.isEmpty() ? ThreadFile::tr("not an object") : problem);
        return false;
    }
    thread->hasCase = true;
    return true;
}

// "NAME_attachments/FILE", as AttachmentSaver records it: two safe names, so that a file
// cannot point anywhere but into a folder beside itself.
bool isSavedAttachmentPath(const QString &path)
{
    const QStringList parts = path.split(u'/');
    return parts.size() == 2 && SafeFileName::isSafe(parts.at(0))
        && SafeFileName::isSafe(parts.at(1)) && parts.at(0).endsWith(QLatin1String("_attachments"));
}

void readSavedAttachments(const QJsonObject &root, ThreadExport *thread)
{
    // Casebook's own optional member; an entry of another shape is passed over, and the
    // attachment is then fetched from the service as for any other file.
    const QJsonObject saved = root.value(QLatin1String("savedAttachments")).toObject();
    for (auto it = saved.constBegin(); it != saved.constEnd(); ++it) {
        const QString path = it.value().toString();
        if (isSavedAttachmentPath(path))
            thread->savedAttachments.insert(it.key(), path);
        else
            qCDebug(lcExport) << "a saved attachment's path was passed over";
    }
}

bool checkOneCase(const ThreadExport &thread, QString *error)
{
    // The window shows one case's thread; a file that mixes cases was not exported as one.
    QString caseId = thread.hasCase ? thread.supportCase.caseId : QString();
    for (const Communication &communication : thread.communications) {
        if (caseId.isEmpty())
            caseId = communication.caseId;
        if (communication.caseId != caseId) {
            *error = ThreadFile::tr("The file mixes messages of several cases.");
            return false;
        }
    }
    return true;
}

} // namespace

namespace ThreadFile {

bool read(const QString &path, ThreadExport *out, QString *errorMessage, qint64 maxSize)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists()) {
        *errorMessage = tr("%1 does not exist.").arg(name);
        return false;
    }
    // Not a FIFO, a device or a folder: opening one could block or never end.
    if (!info.isFile()) {
        *errorMessage = tr("%1 is not a regular file.").arg(name);
        return false;
    }
    const QString limit = QLocale().formattedDataSize(maxSize);
    if (info.size() > maxSize) {
        *errorMessage = tr("%1 is larger than %2, more than any exported thread.").arg(name, limit);
        return false;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorMessage = tr("Cannot open %1: %2").arg(name, file.errorString());
        return false;
    }
    // The size can change between the check and the read.
    const QByteArray content = file.read(maxSize + 1);
    if (content.size() > maxSize) {
        *errorMessage = tr("%1 is larger than %2, more than any exported thread.").arg(name, limit);
        return false;
    }

    QString problem;
    if (!parse(content, out, &problem)) {
        *errorMessage = tr("%1 cannot be opened: %2").arg(name, problem);
        return false;
    }
    qCDebug(lcExport) << "read a thread of" << out->communications.size() << "messages";
    return true;
}

bool parse(const QByteArray &json, ThreadExport *out, QString *errorMessage)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *errorMessage = tr("it is not JSON (%1 at byte %2).")
                            .arg(parseError.errorString())
                            .arg(parseError.offset);
        return false;
    }

    const QJsonObject root = document.object();
    const QJsonValue communications = root.value(QLatin1String("communications"));
    if (!document.isObject() || !communications.isArray()) {
        *errorMessage = tr("it holds no support case thread (a \"communications\" list, as "
                           "Casebook exports and aws support describe-communications prints).");
        return false;
    }

    ThreadExport thread;
    if (!readCase(root, &thread, errorMessage)
        || !readCommunications(communications.toArray(), &thread.communications, errorMessage)
        || !checkOneCase(thread, errorMessage))
        return false;
    readSavedAttachments(root, &thread);

    *out = std::move(thread);
    return true;
}

QHash<QString, QString> savedAttachmentFiles(const ThreadExport &thread, const QString &exportPath)
{
    QHash<QString, QString> files;
    const QString folder = QFileInfo(exportPath).absoluteDir().canonicalPath();
    if (folder.isEmpty())
        return files;
    for (auto it = thread.savedAttachments.constBegin(); it != thread.savedAttachments.constEnd();
         ++it) {
        const QFileInfo saved(QDir(folder).filePath(it.value()));
        const QString real = saved.canonicalFilePath();
        if (saved.isFile() && real.startsWith(folder + u'/'))
            files.insert(it.key(), real);
    }
    return files;
}

QList<Communication> between(const QList<Communication> &communications, const QDateTime &after,
                             const QDateTime &before)
{
    QList<Communication> result;
    std::copy_if(communications.cbegin(), communications.cend(), std::back_inserter(result),
                 [&](const Communication &c) {
                     return (!after.isValid() || c.timeCreated >= after)
                         && (!before.isValid() || c.timeCreated < before);
                 });
    return result;
}

} // namespace ThreadFile
