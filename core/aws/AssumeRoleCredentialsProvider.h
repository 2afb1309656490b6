#pragma once

#include "CredentialsProvider.h"
#include "CredentialsResolver.h"

#include <QMetaObject>
#include <QPointer>

class StsClient;
struct AssumeRoleResult;

/// The temporary credentials of an IAM role, assumed through STS with a source's credentials.
///
/// The source may be any provider (fixed keys, credential_process, another role). A fetch
/// answers from the cache while the role's credentials have more than five minutes left;
/// otherwise it refreshes the source if need be, then calls AssumeRole.
class AssumeRoleCredentialsProvider : public CredentialsProvider
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds refreshMargin = std::chrono::minutes(5);

    AssumeRoleCredentialsProvider(CredentialsProvider *source, const AssumeRoleParameters &role,
                                  const SupportEndpoint &stsEndpoint, QObject *parent = nullptr);
    ~AssumeRoleCredentialsProvider() override;

    AssumeRoleParameters role() const { return m_role; }
    CredentialsProvider *source() const { return m_source; }

    /// The STS client, for a CA bundle, a transfer timeout or a clock offset.
    StsClient *stsClient() const { return m_sts; }

    /// The profile the role belongs to, shown in the credentials' source.
    void setProfileName(const QString &profile) { m_profile = profile; }

protected:
    void startFetch() override;

private:
    void sourceFetched();
    void sourceFailed(const QString &message);
    void assumeWith(const AwsCredentials &sourceCredentials);
    void roleAssumed(const AssumeRoleResult &result);
    void dropSourceConnections();

    QPointer<CredentialsProvider> m_source;
    AssumeRoleParameters m_role;
    QString m_profile;
    StsClient *m_sts;
    QMetaObject::Connection m_sourceFetched;
    QMetaObject::Connection m_sourceFailed;
    QMetaObject::Connection m_sourceDestroyed;
};
