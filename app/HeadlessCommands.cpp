#include "HeadlessCommands.h"

#include "CaseExportJob.h"
#include "CaseListModel.h"
#include "CommunicationModel.h"
#include "ExportFile.h"
#include "ExportJob.h"
#include "PdfExporter.h"
#include "SupportClient.h"
#include "SupportJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// "1001: log.txt was not saved: ..." for every attachment of the export that was not saved.
QStringList attachmentProblems(const ExportJob &job)
{
    QStringList problems;
    for (const ExportJob::CaseResult &result : job.results()) {
        const QString id = result.displayId.isEmpty() ? result.caseId : result.displayId;
        for (const QString &problem : result.attachmentProblems)
            problems.append(QStringLiteral("%1: %2").arg(id, problem));
    }
    return problems;
}

} // namespace

HeadlessCommands::HeadlessCommands(const CommandLine &commandLine, SupportClient *client,
                                   QObject *parent)
    : QObject(parent)
    , m_commandLine(commandLine)
    , m_client(client)
{
}

void HeadlessCommands::start()
{
    // Through the event loop, so that a caller can connect to finished() first.
    QTimer::singleShot(0, this, [this] {
        if (m_commandLine.command == CommandLine::Command::Cases)
            listCases();
        else if (m_commandLine.command == CommandLine::Command::Sync)
            syncArchive();
        else if (m_commandLine.allCases)
            exportAllCases();
        else
            exportCase();
    });
}

void HeadlessCommands::listCases()
{
    auto model = new CaseListModel(m_client, this);
    model->setIncludeResolved(m_commandLine.includeResolved);
    model->setTimeRange(m_commandLine.after, m_commandLine.before);

    connect(model, &CaseListModel::loadFailed, this, &HeadlessCommands::fail);
    connect(model, &CaseListModel::loadCompleted, this, [this, model] {
        QByteArray content;
        if (m_commandLine.format == QLatin1String("json")) {
            QJsonArray cases;
            for (const SupportCase &supportCase : model->cases())
                cases.append(SupportJson::toJson(supportCase));
            content = QJsonDocument(QJsonObject{{QLatin1String("cases"), cases}})
                          .toJson(QJsonDocument::Indented);
        } else {
            for (const SupportCase &c : model->cases()) {
                const QString line = QStringLiteral("%1  %2  %3  %4  %5")
                                         .arg(c.displayId, -12)
                                         .arg(SupportJson::formatTime(c.timeCreated).left(10), -10)
                                         .arg(c.status, -24)
                                         .arg(c.severityCode, -8)
                                         .arg(c.subject);
                content += printable(line).toUtf8() + '\n';
            }
        }
        Q_EMIT finished(writeOutput(content) ? 0 : 1);
    });
    model->fetchAll();
}

void HeadlessCommands::exportCase()
{
    CaseExportJob::Options options;
    options.caseId = m_commandLine.caseId;
    options.after = m_commandLine.after;
    options.before = m_commandLine.before;
    options.format = ExportFormats::fromName(m_commandLine.format).value_or(ExportFormat::Json);
    options.output = m_commandLine.output;
    options.downloadAttachments = m_commandLine.downloadAttachments;
    options.force = m_commandLine.force;

    auto job = new CaseExportJob(m_client, options, this);
    auto attachmentFailures = std::make_shared<int>(0);
    connect(job, &CaseExportJob::requestFailed, this, &HeadlessCommands::fail);
    connect(job, &CaseExportJob::writeFailed, this, [this](const QString &reason) {
        failWith(reason);
        Q_EMIT finished(1);
    });
    connect(job, &CaseExportJob::attachmentFailed, this,
            [this, attachmentFailures](const QString &problem) {
                ++*attachmentFailures;
                failWith(problem);
            });
    connect(job, &CaseExportJob::rendered, this, [this](const QByteArray &content) {
        Q_EMIT finished(writeOutput(content) ? 0 : 1);
    });
    connect(job, &CaseExportJob::written, this, [this, attachmentFailures](const QString &path) {
        // A file name Casebook chose is printed, so that a script can pick the file up.
        if (m_commandLine.output.isEmpty())
            writeOutput(path.toUtf8() + '\n');
        Q_EMIT finished(*attachmentFailures == 0 ? 0 : 1);
    });
    job->start();
}

