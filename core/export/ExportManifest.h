#pragma once

#include "ThreadExport.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

/// The record Casebook keeps in a folder of exports, `.casebook-export.json`: for each file it
/// wrote, which case, format and range it holds, how many messages, the newest one's time,
/// whether its attachments were saved, and a SHA-256 of the bytes written.
///
/// It is what makes a second export into the same folder honest for every format, also those
/// that carry the time of export: a file is complete when it still has the bytes Casebook
/// wrote and the case has nothing newer in the range; a file that was changed by hand is not
/// Casebook's to replace.
class ExportManifest
{
public:
    struct Entry
    {
        QString caseId;
        QString format;
        QDateTime after;
        QDateTime before;
        int messages = 0;
        QDateTime newest;
        bool attachments = false; ///< every attachment in range was saved beside the file
        QByteArray sha256; ///< hex

        /// Whether this entry was written for the same case, format and range as \a other.
        bool describesSameExport(const Entry &other) const;
    };

    /// The manifest's file name inside the folder.
    static QString fileName();

    /// Reads the manifest of \a folder; a missing or unreadable one reads as empty (and every
    /// existing file is then judged by its content alone).
    static ExportManifest read(const QString &folder);
    /// Writes it atomically into its folder; false with \a errorMessage set on failure.
    bool write(QString *errorMessage) const;

    /// The entry of the file named \a name in the folder, if any.
    const Entry *entry(const QString &name) const;
    void setEntry(const QString &name, const Entry &entry);

    /// What an export of \a thread as \a format records, without the hash.
    static Entry describe(const ThreadExport &thread, ExportFormat format, const QString &caseId);
    /// The hex SHA-256 of \a content, or of the file at \a path (empty when unreadable).
    static QByteArray hash(const QByteArray &content);
    static QByteArray hashOfFile(const QString &path);

private:
    QString m_folder;
    QHash<QString, Entry> m_entries;
};
