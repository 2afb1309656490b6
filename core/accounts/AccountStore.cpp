#include "AccountStore.h"

#include "Logging.h"
#include "Settings.h"
#include "SupportEndpoint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <algorithm>

namespace {

const QString accountsGroup = QStringLiteral("accounts");
const QString regionKey = QStringLiteral("region");
const QString partitionKey = QStringLiteral("partition");
const QString endpointKey = QStringLiteral("endpointUrl");

QString settingsPath(const QString &name, const QString &key)
{
    return accountsGroup + u'/' + name + u'/' + key;
}

// A failure to reach the Secret Service at all comes back from libsecret as a plain error
// with D-Bus words in it, not as NoBackendAvailable.
bool looksLocked(const QString &detail)
{
    return detail.contains(QLatin1String("locked"), Qt::CaseInsensitive);
}

bool looksUnreachable(const QString &detail)
{
    static const QStringList markers = {QStringLiteral("D-Bus"),
                                        QStringLiteral("DBus"),
                                        QStringLiteral("dbus"),
                                        QStringLiteral("autolaunch"),
                                        QStringLiteral("Could not connect"),
                                        QStringLiteral("ServiceUnknown"),
                                        QStringLiteral("org.freedesktop.secrets"),
                                        QStringLiteral("secrets service"),
                                        QStringLiteral("Secret Service"),
                                        QStringLiteral("No such file or directory"),
                                        QStringLiteral("Connection refused")};
    return std::any_of(markers.cbegin(), markers.cend(),
                       [&detail](const QString &marker) { return detail.contains(marker); });
}

QByteArray encodeSecret(const AccountSecret &secret)
{
    const QJsonObject object {{QStringLiteral("accessKeyId"), secret.accessKeyId},
                              {QStringLiteral("secretAccessKey"), secret.secretAccessKey}};
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

AccountSecret decodeSecret(const QByteArray &data)
{
    const QJsonObject object = QJsonDocument::fromJson(data).object();
    return {object.value(QStringLiteral("accessKeyId")).toString(),
            object.value(QStringLiteral("secretAccessKey")).toString(),
            {}};
}

} // namespace

QString KeychainProblem::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NoBackend:
        return tr("No keychain is available (Casebook needs a Secret Service such as GNOME "
                  "Keyring or KWallet on a D-Bus session). Start or install one and try "
                  "again, or keep the account for this session only: its secret then stays "
                  "in memory and is never written to disk.");
    case Kind::Denied:
        return tr("The keychain is locked or refused access to the secret of account '%1'. "
                  "Unlock your keyring (or allow Casebook to use it) and try again.")
            .arg(accountName);
    case Kind::EntryMissing:
        return tr("The account '%1' is saved but its secret can't be read from the keychain "
                  "(it may have been deleted, or the keychain changed). Enter the access key "
                  "again: casebook account add %1, or File > Accounts.")
            .arg(accountName);
    case Kind::WriteRefused:
        return operation == Operation::Delete
            ? tr("The keychain would not delete the secret of account '%1'. Remove the "
                 "entry '%1' of service 'casebook' with your keyring manager.")
                  .arg(accountName)
            : tr("The keychain refused to store the secret of account '%1', so nothing was "
                 "saved. Check that your keyring is unlocked and writable, or keep the "
                 "account for this session only.")
                  .arg(accountName);
    case Kind::Damaged:
        return tr("The keychain entry of account '%1' does not hold an access key Casebook "
                  "can read. Enter the access key again.")
            .arg(accountName);
    case Kind::Other:
        break;
    }
    return tr("The keychain failed for account '%1': %2").arg(accountName, detail);
}

KeychainProblem KeychainProblem::fromKeychain(int code, const QString &detail, Operation operation,
                                              const QString &accountName)
{
    KeychainProblem problem {Kind::Other, operation, accountName, detail};
    switch (code) {
    case QKeychain::NoError:
        problem.kind = Kind::None;
        break;
    case QKeychain::EntryNotFound:
        problem.kind = Kind::EntryMissing;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        problem.kind = Kind::Denied;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        problem.kind = Kind::NoBackend;
        break;
    case QKeychain::CouldNotDeleteEntry:
        problem.kind = Kind::WriteRefused;
        break;
    default:
        if (looksUnreachable(detail))
            problem.kind = Kind::NoBackend;
        else if (looksLocked(detail))
            problem.kind = Kind::Denied;
        else if (operation != Operation::Read)
            problem.kind = Kind::WriteRefused;
        break;
    }
    return problem;
}

