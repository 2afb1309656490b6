#pragma once

#include "AwsCredentials.h"
#include "SigV4Signer.h"
#include "SupportEndpoint.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QString>

#include <optional>

class QJsonObject;
class QNetworkAccessManager;
class QNetworkReply;

/// Sends signed AWS JSON 1.1 requests (`POST /`, X-Amz-Target) to one endpoint.
class AwsJsonTransport
{
public:
    AwsJsonTransport(QNetworkAccessManager *network, const QString &targetPrefix,
                     const QString &signingService);

    void setEndpoint(const SupportEndpoint &endpoint) { m_endpoint = endpoint; }
    SupportEndpoint endpoint() const { return m_endpoint; }

    void setCredentials(const AwsCredentials &credentials) { m_credentials = credentials; }
    AwsCredentials credentials() const { return m_credentials; }

    /// Seconds to add to the local clock when signing, for a clock known to be off.
    void setClockOffset(qint64 seconds) { m_clockOffsetSeconds = seconds; }
    qint64 clockOffset() const { return m_clockOffsetSeconds; }

    /// Seconds without a byte before a transfer is given up; 0 waits for ever.
    void setTransferTimeout(int seconds) { m_transferTimeoutSeconds = seconds; }

    /// Trusts \a certificates in addition to the system's CAs. Verification stays on.
    void addCaCertificates(const QList<QSslCertificate> &certificates);

    /// The complete signed request for \a operation, as of \a now (before the clock offset).
    QNetworkRequest buildRequest(const QString &operation, const QByteArray &body,
                                 const QDateTime &now) const;

    /// Signs and sends \a payload; the caller owns the reply.
    QNetworkReply *post(const QString &operation, const QJsonObject &payload);

private:
    QNetworkAccessManager *m_network;
    QString m_targetPrefix;
    QString m_signingService;
    SupportEndpoint m_endpoint;
    AwsCredentials m_credentials;
    qint64 m_clockOffsetSeconds = 0;
    int m_transferTimeoutSeconds = 60;
    // Only made when extra CAs are wanted: building one loads the TLS backend and the
    // system's certificates, which costs a plain loopback run most of its start-up.
    std::optional<QSslConfiguration> m_tls;
};
