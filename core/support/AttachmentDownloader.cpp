#include "AttachmentDownloader.h"

#include "Logging.h"
#include "SupportClient.h"
#include "SupportReply.h"

#include <QCache>
#include <QHash>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

using std::chrono::milliseconds;

namespace {

struct Job
{
    AttachmentDownloader::State state = AttachmentDownloader::State::Queued;
    int attempts = 0;
    QPointer<AttachmentReply> reply;
};

SupportError cancelledError()
{
    return SupportError(SupportError::Kind::Cancelled, QStringLiteral("RequestCancelled"), {});
}

} // namespace

struct AttachmentDownloader::Private
{
    SupportClient *client = nullptr;
    int maxInFlight = defaultMaxInFlight;
    int maxAttempts = defaultMaxAttempts;
    milliseconds backoffBase = defaultBackoffBase;
    milliseconds backoffCap = defaultBackoffCap;

    QHash<QString, Job> jobs; ///< queued, downloading or backing off
    QStringList queue; ///< waiting for a slot; ids to retry go first
    int inFlight = 0;
    QTimer resumeTimer; ///< runs while the service wants a pause

    QCache<QString, Attachment> cache;
    QHash<QString, SupportError> unavailable;
};

AttachmentDownloader::AttachmentDownloader(SupportClient *client, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->client = client;
    d->cache.setMaxCost(defaultCacheBytes);
    d->resumeTimer.setSingleShot(true);
    d->resumeTimer.setTimerType(Qt::PreciseTimer); // never earlier than the service asked
    connect(&d->resumeTimer, &QTimer::timeout, this, &AttachmentDownloader::resume);
}

AttachmentDownloader::~AttachmentDownloader()
{
    // Nobody is left to hear about these, so they end quietly.
    for (const Job &job : std::as_const(d->jobs)) {
        if (!job.reply)
            continue;
        job.reply->disconnect(this);
        job.reply->abort();
        job.reply->deleteLater();
    }
}

void AttachmentDownloader::setMaxInFlight(int count)
{
    d->maxInFlight = std::max(1, count);
    startNext();
}

int AttachmentDownloader::maxInFlight() const
{
    return d->maxInFlight;
}

void AttachmentDownloader::setBackoff(milliseconds base, milliseconds cap)
{
    d->backoffBase = std::max(base, milliseconds(1));
    d->backoffCap = std::max(cap, d->backoffBase);
}

void AttachmentDownloader::setMaxAttempts(int attempts)
{
    d->maxAttempts = std::max(1, attempts);
}

void AttachmentDownloader::setCacheLimit(qint64 bytes)
{
    d->cache.setMaxCost(std::max<qint64>(0, bytes));
}

milliseconds AttachmentDownloader::backoffDelay(int attempt, milliseconds base, milliseconds cap,
                                                double random)
{
    // Doubling stops at the cap, so that no attempt count can overflow the delay.
    milliseconds nominal = base;
    for (int i = 1; i < attempt && nominal < cap; ++i)
        nominal *= 2;
    nominal = std::min(nominal, cap);

    const double spread = std::clamp(random, 0.0, 1.0) * double(nominal.count()) / 2;
    return milliseconds(nominal.count() / 2 + qint64(spread));
}

void AttachmentDownloader::fetch(const QString &attachmentId)
{
    if (const Attachment *attachment = d->cache.object(attachmentId)) {
        const Attachment copy = *attachment;
        QMetaObject::invokeMethod(
            this, [this, attachmentId, copy] { Q_EMIT downloaded(attachmentId, copy); },
            Qt::QueuedConnection);
        return;
    }

    const auto gone = d->unavailable.constFind(attachmentId);
    if (gone != d->unavailable.cend()) {
        const SupportError error = *gone;
        QMetaObject::invokeMethod(
            this, [this, attachmentId, error] { Q_EMIT failed(attachmentId, error); },
            Qt::QueuedConnection);
        return;
    }

    if (d->jobs.contains(attachmentId))
        return; // already on its way: the one answer serves every caller

    d->jobs.insert(attachmentId, Job());
    d->queue.append(attachmentId);
    Q_EMIT stateChanged(attachmentId, State::Queued);
    startNext();
}

void AttachmentDownloader::cancel(const QString &attachmentId)
{
    const auto it = d->jobs.find(attachmentId);
    if (it == d->jobs.end())
        return;

    const QPointer<AttachmentReply> reply = it->reply;
    d->jobs.erase(it);
    d->queue.removeAll(attachmentId);
    if (reply) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        --d->inFlight;
    }

    qCDebug(lcNetwork) << "attachment" << attachmentId << "cancelled";
    Q_EMIT stateChanged(attachmentId, State::Idle);
    Q_EMIT failed(attachmentId, cancelledError());
    startNext();
}

