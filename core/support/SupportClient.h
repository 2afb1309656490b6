#pragma once

#include "AwsCredentials.h"
#include "SupportEndpoint.h"
#include "SupportReply.h"

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>

class CredentialsProvider;
class QNetworkAccessManager;

/// What to ask DescribeCommunications for.
struct CommunicationsQuery
{
    QString caseId;
    QDateTime after;   ///< invalid: no lower bound
    QDateTime before;  ///< invalid: no upper bound
    QString nextToken;
    int maxResults = 100;
};

/// What to ask DescribeCases for.
struct CasesQuery
{
    QStringList caseIds;
    QString displayId;
    QDateTime after;
    QDateTime before;
    bool includeResolved = false;
    bool includeCommunications = false;
    QString language;
    QString nextToken;
    int maxResults = 100;
};

/// The AWS Support API: asynchronous calls with typed results over one network manager.
///
/// Calls are retried in the AWS standard mode (throttling and transient failures, exponential
/// back-off with full jitter, a retry budget), re-signed once with a corrected clock when the
/// service says the request's time was off, and never more than a few are on the wire at
/// once, so that none waits in Qt's own queue long enough to time out.
class SupportClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int minPageSize = 10;
    static constexpr int maxPageSize = 100;
    static constexpr int maxRequestsInFlight = 4;

    /// Credentials from a provider are fetched again when they expire within this margin.
    static constexpr std::chrono::seconds refreshMargin = std::chrono::minutes(5);

    explicit SupportClient(QObject *parent = nullptr);
    ~SupportClient() override;

    void setEndpoint(const SupportEndpoint &endpoint);
    SupportEndpoint endpoint() const;

    /// Credentials that stay the same; replaces any credentials provider.
    void setCredentials(const AwsCredentials &credentials);

    /// The credentials requests are signed with now.
    AwsCredentials credentials() const;

    /// Signs with credentials from \a provider (not owned; nullptr for none). Before a
    /// request is signed, credentials that are missing or expire within refreshMargin are
    /// fetched and calls wait for them; a failed fetch fails the waiting calls. A call the
    /// service refuses for an expired token is retried once with fresh credentials.
    void setCredentialsProvider(CredentialsProvider *provider);
    CredentialsProvider *credentialsProvider() const;

    /// Seconds without a byte before an attempt fails with a timeout.
    void setTransferTimeout(int seconds);

    /// Attempts per call, including the first (AWS_MAX_ATTEMPTS, max_attempts); default 3.
    void setMaxAttempts(int attempts);
    int maxAttempts() const;

    /// The first back-off step; later steps double it. Tests shorten it.
    void setRetryBaseDelay(std::chrono::milliseconds delay);

    /// Seconds this computer's clock is known to be behind (negative: ahead of) AWS.
    qint64 clockOffset() const;

    /// Extra CA certificates to trust, for networks that inspect TLS (AWS_CA_BUNDLE).
    void setCaCertificates(const QList<QSslCertificate> &certificates);

    CommunicationsReply *describeCommunications(const CommunicationsQuery &query);
    CasesReply *describeCases(const CasesQuery &query);
    AttachmentReply *describeAttachment(const QString &attachmentId);

    /// The JSON body of a DescribeCommunications request, as sent on the wire.
    static QJsonObject toJson(const CommunicationsQuery &query);
    static QJsonObject toJson(const CasesQuery &query);

Q_SIGNALS:
    /// The service refused a request as too far from its clock; later requests are signed
    /// with \a seconds added to the local time.
    void clockSkewDetected(qint64 seconds);

private:
    friend class SupportReply;

    template<typename Reply>
    Reply *call(const QString &operation, const QJsonObject &payload);

    void enqueue(SupportReply *reply);
    void sendWaiting();
    void send(SupportReply *reply);
    void attemptFinished(SupportReply *reply, const SupportError &error);
    bool retryWithCorrectedClock(SupportReply *reply, const SupportError &error);
    bool retryWithFreshCredentials(SupportReply *reply, const SupportError &error);
    bool credentialsNeedRefresh() const;
    void onCredentialsFetched();
    void onCredentialsFetchFailed(const QString &message);
    void failCallsAwaitingCredentials(const QString &message);
    void forget(SupportReply *reply);

    struct Private;
    const std::unique_ptr<Private> d;
};
