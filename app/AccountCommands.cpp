#include "AccountCommands.h"

#include <QTimer>

#include <cstdio>
#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace {

void print(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", qPrintable(text));
}

/// Turns terminal echo off for as long as it lives, when standard input is a terminal.
class EchoOff
{
public:
    EchoOff()
    {
        if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (!m_active)
            return;
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
        std::fputc('\n', stderr);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved {};
    bool m_active = false;
};

bool readLine(QString *line)
{
    std::string text;
    if (!std::getline(std::cin, text))
        return false;
    *line = QString::fromUtf8(text.data(), qsizetype(text.size())).trimmed();
    return true;
}

QString secretStatusText(const KeychainProblem &problem)
{
    switch (problem.kind) {
    case KeychainProblem::Kind::None:
        return AccountCommands::tr("readable");
    case KeychainProblem::Kind::EntryMissing:
        return AccountCommands::tr("missing: enter it again (account add)");
    case KeychainProblem::Kind::NoBackend:
        return AccountCommands::tr("unknown: no keychain available");
    case KeychainProblem::Kind::Denied:
        return AccountCommands::tr("unreadable: keyring locked or access denied");
    default:
        return AccountCommands::tr("unreadable: %1").arg(problem.userMessage());
    }
}

} // namespace

AccountCommands::AccountCommands(const CommandLine &commandLine, AccountStore *store,
                                 QObject *parent)
    : QObject(parent), m_commandLine(commandLine), m_store(store)
{ }

void AccountCommands::start()
{
    // Through the event loop, so that a caller can connect to finished() first.
    QTimer::singleShot(0, this, [this] {
        const QString &action = m_commandLine.accountAction;
        if (action == QLatin1String("add"))
            add();
        else if (action == QLatin1String("list"))
            list();
        else if (action == QLatin1String("remove"))
            remove();
        else
            makeDefault();
    });
}

QString AccountCommands::readSecret(AccountSecret *secret)
{
    const bool terminal = isatty(STDIN_FILENO);
    if (terminal)
        std::fprintf(stderr, "%s", qPrintable(tr("Access key ID: ")));
    if (!readLine(&secret->accessKeyId) || secret->accessKeyId.isEmpty())
        return tr("Expected the access key id on the first line of standard input.");

    if (terminal)
        std::fprintf(stderr, "%s", qPrintable(tr("Secret access key: ")));
    bool secretRead = false;
    {
        const EchoOff echoOff;
        secretRead = readLine(&secret->secretAccessKey);
    }
    if (!secretRead || secret->secretAccessKey.isEmpty())
        return tr("Expected the secret access key on the second line of standard input.");
    if (secret->accessKeyId.contains(u' ') || secret->secretAccessKey.contains(u' '))
        return tr("An access key id or secret has no spaces; check what was entered.");
    return {};
}

void AccountCommands::add()
{
    const QString &name = m_commandLine.accountName;
    const QString nameProblem = AccountStore::nameProblem(name);
    if (!nameProblem.isEmpty())
        return failWith(nameProblem);
    const bool replacing = m_store->contains(name);
    if (replacing && !m_commandLine.replace) {
        return failWith(tr("An account named '%1' is already stored. To replace its keys, add "
                           "--replace; its region and endpoint stay unless given anew.")
                            .arg(name));
    }

    AccountSecret secret;
    const QString inputProblem = readSecret(&secret);
    if (!inputProblem.isEmpty())
        return failWith(inputProblem);

    connect(m_store, &AccountStore::accountSaved, this, [this, replacing](const QString &saved) {
        if (m_commandLine.makeDefault)
            m_store->setDefaultAccountName(saved);
        const QString text = replacing
            ? tr("Account %1 replaced; its new secret is in the keychain.")
            : tr("Account %1 saved; its secret is in the keychain.");
        print(stdout, text.arg(saved));
        emit finished(0);
    });
    connect(m_store, &AccountStore::accountSaveFailed, this,
            [this](const QString &, const KeychainProblem &problem) {
                failWith(saveProblemText(problem));
            });
    m_store->saveAccount(accountToSave(name), secret);
}

