#include "KeychainCredentialsProvider.h"

KeychainCredentialsProvider::KeychainCredentialsProvider(AccountStore *store,
                                                         const QString &accountName,
                                                         QObject *parent)
    : CredentialsProvider(parent), m_store(store), m_accountName(accountName)
{
    connect(m_store, &AccountStore::secretRead, this, &KeychainCredentialsProvider::onSecretRead);
    connect(m_store, &AccountStore::secretReadFailed, this,
            &KeychainCredentialsProvider::onSecretReadFailed);
}

QString KeychainCredentialsProvider::accountName() const
{
    return m_accountName;
}

KeychainProblem KeychainCredentialsProvider::lastProblem() const
{
    return m_lastProblem;
}

QString KeychainCredentialsProvider::sourceName(const StoredAccount &account)
{
    return account.sessionOnly ? tr("account %1 (this session only)").arg(account.name)
                               : tr("account %1 (keychain)").arg(account.name);
}

void KeychainCredentialsProvider::startFetch()
{
    if (!m_store->contains(m_accountName)) {
        m_lastProblem = {};
        QMetaObject::invokeMethod(
            this,
            [this] {
                failFetch(tr("There is no stored account named '%1'.").arg(m_accountName),
                          QStringLiteral("account %1: not stored").arg(m_accountName));
            },
            Qt::QueuedConnection);
        return;
    }
    m_store->readSecret(m_accountName);
}

void KeychainCredentialsProvider::onSecretRead(const QString &name, const AccountSecret &secret)
{
    if (name != m_accountName || !isFetching())
        return;

    m_lastProblem = {};
    AwsCredentials credentials;
    credentials.accessKeyId = secret.accessKeyId;
    credentials.secretAccessKey = secret.secretAccessKey;
    credentials.sessionToken = secret.sessionToken;
    credentials.source = sourceName(m_store->account(name));
    finishFetch(credentials);
}

void KeychainCredentialsProvider::onSecretReadFailed(const QString &name,
                                                     const KeychainProblem &problem)
{
    if (name != m_accountName || !isFetching())
        return;

    m_lastProblem = problem;
    failFetch(problem.userMessage(),
              QStringLiteral("account %1: keychain problem %2").arg(name).arg(int(problem.kind)));
}
