#pragma once

#include "AccountStore.h"
#include "CredentialsProvider.h"

/// Credentials of an account stored by Casebook, read from the OS keychain when fetched.
class KeychainCredentialsProvider : public CredentialsProvider
{
    Q_OBJECT

public:
    KeychainCredentialsProvider(AccountStore *store, const QString &accountName,
                                QObject *parent = nullptr);

    QString accountName() const;

    /// Why the last fetch failed; Kind::None after a success.
    KeychainProblem lastProblem() const;

    /// How the credentials are named for display: "account prod (keychain)".
    static QString sourceName(const StoredAccount &account);

protected:
    void startFetch() override;

private:
    void onSecretRead(const QString &name, const AccountSecret &secret);
    void onSecretReadFailed(const QString &name, const KeychainProblem &problem);

    AccountStore *m_store;
    QString m_accountName;
    KeychainProblem m_lastProblem;
};