StoredAccount AccountCommands::accountToSave(const QString &name) const
{
    // A replaced account keeps where it connects unless the command line says otherwise.
    StoredAccount account = m_store->account(name);
    account.name = name;
    if (!m_commandLine.connection.region.isEmpty())
        account.region = m_commandLine.connection.region;
    if (account.region.isEmpty())
        account.region = QStringLiteral("us-east-1");
    if (!m_commandLine.connection.endpointUrl.isEmpty())
        account.endpointUrl = m_commandLine.connection.endpointUrl;
    return account;
}

QString AccountCommands::saveProblemText(const KeychainProblem &problem)
{
    // Only the window can keep an account for the session; here the way out is elsewhere.
    if (problem.kind != KeychainProblem::Kind::NoBackend)
        return problem.userMessage();
    return tr("No keychain is available, so the account cannot be stored. Start a Secret "
              "Service (such as gnome-keyring-daemon or KWallet) on the D-Bus session and try "
              "again, or give the keys another way: a profile in ~/.aws/credentials (--profile) "
              "or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.");
}

void AccountCommands::list()
{
    m_listed = m_store->accounts();
    if (m_listed.isEmpty()) {
        print(stderr, tr("No accounts are stored. Add one with: casebook account add NAME"));
        emit finished(0);
        return;
    }

    // Every secret is read, only to tell whether it can be; none is printed.
    connect(m_store, &AccountStore::secretRead, this, [this](const QString &name) {
        m_secretStatus.insert(name, {});
        printList();
    });
    connect(m_store, &AccountStore::secretReadFailed, this,
            [this](const QString &name, const KeychainProblem &problem) {
                m_secretStatus.insert(name, problem);
                printList();
            });
    for (const StoredAccount &account : std::as_const(m_listed))
        m_store->readSecret(account.name);
}

void AccountCommands::printList()
{
    if (m_secretStatus.size() < m_listed.size())
        return;

    const QString defaultName = m_store->defaultAccountName();
    const QString row = QStringLiteral("%1  %2  %3  %4  %5");
    print(stdout,
          row.arg(tr("NAME"), -20)
              .arg(tr("REGION"), -15)
              .arg(tr("PARTITION"), -10)
              .arg(tr("DEFAULT"), -7)
              .arg(tr("SECRET")));
    for (const StoredAccount &account : std::as_const(m_listed)) {
        const QString marker = account.name == defaultName ? QStringLiteral("*") : QString();
        print(stdout,
              row.arg(account.name, -20)
                  .arg(account.region, -15)
                  .arg(account.partition, -10)
                  .arg(marker, -7)
                  .arg(secretStatusText(m_secretStatus.value(account.name))));
    }

    // One sentence on what to do, for the first secret that could not be read.
    for (const KeychainProblem &problem : std::as_const(m_secretStatus)) {
        if (problem.isProblem()) {
            print(stderr, QStringLiteral("casebook: ") + problem.userMessage());
            break;
        }
    }
    emit finished(0);
}

void AccountCommands::remove()
{
    const QString &name = m_commandLine.accountName;
    if (!m_store->contains(name))
        return failWith(tr("There is no stored account named '%1'.").arg(name));

    connect(m_store, &AccountStore::accountRemoved, this, [this](const QString &removed) {
        print(stdout, tr("Account %1 removed.").arg(removed));
        emit finished(0);
    });
    connect(m_store, &AccountStore::accountRemoveFailed, this,
            [this](const QString &, const KeychainProblem &problem) {
                failWith(problem.userMessage());
            });
    m_store->removeAccount(name);
}

void AccountCommands::makeDefault()
{
    const QString &name = m_commandLine.accountName;
    if (!m_store->contains(name))
        return failWith(tr("There is no stored account named '%1'.").arg(name));

    m_store->setDefaultAccountName(name);
    print(stdout, tr("Account %1 is now the default.").arg(name));
    emit finished(0);
}

void AccountCommands::failWith(const QString &reason)
{
    print(stderr, QStringLiteral("casebook: ") + reason);
    emit finished(1);
}
