#include "SupportClient.h"

#include "AwsJsonTransport.h"
#include "ClockSkew.h"
#include "CredentialsProvider.h"
#include "Logging.h"
#include "RetryPolicy.h"
#include "SupportJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QQueue>
#include <QRandomGenerator>
#include <QTimer>

#include <utility>

namespace {

// Offsets smaller than this are left alone: the service allows five minutes either way, and
// a correction from a Date header with one-second precision would be noise.
constexpr qint64 minimumSkewCorrection = 30;

RetryPolicy::Failure failureOf(const SupportError &error)
{
    using Kind = SupportError::Kind;
    return {error.code(), error.httpStatus(), error.kind() == Kind::Network,
            error.kind() == Kind::Timeout, error.kind() == Kind::Cancelled};
}

// RequestExpired usually means a clock that is off; with temporary credentials it may also
// mean that they ran out.
bool isExpiredCredentialsError(const SupportError &error, bool signedWithToken)
{
    const QString code = error.code();
    return code == QLatin1String("ExpiredTokenException")
        || code == QLatin1String("ExpiredToken")
        || (signedWithToken && code == QLatin1String("RequestExpired"));
}

} // namespace

struct SupportClient::Private
{
    explicit Private(SupportClient *client)
        : network(new QNetworkAccessManager(client))
        , transport(network, QStringLiteral("AWSSupport_20130415"), QStringLiteral("support"))
    {
    }

    QNetworkAccessManager *network;
    AwsJsonTransport transport;
    RetryPolicy retryPolicy;
    std::chrono::milliseconds retryBaseDelay{1000};
    QQueue<QPointer<SupportReply>> waiting;
    int inFlight = 0;

    QPointer<CredentialsProvider> provider;
    bool awaitingCredentials = false;
    bool shortLivedCredentials = false; ///< fetched with less than refreshMargin left
    quint64 credentialsGeneration = 0;  ///< counts the credentials set, to tell them apart
};

SupportClient::SupportClient(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this))
{
    d->network->setAutoDeleteReplies(false);
    d->network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

SupportClient::~SupportClient()
{
    if (d->inFlight > 0 || !d->waiting.isEmpty())
        qCDebug(lcNetwork) << "client destroyed with" << d->inFlight << "calls on the wire and"
                           << d->waiting.size() << "waiting";

    // Replies go first, while the network manager their transfers belong to still exists;
    // they must not call back into a client that is being destroyed.
    const auto replies = findChildren<SupportReply *>(Qt::FindDirectChildrenOnly);
    for (SupportReply *reply : replies) {
        reply->m_client = nullptr;
        delete reply;
    }
}

void SupportClient::setEndpoint(const SupportEndpoint &endpoint)
{
    d->transport.setEndpoint(endpoint);
}

SupportEndpoint SupportClient::endpoint() const
{
    return d->transport.endpoint();
}

void SupportClient::setCredentials(const AwsCredentials &credentials)
{
    setCredentialsProvider(nullptr);
    ++d->credentialsGeneration;
    d->transport.setCredentials(credentials);
}

AwsCredentials SupportClient::credentials() const
{
    return d->transport.credentials();
}

void SupportClient::setCredentialsProvider(CredentialsProvider *provider)
{
    if (d->provider)
        d->provider->disconnect(this);
    d->provider = provider;
    d->awaitingCredentials = false;
    d->shortLivedCredentials = false;
    if (!provider) {
        sendWaiting();
        return;
    }

    connect(provider, &CredentialsProvider::fetched, this, &SupportClient::onCredentialsFetched);
    connect(provider, &CredentialsProvider::fetchFailed, this,
            &SupportClient::onCredentialsFetchFailed);
    connect(provider, &QObject::destroyed, this, [this] {
        failCallsAwaitingCredentials(tr("The source of AWS credentials was closed."));
    });
    if (provider->credentials().isValid()) {
        ++d->credentialsGeneration;
        d->transport.setCredentials(provider->credentials());
    }
    sendWaiting();
}

CredentialsProvider *SupportClient::credentialsProvider() const
{
    return d->provider;
}

void SupportClient::setTransferTimeout(int seconds)
{
    d->transport.setTransferTimeout(seconds);
}

void SupportClient::setMaxAttempts(int attempts)
{
    d->retryPolicy.setMaxAttempts(attempts);
}

int SupportClient::maxAttempts() const
{
    return d->retryPolicy.maxAttempts();
}

void SupportClient::setRetryBaseDelay(std::chrono::milliseconds delay)
{
    d->retryBaseDelay = delay;
}

qint64 SupportClient::clockOffset() const
{
    return d->transport.clockOffset();
}

void SupportClient::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    d->transport.addCaCertificates(certificates);
}

