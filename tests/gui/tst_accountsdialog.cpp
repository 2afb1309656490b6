#include "DemoSandbox.h"

#include "AccountStore.h"
#include "AccountsDialog.h"
#include "MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QScrollBar>
#include <QTreeWidget>
#include <QUuid>

#include <qt6keychain/keychain.h>

namespace {

constexpr int timeout = 20000;
const QString testService = QStringLiteral("casebook-test");

QString uniqueName()
{
    return QStringLiteral("gui-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

} // namespace

#define REQUIRE_SECRET_SERVICE()                                                                   \
    do {                                                                                           \
        if (!m_secretService)                                                                      \
            QSKIP("no Secret Service on the session bus; run inside dbus-run-session with "        \
                  "gnome-keyring, as `make test` does");                                           \
    } while (false)

// The accounts dialog on the offscreen platform, with the session's Secret Service and a
// sandbox on loopback for the connection test.
class tst_AccountsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void savesToTheKeychainAndShowsTheSecretStatus();
    void showsAMissingSecret();
    void keepsASessionOnlyAccount();
    void showsEveryColumnWhole();
    void testsTheConnection_data();
    void testsTheConnection();
    void setsTheDefaultAndRemoves();
    void useAsksTheWindowToSwitch();
    void mainWindowOffersTheDialog();

private:
    void fillForm(AccountsDialog *dialog, const QString &name, const QString &secret,
                  bool sessionOnly, const QUrl &endpoint = {});
    QString secretColumn(AccountsDialog *dialog, const QString &name) const;

    std::unique_ptr<SandboxServer> m_sandbox;
    bool m_secretService = false;
    AccountStore *m_store = nullptr;
};

void tst_AccountsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Casebook"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accountsdialog"));
    m_sandbox = DemoSandbox::start();
    QVERIFY(m_sandbox);

    AccountStore probe;
    probe.setKeychainService(testService);
    QSignalSpy failed(&probe, &AccountStore::secretReadFailed);
    probe.readSecret(uniqueName());
    QVERIFY(failed.wait(timeout));
    const auto problem = failed.first().at(1).value<KeychainProblem>();
    m_secretService = problem.kind == KeychainProblem::Kind::EntryMissing;
}

void tst_AccountsDialog::init()
{
    QSettings().clear();
    delete m_store;
    m_store = new AccountStore(this);
    m_store->setKeychainService(testService);
}

void tst_AccountsDialog::fillForm(AccountsDialog *dialog, const QString &name,
                                  const QString &secret, bool sessionOnly, const QUrl &endpoint)
{
    dialog->startAdding();
    dialog->nameEdit()->setText(name);
    dialog->regionEdit()->setText(QStringLiteral("us-east-1"));
    dialog->endpointEdit()->setText(endpoint.toString());
    dialog->accessKeyIdEdit()->setText(SandboxServer::exampleAccessKeyId());
    dialog->secretEdit()->setText(secret);
    dialog->sessionOnlyCheck()->setChecked(sessionOnly);
}

QString tst_AccountsDialog::secretColumn(AccountsDialog *dialog, const QString &name) const
{
    const auto found = dialog->accountList()->findItems(name, Qt::MatchExactly);
    return found.isEmpty() ? QString() : found.first()->text(AccountsDialog::SecretColumn);
}

void tst_AccountsDialog::savesToTheKeychainAndShowsTheSecretStatus()
{
    REQUIRE_SECRET_SERVICE();
    AccountsDialog dialog(m_store);
    const QString name = uniqueName();
    fillForm(&dialog, name, SandboxServer::exampleSecretAccessKey(), false);
    QCOMPARE(dialog.secretEdit()->echoMode(), QLineEdit::Password);

    dialog.saveForm();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(QStringLiteral("saved")), timeout);
    QTRY_COMPARE_WITH_TIMEOUT(secretColumn(&dialog, name), QStringLiteral("in keychain"), timeout);
    QVERIFY(dialog.secretEdit()->text().isEmpty());
    QCOMPARE(dialog.selectedAccount(), name);

    QSignalSpy removed(m_store, &AccountStore::accountRemoved);
    dialog.removeSelected();
    QVERIFY(removed.wait(timeout));
    QVERIFY(dialog.accountList()->findItems(name, Qt::MatchExactly).isEmpty());
}

void tst_AccountsDialog::showsAMissingSecret()
{
    REQUIRE_SECRET_SERVICE();
    const QString name = uniqueName();
    QSignalSpy saved(m_store, &AccountStore::accountSaved);
    m_store->saveAccount({name, QStringLiteral("us-east-1"), {}, {}, false},
                         {QStringLiteral("AKIDGONE"), QStringLiteral("gone-secret"), {}});
    QVERIFY(saved.wait(timeout));

    auto *job = new QKeychain::DeletePasswordJob(testService);
    job->setKey(name);
    QSignalSpy deleted(job, &QKeychain::Job::finished);
    job->start();
    QVERIFY(deleted.wait(timeout));

    AccountsDialog dialog(m_store);
    QTRY_COMPARE_WITH_TIMEOUT(secretColumn(&dialog, name),
                              QStringLiteral("missing: enter it again"), timeout);
    dialog.selectAccount(name);
    QSignalSpy tested(&dialog, &AccountsDialog::connectionTested);
    dialog.testSelected();
    QVERIFY(tested.wait(timeout));
    QVERIFY2(dialog.statusText().contains(QStringLiteral("enter the access key again"),
                                          Qt::CaseInsensitive),
             qPrintable(dialog.statusText()));

    QSignalSpy removed(m_store, &AccountStore::accountRemoved);
    m_store->removeAccount(name);
    QVERIFY(removed.wait(timeout));
}

