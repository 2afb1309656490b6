#include "ExportFile.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace ExportFile {

bool isTaken(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

QString unwritableReason(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink()) {
        return QCoreApplication::translate("ExportFile",
                                           "%1 is a symbolic link; Casebook does not write "
                                           "through one. Choose another name.")
            .arg(path);
    }
    if (info.isDir()) {
        return QCoreApplication::translate("ExportFile", "%1 is a folder; give a file name.")
            .arg(path);
    }
    return {};
}

Result write(const QString &path, const QByteArray &content, Overwrite overwrite,
             QString *errorMessage)
{
    // QSaveFile would replace the link's target, wherever it points.
    if (const QString reason = unwritableReason(path); !reason.isEmpty()) {
        *errorMessage = reason;
        return Result::Failed;
    }
    if (overwrite == Overwrite::Refuse && isTaken(path)) {
        *errorMessage = QCoreApplication::translate("ExportFile", "%1 already exists.").arg(path);
        return Result::Exists;
    }

    // Until commit() the content goes to a temporary file beside the target, so a full disk
    // or a crash leaves the previous file as it was. Qt 6.4's commit() reports success even
    // when its last flush failed (a full disk, a file size limit) and then replaces the old
    // file with a cut one: flush first and check. Keep until every supported Qt checks it.
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
        && file.flush() && file.commit();
    if (!written) {
        *errorMessage = QCoreApplication::translate("ExportFile", "Cannot write %1: %2")
                            .arg(path, file.errorString());
        file.cancelWriting();
        return Result::Failed;
    }

    qCDebug(lcExport) << "wrote" << content.size() << "bytes";
    return Result::Written;
}

} // namespace ExportFile