QJsonObject SupportClient::toJson(const CommunicationsQuery &query)
{
    QJsonObject json{{QLatin1String("caseId"), query.caseId},
                     {QLatin1String("maxResults"),
                      qBound(minPageSize, query.maxResults, maxPageSize)}};
    if (query.after.isValid())
        json.insert(QLatin1String("afterTime"), SupportJson::formatTime(query.after));
    if (query.before.isValid())
        json.insert(QLatin1String("beforeTime"), SupportJson::formatTime(query.before));
    if (!query.nextToken.isEmpty())
        json.insert(QLatin1String("nextToken"), query.nextToken);
    return json;
}

QJsonObject SupportClient::toJson(const CasesQuery &query)
{
    QJsonObject json{{QLatin1String("includeResolvedCases"), query.includeResolved},
                     {QLatin1String("includeCommunications"), query.includeCommunications}};

    // The service refuses maxResults together with a case id list.
    if (query.caseIds.isEmpty()) {
        json.insert(QLatin1String("maxResults"),
                    qBound(minPageSize, query.maxResults, maxPageSize));
    } else {
        json.insert(QLatin1String("caseIdList"), QJsonArray::fromStringList(query.caseIds));
    }
    if (!query.displayId.isEmpty())
        json.insert(QLatin1String("displayId"), query.displayId);
    if (query.after.isValid())
        json.insert(QLatin1String("afterTime"), SupportJson::formatTime(query.after));
    if (query.before.isValid())
        json.insert(QLatin1String("beforeTime"), SupportJson::formatTime(query.before));
    if (!query.language.isEmpty())
        json.insert(QLatin1String("language"), query.language);
    if (!query.nextToken.isEmpty())
        json.insert(QLatin1String("nextToken"), query.nextToken);
    return json;
}

CommunicationsReply *SupportClient::describeCommunications(const CommunicationsQuery &query)
{
    return call<CommunicationsReply>(QStringLiteral("DescribeCommunications"), toJson(query));
}

CasesReply *SupportClient::describeCases(const CasesQuery &query)
{
    return call<CasesReply>(QStringLiteral("DescribeCases"), toJson(query));
}

AttachmentReply *SupportClient::describeAttachment(const QString &attachmentId)
{
    return call<AttachmentReply>(QStringLiteral("DescribeAttachment"),
                                 QJsonObject{{QLatin1String("attachmentId"), attachmentId}});
}

template<typename Reply>
Reply *SupportClient::call(const QString &operation, const QJsonObject &payload)
{
    auto reply = new Reply(operation, payload, this);
    if (!d->provider && !d->transport.credentials().isValid()) {
        reply->finishWithError(SupportError(SupportError::Kind::Authentication,
                                            QStringLiteral("MissingCredentials"),
                                            tr("No AWS credentials are configured.")));
        return reply;
    }
    enqueue(reply);
    return reply;
}

void SupportClient::enqueue(SupportReply *reply)
{
    d->waiting.enqueue(reply);
    sendWaiting();
}

void SupportClient::sendWaiting()
{
    d->waiting.removeIf([](const QPointer<SupportReply> &reply) {
        return !reply || reply->isFinished();
    });
    if (d->awaitingCredentials || d->waiting.isEmpty())
        return;

    if (credentialsNeedRefresh()) {
        qCDebug(lcAuth) << "fetching credentials for" << d->waiting.size() << "waiting calls";
        d->awaitingCredentials = true;
        d->provider->fetch(); // joins a fetch already running
        return;
    }

    while (d->inFlight < maxRequestsInFlight && !d->waiting.isEmpty()) {
        SupportReply *reply = d->waiting.dequeue();
        if (reply && !reply->isFinished())
            send(reply);
    }
}

