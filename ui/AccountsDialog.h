#pragma once

#include "AccountStore.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

class CasesReply;
class SupportClient;

/// File > Accounts: the accounts stored by Casebook, their secrets' state, and a form to
/// add, edit, remove, mark as default, test and use one.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, RegionColumn, PartitionColumn, DefaultColumn, SecretColumn };

    explicit AccountsDialog(AccountStore *store, QWidget *parent = nullptr);
    ~AccountsDialog() override;

    QTreeWidget *accountList() const { return m_list; }
    QString selectedAccount() const;
    void selectAccount(const QString &name);

    /// The sentence last shown below the list: a result, or what went wrong and what to do.
    QString statusText() const;

    /// Fills the form for a new account.
    void startAdding();
    /// Fills the form with the selected account; empty secret fields keep its secret.
    void startEditing();
    /// Saves what the form holds; the result shows in the status line.
    void saveForm();
    void removeSelected();
    void makeSelectedDefault();
    /// Reads the selected account's secret and asks its endpoint for up to 10 cases.
    void testSelected();
    /// Asks the window to use the selected account.
    void useSelected();

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *regionEdit() const { return m_region; }
    QLineEdit *endpointEdit() const { return m_endpoint; }
    QLineEdit *accessKeyIdEdit() const { return m_accessKeyId; }
    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *sessionTokenEdit() const { return m_sessionToken; }
    QCheckBox *sessionOnlyCheck() const { return m_sessionOnly; }

Q_SIGNALS:
    void accountChosen(const QString &name);
    /// A connection test ended; \a succeeded tells how, statusText() says what happened.
    void connectionTested(bool succeeded);

private:
    QWidget *createForm();
    QWidget *createButtons();
    void reload();
    void fitList();
    void updateButtons();
    void showStatus(const QString &text);
    void clearSecretFields();
    void onSaved(const QString &name);
    void onSaveFailed(const QString &name, const KeychainProblem &problem);
    void onSecretRead(const QString &name, const AccountSecret &secret);
    void onSecretReadFailed(const QString &name, const KeychainProblem &problem);
    void runTest(const StoredAccount &account, const AccountSecret &secret);
    void setSecretStatus(const QString &name, const QString &text);

    AccountStore *m_store;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_region = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_accessKeyId = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_sessionToken = nullptr;
    QCheckBox *m_sessionOnly = nullptr;
    QPushButton *m_saveButton = nullptr;

    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_defaultButton = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_useButton = nullptr;

    bool m_editing = false;
    QString m_testingAccount; ///< whose secret is read for a connection test
    SupportClient *m_testClient = nullptr;
    QPointer<CasesReply> m_testReply;
};