void tst_AccountsDialog::keepsASessionOnlyAccount()
{
    AccountsDialog dialog(m_store);
    const QString name = uniqueName();
    fillForm(&dialog, name, QStringLiteral("session-secret"), true);
    dialog.saveForm();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(QStringLiteral("session only")), timeout);
    QCOMPARE(secretColumn(&dialog, name), QStringLiteral("this session only"));
    QVERIFY(!QSettings().allKeys().join(u' ').contains(name));
}

void tst_AccountsDialog::showsEveryColumnWhole()
{
    const QString name = QStringLiteral("production-eu-") + uniqueName();
    m_store->saveAccount(
        {name, QStringLiteral("ap-southeast-2"), QStringLiteral("aws-us-gov"), {}, true},
        {QStringLiteral("AKIDSESSION"), QStringLiteral("session"), {}});
    m_store->setDefaultAccountName(name);
    AccountsDialog dialog(m_store);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.accountList()->findItems(name, Qt::MatchExactly).isEmpty(),
                             timeout);
    QTest::qWait(50);

    // The widest secret status must fit as well as what is listed now.
    QTreeWidget *list = dialog.accountList();
    const int secret
        = list->fontMetrics().horizontalAdvance(QStringLiteral("missing: enter it again"));
    QHeaderView *header = list->header();
    int needed = secret;
    for (int column = 0; column < AccountsDialog::SecretColumn; ++column)
        needed += header->sectionSize(column);
    QVERIFY2(needed <= list->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(needed).arg(list->viewport()->width())));
    QVERIFY(!list->horizontalScrollBar()->isVisible());
}

void tst_AccountsDialog::testsTheConnection_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("works");
    QTest::addColumn<QString>("status");
    QTest::newRow("right secret") << SandboxServer::exampleSecretAccessKey() << true
                                  << QStringLiteral("works");
    QTest::newRow("wrong secret") << QStringLiteral("not-the-secret") << false
                                  << QStringLiteral("could not connect");
}

void tst_AccountsDialog::testsTheConnection()
{
    QFETCH(QString, secret);
    QFETCH(bool, works);
    QFETCH(QString, status);

    AccountsDialog dialog(m_store);
    const QString name = uniqueName();
    fillForm(&dialog, name, secret, true, m_sandbox->url());
    dialog.saveForm();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.selectedAccount(), name, timeout);

    QSignalSpy tested(&dialog, &AccountsDialog::connectionTested);
    dialog.testSelected();
    QVERIFY(tested.wait(timeout));
    QCOMPARE(tested.first().at(0).toBool(), works);
    QVERIFY2(dialog.statusText().contains(status), qPrintable(dialog.statusText()));
    QVERIFY(!dialog.statusText().contains(secret));
}

void tst_AccountsDialog::setsTheDefaultAndRemoves()
{
    AccountsDialog dialog(m_store);
    const QString first = QStringLiteral("a-") + uniqueName();
    const QString second = QStringLiteral("b-") + uniqueName();
    for (const QString &name : {first, second}) {
        fillForm(&dialog, name, QStringLiteral("s"), true);
        dialog.saveForm();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.selectedAccount(), name, timeout);
    }

    dialog.selectAccount(first);
    dialog.makeSelectedDefault();
    QCOMPARE(m_store->defaultAccountName(), first);
    const auto row = dialog.accountList()->findItems(first, Qt::MatchExactly);
    QCOMPARE(row.first()->text(AccountsDialog::DefaultColumn), QStringLiteral("default"));

    dialog.selectAccount(first);
    QSignalSpy removed(m_store, &AccountStore::accountRemoved);
    dialog.removeSelected();
    QVERIFY(removed.wait(timeout));
    QCOMPARE(dialog.accountList()->topLevelItemCount(), 1);
}

void tst_AccountsDialog::useAsksTheWindowToSwitch()
{
    AccountsDialog dialog(m_store);
    const QString name = uniqueName();
    fillForm(&dialog, name, QStringLiteral("s"), true);
    dialog.saveForm();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.selectedAccount(), name, timeout);

    QSignalSpy chosen(&dialog, &AccountsDialog::accountChosen);
    dialog.useSelected();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().at(0).toString(), name);
}

void tst_AccountsDialog::mainWindowOffersTheDialog()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    QAction *accounts = nullptr;
    const QList<QAction *> fileActions = window.menuBar()->actions().first()->menu()->actions();
    for (QAction *action : fileActions) {
        if (action->text() == QStringLiteral("&Accounts\u2026"))
            accounts = action;
    }
    QVERIFY(accounts);
    QVERIFY(!accounts->isVisible());

    window.setAccountStore(m_store);
    QVERIFY(accounts->isVisible());
    accounts->trigger();
    auto *dialog = window.findChild<AccountsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());

    QSignalSpy chosen(&window, &MainWindow::accountChosen);
    fillForm(dialog, QStringLiteral("from-window"), QStringLiteral("s"), true);
    dialog->saveForm();
    QTRY_COMPARE_WITH_TIMEOUT(dialog->selectedAccount(), QStringLiteral("from-window"), timeout);
    dialog->useSelected();
    QCOMPARE(chosen.size(), 1);
    dialog->close();
}

QTEST_MAIN(tst_AccountsDialog)
#include "tst_accountsdialog.moc"