void SupportClient::send(SupportReply *reply)
{
    ++d->inFlight;
    reply->m_credentialsGeneration = d->credentialsGeneration;
    reply->m_signedWithToken = !d->transport.credentials().sessionToken.isEmpty();
    reply->attach(d->transport.post(reply->operation(), reply->m_payload));
}

void SupportClient::forget(SupportReply *reply)
{
    d->waiting.removeAll(reply);
}

void SupportClient::attemptFinished(SupportReply *reply, const SupportError &error)
{
    --d->inFlight;
    sendWaiting();

    if (!error.isError()) {
        d->retryPolicy.recordSuccess(reply->attempts() > 1);
        reply->finish();
        return;
    }

    if (retryWithCorrectedClock(reply, error) || retryWithFreshCredentials(reply, error))
        return;

    if (!d->retryPolicy.shouldRetry(failureOf(error), reply->attempts())) {
        reply->finishWithError(error);
        return;
    }

    const auto delay = RetryPolicy::backoff(reply->attempts(),
                                            QRandomGenerator::global()->generateDouble(),
                                            d->retryBaseDelay);
    qCInfo(lcNetwork) << reply->operation() << "attempt" << reply->attempts() << "failed with"
                      << error.code() << "; retrying in" << delay.count() << "ms";
    QTimer::singleShot(delay, reply, [this, reply] {
        if (!reply->isFinished())
            enqueue(reply);
    });
}

bool SupportClient::retryWithCorrectedClock(SupportReply *reply, const SupportError &error)
{
    if (reply->m_skewRetried || !ClockSkew::isSkewError(error.code(), error.message()))
        return false;

    const auto offset =
        ClockSkew::offsetFromDateHeader(reply->m_dateHeader, QDateTime::currentDateTimeUtc());
    if (!offset || qAbs(*offset - d->transport.clockOffset()) < minimumSkewCorrection)
        return false;

    qCWarning(lcNetwork) << "the local clock is off by" << *offset << "seconds; re-signing";
    d->transport.setClockOffset(*offset);
    reply->m_skewRetried = true;
    Q_EMIT clockSkewDetected(*offset);
    enqueue(reply);
    return true;
}

bool SupportClient::retryWithFreshCredentials(SupportReply *reply, const SupportError &error)
{
    if (!d->provider || reply->m_credentialsRetried
        || !isExpiredCredentialsError(error, reply->m_signedWithToken))
        return false;

    // Several calls may come back refused; only those signed with the credentials still in
    // use make them be fetched again, the others just go out again with the new ones.
    reply->m_credentialsRetried = true;
    if (reply->m_credentialsGeneration == d->credentialsGeneration) {
        qCInfo(lcAuth) << reply->operation() << "was refused with" << error.code()
                       << "; fetching fresh credentials";
        d->provider->invalidate();
    }
    enqueue(reply);
    return true;
}

bool SupportClient::credentialsNeedRefresh() const
{
    if (!d->provider)
        return false;

    // Credentials that came with less than the usual margin left are used until they expire,
    // rather than fetched again before every request.
    return d->provider->needsRefresh(d->shortLivedCredentials ? std::chrono::seconds(0)
                                                              : refreshMargin);
}

void SupportClient::onCredentialsFetched()
{
    const AwsCredentials credentials = d->provider->credentials();
    if (!credentials.isValid()) {
        failCallsAwaitingCredentials(tr("The source of AWS credentials supplied none."));
        return;
    }

    ++d->credentialsGeneration;
    d->transport.setCredentials(credentials);
    d->shortLivedCredentials = d->provider->needsRefresh(refreshMargin);
    d->awaitingCredentials = false;
    qCDebug(lcAuth) << "signing with fresh credentials from" << credentials.source;
    sendWaiting();
}

void SupportClient::onCredentialsFetchFailed(const QString &message)
{
    failCallsAwaitingCredentials(message);
}

void SupportClient::failCallsAwaitingCredentials(const QString &message)
{
    if (!d->awaitingCredentials)
        return;

    d->awaitingCredentials = false;
    const SupportError error(SupportError::Kind::Authentication,
                             QStringLiteral("CredentialsUnavailable"), message);
    const QQueue<QPointer<SupportReply>> waiting = std::exchange(d->waiting, {});
    for (const QPointer<SupportReply> &reply : waiting) {
        if (reply && !reply->isFinished())
            reply->finishWithError(error);
    }
}
