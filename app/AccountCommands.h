#pragma once

#include "AccountStore.h"
#include "CommandLine.h"

#include <QHash>
#include <QObject>

/// Runs `casebook account add|list|remove|default` and reports an exit code.
///
/// `add` reads the access key id and the secret from standard input, one line each, with
/// echo turned off on a terminal: a secret never appears among a process's arguments. It
/// refuses to overwrite an account already stored unless --replace is given.
class AccountCommands : public QObject
{
    Q_OBJECT

public:
    AccountCommands(const CommandLine &commandLine, AccountStore *store, QObject *parent = nullptr);

    /// Starts the command; finished() follows once it has succeeded or failed.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void add();
    void list();
    void remove();
    void makeDefault();
    void printList();
    void failWith(const QString &reason);

    /// The account `add` stores: a replaced one keeps region and endpoint not given anew.
    StoredAccount accountToSave(const QString &name) const;
    static QString saveProblemText(const KeychainProblem &problem);

    /// Reads two lines from standard input; returns why it could not, or an empty string.
    static QString readSecret(AccountSecret *secret);

    CommandLine m_commandLine;
    AccountStore *m_store;
    QList<StoredAccount> m_listed;
    QHash<QString, KeychainProblem> m_secretStatus;
};
