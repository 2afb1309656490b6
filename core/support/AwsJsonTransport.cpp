#include "AwsJsonTransport.h"

#include "Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {
const QByteArray contentType = QByteArrayLiteral("application/x-amz-json-1.1");
}

AwsJsonTransport::AwsJsonTransport(QNetworkAccessManager *network, const QString &targetPrefix,
                                   const QString &signingService)
    : m_network(network)
    , m_targetPrefix(targetPrefix)
    , m_signingService(signingService)
{
}

void AwsJsonTransport::addCaCertificates(const QList<QSslCertificate> &certificates)
{
    if (!m_tls)
        m_tls = QSslConfiguration::defaultConfiguration();
    m_tls->addCaCertificates(certificates);
}

QNetworkRequest AwsJsonTransport::buildRequest(const QString &operation, const QByteArray &body,
                                               const QDateTime &now) const
{
    const QByteArray target = (m_targetPrefix + u'.' + operation).toLatin1();

    // Only headers Casebook owns are signed: the network stack adds and rewrites the rest.
    SigV4Request toSign;
    toSign.method = QByteArrayLiteral("POST");
    toSign.path = m_endpoint.url.path(QUrl::FullyEncoded).toLatin1();
    if (toSign.path.isEmpty())
        toSign.path = QByteArrayLiteral("/");
    toSign.headers = {{QByteArrayLiteral("Content-Type"), contentType},
                      {QByteArrayLiteral("Host"), m_endpoint.hostHeader()},
                      {QByteArrayLiteral("X-Amz-Target"), target}};
    toSign.body = body;

    const SigV4Signer signer(m_endpoint.signingRegion, m_signingService);
    const SigV4Signature signature =
        signer.sign(toSign, m_credentials, now.addSecs(m_clockOffsetSeconds));

    QNetworkRequest request(m_endpoint.url);
    for (const auto &[name, value] : std::as_const(toSign.headers))
        request.setRawHeader(name, value);
    for (const auto &[name, value] : signature.headersToAdd)
        request.setRawHeader(name, value);
    request.setTransferTimeout(m_transferTimeoutSeconds * 1000);
    if (m_tls && m_endpoint.url.scheme() == QLatin1String("https"))
        request.setSslConfiguration(*m_tls);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return request;
}

QNetworkReply *AwsJsonTransport::post(const QString &operation, const QJsonObject &payload)
{
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    const QNetworkRequest request =
        buildRequest(operation, body, QDateTime::currentDateTimeUtc());

    qCDebug(lcNetwork) << "sending" << operation << "to" << m_endpoint.url.host()
                       << "bytes" << body.size();
    return m_network->post(request, body);
}
