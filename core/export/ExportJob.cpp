#include "ExportJob.h"

#include "AttachmentSaver.h"
#include "CaseListModel.h"
#include "CommunicationModel.h"
#include "ExportManifest.h"
#include "JsonExporter.h"
#include "Logging.h"
#include "SafeFileName.h"
#include "SupportClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace {

QString describe(const SupportError &error)
{
    return QStringLiteral("%1 (%2)").arg(error.userMessage(), error.code());
}

// Whether the file at \a path holds exactly \a content; read only when the sizes agree.
bool holdsExactly(const QString &path, const QByteArray &content)
{
    QFile file(path);
    if (file.size() != content.size() || !file.open(QIODevice::ReadOnly))
        return false;
    return file.readAll() == content;
}

// "name (2).ext" for the n-th case whose file would be "name.ext", shortened to stay within
// SafeFileName::maxBytes so that the number is never cut off.
QString numbered(const QString &name, int n)
{
    auto [stem, extension] = SafeFileName::splitExtension(name);
    const QString suffix = QStringLiteral(" (%1)").arg(n) + extension;
    while (!stem.isEmpty() && (stem + suffix).toUtf8().size() > SafeFileName::maxBytes)
        stem.chop(stem.size() > 1 && stem.at(stem.size() - 1).isLowSurrogate() ? 2 : 1);
    return SafeFileName::fromUntrusted(stem + suffix);
}

} // namespace

struct ExportJob::Private
{
    SupportClient *client = nullptr;
    QList<SupportCase> cases;
    QList<bool> needsDetails;
    std::optional<ThreadExport> ready;
    bool listAll = false;
    bool includeResolved = false;
    QDateTime after;
    QDateTime before;
    ExportFormat format = ExportFormat::Json;
    QString directory;
    QString file;
    bool force = false;
    bool attachments = false;
    Writer writer;
    ExportManifest manifest; ///< of the folder; unused for a single chosen file

    QList<CaseResult> results;
    QSet<QString> usedNames; ///< case-folded: two names that differ only in case collide
    int current = -1;
    bool running = false;
    bool cancelled = false;
    QString failure;
    QPointer<CaseListModel> caseList;
    QPointer<CommunicationModel> thread;
    QPointer<CasesReply> details;
    QPointer<AttachmentSaver> saver;

    QString targetPath();
    QString caseId() const { return cases.at(current).caseId; }
    bool usesManifest() const { return file.isEmpty(); }
    QByteArray render(const ThreadExport &thread) const;
    Outcome judgeExisting(const QString &path, const ThreadExport &thread, QString *message);
};

QByteArray ExportJob::Private::render(const ThreadExport &thread) const
{
    return format == ExportFormat::Pdf ? QByteArray() : ThreadRenderer::render(format, thread);
}

// What to do with a file that is already there: Skipped when it is complete, Written when
// Casebook may replace it, Failed (with \a message) when it is someone else's.
ExportJob::Outcome ExportJob::Private::judgeExisting(const QString &path,
                                                     const ThreadExport &thread, QString *message)
{
    ExportManifest::Entry wanted = ExportManifest::describe(thread, format, caseId());
    const ExportManifest::Entry *entry
        = usesManifest() ? manifest.entry(QFileInfo(path).fileName()) : nullptr;
    const bool ours = entry && entry->describesSameExport(wanted) && !entry->sha256.isEmpty()
        && ExportManifest::hashOfFile(path) == entry->sha256;
    if (ours) {
        const bool current = entry->messages == wanted.messages && entry->newest == wanted.newest
            && (entry->attachments || !attachments);
        return current ? Outcome::Skipped : Outcome::Written;
    }

    // Without a record (a folder of an older Casebook, a chosen file) only identical bytes
    // prove a file complete, which formats that carry the time of export never are.
    if (!attachments && format != ExportFormat::Pdf && holdsExactly(path, render(thread)))
        return Outcome::Skipped;
    if (force)
        return Outcome::Written;
    *message = tr("%1 already exists and differs from what Casebook wrote; it was left as it "
                  "is.")
                   .arg(QDir::toNativeSeparators(path));
    return Outcome::Failed;
}

