#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace QKeychain {
class Job;
}

/// An account stored by Casebook: where it connects. Its secret lives in the OS keychain.
struct StoredAccount
{
    QString name;
    QString region;
    QString partition; ///< "aws", "aws-us-gov" or "aws-cn", from the region
    QUrl endpointUrl; ///< empty: the partition's Support endpoint
    bool sessionOnly = false; ///< kept in memory for this run only, never written anywhere

    bool isValid() const { return !name.isEmpty(); }
};

/// The access key pair of a stored account.
struct AccountSecret
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; ///< kept in memory for this run only, never in the keychain

    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
};

/// Why the keychain did not do what was asked, with a sentence that says what to do next.
struct KeychainProblem
{
    Q_DECLARE_TR_FUNCTIONS(KeychainProblem)

public:
    enum class Kind {
        None, ///< no problem
        NoBackend, ///< no Secret Service (or other keychain) answers
        Denied, ///< the keyring is locked, or access was refused
        EntryMissing, ///< the account is known but the keychain holds no secret for it
        WriteRefused, ///< the keychain would not store or delete the secret
        Damaged, ///< the entry exists but is not a secret Casebook wrote
        Other
    };
    enum class Operation { Read, Write, Delete };

    Kind kind = Kind::None;
    Operation operation = Operation::Read;
    QString accountName;
    QString detail; ///< the keychain's own words, for diagnostics; never holds a secret

    bool isProblem() const { return kind != Kind::None; }

    /// What happened and what the user can do about it.
    QString userMessage() const;

    /// Sorts a QtKeychain failure (\a code is a QKeychain::Error) into a kind.
    static KeychainProblem fromKeychain(int code, const QString &detail, Operation operation,
                                        const QString &accountName);
};

/// Accounts stored by Casebook: settings in QSettings (group "accounts"), access keys in the
/// OS keychain through QtKeychain, under service "casebook" and the account's name.
///
/// Every keychain call is asynchronous and ends in one of the signals below, never inside
/// the call itself. Nothing secret is ever written anywhere but the keychain: when it is not
/// available, an account can be kept for this run only (StoredAccount::sessionOnly).
class AccountStore : public QObject
{
    Q_OBJECT

public:
    explicit AccountStore(QObject *parent = nullptr);
    ~AccountStore() override;

    /// The keychain service secrets are filed under; "casebook" unless changed (tests do).
    void setKeychainService(const QString &service);
    QString keychainService() const;

    /// Saved accounts and this run's session-only ones, sorted by name.
    QList<StoredAccount> accounts() const;
    StoredAccount account(const QString &name) const;
    bool contains(const QString &name) const;

    /// The account marked as default, else the only account there is; empty if neither.
    QString defaultAccountName() const;
    /// Marks \a name as the default account; an empty name clears the mark.
    void setDefaultAccountName(const QString &name);

    /// Why \a name cannot name an account, or an empty string when it can.
    static QString nameProblem(const QString &name);

    /// Stores \a account and \a secret (the key pair in the keychain, the session token in
    /// memory); ends in accountSaved() or accountSaveFailed(), when nothing is changed.
    void saveAccount(const StoredAccount &account, const AccountSecret &secret);
    /// Changes an account's settings (region, endpoint) and keeps its secret.
    bool updateAccount(const StoredAccount &account);
    /// Ends in secretRead() or secretReadFailed().
    void readSecret(const QString &name);
    /// Deletes the secret and the settings; ends in accountRemoved() or accountRemoveFailed().
    void removeAccount(const QString &name);

Q_SIGNALS:
    void accountSaved(const QString &name);
    void accountSaveFailed(const QString &name, const KeychainProblem &problem);
    void secretRead(const QString &name, const AccountSecret &secret);
    void secretReadFailed(const QString &name, const KeychainProblem &problem);
    void accountRemoved(const QString &name);
    /// The settings are gone but the keychain kept the secret, or refused to be asked.
    void accountRemoveFailed(const QString &name, const KeychainProblem &problem);
    void accountsChanged();

private:
    void writeSettings(const StoredAccount &account);
    void removeSettings(const QString &name);
    void later(std::function<void()> work);
    void onWriteFinished(QKeychain::Job *job, const StoredAccount &account,
                         const QString &sessionToken);
    void onReadFinished(QKeychain::Job *job, const QString &name);
    void onDeleteFinished(QKeychain::Job *job, const QString &name);

    QString m_service;
    QHash<QString, StoredAccount> m_sessionAccounts;
    QHash<QString, AccountSecret> m_sessionSecrets; ///< secrets of session-only accounts
    QHash<QString, QString> m_sessionTokens;
};

Q_DECLARE_METATYPE(KeychainProblem)
Q_DECLARE_METATYPE(AccountSecret)
