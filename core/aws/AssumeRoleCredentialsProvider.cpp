#include "AssumeRoleCredentialsProvider.h"

#include "Logging.h"
#include "StsClient.h"

#include <QTimer>

AssumeRoleCredentialsProvider::AssumeRoleCredentialsProvider(CredentialsProvider *source,
                                                             const AssumeRoleParameters &role,
                                                             const SupportEndpoint &stsEndpoint,
                                                             QObject *parent)
    : CredentialsProvider(parent)
    , m_source(source)
    , m_role(role)
    , m_sts(new StsClient(nullptr, this))
{
    m_sts->setEndpoint(stsEndpoint);
    connect(m_sts, &StsClient::roleAssumed, this, &AssumeRoleCredentialsProvider::roleAssumed);
    connect(m_sts, &StsClient::assumeRoleFailed, this,
            [this](const AssumeRoleResult &result) {
                failFetch(result.errorMessage, m_role.roleArn + QStringLiteral(": AssumeRole"));
            });
}

AssumeRoleCredentialsProvider::~AssumeRoleCredentialsProvider()
{
    dropSourceConnections();
}

void AssumeRoleCredentialsProvider::startFetch()
{
    // Still fresh: answer from the cache, from the event loop like any other fetch.
    if (!needsRefresh(refreshMargin)) {
        QTimer::singleShot(0, this, [this] { finishFetch(credentials()); });
        return;
    }

    if (!m_source) {
        QTimer::singleShot(0, this, [this] {
            failFetch(tr("The role %1 has no source credentials to be assumed with.")
                          .arg(m_role.roleArn),
                      m_role.roleArn + QStringLiteral(": no source"));
        });
        return;
    }
    if (!m_source->needsRefresh(refreshMargin)) {
        const AwsCredentials sourceCredentials = m_source->credentials();
        QTimer::singleShot(0, this, [this, sourceCredentials] { assumeWith(sourceCredentials); });
        return;
    }

    dropSourceConnections();
    m_sourceFetched = connect(m_source, &CredentialsProvider::fetched, this,
                              &AssumeRoleCredentialsProvider::sourceFetched);
    m_sourceFailed = connect(m_source, &CredentialsProvider::fetchFailed, this,
                             &AssumeRoleCredentialsProvider::sourceFailed);
    m_sourceDestroyed = connect(m_source, &QObject::destroyed, this,
                                [this] { sourceFailed(tr("the source was closed")); });
    m_source->fetch();
}

void AssumeRoleCredentialsProvider::sourceFetched()
{
    dropSourceConnections();
    assumeWith(m_source->credentials());
}

void AssumeRoleCredentialsProvider::sourceFailed(const QString &message)
{
    dropSourceConnections();
    failFetch(tr("The source credentials for the role %1 could not be obtained: %2")
                  .arg(m_role.roleArn, message),
              m_role.roleArn + QStringLiteral(": source credentials"));
}

void AssumeRoleCredentialsProvider::assumeWith(const AwsCredentials &sourceCredentials)
{
    const QString sessionName = m_role.roleSessionName.isEmpty() ? StsClient::defaultSessionName()
                                                                 : m_role.roleSessionName;
    m_sts->assumeRole(m_role, sessionName, sourceCredentials);
}

void AssumeRoleCredentialsProvider::roleAssumed(const AssumeRoleResult &result)
{
    AwsCredentials assumed = result.credentials;
    assumed.source = m_profile.isEmpty()
        ? tr("assume role %1").arg(m_role.roleArn)
        : tr("profile %1 (assume role %2)").arg(m_profile, m_role.roleArn);
    finishFetch(assumed);
}

void AssumeRoleCredentialsProvider::dropSourceConnections()
{
    disconnect(m_sourceFetched);
    disconnect(m_sourceFailed);
    disconnect(m_sourceDestroyed);
}
