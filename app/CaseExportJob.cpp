#include "CaseExportJob.h"

#include "CaseLookup.h"
#include "CommunicationModel.h"
#include "ExportFile.h"
#include "ExportJob.h"
#include "Logging.h"
#include "PdfExporter.h"
#include "SupportError.h"

#include <QDir>
#include <QTimer>

CaseExportJob::CaseExportJob(SupportClient *client, const Options &options, QObject *parent)
    : QObject(parent), m_client(client), m_options(options)
{
    m_thread.after = options.after;
    m_thread.before = options.before;
}

CaseExportJob::~CaseExportJob() = default;

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
        const ThreadExport thread = exported();
        Q_EMIT rendered(m_options.format == ExportFormat::Pdf
                            ? PdfExporter::toPdf(thread)
                            : ThreadRenderer::render(m_options.format, thread));
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
    writeExport();
}

void CaseExportJob::writeExport()
{
    // The existing file was refused above unless --force: replacing it now is what was asked.
    auto job = new ExportJob(m_client, this);
    job->setThread(exported());
    job->setFormat(m_options.format);
    job->setOutputFile(m_path);
    job->setForce(true);
    job->setAttachments(m_options.downloadAttachments);
    job->setWriter(&PdfExporter::writeFile);

    connect(job, &ExportJob::caseFinished, this, [this](const ExportJob::CaseResult &result) {
        for (const QString &problem : result.attachmentProblems)
            Q_EMIT attachmentFailed(problem);
        if (result.outcome == ExportJob::Outcome::Failed) {
            Q_EMIT writeFailed(result.message);
            return;
        }
        qCDebug(lcExport) << "exported" << m_thread.communications.size() << "communications as"
                          << ExportFormats::name(m_options.format);
        Q_EMIT written(m_path);
    });
    connect(job, &ExportJob::finished, job, &QObject::deleteLater);
    job->start();
}

ThreadExport CaseExportJob::exported() const
{
    // JSON has the shape `aws support describe-communications` prints, without the case.
    ThreadExport thread = m_thread;
    if (m_options.format == ExportFormat::Json)
        thread.hasCase = false;
    return thread;
}