QString ExportJob::Private::targetPath()
{
    if (!file.isEmpty())
        return file;

    const QString name = ExportFormats::defaultFileName(cases.at(current), format);
    QString unique = name;
    for (int n = 2; usedNames.contains(unique.toCaseFolded()); ++n)
        unique = numbered(name, n);
    usedNames.insert(unique.toCaseFolded());
    return QDir(directory).filePath(unique);
}

ExportJob::ExportJob(SupportClient *client, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->client = client;
}

ExportJob::~ExportJob()
{
    // Requests in flight would otherwise outlive the job with no one to delete them.
    if (d->details) {
        d->details->disconnect(this);
        d->details->abort();
        d->details->deleteLater();
    }
}

void ExportJob::setCaseIds(const QStringList &caseIds)
{
    d->cases.clear();
    for (const QString &caseId : caseIds) {
        SupportCase supportCase;
        supportCase.caseId = caseId;
        d->cases.append(supportCase);
    }
    d->needsDetails = QList<bool>(d->cases.size(), true);
    d->listAll = false;
    d->ready.reset();
}

void ExportJob::setCases(const QList<SupportCase> &cases)
{
    d->cases = cases;
    d->needsDetails = QList<bool>(d->cases.size(), false);
    d->listAll = false;
    d->ready.reset();
}

void ExportJob::setThread(const ThreadExport &thread)
{
    SupportCase supportCase = thread.supportCase;
    if (supportCase.caseId.isEmpty() && !thread.communications.isEmpty())
        supportCase.caseId = thread.communications.first().caseId;
    setCases({supportCase});
    d->ready = thread;
}

void ExportJob::setAllCases(bool includeResolved)
{
    d->cases.clear();
    d->needsDetails.clear();
    d->listAll = true;
    d->includeResolved = includeResolved;
    d->ready.reset();
}

void ExportJob::setTimeRange(const QDateTime &after, const QDateTime &before)
{
    d->after = after;
    d->before = before;
}

void ExportJob::setFormat(ExportFormat format)
{
    d->format = format;
}

void ExportJob::setOutputDirectory(const QString &path)
{
    d->directory = path;
}

void ExportJob::setOutputFile(const QString &path)
{
    d->file = path;
}

void ExportJob::setForce(bool force)
{
    d->force = force;
}

void ExportJob::setWriter(const Writer &writer)
{
    d->writer = writer;
}

void ExportJob::setAttachments(bool attachments)
{
    d->attachments = attachments;
}

bool ExportJob::canWrite(ExportFormat format) const
{
    return format != ExportFormat::Pdf || d->writer;
}

void ExportJob::start()
{
    if (d->running)
        return;
    d->running = true;
    d->cancelled = false;
    d->failure.clear();
    d->results.clear();
    d->usedNames.clear();
    d->usedNames.insert(ExportManifest::fileName().toCaseFolded());
    d->current = -1;

    // Through the event loop, so that a caller can connect to the signals first.
    QTimer::singleShot(0, this, &ExportJob::run);
}

void ExportJob::cancel()
{
    if (!d->running || d->cancelled)
        return;
    d->cancelled = true;
    qCInfo(lcExport) << "export cancelled after" << d->results.size() << "cases";

    for (QObject *pending :
         {static_cast<QObject *>(d->caseList.data()), static_cast<QObject *>(d->thread.data())}) {
        if (pending) {
            pending->disconnect(this);
            pending->deleteLater();
        }
    }
    if (d->details) {
        d->details->disconnect(this);
        d->details->abort();
        d->details->deleteLater();
    }
    if (d->saver) {
        d->saver->disconnect(this);
        d->saver->cancel();
        d->saver->deleteLater();
    }
    QTimer::singleShot(0, this, &ExportJob::finish);
}

bool ExportJob::isRunning() const
{
    return d->running;
}

bool ExportJob::wasCancelled() const
{
    return d->cancelled;
}

