#pragma once

#include "SupportCase.h"
#include "ThreadExport.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class SupportClient;

/// Exports the threads of several cases to a folder, one file per case, fetching every page
/// of each thread through SupportClient.
///
/// In a folder, ExportManifest records what each file holds: a file that still has the bytes
/// Casebook wrote, for a case with nothing newer in the range, is complete and a second run
/// skips it; one that still has those bytes but is out of date is written again. A file that
/// holds anything else is left alone, and its case reported as failed, unless force is set.
/// See README.md, "The command line".
class ExportJob : public QObject
{
    Q_OBJECT

public:
    /// Writes \a thread to \a path for formats ThreadRenderer cannot render (PDF); returns
    /// false with \a errorMessage set on failure.
    using Writer = std::function<bool(const ThreadExport &thread, const QString &path,
                                      QString *errorMessage)>;

    enum class Outcome { Written, Skipped, Failed };
    Q_ENUM(Outcome)

    /// What became of one case.
    struct CaseResult
    {
        QString caseId;
        QString displayId;
        QString path; ///< the file written or skipped; empty when none was chosen
        Outcome outcome = Outcome::Failed;
        QString message; ///< why it failed, for people
        QStringList attachmentProblems; ///< attachments not saved, each with why
    };

    explicit ExportJob(SupportClient *client, QObject *parent = nullptr);
    ~ExportJob() override;

    /// Exports these cases; their details are asked for when the names need them.
    void setCaseIds(const QStringList &caseIds);
    /// Exports these cases, whose details are already known.
    void setCases(const QList<SupportCase> &cases);
    /// Exports \a thread as it is, asking the service for nothing (a thread read from a file).
    void setThread(const ThreadExport &thread);
    /// Exports every case DescribeCases lists for the time range (cases created in it).
    void setAllCases(bool includeResolved);

    /// The time range of the export: the messages exported and, with setAllCases(), the cases
    /// listed. Either end may be invalid for no bound.
    void setTimeRange(const QDateTime &after, const QDateTime &before);
    void setFormat(ExportFormat format);
    /// The folder that receives one file per case.
    void setOutputDirectory(const QString &path);
    /// For a single case: this file instead of a name in the folder. No manifest is kept for
    /// it: an existing file is skipped only when it holds exactly the export's bytes.
    void setOutputFile(const QString &path);
    /// Replace existing files that differ from the export.
    void setForce(bool force);
    /// Used for formats that ThreadRenderer cannot render.
    void setWriter(const Writer &writer);
    /// Also save each case's attachments beside its file (see AttachmentSaver) and link them.
    void setAttachments(bool attachments);

    /// Whether the job can write \a format: ThreadRenderer renders it, or a writer is set.
    bool canWrite(ExportFormat format) const;

    /// Starts through the event loop; caseFinished() follows for each case, then finished().
    void start();
    /// Stops after the request in flight is dropped; finished() follows. Files already written
    /// stay, the one being fetched is not written.
    void cancel();

    bool isRunning() const;
    bool wasCancelled() const;
    QList<CaseResult> results() const;
    int count(Outcome outcome) const;
    /// Cases known so far; grows while DescribeCases pages arrive.
    int totalCases() const;
    /// Why the job could not run at all (listing the cases failed, no folder), or empty.
    QString failureMessage() const;

Q_SIGNALS:
    /// The list of cases to export is known.
    void casesListed(int total);
    void caseStarted(const QString &caseId, int index, int total);
    void caseFinished(const ExportJob::CaseResult &result);
    void progressChanged(int done, int total);
    void finished();

private:
    void run();
    void listCases();
    void nextCase();
    void fetchDetails();
    void fetchThread();
    void writeThread(const ThreadExport &thread);
    void saveAttachments(const ThreadExport &thread, const QString &path);
    void writeFile(const ThreadExport &thread, const QString &path,
                   const QStringList &attachmentProblems = {});
    void record(const QString &path, const ThreadExport &thread, const QByteArray &sha256,
                bool attachmentsComplete);
    void finishCase(Outcome outcome, const QString &path, const QString &message,
                    const QStringList &attachmentProblems = {});
    void finish();

    struct Private;
    const std::unique_ptr<Private> d;
};

Q_DECLARE_METATYPE(ExportJob::CaseResult)
