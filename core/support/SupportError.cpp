#include "SupportError.h"

#include <QJsonDocument>
#include <QJsonObject>

SupportError::SupportError(Kind kind, const QString &code, const QString &message,
                           int httpStatus, const QString &requestId)
    : m_kind(kind)
    , m_code(code)
    , m_message(message)
    , m_httpStatus(httpStatus)
    , m_requestId(requestId)
{
}

SupportError SupportError::fromNetworkFailure(QNetworkReply::NetworkError error,
                                              const QString &errorString, bool cancelled,
                                              const QList<QSslError> &sslErrors)
{
    if (cancelled)
        return SupportError(Kind::Cancelled, QStringLiteral("RequestCancelled"), errorString);

    QString code = QStringLiteral("NetworkError");
    Kind kind = Kind::Network;
    QString message = errorString;

    switch (error) {
    case QNetworkReply::OperationCanceledError:  // what a transfer timeout looks like in Qt 6.4
    case QNetworkReply::TimeoutError:
        kind = Kind::Timeout;
        code = QStringLiteral("RequestTimeout");
        break;
    case QNetworkReply::HostNotFoundError:
        code = QStringLiteral("HostNotFound");
        break;
    case QNetworkReply::ConnectionRefusedError:
        code = QStringLiteral("ConnectionRefused");
        break;
    case QNetworkReply::RemoteHostClosedError:
        code = QStringLiteral("ConnectionClosed");
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        if (error == QNetworkReply::SslHandshakeFailedError || !sslErrors.isEmpty()) {
            kind = Kind::Tls;
            code = QStringLiteral("TlsHandshakeFailed");
            if (!sslErrors.isEmpty())
                message = sslErrors.first().errorString();
        }
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        code = QStringLiteral("ProxyError");
        break;
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        code = QStringLiteral("NetworkUnavailable");
        break;
    default:
        break;
    }
    return SupportError(kind, code, message);
}

SupportError SupportError::withRequestId(const QString &requestId) const
{
    if (!m_requestId.isEmpty())
        return *this;
    SupportError copy = *this;
    copy.m_requestId = requestId;
    return copy;
}

QString SupportError::normalizeCode(const QString &rawType)
{
    // "com.amazonaws.support#CaseIdNotFound" and "CaseIdNotFound:http://internal.amazon.com/"
    // both name the code "CaseIdNotFound".
    QString code = rawType.trimmed();
    const qsizetype hash = code.lastIndexOf(u'#');
    if (hash >= 0)
        code = code.mid(hash + 1);
    const qsizetype colon = code.indexOf(u':');
    if (colon >= 0)
        code.truncate(colon);
    return code.trimmed();
}

SupportError::Kind SupportError::kindForCode(const QString &code, int httpStatus)
{
    static const QHash<QString, Kind> kinds = {
        {QStringLiteral("CaseIdNotFound"), Kind::NotFound},
        {QStringLiteral("AttachmentIdNotFound"), Kind::NotFound},
        {QStringLiteral("AttachmentSetIdNotFound"), Kind::NotFound},
        {QStringLiteral("DescribeAttachmentLimitExceeded"), Kind::Throttling},
        {QStringLiteral("ThrottlingException"), Kind::Throttling},
        {QStringLiteral("Throttling"), Kind::Throttling},
        {QStringLiteral("TooManyRequestsException"), Kind::Throttling},
        {QStringLiteral("RequestLimitExceeded"), Kind::Throttling},
        {QStringLiteral("InternalServerError"), Kind::Service},
        {QStringLiteral("ServiceUnavailable"), Kind::Service},
        {QStringLiteral("SubscriptionRequiredException"), Kind::SubscriptionRequired},
        {QStringLiteral("UnrecognizedClientException"), Kind::Authentication},
        {QStringLiteral("InvalidSignatureException"), Kind::Authentication},
        {QStringLiteral("ExpiredTokenException"), Kind::Authentication},
        {QStringLiteral("InvalidClientTokenId"), Kind::Authentication},
        {QStringLiteral("MissingAuthenticationToken"), Kind::Authentication},
        {QStringLiteral("MissingAuthenticationTokenException"), Kind::Authentication},
        {QStringLiteral("IncompleteSignatureException"), Kind::Authentication},
        {QStringLiteral("AccessDeniedException"), Kind::AccessDenied},
        {QStringLiteral("ValidationException"), Kind::Validation},
        {QStringLiteral("SerializationException"), Kind::Protocol},
        {QStringLiteral("UnknownOperationException"), Kind::Protocol},
    };

    const auto found = kinds.constFind(code);
    if (found != kinds.constEnd())
        return *found;

    if (httpStatus == 429)
        return Kind::Throttling;
    if (httpStatus == 401)
        return Kind::Authentication;
    if (httpStatus == 403)
        return Kind::AccessDenied;
    if (httpStatus >= 500)
        return Kind::Service;
    return Kind::Unknown;
}