QList<ExportJob::CaseResult> ExportJob::results() const
{
    return d->results;
}

int ExportJob::count(Outcome outcome) const
{
    return int(std::count_if(d->results.cbegin(), d->results.cend(),
                             [outcome](const CaseResult &r) { return r.outcome == outcome; }));
}

int ExportJob::totalCases() const
{
    return int(d->cases.size());
}

QString ExportJob::failureMessage() const
{
    return d->failure;
}

void ExportJob::run()
{
    if (d->cancelled)
        return;

    if (!d->file.isEmpty() && (d->listAll || d->cases.size() != 1))
        d->failure = tr("A single file holds one case; choose a folder for several.");
    else if (d->file.isEmpty() && d->directory.isEmpty())
        d->failure = tr("No folder was chosen for the export.");
    else if (d->file.isEmpty() && !QDir().mkpath(d->directory))
        d->failure = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(d->directory));
    else if (!canWrite(d->format))
        d->failure = tr("Casebook cannot write %1 files here.").arg(ExportFormats::name(d->format));
    if (!d->failure.isEmpty()) {
        finish();
        return;
    }

    if (d->usesManifest())
        d->manifest = ExportManifest::read(d->directory);
    if (d->listAll) {
        listCases();
        return;
    }
    Q_EMIT casesListed(int(d->cases.size()));
    nextCase();
}

void ExportJob::listCases()
{
    auto model = new CaseListModel(d->client, this);
    d->caseList = model;
    model->setIncludeResolved(d->includeResolved);
    model->setTimeRange(d->after, d->before);

    connect(model, &CaseListModel::loadFailed, this, [this, model](const SupportError &error) {
        d->failure = tr("The cases could not be listed: %1").arg(describe(error));
        model->deleteLater();
        finish();
    });
    connect(model, &CaseListModel::loadCompleted, this, [this, model] {
        d->cases = model->cases();
        d->needsDetails = QList<bool>(d->cases.size(), false);
        model->deleteLater();
        qCInfo(lcExport) << "exporting" << d->cases.size() << "cases";
        Q_EMIT casesListed(int(d->cases.size()));
        nextCase();
    });
    model->fetchAll();
}

void ExportJob::nextCase()
{
    if (d->cancelled || !d->running)
        return;
    ++d->current;
    if (d->current >= d->cases.size()) {
        finish();
        return;
    }

    Q_EMIT caseStarted(d->cases.at(d->current).caseId, d->current, int(d->cases.size()));
    if (d->ready)
        writeThread(*d->ready);
    else if (d->needsDetails.at(d->current))
        fetchDetails();
    else
        fetchThread();
}

void ExportJob::fetchDetails()
{
    // The file is named after the case's number and subject, which only DescribeCases knows.
    CasesQuery query;
    query.caseIds = {d->cases.at(d->current).caseId};
    query.includeResolved = true;
    query.includeCommunications = false;
    CasesReply *reply = d->client->describeCases(query);
    d->details = reply;

    connect(reply, &SupportReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->hasError()) {
            finishCase(Outcome::Failed, {}, describe(reply->error()));
        } else if (reply->page().cases.isEmpty()) {
            finishCase(Outcome::Failed, {},
                       tr("No case has the id %1.").arg(d->cases.at(d->current).caseId));
        } else {
            d->cases[d->current] = reply->page().cases.first();
            fetchThread();
        }
    });
}

void ExportJob::fetchThread()
{
    auto model = new CommunicationModel(d->client, this);
    d->thread = model;
    model->setCase(d->cases.at(d->current).caseId, d->after, d->before);

    connect(model, &CommunicationModel::loadFailed, this, [this, model](const SupportError &error) {
        model->deleteLater();
        finishCase(Outcome::Failed, {}, describe(error));
    });
    connect(model, &CommunicationModel::loadCompleted, this, [this, model] {
        ThreadExport thread;
        thread.supportCase = d->cases.at(d->current);
        thread.supportCase.recentCommunications = {};
        thread.hasCase = true;
        thread.communications = model->communications();
        thread.after = d->after;
        thread.before = d->before;
        thread.exportedAt = QDateTime::currentDateTimeUtc();
        model->deleteLater();
        writeThread(thread);
    });
    model->fetchAll();
}

