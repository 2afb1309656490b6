#pragma once

#include "SandboxDataset.h"

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

    QByteArray header(const QByteArray &name) const;
};

/// The Support API's protocol logic for the sandbox: SigV4 verification, the three read
/// operations over a SandboxDataset, paging tokens and error replies.
///
/// Time filters select afterTime <= timeCreated < beforeTime. maxResults is 10..100 and
/// defaults to 10. A nextToken is base64url of {"o": offset, "q": digest}, the digest naming
/// the operation and its filters, so it continues only the query that produced it.
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

    /// Replaces the server's clock (by default the system's UTC time).
    void setClock(Clock clock);
    QDateTime now() const;

    /// Answers one request. Every reply carries x-amzn-RequestId, Date and the JSON 1.1
    /// content type; errors also carry x-amzn-ErrorType.
    SandboxResponse handle(const SandboxRequest &request) const;

    /// An error reply in the service's format, for failures found before a request is whole
    /// (framing, size limits) as well as in handle().
    SandboxResponse errorResponse(int httpStatus, const QString &code,
                                  const QString &message) const;

private:
    struct CaseWire
    {
        QList<QByteArray> communications; ///< compact JSON, newest first
        QList<qint64> times; ///< msecs since epoch, newest first
        QByteArray brief; ///< the case without recentCommunications
        QByteArray withRecent; ///< the case with its five newest communications
    };

    std::optional<SandboxResponse> verifySignature(const SandboxRequest &request) const;
    SandboxResponse dispatch(const SandboxRequest &request) const;
    SandboxResponse describeCommunications(const QJsonObject &input) const;
    SandboxResponse describeCases(const QJsonObject &input) const;
    SandboxResponse describeAttachment(const QJsonObject &input) const;

    SandboxResponse success(const QString &operation, QByteArray body) const;
    void finish(SandboxResponse *response) const;

    SandboxDataset m_dataset;
    QList<CaseWire> m_wire; ///< parallel to m_dataset.cases()
    QHash<QString, QString> m_keys;
    Clock m_clock;
};
