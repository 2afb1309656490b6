#pragma once

#include "CredentialsResolver.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

class AccountStore;
class KeychainCredentialsProvider;
class SupportClient;

/// Connects a SupportClient with an account stored by Casebook: points it at the account's
/// endpoint, reads the secret from the keychain, then hands the client the credentials.
class AccountConnection : public QObject
{
    Q_OBJECT

public:
    AccountConnection(AccountStore *store, SupportClient *client, QObject *parent = nullptr);

    /// The stored account the credential chain ends in: the one named by --account, or,
    /// when neither a profile, the environment nor the shared files gave credentials, the
    /// default stored account (or the only one). Empty when no stored account applies.
    static QString chooseAccount(const AccountStore &store, const ConnectionOptions &options,
                                 const ResolvedConnection &resolved,
                                 const QProcessEnvironment &environment
                                 = QProcessEnvironment::systemEnvironment());

    /// When credentials are missing although accounts are stored, none of them the default:
    /// a sentence that names them and says how to choose one. Empty otherwise.
    static QString unchosenAccountsHint(const AccountStore &store,
                                        const ConnectionOptions &options,
                                        const ResolvedConnection &resolved,
                                        const QProcessEnvironment &environment
                                        = QProcessEnvironment::systemEnvironment());

    /// Starts using account \a name; explicit --region and --endpoint-url in \a options win
    /// over the account's own. Ends in connected() or connectFailed().
    void connectTo(const QString &name, const ConnectionOptions &options = {});

    QString accountName() const { return m_accountName; }

    /// Whether the secret is still being read.
    bool isPending() const;

    /// What the window shows while the secret is read.
    static QString readingDescription(const QString &name);

Q_SIGNALS:
    /// The client has the account's credentials; \a description names endpoint and source.
    void connected(const QString &description);
    void connectFailed(const QString &message);

private:
    AccountStore *m_store;
    SupportClient *m_client;
    QString m_accountName;
    QPointer<KeychainCredentialsProvider> m_provider;
};