AccountStore::AccountStore(QObject *parent) : QObject(parent), m_service(QStringLiteral("casebook"))
{
    qRegisterMetaType<KeychainProblem>();
    qRegisterMetaType<AccountSecret>();
}

AccountStore::~AccountStore() = default;

void AccountStore::setKeychainService(const QString &service)
{
    m_service = service;
}

QString AccountStore::keychainService() const
{
    return m_service;
}

QList<StoredAccount> AccountStore::accounts() const
{
    QSettings settings;
    settings.beginGroup(accountsGroup);
    const QStringList names = settings.childGroups();
    settings.endGroup();

    QList<StoredAccount> result = m_sessionAccounts.values();
    for (const QString &name : names) {
        if (nameProblem(name).isEmpty() && !m_sessionAccounts.contains(name))
            result.append(account(name));
    }
    std::sort(result.begin(), result.end(),
              [](const StoredAccount &a, const StoredAccount &b) { return a.name < b.name; });
    return result;
}

StoredAccount AccountStore::account(const QString &name) const
{
    if (m_sessionAccounts.contains(name))
        return m_sessionAccounts.value(name);
    if (name.isEmpty() || !nameProblem(name).isEmpty())
        return {};

    QSettings settings;
    if (!settings.contains(settingsPath(name, regionKey)))
        return {};
    StoredAccount result;
    result.name = name;
    result.region = settings.value(settingsPath(name, regionKey)).toString();
    result.partition = settings.value(settingsPath(name, partitionKey)).toString();
    result.endpointUrl = QUrl(settings.value(settingsPath(name, endpointKey)).toString());
    return result;
}

bool AccountStore::contains(const QString &name) const
{
    return account(name).isValid();
}

QString AccountStore::defaultAccountName() const
{
    // The key Edit > Preferences shows too.
    const QString marked = Settings().defaultAccount();
    if (contains(marked))
        return marked;

    const QList<StoredAccount> all = accounts();
    return all.size() == 1 ? all.first().name : QString();
}

void AccountStore::setDefaultAccountName(const QString &name)
{
    Settings().setDefaultAccount(name);
    emit accountsChanged();
}

QString AccountStore::nameProblem(const QString &name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$"));
    if (name == QLatin1String("default"))
        return tr("The name 'default' is reserved; choose another name.");
    if (!allowed.match(name).hasMatch()) {
        return tr("An account name has 1 to 64 letters, digits, '.', '_', '@' or '-', and "
                  "begins with a letter or digit.");
    }
    return {};
}

void AccountStore::saveAccount(const StoredAccount &account, const AccountSecret &secret)
{
    StoredAccount normalized = account;
    normalized.partition = SupportEndpoint::partitionOf(account.region);

    if (account.sessionOnly) {
        later([this, normalized, secret] {
            m_sessionAccounts.insert(normalized.name, normalized);
            m_sessionSecrets.insert(normalized.name, secret);
            qCDebug(lcAuth) << "account kept for this session only:" << normalized.name;
            emit accountsChanged();
            emit accountSaved(normalized.name);
        });
        return;
    }

    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never let QtKeychain fall back on a plain-text file
    job->setKey(account.name);
    job->setBinaryData(encodeSecret(secret));
    const QString token = secret.sessionToken;
    connect(job, &QKeychain::Job::finished, this, [this, normalized, token](QKeychain::Job *j) {
        onWriteFinished(j, normalized, token);
    });
    qCDebug(lcAuth) << "storing the secret of account" << account.name << "in the keychain";
    job->start();
}

