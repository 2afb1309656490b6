#pragma once

#include "SandboxDataset.h"
#include "SandboxFaults.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

class QJsonObject;

/// One HTTP request as the sandbox's protocol logic sees it: no sockets, no framing.
struct SandboxRequest
{
    QByteArray method;
    QByteArray path = "/"; ///< as sent, percent-encoded
    QByteArray query; ///< raw, without the '?'
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /// The value of the first header called \a name (any case), or a null array.
    QByteArray header(const QByteArray &name) const;
};

/// The sandbox's answer to one request.
struct SandboxResponse
{
    int httpStatus = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QString operation; ///< "DescribeCases", ...; empty when the target was not understood
    QString errorCode; ///< the error's __type; empty on success
    QByteArray requestId;

    /// How the reply goes on the wire; anything but Whole is an injected fault.
    enum class Delivery {
        Whole,
        Truncated, ///< the full Content-Length, half the body, then the connection closes
        Stalled, ///< the head and half the body, then nothing while the connection stays open
    };
    Delivery delivery = Delivery::Whole;
    int delayMs = 0; ///< how long the reply waits before it is sent

    QByteArray header(const QByteArray &name) const;
};

/// The Support API's protocol logic for the sandbox: SigV4 verification, the three read
/// operations over a SandboxDataset, paging tokens and error replies.
///
/// Time filters select afterTime <= timeCreated < beforeTime. maxResults is 10..100 and
/// defaults to 10. A nextToken is base64url of {"o": offset, "p": page, "q": digest}, the
/// digest naming the operation and its filters, so it continues only the query that produced
/// it; the page number (the first page is 1) is what the repeat-token fault counts.
///
/// Faults (SandboxFaults) are injected after signature verification, which only the clock
/// offset changes, and only into Support calls.
///
/// It also answers STS AssumeRole (a form POST signed for service "sts"): any role ARN of the
/// form arn:aws:iam::<12 digits>:role/<name> is granted with temporary keys (ASIA...), a
/// session token and an expiration DurationSeconds (900..43200, default 3600) ahead. Those
/// keys sign Support calls, and further AssumeRole calls (role chaining, at most an hour),
/// with their token only and until they expire.
///
/// Everything a page needs is serialised once in setDataset(), so serving a page is slicing
/// and joining bytes.
class SandboxService
{
public:
    using Clock = std::function<QDateTime()>;

    /// How far a request's X-Amz-Date may be from the server's clock.
    static constexpr qint64 maxClockSkewSeconds = 5 * 60;

    SandboxService();

    void setDataset(SandboxDataset dataset);
    const SandboxDataset &dataset() const { return m_dataset; }

    /// Adds a key pair to the ones requests may be signed with; the example pair is there
    /// from the start.
    void addKey(const QString &accessKeyId, const QString &secretAccessKey);

    /// How many temporary keys from AssumeRole are kept at most; the oldest go first.
    static constexpr int maxTemporaryKeys = 1000;

    /// Replaces the server's clock (by default the system's UTC time).
    void setClock(Clock clock);
    /// The server's time: its clock plus the clock fault's offset.
    QDateTime now() const;

    /// Replaces the faults to inject and numbers requests from 1 again.
    void setFaults(const SandboxFaults &faults);
    const SandboxFaults &faults() const { return m_faults; }

    /// Answers one request. Every reply carries x-amzn-RequestId, Date and the JSON 1.1
    /// content type; errors also carry x-amzn-ErrorType. Not const: injected faults count
    /// requests.
    SandboxResponse handle(const SandboxRequest &request);

    /// An error reply in the service's format, for failures found before a request is whole
    /// (framing, size limits) as well as in handle().
    SandboxResponse errorResponse(int httpStatus, const QString &code,
                                  const QString &message) const;

private:
    /// Keys handed out by AssumeRole.
    struct TemporaryKey
    {
        QString secretAccessKey;
        QByteArray sessionToken;
        QDateTime expiration;
    };

    struct CaseWire
    {
        QList<QByteArray> communications; ///< compact JSON, newest first
        QList<qint64> times; ///< msecs since epoch, newest first
        QByteArray brief; ///< the case without recentCommunications
        QByteArray withRecent; ///< the case with its five newest communications
    };

    /// How many requests the faults have seen since setFaults().
    struct FaultCounters
    {
        qint64 requests = 0; ///< requests that passed signature verification
        qint64 attachmentRequests = 0; ///< of those, DescribeAttachment requests
        qint64 successes = 0; ///< of those, replies that were about to be 200
    };

    std::optional<SandboxResponse> verifySignature(const SandboxRequest &request) const;
    QString secretFor(const SandboxRequest &request, const QString &accessKeyId,
                      QString *failureCode, QString *failureMessage) const;
    SandboxResponse assumeRole(const SandboxRequest &request);
    SandboxResponse stsErrorResponse(int httpStatus, const QString &code,
                                     const QString &message) const;
    std::optional<SandboxResponse> injectFault(const SandboxRequest &request);
    void spoilReply(SandboxResponse *response);
    QByteArray nextTokenOf(const QString &requestToken, int pageNumber,
                           const QByteArray &nextToken) const;
    SandboxResponse dispatch(const SandboxRequest &request) const;
    SandboxResponse describeCommunications(const QJsonObject &input) const;
    SandboxResponse describeCases(const QJsonObject &input) const;
    SandboxResponse describeAttachment(const QJsonObject &input) const;

    SandboxResponse success(const QString &operation, QByteArray body) const;
    void finish(SandboxResponse *response) const;

    SandboxDataset m_dataset;
    QList<CaseWire> m_wire; ///< parallel to m_dataset.cases()
    QHash<QString, QString> m_keys;
    QHash<QString, TemporaryKey> m_temporaryKeys;
    QList<QString> m_temporaryKeyOrder; ///< oldest first
    Clock m_clock;
    SandboxFaults m_faults;
    FaultCounters m_counters;
};
