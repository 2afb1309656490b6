#pragma once

#include "ThreadExport.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

/// Reads a thread back from a file: a JSON export of Casebook (`{"communications": [...]}`
/// with an optional "case") or what `aws support describe-communications` prints.
///
/// Files are untrusted: anything that is not such a thread is refused with a sentence that
/// says what is wrong, and nothing is half read.
namespace ThreadFile {

/// Largest file opened, the same bound as one reply from the service: a few thousand
/// messages of the longest kind, far more of ordinary ones.
inline constexpr qint64 maxFileSize = 64 * 1024 * 1024;

/// Reads \a path into \a out. On failure returns false with \a errorMessage set and leaves
/// \a out untouched.
bool read(const QString &path, ThreadExport *out, QString *errorMessage,
          qint64 maxSize = maxFileSize);

/// Reads a thread from \a json; the same rules as read().
bool parse(const QByteArray &json, ThreadExport *out, QString *errorMessage);

/// The files of \a thread's savedAttachments that are there beside \a exportPath, the file it
/// was read from: attachment id -> absolute path. Paths that lead out of that folder, through a
/// link or otherwise, and files that are gone are left out.
QHash<QString, QString> savedAttachmentFiles(const ThreadExport &thread, const QString &exportPath);

/// The communications created at or after \a after and before \a before (either may be
/// invalid for no bound), in their order: what the service would return for that range.
QList<Communication> between(const QList<Communication> &communications, const QDateTime &after,
                             const QDateTime &before);

} // namespace ThreadFile
