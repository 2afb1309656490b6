#include "StsClient.h"

#include "Logging.h"
#include "SigV4Signer.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>
#include <QXmlStreamReader>

#include <optional>

namespace {

const QByteArray formContentType
    = QByteArrayLiteral("application/x-www-form-urlencoded; charset=utf-8");

void addField(QByteArray *body, const char *name, const QString &value)
{
    if (!body->isEmpty())
        *body += '&';
    *body += name;
    *body += '=';
    *body += QUrl::toPercentEncoding(value);
}

/// The text of every element in an XML reply, by "Parent/Name", ignoring namespaces.
QHash<QString, QString> leafTexts(const QByteArray &body, bool *wellFormed)
{
    QHash<QString, QString> texts;
    QStringList path;
    QString text;
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            path.append(xml.name().toString());
            text.clear();
            break;
        case QXmlStreamReader::Characters:
            text += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            if (path.size() >= 2)
                texts.insert(path.at(path.size() - 2) + u'/' + path.last(), text.trimmed());
            else if (!path.isEmpty())
                texts.insert(path.last(), text.trimmed());
            text.clear();
            path.removeLast();
            break;
        default:
            break;
        }
    }
    *wellFormed = !xml.hasError();
    return texts;
}

QDateTime parseExpiration(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

} // namespace

struct StsClient::Private
{
    QNetworkAccessManager *network = nullptr;
    SupportEndpoint endpoint;
    int transferTimeoutSeconds = 60;
    qint64 clockOffsetSeconds = 0;
    std::optional<QSslConfiguration> tls;
    QPointer<QNetworkReply> reply;
    QString roleArn; ///< of the call in flight, for messages
};

StsClient::StsClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->network = network ? network : new QNetworkAccessManager(this);
    d->endpoint = SupportEndpoint::forSts(QStringLiteral("us-east-1"));
}

StsClient::~StsClient()
{
    if (d->reply) {
        d->reply->disconnect(this);
        d->reply->abort();
        d->reply->deleteLater();
    }
}

void StsClient::setEndpoint(const SupportEndpoint &endpoint)
{
    d->endpoint = endpoint;
}

SupportEndpoint StsClient::endpoint() const
{
    return d->endpoint;
}

void StsClient::setTransferTimeout(int seconds)
{
    d->transferTimeoutSeconds = seconds;
}

void StsClient::setClockOffset(qint64 seconds)
{
    d->clockOffsetSeconds = seconds;
}

void StsClient::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    if (!d->tls)
        d->tls = QSslConfiguration::defaultConfiguration();
    d->tls->addCaCertificates(certificates);
}

bool StsClient::isBusy() const
{
    return !d->reply.isNull();
}

QString StsClient::defaultSessionName()
{
    return QStringLiteral("casebook-%1").arg(QDateTime::currentSecsSinceEpoch());
}

QByteArray StsClient::requestBody(const AssumeRoleParameters &role, const QString &sessionName)
{
    QByteArray body;
    addField(&body, "Action", QStringLiteral("AssumeRole"));
    addField(&body, "Version", QLatin1String(apiVersion));
    addField(&body, "RoleArn", role.roleArn);
    addField(&body, "RoleSessionName", sessionName);
    if (!role.externalId.isEmpty())
        addField(&body, "ExternalId", role.externalId);
    if (role.durationSeconds > 0)
        addField(&body, "DurationSeconds", QString::number(role.durationSeconds));
    return body;
}

