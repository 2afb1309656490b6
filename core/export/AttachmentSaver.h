#pragma once

#include "ThreadExport.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

class AttachmentDownloader;
class SupportClient;

/// Saves the attachments of a thread's messages in range into the folder beside its export,
/// `<file name without suffix>_attachments/`, under safe names no other file there has, and
/// records them in the thread so that the export links them (and an mbox attaches them).
///
/// A failed download or write is listed in failures() and the rest goes on: the export is
/// written all the same, naming the file as not saved.
class AttachmentSaver : public QObject
{
    Q_OBJECT

public:
    AttachmentSaver(SupportClient *client, QObject *parent = nullptr);
    ~AttachmentSaver() override;

    /// "<file name without its suffix>_attachments", the folder beside \a exportPath.
    static QString folderFor(const QString &exportPath);

    /// Starts saving the attachments of \a thread for the export at \a exportPath; finished()
    /// follows, through the event loop even when there is nothing to save.
    void start(const ThreadExport &thread, const QString &exportPath);
    /// Drops the downloads in flight; finished() does not follow.
    void cancel();

    /// The thread given to start(), with savedAttachments and attachmentFiles filled in.
    ThreadExport thread() const { return m_thread; }
    /// One sentence for each attachment that was not saved, naming it and saying why.
    QStringList failures() const { return m_failures; }

Q_SIGNALS:
    void finished();

private:
    void save(const QString &attachmentId, const QByteArray &data);
    void record(const QString &attachmentId, const QString &path);
    void fail(const QString &attachmentId, const QString &reason);
    void done(const QString &attachmentId);

    SupportClient *m_client;
    AttachmentDownloader *m_downloader = nullptr;
    ThreadExport m_thread;
    QString m_folder;
    QHash<QString, QString> m_pending; ///< attachment id -> its file name
    QStringList m_failures;
};
