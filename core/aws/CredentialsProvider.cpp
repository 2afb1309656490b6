#include "CredentialsProvider.h"

#include "Logging.h"

#include <QTimer>

CredentialsProvider::CredentialsProvider(QObject *parent)
    : QObject(parent)
{
}

AwsCredentials CredentialsProvider::credentials() const
{
    return m_credentials;
}

bool CredentialsProvider::needsRefresh(std::chrono::seconds margin) const
{
    if (!m_credentials.isValid())
        return true;
    if (!m_credentials.expiration.isValid())
        return false;

    const QDateTime deadline = QDateTime::currentDateTimeUtc().addSecs(margin.count());
    return m_credentials.expiration <= deadline;
}

bool CredentialsProvider::isFetching() const
{
    return m_fetching;
}

void CredentialsProvider::fetch()
{
    if (m_fetching)
        return;

    m_fetching = true;
    startFetch();
}

void CredentialsProvider::invalidate()
{
    m_credentials = {};
}

void CredentialsProvider::finishFetch(const AwsCredentials &credentials)
{
    m_fetching = false;
    m_credentials = credentials;
    qCDebug(lcAuth) << "credentials fetched from" << credentials.source << "expiring"
                    << credentials.expiration;
    emit fetched();
}

void CredentialsProvider::failFetch(const QString &message, const QString &logText)
{
    // Debug, not a warning: the caller shows the message to the user, and a warning would
    // print the same failure a second time on standard error.
    m_fetching = false;
    qCDebug(lcAuth).noquote() << "credentials could not be fetched" << logText;
    emit fetchFailed(message);
}

StaticCredentialsProvider::StaticCredentialsProvider(const AwsCredentials &credentials,
                                                     QObject *parent)
    : CredentialsProvider(parent)
    , m_fixed(credentials)
{
}

void StaticCredentialsProvider::startFetch()
{
    // Answer from the event loop, as every other provider does.
    QTimer::singleShot(0, this, [this] {
        if (m_fixed.isValid())
            finishFetch(m_fixed);
        else
            failFetch(tr("No AWS credentials are configured."));
    });
}