SupportError SupportError::fromHttpReply(int httpStatus, const QByteArray &body,
                                         const QByteArray &errorTypeHeader,
                                         const QByteArray &requestId)
{
    QString rawType;
    QString message;

    const QJsonObject json = QJsonDocument::fromJson(body).object();
    rawType = json.value(QLatin1String("__type")).toString();
    message = json.value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = json.value(QLatin1String("Message")).toString();

    // The header is authoritative when both are present: some front ends rewrite bodies.
    if (!errorTypeHeader.isEmpty())
        rawType = QString::fromLatin1(errorTypeHeader);

    QString code = normalizeCode(rawType);
    if (!code.isEmpty()) {
        return SupportError(kindForCode(code, httpStatus), code, message, httpStatus,
                            QString::fromLatin1(requestId));
    }

    // No AWS error type at all: something between Casebook and AWS answered (a proxy, a
    // firewall, a captive portal), or a service outage. Only 5xx and 429 say something about
    // AWS itself; a bare 403 is no proof of missing IAM permissions.
    code = QStringLiteral("HTTP %1").arg(httpStatus);
    Kind kind = Kind::NotAwsReply;
    if (httpStatus >= 500)
        kind = Kind::Service;
    else if (httpStatus == 429)
        kind = Kind::Throttling;
    return SupportError(kind, code, message, httpStatus, QString::fromLatin1(requestId));
}

QString SupportError::userMessage() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return networkMessage();
    case Kind::Tls:
        return tr("Casebook could not set up a secure connection to the AWS Support service: "
                  "%1. If your network inspects TLS traffic, point AWS_CA_BUNDLE at your "
                  "organisation's CA certificate file.")
            .arg(m_message.isEmpty() ? tr("the TLS handshake failed") : m_message);
    case Kind::Timeout:
        return tr("The AWS Support service stopped answering, so Casebook gave up waiting. "
                  "Check your connection and try again.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Protocol:
        return tr("The reply from the AWS Support service could not be read.");
    case Kind::Authentication:
        if (m_code == QLatin1String("MissingCredentials"))
            return tr("No AWS credentials were found. Set AWS_ACCESS_KEY_ID and "
                      "AWS_SECRET_ACCESS_KEY, add a profile to ~/.aws/credentials, or start "
                      "Casebook with --demo to try it on sample cases.");
        if (m_code == QLatin1String("CredentialsUnavailable"))
            return tr("Casebook could not get AWS credentials. %1").arg(m_message);
        if (m_code == QLatin1String("ExpiredTokenException"))
            return tr("Your temporary AWS credentials have expired. Refresh them and try again.");
        if (m_message.startsWith(QLatin1String("Signature expired")))
            return tr("AWS refused the request because this computer's clock is wrong. Set the "
                      "clock correctly and try again.");
        if (m_code == QLatin1String("InvalidSignatureException"))
            return tr("AWS refused the request signature. The secret access key is probably "
                      "wrong for this access key id.");
        return tr("AWS does not recognise these credentials. Check the access key id.");
    case Kind::AccessDenied:
        return tr("These credentials are not allowed to read support cases. They need the IAM "
                  "actions support:DescribeCases, support:DescribeCommunications and "
                  "support:DescribeAttachment.");
    case Kind::SubscriptionRequired:
        return tr("This AWS account has no support plan that includes the AWS Support API. The "
                  "API needs a Business, Enterprise On-Ramp or Enterprise support plan.");
    case Kind::NotFound:
        if (m_code == QLatin1String("CaseIdNotFound"))
            return tr("The service does not know this case. Cases are kept only for a limited "
                      "time after they are created, and only in the account that opened them.");
        return tr("The attachment is no longer available from the service.");
    case Kind::Throttling:
        return tr("The AWS Support service is limiting how fast Casebook may ask. Wait a moment "
                  "and try again.");
    case Kind::Validation:
        return tr("The AWS Support service rejected the request as invalid.");
    case Kind::Service:
        return tr("The AWS Support service had an internal problem. Try again later.");
    case Kind::NotAwsReply:
        if (m_httpStatus >= 300 && m_httpStatus < 400)
            return tr("The endpoint answered with a redirect (HTTP %1) instead of an AWS reply. "
                      "Check the endpoint URL; a proxy or login page may be in the way.")
                .arg(m_httpStatus);
        return tr("The endpoint answered HTTP %1 without an AWS error. A proxy, firewall or "
                  "login page between Casebook and AWS may have refused the request.")
            .arg(m_httpStatus);
    case Kind::Unknown:
        break;
    }
    return tr("The AWS Support service reported an error.");
}

QString SupportError::networkMessage() const
{
    if (m_code == QLatin1String("HostNotFound"))
        return tr("The AWS Support endpoint's name could not be looked up. Check your network "
                  "connection, DNS settings and the endpoint URL.");
    if (m_code == QLatin1String("ConnectionRefused"))
        return tr("The AWS Support endpoint refused the connection. Check the endpoint URL "
                  "and any firewall between you and it.");
    if (m_code == QLatin1String("ConnectionClosed"))
        return tr("The connection to the AWS Support service broke off before the reply was "
                  "complete. Try again.");
    if (m_code == QLatin1String("ProxyError"))
        return tr("Casebook could not get through the network proxy. Check the proxy settings "
                  "(http_proxy, https_proxy) and its credentials.");
    if (m_code == QLatin1String("NetworkUnavailable"))
        return tr("This computer seems to be offline. Connect to a network and try again.");
    return tr("Casebook could not reach the AWS Support service. Check your network "
              "connection and proxy settings.");
}

QString SupportError::details() const
{
    QStringList lines;
    lines << tr("Code: %1").arg(m_code);
    if (!m_message.isEmpty())
        lines << tr("Message: %1").arg(m_message);
    if (m_httpStatus > 0)
        lines << tr("HTTP status: %1").arg(m_httpStatus);
    if (!m_requestId.isEmpty())
        lines << tr("Request id: %1").arg(m_requestId);
    return lines.join(u'\n');
}
