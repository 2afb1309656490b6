#pragma once

#include "Attachment.h"
#include "SupportError.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

class AttachmentReply;
class SupportClient;

/// Fetches attachment contents through DescribeAttachment: a few at a time, each id once,
/// slower when the service asks for it, keeping recent files so that a second use is free.
///
/// An id asked for ends in one downloaded() or failed(), never inside the call that asked;
/// fetch() calls for an id already on its way share that one signal.
class AttachmentDownloader : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle, ///< not asked for, or failed, cancelled, or dropped from the cache
        Queued, ///< waiting for a free slot
        Downloading, ///< a request is on its way
        BackingOff, ///< throttled; asked again after a delay
        Downloaded, ///< the content is in the cache
        Unavailable, ///< the service does not have it; it is not asked for again
    };
    Q_ENUM(State)

    static constexpr int defaultMaxInFlight = 2;
    static constexpr int defaultMaxAttempts = 5;
    static constexpr qint64 defaultCacheBytes = 64 * 1024 * 1024;
    static constexpr std::chrono::milliseconds defaultBackoffBase {1000};
    static constexpr std::chrono::milliseconds defaultBackoffCap {30000};

    explicit AttachmentDownloader(SupportClient *client, QObject *parent = nullptr);
    ~AttachmentDownloader() override;

    /// Requests on their way at once, at least 1.
    void setMaxInFlight(int count);
    int maxInFlight() const;

    /// Delays between attempts after throttling; see backoffDelay().
    void setBackoff(std::chrono::milliseconds base, std::chrono::milliseconds cap);
    /// Attempts per id, the first included, before a throttling error is reported.
    void setMaxAttempts(int attempts);
    /// Bytes of content kept for a second use; a larger file is handed out but not kept.
    void setCacheLimit(qint64 bytes);

    /// The pause after \a attempt throttled attempts: base * 2^(attempt - 1), at most \a cap,
    /// of which the upper half is scaled by \a random (0..1) so that clients spread out.
    static std::chrono::milliseconds backoffDelay(int attempt, std::chrono::milliseconds base,
                                                  std::chrono::milliseconds cap, double random);

    /// Asks for the content of \a attachmentId, unless it is cached, on its way, or known to
    /// be unavailable; the answer comes as downloaded() or failed().
    void fetch(const QString &attachmentId);

    /// Stops fetching \a attachmentId; failed() follows at once with a Cancelled error.
    void cancel(const QString &attachmentId);
    void cancelAll();

    /// Cancels everything and forgets cached files and unavailable ids, as for a new account.
    void clear();

    State state(const QString &attachmentId) const;
    bool isCached(const QString &attachmentId) const;
    /// The cached content of \a attachmentId, or an empty Attachment.
    Attachment cached(const QString &attachmentId) const;

    int inFlightCount() const;
    int queuedCount() const;
    bool isBackingOff() const;
    qint64 cachedBytes() const;

Q_SIGNALS:
    void downloaded(const QString &attachmentId, const Attachment &attachment);
    void failed(const QString &attachmentId, const SupportError &error);
    void stateChanged(const QString &attachmentId, AttachmentDownloader::State state);

private:
    void startNext();
    void start(const QString &attachmentId);
    void onFinished(const QString &attachmentId, AttachmentReply *reply);
    void report(const QString &attachmentId, AttachmentReply *reply);
    void backOff(const QString &attachmentId, int attempts);
    void resume();
    void setState(const QString &attachmentId, State state);

    struct Private;
    const std::unique_ptr<Private> d;
};
