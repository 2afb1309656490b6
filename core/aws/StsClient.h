#pragma once

#include "AwsCredentials.h"
#include "CredentialsResolver.h"
#include "SupportEndpoint.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

/// What one AssumeRole call came back with: temporary credentials, or why there are none.
struct AssumeRoleResult
{
    AwsCredentials credentials; ///< source and expiration filled in
    QString assumedRoleArn; ///< "arn:aws:sts::…:assumed-role/name/session"
    QString errorCode; ///< the service's code ("AccessDenied", ...), if it sent one
    QString errorMessage; ///< a sentence for the user; empty on success
    QString requestId;

    bool ok() const { return errorMessage.isEmpty(); }
};

/// AWS STS AssumeRole over the query protocol: a signed form POST answered with XML.
///
/// One call at a time: starting another abandons the one running.
class StsClient : public QObject
{
    Q_OBJECT

public:
    static constexpr char apiVersion[] = "2011-06-15";

    /// Uses \a network, or a manager of its own when it is null.
    explicit StsClient(QNetworkAccessManager *network = nullptr, QObject *parent = nullptr);
    ~StsClient() override;

    void setEndpoint(const SupportEndpoint &endpoint);
    SupportEndpoint endpoint() const;

    /// Seconds without a byte before a call fails; 0 waits for ever.
    void setTransferTimeout(int seconds);
    /// Seconds to add to the local clock when signing, for a clock known to be off.
    void setClockOffset(qint64 seconds);
    /// Extra CA certificates to trust for https endpoints (AWS_CA_BUNDLE, ca_bundle).
    void setCaCertificates(const QList<QSslCertificate> &certificates);

    bool isBusy() const;

    /// Asks STS for temporary credentials of \a role, signed with \a source; ends in
    /// roleAssumed() or assumeRoleFailed(), from the event loop.
    void assumeRole(const AssumeRoleParameters &role, const QString &sessionName,
                    const AwsCredentials &source);

    /// The form body of an AssumeRole request.
    static QByteArray requestBody(const AssumeRoleParameters &role, const QString &sessionName);

    /// The signed request for \a body, as of \a now (before the clock offset).
    QNetworkRequest buildRequest(const QByteArray &body, const AwsCredentials &source,
                                 const QDateTime &now) const;

    /// Reads an AssumeRoleResponse or an ErrorResponse.
    static AssumeRoleResult parseResponse(int httpStatus, const QByteArray &body);

    /// "casebook-<seconds since 1970>", for roles whose profile names no role_session_name.
    static QString defaultSessionName();

Q_SIGNALS:
    void roleAssumed(const AssumeRoleResult &result);
    void assumeRoleFailed(const AssumeRoleResult &result);

private:
    void replyFinished(QNetworkReply *reply);

    struct Private;
    const std::unique_ptr<Private> d;
};
