#include "AccountConnection.h"

#include "AccountStore.h"
#include "KeychainCredentialsProvider.h"
#include "Logging.h"
#include "SupportClient.h"

#include <QCoreApplication>

AccountConnection::AccountConnection(AccountStore *store, SupportClient *client, QObject *parent)
    : QObject(parent), m_store(store), m_client(client)
{ }

namespace {

/// Whether credentials other than a stored account were asked for or found. A profile or key
/// that was asked for and is broken must be reported, not replaced by another account's.
bool otherSourceChosen(const ConnectionOptions &options, const ResolvedConnection &resolved,
                       const QProcessEnvironment &environment)
{
    const bool profileChosen = !options.profile.isEmpty()
        || !environment.value(QStringLiteral("AWS_PROFILE")).isEmpty()
        || !environment.value(QStringLiteral("AWS_DEFAULT_PROFILE")).isEmpty();
    const bool environmentKeys = !environment.value(QStringLiteral("AWS_ACCESS_KEY_ID")).isEmpty()
        || !environment.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")).isEmpty();
    const bool otherSource = resolved.credentials.isValid() || !resolved.profile.isEmpty()
        || !resolved.credentialProcess.isEmpty() || resolved.assumeRole.isValid();
    return profileChosen || environmentKeys || otherSource;
}

} // namespace

QString AccountConnection::chooseAccount(const AccountStore &store,
                                         const ConnectionOptions &options,
                                         const ResolvedConnection &resolved,
                                         const QProcessEnvironment &environment)
{
    if (!options.account.isEmpty())
        return options.account;
    if (otherSourceChosen(options, resolved, environment))
        return {};
    return store.defaultAccountName();
}

QString AccountConnection::unchosenAccountsHint(const AccountStore &store,
                                                const ConnectionOptions &options,
                                                const ResolvedConnection &resolved,
                                                const QProcessEnvironment &environment)
{
    if (!options.account.isEmpty() || otherSourceChosen(options, resolved, environment))
        return {};
    const QList<StoredAccount> accounts = store.accounts();
    if (accounts.isEmpty() || !store.defaultAccountName().isEmpty())
        return {};

    QStringList names;
    for (const StoredAccount &account : accounts)
        names.append(account.name);
    return tr("Casebook has stored accounts (%1), but none is the default. Choose one with "
              "--account NAME, or make one the default: casebook account default NAME.")
        .arg(names.join(QLatin1String(", ")));
}

bool AccountConnection::isPending() const
{
    return m_provider && m_provider->isFetching();
}

QString AccountConnection::readingDescription(const QString &name)
{
    return tr("Reading credentials of account %1 from the keychain\u2026").arg(name);
}

void AccountConnection::connectTo(const QString &name, const ConnectionOptions &options)
{
    if (m_provider)
        m_provider->deleteLater();
    m_accountName = name;

    const StoredAccount account = m_store->account(name);
    const QString region = options.region.isEmpty() ? account.region : options.region;
    const QUrl url = options.endpointUrl.isEmpty() ? account.endpointUrl : options.endpointUrl;
    const SupportEndpoint endpoint = SupportEndpoint::forRegion(region, url);
    m_client->setEndpoint(endpoint);

    // The client holds its calls until the keychain has answered (perhaps after a prompt to
    // unlock it), and fails them with the keychain's explanation if it cannot.
    m_provider = new KeychainCredentialsProvider(m_store, name, this);
    m_client->setCredentialsProvider(m_provider);
    connect(m_provider, &CredentialsProvider::fetched, this, [this, endpoint, region] {
        const AwsCredentials credentials = m_provider->credentials();
        qCDebug(lcAuth) << "using stored account" << m_accountName;
        emit connected(tr("%1 · %2 · credentials: %3")
                           .arg(endpoint.url.toDisplayString(), region, credentials.source));
    });
    connect(m_provider, &CredentialsProvider::fetchFailed, this, &AccountConnection::connectFailed);
    m_provider->fetch();
}