QNetworkRequest StsClient::buildRequest(const QByteArray &body, const AwsCredentials &source,
                                        const QDateTime &now) const
{
    SigV4Request toSign;
    toSign.method = QByteArrayLiteral("POST");
    toSign.path = d->endpoint.url.path(QUrl::FullyEncoded).toLatin1();
    if (toSign.path.isEmpty())
        toSign.path = QByteArrayLiteral("/");
    toSign.headers = {{QByteArrayLiteral("Content-Type"), formContentType},
                      {QByteArrayLiteral("Host"), d->endpoint.hostHeader()}};
    toSign.body = body;

    const SigV4Signer signer(d->endpoint.signingRegion, QStringLiteral("sts"));
    const SigV4Signature signature
        = signer.sign(toSign, source, now.addSecs(d->clockOffsetSeconds));

    QNetworkRequest request(d->endpoint.url);
    for (const auto &[name, value] : std::as_const(toSign.headers))
        request.setRawHeader(name, value);
    for (const auto &[name, value] : signature.headersToAdd)
        request.setRawHeader(name, value);
    request.setTransferTimeout(d->transferTimeoutSeconds * 1000);
    if (d->tls && d->endpoint.url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(*d->tls);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return request;
}

void StsClient::assumeRole(const AssumeRoleParameters &role, const QString &sessionName,
                           const AwsCredentials &source)
{
    if (d->reply) {
        d->reply->disconnect(this);
        d->reply->abort();
        d->reply->deleteLater();
    }

    const QByteArray body = requestBody(role, sessionName);
    d->roleArn = role.roleArn;
    qCDebug(lcAuth) << "assuming a role through" << d->endpoint.url.host();
    QNetworkReply *reply
        = d->network->post(buildRequest(body, source, QDateTime::currentDateTimeUtc()), body);
    d->reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { replyFinished(reply); });
}

void StsClient::replyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (d->reply == reply)
        d->reply = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    AssumeRoleResult result;
    if (status == 0) {
        result.errorMessage = tr("STS at %1 could not be reached: %2")
                                  .arg(d->endpoint.url.host(), reply->errorString());
    } else {
        result = parseResponse(status, reply->readAll());
    }

    if (!result.ok()) {
        qCDebug(lcAuth) << "AssumeRole failed with HTTP" << status << result.errorCode
                        << "request" << result.requestId;
        emit assumeRoleFailed(result);
        return;
    }
    result.credentials.source = tr("assume role %1").arg(d->roleArn);
    qCDebug(lcAuth) << "role assumed; credentials expire" << result.credentials.expiration;
    emit roleAssumed(result);
}

AssumeRoleResult StsClient::parseResponse(int httpStatus, const QByteArray &body)
{
    bool wellFormed = false;
    const QHash<QString, QString> texts = leafTexts(body, &wellFormed);
    AssumeRoleResult result;
    result.requestId = texts.value(QStringLiteral("ResponseMetadata/RequestId"),
                                   texts.value(QStringLiteral("ErrorResponse/RequestId")));

    if (texts.contains(QStringLiteral("Error/Code"))) {
        result.errorCode = texts.value(QStringLiteral("Error/Code"));
        result.errorMessage
            = tr("STS refused to assume the role: %1 (%2, HTTP %3)")
                  .arg(texts.value(QStringLiteral("Error/Message")), result.errorCode)
                  .arg(httpStatus);
        return result;
    }

    AwsCredentials &credentials = result.credentials;
    credentials.accessKeyId = texts.value(QStringLiteral("Credentials/AccessKeyId"));
    credentials.secretAccessKey = texts.value(QStringLiteral("Credentials/SecretAccessKey"));
    credentials.sessionToken = texts.value(QStringLiteral("Credentials/SessionToken"));
    credentials.expiration = parseExpiration(texts.value(QStringLiteral("Credentials/Expiration")));
    result.assumedRoleArn = texts.value(QStringLiteral("AssumedRoleUser/Arn"));

    const bool complete = credentials.isValid() && !credentials.sessionToken.isEmpty()
        && credentials.expiration.isValid();
    if (httpStatus != 200 || !wellFormed || !complete) {
        result.credentials = {};
        result.errorMessage = tr("STS answered HTTP %1 with something that is not an "
                                 "AssumeRole response.")
                                  .arg(httpStatus);
    }
    return result;
}