void ExportJob::writeThread(const ThreadExport &thread)
{
    const QString path = d->targetPath();
    const QFileInfo info(path);
    if (info.isSymLink() || (info.exists() && !info.isFile())) {
        finishCase(Outcome::Failed, path,
                   tr("%1 is not a regular file; nothing was written.")
                       .arg(QDir::toNativeSeparators(path)));
        return;
    }

    if (info.exists()) {
        QString message;
        const Outcome outcome = d->judgeExisting(path, thread, &message);
        if (outcome != Outcome::Written) {
            finishCase(outcome, path, message);
            return;
        }
    }

    if (d->attachments)
        saveAttachments(thread, path);
    else
        writeFile(thread, path);
}

void ExportJob::saveAttachments(const ThreadExport &thread, const QString &path)
{
    auto saver = new AttachmentSaver(d->client, this);
    d->saver = saver;
    connect(saver, &AttachmentSaver::finished, this, [this, saver, path] {
        saver->deleteLater();
        writeFile(saver->thread(), path, saver->failures());
    });
    saver->start(thread, path);
}

void ExportJob::writeFile(const ThreadExport &thread, const QString &path,
                          const QStringList &attachmentProblems)
{
    QString problem;
    QByteArray sha256;
    if (d->format == ExportFormat::Pdf) {
        if (d->writer(thread, path, &problem))
            sha256 = ExportManifest::hashOfFile(path);
    } else {
        const QByteArray content = d->render(thread);
        if (content.isEmpty())
            problem = tr("Casebook cannot write %1 files yet.").arg(ExportFormats::name(d->format));
        else if (JsonExporter::writeFile(path, content, &problem))
            sha256 = ExportManifest::hash(content);
    }
    if (sha256.isEmpty()) {
        finishCase(Outcome::Failed, path, problem, attachmentProblems);
        return;
    }

    record(path, thread, sha256, d->attachments && attachmentProblems.isEmpty());
    finishCase(Outcome::Written, path, {}, attachmentProblems);
}

void ExportJob::record(const QString &path, const ThreadExport &thread, const QByteArray &sha256,
                       bool attachmentsComplete)
{
    if (!d->usesManifest())
        return;

    ExportManifest::Entry entry = ExportManifest::describe(thread, d->format, d->caseId());
    entry.attachments = attachmentsComplete;
    entry.sha256 = sha256;
    d->manifest.setEntry(QFileInfo(path).fileName(), entry);
    // Written after every file, so that a cancelled or crashed run still knows its files.
    QString problem;
    if (!d->manifest.write(&problem))
        qCWarning(lcExport) << "the export manifest could not be written";
}

void ExportJob::finishCase(Outcome outcome, const QString &path, const QString &message,
                           const QStringList &attachmentProblems)
{
    CaseResult result;
    const SupportCase &supportCase = d->cases.at(d->current);
    result.caseId = supportCase.caseId;
    result.displayId = supportCase.displayId;
    result.path = path;
    result.outcome = outcome;
    result.message = message;
    result.attachmentProblems = attachmentProblems;
    d->results.append(result);
    qCDebug(lcExport) << "case" << result.caseId << "finished:" << outcome;

    Q_EMIT caseFinished(result);
    Q_EMIT progressChanged(int(d->results.size()), int(d->cases.size()));
    // Through the event loop: the model or reply that led here is still inside its signal.
    QTimer::singleShot(0, this, &ExportJob::nextCase);
}

void ExportJob::finish()
{
    if (!d->running)
        return;
    d->running = false;
    qCInfo(lcExport) << "export finished:" << count(Outcome::Written) << "written,"
                     << count(Outcome::Skipped) << "skipped," << count(Outcome::Failed) << "failed";
    Q_EMIT finished();
}
