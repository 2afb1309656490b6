#include "CaseExportJob.h"

#include "AttachmentDownloader.h"
#include "CaseLookup.h"
#include "CommunicationModel.h"
#include "ExportFile.h"
#include "Logging.h"
#include "PdfExporter.h"
#include "SafeFileName.h"
#include "SupportError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

CaseExportJob::CaseExportJob(SupportClient *client, const Options &options, QObject *parent)
    : QObject(parent), m_client(client), m_options(options)
{
    m_thread.after = options.after;
    m_thread.before = options.before;
}

CaseExportJob::~CaseExportJob() = default;

QString CaseExportJob::attachmentFolder(const QString &exportPath)
{
    const QFileInfo info(exportPath);
    return info.dir().filePath(info.completeBaseName() + QLatin1String("_attachments"));
}

void CaseExportJob::start()
{
    QTimer::singleShot(0, this, [this] {
        auto model = new CommunicationModel(m_client, this);
        model->setCase(m_options.caseId, m_options.after, m_options.before);
        connect(model, &CommunicationModel::loadFailed, this, &CaseExportJob::requestFailed);
        connect(model, &CommunicationModel::loadCompleted, this,
                [this, model] { onThreadLoaded(model->communications()); });
        model->fetchAll();
    });
}

void CaseExportJob::onThreadLoaded(const QList<Communication> &communications)
{
    m_thread.communications = communications;
    m_thread.exportedAt = QDateTime::currentDateTimeUtc();

    // JSON to a named file carries the thread only, as DescribeCommunications does: no need
    // to ask for the case.
    const bool needCase = m_options.format != ExportFormat::Json || m_options.output.isEmpty();
    if (!needCase) {
        onCaseKnown();
        return;
    }

    auto lookup = new CaseLookup(m_client, this);
    connect(lookup, &CaseLookup::lookupFailed, this, &CaseExportJob::requestFailed);
    connect(lookup, &CaseLookup::caseNotFound, this, [this] { onCaseKnown(); });
    connect(lookup, &CaseLookup::caseFound, this, [this](const SupportCase &supportCase) {
        m_thread.supportCase = supportCase;
        m_thread.hasCase = true;
        onCaseKnown();
    });
    lookup->lookUp(m_options.caseId);
}

void CaseExportJob::onCaseKnown()
{
    if (m_options.output == QLatin1String("-")) {
        Q_EMIT rendered(render());
        return;
    }

    m_path = m_options.output;
    if (m_path.isEmpty()) {
        SupportCase named = m_thread.supportCase;
        named.caseId = m_options.caseId;
        const QDir dir(m_options.outputDir.isEmpty() ? QDir::currentPath() : m_options.outputDir);
        m_path = dir.filePath(ExportFormats::defaultFileName(named, m_options.format));
    }
    if (const QString reason = ExportFile::unwritableReason(m_path); !reason.isEmpty()) {
        Q_EMIT writeFailed(reason);
        return;
    }
    if (!m_options.force && ExportFile::isTaken(m_path)) {
        Q_EMIT writeFailed(tr("%1 already exists; add --force to replace it.").arg(m_path));
        return;
    }

    if (m_options.downloadAttachments)
        downloadAttachments();
    else
        writeExport();
}

void CaseExportJob::downloadAttachments()
{
    for (const Communication &c : m_thread.oldestFirst()) {
        for (const AttachmentInfo &info : c.attachments)
            m_pendingNames.insert(info.attachmentId, info.fileName);
    }
    if (m_pendingNames.isEmpty()) {
        writeExport();
        return;
    }

    m_folder = attachmentFolder(m_path);
    if (!QDir().mkpath(m_folder)) {
        Q_EMIT writeFailed(tr("Cannot create the folder %1.").arg(m_folder));
        return;
    }

    m_downloader = new AttachmentDownloader(m_client, this);
    m_downloader->setCacheLimit(0); // each file goes to disk at once
    connect(m_downloader, &AttachmentDownloader::downloaded, this,
            [this](const QString &id, const Attachment &attachment) {
                saveAttachment(id, attachment.data);
            });
    connect(m_downloader, &AttachmentDownloader::failed, this,
            [this](const QString &id, const SupportError &error) {
                Q_EMIT attachmentFailed(m_pendingNames.value(id), error.userMessage());
                attachmentDone(id);
            });
    const QStringList ids = m_pendingNames.keys();
    for (const QString &id : ids)
        m_downloader->fetch(id);
}

void CaseExportJob::saveAttachment(const QString &attachmentId, const QByteArray &data)
{
    // The names come from the service: made safe, and never put over an existing file.
    // A file of the same name and content, from an export in another format, is used again.
    const QDir folder(m_folder);
    const QString wanted = m_pendingNames.value(attachmentId);
    QFile same(folder.filePath(SafeFileName::fromUntrusted(wanted)));
    if (same.size() == data.size() && same.open(QIODevice::ReadOnly) && same.readAll() == data) {
        recordAttachment(attachmentId, same.fileName());
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
        recordAttachment(attachmentId, file.fileName());
        return;
    }

    Q_EMIT attachmentFailed(wanted, tr("it could not be written to %1").arg(m_folder));
    attachmentDone(attachmentId);
}

void CaseExportJob::recordAttachment(const QString &attachmentId, const QString &path)
{
    const QFileInfo saved(path);
    m_thread.savedAttachments.insert(attachmentId,
                                     saved.dir().dirName() + QLatin1Char('/') + saved.fileName());
    m_thread.attachmentFiles.insert(attachmentId, saved.absoluteFilePath());
    attachmentDone(attachmentId);
}

void CaseExportJob::attachmentDone(const QString &attachmentId)
{
    m_pendingNames.remove(attachmentId);
    if (m_pendingNames.isEmpty())
        writeExport();
}

void CaseExportJob::writeExport()
{
    QString problem;
    const ExportFile::Overwrite overwrite
        = m_options.force ? ExportFile::Overwrite::Replace : ExportFile::Overwrite::Refuse;
    const ExportFile::Result result = ExportFile::write(m_path, render(), overwrite, &problem);
    if (result == ExportFile::Result::Exists)
        problem = tr("%1 already exists; add --force to replace it.").arg(m_path);
    if (result != ExportFile::Result::Written) {
        Q_EMIT writeFailed(problem);
        return;
    }

    qCDebug(lcExport) << "exported" << m_thread.communications.size() << "communications as"
                      << ExportFormats::name(m_options.format);
    Q_EMIT written(m_path);
}

QByteArray CaseExportJob::render() const
{
    if (m_options.format == ExportFormat::Pdf)
        return PdfExporter::toPdf(m_thread);
    if (m_options.format != ExportFormat::Json)
        return ThreadRenderer::render(m_options.format, m_thread);

    // The shape `aws support describe-communications` prints, without the case.
    ThreadExport threadOnly = m_thread;
    threadOnly.hasCase = false;
    return ThreadRenderer::toJson(threadOnly);
}