void HeadlessCommands::exportAllCases()
{
    auto job = new ExportJob(m_client, this);
    job->setAllCases(m_commandLine.includeResolved);
    job->setTimeRange(m_commandLine.after, m_commandLine.before);
    job->setFormat(ExportFormats::fromName(m_commandLine.format).value_or(ExportFormat::Json));
    job->setOutputDirectory(m_commandLine.outputDirectory);
    job->setForce(m_commandLine.force);
    job->setAttachments(m_commandLine.downloadAttachments);
    // main() made a QGuiApplication on the offscreen platform for PDF: fonts, no display.
    job->setWriter(&PdfExporter::writeFile);

    connect(job, &ExportJob::casesListed, this, [](int total) {
        std::fprintf(stderr, "casebook: exporting %d cases\n", total);
    });
    connect(job, &ExportJob::caseFinished, this, [job](const ExportJob::CaseResult &result) {
        const QString outcome = result.outcome == ExportJob::Outcome::Written ? tr("written")
            : result.outcome == ExportJob::Outcome::Skipped ? tr("complete, skipped")
                                                          : tr("failed");
        const QString what = result.path.isEmpty() ? result.caseId : result.path;
        QString line = QStringLiteral("[%1/%2] %3: %4")
                           .arg(job->results().size())
                           .arg(job->totalCases())
                           .arg(outcome, what);
        if (!result.message.isEmpty())
            line += QStringLiteral(": ") + result.message;
        std::fprintf(stderr, "%s\n", qPrintable(printable(line)));
    });
    connect(job, &ExportJob::finished, this, [this, job] {
        if (!job->failureMessage().isEmpty()) {
            failWith(job->failureMessage());
            Q_EMIT finished(1);
            return;
        }
        const int failed = job->count(ExportJob::Outcome::Failed);
        QString summary = tr("%1 written, %2 skipped, %3 failed")
                              .arg(job->count(ExportJob::Outcome::Written))
                              .arg(job->count(ExportJob::Outcome::Skipped))
                              .arg(failed);
        const int notSaved = attachmentProblems(*job).size();
        if (notSaved > 0)
            summary += tr(", %1 attachments not saved").arg(notSaved);
        std::fprintf(stderr, "casebook: %s\n", qPrintable(summary));
        for (const QString &problem : attachmentProblems(*job))
            std::fprintf(stderr, "casebook: %s\n", qPrintable(printable(problem)));
        Q_EMIT finished(failed > 0 || notSaved > 0 ? 1 : 0);
    });
    job->start();
}

bool HeadlessCommands::writeOutput(const QByteArray &content)
{
    const QString path = m_commandLine.output;
    if (path.isEmpty() || path == QLatin1String("-")) {
        // A full disk or a reader that went away shows only when the buffer is flushed.
        const bool written = std::fwrite(content.constData(), 1, size_t(content.size()), stdout)
                == size_t(content.size())
            && std::fflush(stdout) == 0 && !std::ferror(stdout);
        if (!written)
            failWith(tr("Cannot write to standard output: %1.")
                         .arg(QString::fromLocal8Bit(std::strerror(errno))));
        return written;
    }

    // As export does: an existing file is replaced only with --force.
    QString errorMessage;
    const ExportFile::Overwrite overwrite = m_commandLine.force ? ExportFile::Overwrite::Replace
                                                                : ExportFile::Overwrite::Refuse;
    const ExportFile::Result result = ExportFile::write(path, content, overwrite, &errorMessage);
    if (result == ExportFile::Result::Exists)
        errorMessage = tr("%1 already exists; add --force to replace it.").arg(path);
    if (result != ExportFile::Result::Written) {
        failWith(errorMessage);
        return false;
    }
    return true;
}

void HeadlessCommands::fail(const SupportError &error)
{
    // For a refused or unreadable request the service's own words say what to change.
    QString reason = error.userMessage();
    const bool detailHelps = error.kind() == SupportError::Kind::Validation
        || error.kind() == SupportError::Kind::Protocol;
    if (detailHelps && !error.message().isEmpty())
        reason += u' ' + error.message();
    // Casebook's own code for credentials it could not get means nothing to the reader.
    if (error.code() != QLatin1String("CredentialsUnavailable")) {
        reason += QStringLiteral(" (") + error.code();
        if (!error.requestId().isEmpty())
            reason += tr(", request id %1").arg(error.requestId());
        reason += u')';
    }
    failWith(reason);
    Q_EMIT finished(1);
}

void HeadlessCommands::failWith(const QString &reason)
{
    std::fprintf(stderr, "casebook: %s\n", qPrintable(printable(reason)));
}

QString HeadlessCommands::printable(const QString &text)
{
    // Text from the service reaches a terminal: no escape sequence, carriage return or
    // direction override in it may act on the terminal or break one-case-per-line output.
    QString safe = text;
    std::replace_if(
        safe.begin(), safe.end(),
        [](QChar c) {
            const char16_t u = c.unicode();
            return c.category() == QChar::Other_Control || (u >= 0x202a && u <= 0x202e)
                || (u >= 0x2066 && u <= 0x2069);
        },
        QChar(u' '));
    return safe;
}