void AttachmentDownloader::cancelAll()
{
    const QStringList ids = d->jobs.keys();
    for (const QString &id : ids)
        cancel(id);
}

void AttachmentDownloader::clear()
{
    cancelAll();
    d->cache.clear();
    d->unavailable.clear();
}

AttachmentDownloader::State AttachmentDownloader::state(const QString &attachmentId) const
{
    const auto job = d->jobs.constFind(attachmentId);
    if (job != d->jobs.cend())
        return job->state;
    if (d->unavailable.contains(attachmentId))
        return State::Unavailable;
    if (d->cache.contains(attachmentId))
        return State::Downloaded;
    return State::Idle;
}

bool AttachmentDownloader::isCached(const QString &attachmentId) const
{
    return d->cache.contains(attachmentId);
}

Attachment AttachmentDownloader::cached(const QString &attachmentId) const
{
    const Attachment *attachment = d->cache.object(attachmentId);
    return attachment ? *attachment : Attachment();
}

int AttachmentDownloader::inFlightCount() const
{
    return d->inFlight;
}

int AttachmentDownloader::queuedCount() const
{
    return int(d->queue.size());
}

bool AttachmentDownloader::isBackingOff() const
{
    return d->resumeTimer.isActive();
}

qint64 AttachmentDownloader::cachedBytes() const
{
    return d->cache.totalCost();
}

void AttachmentDownloader::startNext()
{
    // While the service asks for a pause nothing new starts, not even other ids: they would
    // only be throttled too and use up their attempts.
    while (!d->resumeTimer.isActive() && d->inFlight < d->maxInFlight && !d->queue.isEmpty())
        start(d->queue.takeFirst());
}

void AttachmentDownloader::start(const QString &attachmentId)
{
    Job &job = d->jobs[attachmentId];
    ++job.attempts;
    AttachmentReply *reply = d->client->describeAttachment(attachmentId);
    job.reply = reply;
    ++d->inFlight;
    connect(reply, &SupportReply::finished, this,
            [this, attachmentId, reply] { onFinished(attachmentId, reply); });
    setState(attachmentId, State::Downloading);
}

void AttachmentDownloader::onFinished(const QString &attachmentId, AttachmentReply *reply)
{
    reply->deleteLater();
    const auto it = d->jobs.find(attachmentId);
    if (it == d->jobs.end() || it->reply != reply)
        return; // cancelled; cancel() has already counted it out

    --d->inFlight;
    const int attempts = it->attempts;

    const SupportError error = reply->error();
    if (error.kind() == SupportError::Kind::Throttling && attempts < d->maxAttempts) {
        backOff(attachmentId, attempts);
        return;
    }

    // The caller hears of this one before the next starts, so that what it counts as on its
    // way never exceeds the limit.
    d->jobs.erase(it);
    report(attachmentId, reply);
    startNext();
}

void AttachmentDownloader::report(const QString &attachmentId, AttachmentReply *reply)
{
    if (!reply->hasError()) {
        const Attachment attachment = reply->attachment();
        const qint64 size = std::max<qint64>(1, attachment.data.size());
        d->cache.insert(attachmentId, new Attachment(attachment), size);
        setState(attachmentId, State::Downloaded);
        Q_EMIT downloaded(attachmentId, attachment);
        return;
    }

    const SupportError error = reply->error();
    if (error.kind() == SupportError::Kind::NotFound) {
        d->unavailable.insert(attachmentId, error);
        setState(attachmentId, State::Unavailable);
    } else {
        qCInfo(lcNetwork) << "attachment" << attachmentId << "failed:" << error.code();
        setState(attachmentId, State::Idle);
    }
    Q_EMIT failed(attachmentId, error);
}

void AttachmentDownloader::backOff(const QString &attachmentId, int attempts)
{
    const milliseconds delay = backoffDelay(attempts, d->backoffBase, d->backoffCap,
                                            QRandomGenerator::global()->generateDouble());
    qCInfo(lcNetwork) << "attachment" << attachmentId << "throttled after attempt" << attempts
                      << "; pausing" << delay.count() << "ms";

    d->jobs[attachmentId].reply.clear();
    d->queue.prepend(attachmentId);
    if (!d->resumeTimer.isActive() || d->resumeTimer.remainingTimeAsDuration() < delay)
        d->resumeTimer.start(delay);
    setState(attachmentId, State::BackingOff);
}

void AttachmentDownloader::resume()
{
    for (const QString &id : std::as_const(d->queue)) {
        if (d->jobs.value(id).state == State::BackingOff)
            setState(id, State::Queued);
    }
    startNext();
}

void AttachmentDownloader::setState(const QString &attachmentId, State state)
{
    const auto it = d->jobs.find(attachmentId);
    if (it != d->jobs.end())
        it->state = state;
    Q_EMIT stateChanged(attachmentId, state);
}
