#pragma once

#include <QByteArray>
#include <QString>

/// Writes an export to disk atomically, and replaces an existing file only when asked to.
namespace ExportFile {

enum class Overwrite { Refuse, Replace };

enum class Result {
    Written,
    Exists, ///< the file is there and Overwrite::Refuse was given; nothing was written
    Failed, ///< the write failed; a file that was there before is untouched
};

/// Writes \a content to \a path through QSaveFile; a folder or a symbolic link there fails.
/// On anything but Written, \a errorMessage holds a sentence that names the file.
Result write(const QString &path, const QByteArray &content, Overwrite overwrite,
             QString *errorMessage);

/// Whether something (a file, a folder, a dangling link) already has the name \a path.
bool isTaken(const QString &path);

/// A sentence naming \a path when no export may be written there whatever the overwrite rule:
/// it is a folder, or a symbolic link (never written through); empty otherwise.
QString unwritableReason(const QString &path);

} // namespace ExportFile