void AccountStore::onWriteFinished(QKeychain::Job *job, const StoredAccount &account,
                                   const QString &sessionToken)
{
    if (job->error() != QKeychain::NoError) {
        const KeychainProblem problem = KeychainProblem::fromKeychain(
            job->error(), job->errorString(), KeychainProblem::Operation::Write, account.name);
        qCDebug(lcAuth) << "keychain refused to store account" << account.name << ":"
                        << job->errorString();
        emit accountSaveFailed(account.name, problem);
        return;
    }

    m_sessionAccounts.remove(account.name);
    m_sessionSecrets.remove(account.name);
    if (sessionToken.isEmpty())
        m_sessionTokens.remove(account.name);
    else
        m_sessionTokens.insert(account.name, sessionToken);
    writeSettings(account);
    emit accountsChanged();
    emit accountSaved(account.name);
}

bool AccountStore::updateAccount(const StoredAccount &account)
{
    if (!contains(account.name))
        return false;

    StoredAccount normalized = account;
    normalized.partition = SupportEndpoint::partitionOf(account.region);
    if (m_sessionAccounts.contains(account.name)) {
        normalized.sessionOnly = true;
        m_sessionAccounts.insert(account.name, normalized);
    } else {
        writeSettings(normalized);
    }
    emit accountsChanged();
    return true;
}

void AccountStore::readSecret(const QString &name)
{
    if (m_sessionAccounts.contains(name)) {
        later([this, name] {
            if (m_sessionSecrets.contains(name))
                emit secretRead(name, m_sessionSecrets.value(name));
        });
        return;
    }

    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this,
            [this, name](QKeychain::Job *j) { onReadFinished(j, name); });
    qCDebug(lcAuth) << "reading the secret of account" << name << "from the keychain";
    job->start();
}

void AccountStore::onReadFinished(QKeychain::Job *job, const QString &name)
{
    if (job->error() != QKeychain::NoError) {
        const KeychainProblem problem = KeychainProblem::fromKeychain(
            job->error(), job->errorString(), KeychainProblem::Operation::Read, name);
        qCDebug(lcAuth) << "keychain could not read account" << name << ":" << job->errorString();
        emit secretReadFailed(name, problem);
        return;
    }

    AccountSecret secret
        = decodeSecret(static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData());
    if (!secret.isValid()) {
        emit secretReadFailed(
            name, {KeychainProblem::Kind::Damaged, KeychainProblem::Operation::Read, name, {}});
        return;
    }
    secret.sessionToken = m_sessionTokens.value(name);
    qCDebug(lcAuth) << "secret of account" << name << "read from the keychain";
    emit secretRead(name, secret);
}

void AccountStore::removeAccount(const QString &name)
{
    if (m_sessionAccounts.contains(name)) {
        later([this, name] {
            m_sessionAccounts.remove(name);
            m_sessionSecrets.remove(name);
            emit accountRemoved(name);
            emit accountsChanged();
        });
        return;
    }

    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this,
            [this, name](QKeychain::Job *j) { onDeleteFinished(j, name); });
    job->start();
}

void AccountStore::onDeleteFinished(QKeychain::Job *job, const QString &name)
{
    // The settings go whatever the keychain says: an account whose secret cannot be reached
    // any more must still be removable.
    removeSettings(name);
    m_sessionTokens.remove(name);
    emit accountsChanged();

    const KeychainProblem problem = KeychainProblem::fromKeychain(
        job->error(), job->errorString(), KeychainProblem::Operation::Delete, name);
    if (problem.isProblem() && problem.kind != KeychainProblem::Kind::EntryMissing) {
        qCDebug(lcAuth) << "keychain could not delete account" << name << ":"
                        << job->errorString();
        emit accountRemoveFailed(name, problem);
        return;
    }
    emit accountRemoved(name);
}

void AccountStore::writeSettings(const StoredAccount &account)
{
    QSettings settings;
    settings.setValue(settingsPath(account.name, regionKey), account.region);
    settings.setValue(settingsPath(account.name, partitionKey), account.partition);
    settings.setValue(settingsPath(account.name, endpointKey), account.endpointUrl.toString());
}

void AccountStore::removeSettings(const QString &name)
{
    QSettings settings;
    settings.remove(accountsGroup + u'/' + name);
    Settings defaults(&settings);
    if (defaults.defaultAccount() == name)
        defaults.setDefaultAccount({});
}

void AccountStore::later(std::function<void()> work)
{
    // Session-only accounts answer from the event loop too, as the keychain does.
    QTimer::singleShot(0, this, std::move(work));
}
