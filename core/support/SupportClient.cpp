#include "SupportClient.h"

#include "AwsJsonTransport.h"
#include "Logging.h"
#include "SupportJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

struct SupportClient::Private
{
    explicit Private(SupportClient *client)
        : network(new QNetworkAccessManager(client))
        , transport(network, QStringLiteral("AWSSupport_20130415"), QStringLiteral("support"))
    {
    }

    QNetworkAccessManager *network;
    AwsJsonTransport transport;
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
    const auto open = findChildren<SupportReply *>(Qt::FindDirectChildrenOnly);
    const auto running = std::count_if(open.begin(), open.end(),
                                       [](const SupportReply *r) { return !r->isFinished(); });
    if (running > 0)
        qCDebug(lcNetwork) << "client destroyed with" << running << "calls still running";
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
    d->transport.setCredentials(credentials);
}

AwsCredentials SupportClient::credentials() const
{
    return d->transport.credentials();
}

void SupportClient::setTransferTimeout(int seconds)
{
    d->transport.setTransferTimeout(seconds);
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

template<typename Reply>
Reply *SupportClient::send(const QString &operation, const QJsonObject &payload)
{
    if (!d->transport.credentials().isValid()) {
        auto reply = new Reply(operation, nullptr, this);
        reply->finishWithError(SupportError(SupportError::Kind::Authentication,
                                            QStringLiteral("MissingCredentials"),
                                            tr("No AWS credentials are configured.")));
        return reply;
    }
    return new Reply(operation, d->transport.post(operation, payload), this);
}

CommunicationsReply *SupportClient::describeCommunications(const CommunicationsQuery &query)
{
    return send<CommunicationsReply>(QStringLiteral("DescribeCommunications"), toJson(query));
}

CasesReply *SupportClient::describeCases(const CasesQuery &query)
{
    return send<CasesReply>(QStringLiteral("DescribeCases"), toJson(query));
}

AttachmentReply *SupportClient::describeAttachment(const QString &attachmentId)
{
    return send<AttachmentReply>(QStringLiteral("DescribeAttachment"),
                                 QJsonObject{{QLatin1String("attachmentId"), attachmentId}});
}
