#include "AttachmentSaver.h"

#include "AttachmentDownloader.h"
#include "Logging.h"
#include "SafeFileName.h"
#include "SupportError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

AttachmentSaver::AttachmentSaver(SupportClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{ }

AttachmentSaver::~AttachmentSaver() = default;

QString AttachmentSaver::folderFor(const QString &exportPath)
{
    const QFileInfo info(exportPath);
    return info.dir().filePath(info.completeBaseName() + QLatin1String("_attachments"));
}

void AttachmentSaver::start(const ThreadExport &thread, const QString &exportPath)
{
    m_thread = thread;
    m_folder = folderFor(exportPath);
    m_pending.clear();
    m_failures.clear();
    for (const Communication &c : m_thread.oldestFirst()) {
        for (const AttachmentInfo &info : c.attachments)
            m_pending.insert(info.attachmentId, info.fileName);
    }
    if (m_pending.isEmpty()) {
        QTimer::singleShot(0, this, &AttachmentSaver::finished);
        return;
    }

    if (!QDir().mkpath(m_folder)) {
        const QString reason
            = tr("the folder %1 cannot be created").arg(QDir::toNativeSeparators(m_folder));
        for (const QString &id : m_pending.keys())
            m_failures.append(tr("%1 was not saved: %2").arg(m_pending.value(id), reason));
        m_pending.clear();
        QTimer::singleShot(0, this, &AttachmentSaver::finished);
        return;
    }

    m_downloader = new AttachmentDownloader(m_client, this);
    m_downloader->setCacheLimit(0); // each file goes to disk at once
    connect(m_downloader, &AttachmentDownloader::downloaded, this,
            [this](const QString &id, const Attachment &attachment) { save(id, attachment.data); });
    connect(
        m_downloader, &AttachmentDownloader::failed, this,
        [this](const QString &id, const SupportError &error) { fail(id, error.userMessage()); });
    const QStringList ids = m_pending.keys();
    for (const QString &id : ids)
        m_downloader->fetch(id);
}

void AttachmentSaver::cancel()
{
    m_pending.clear();
    if (m_downloader) {
        m_downloader->disconnect(this);
        m_downloader->cancelAll();
    }
}

void AttachmentSaver::save(const QString &attachmentId, const QByteArray &data)
{
    // The names come from the service: made safe, and never put over an existing file.
    // A file of the same name and content, from an earlier run or another format, is used
    // again, so that a re-export leaves no " (2)" copies behind.
    const QDir folder(m_folder);
    const QString wanted = m_pending.value(attachmentId);
    QFile same(folder.filePath(SafeFileName::fromUntrusted(wanted)));
    if (same.size() == data.size() && same.open(QIODevice::ReadOnly) && same.readAll() == data) {
        record(attachmentId, same.fileName());
        return;
    }

    for (int attempt = 0; attempt < 5; ++attempt) {
        QFile file(folder.filePath(SafeFileName::uniqueIn(folder, wanted)));
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            continue; // taken since uniqueIn() looked: ask again
        if (file.write(data) != data.size() || !file.flush()) {
            file.remove();
            break;
        }
        record(attachmentId, file.fileName());
        return;
    }
    fail(attachmentId, tr("it could not be written to %1").arg(QDir::toNativeSeparators(m_folder)));
}

void AttachmentSaver::record(const QString &attachmentId, const QString &path)
{
    const QFileInfo saved(path);
    m_thread.savedAttachments.insert(attachmentId,
                                     saved.dir().dirName() + QLatin1Char('/') + saved.fileName());
    m_thread.attachmentFiles.insert(attachmentId, saved.absoluteFilePath());
    done(attachmentId);
}

void AttachmentSaver::fail(const QString &attachmentId, const QString &reason)
{
    m_failures.append(tr("%1 was not saved: %2").arg(m_pending.value(attachmentId), reason));
    done(attachmentId);
}

void AttachmentSaver::done(const QString &attachmentId)
{
    if (!m_pending.remove(attachmentId) || !m_pending.isEmpty())
        return;

    qCDebug(lcExport) << "attachments saved:" << m_thread.savedAttachments.size()
                      << "failed:" << m_failures.size();
    // Through the event loop: the downloader that led here is still inside its signal.
    QTimer::singleShot(0, this, &AttachmentSaver::finished);
}
