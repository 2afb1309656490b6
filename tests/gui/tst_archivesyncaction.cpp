#include "DemoSandbox.h"

#include "ArchiveStore.h"
#include "ArchiveSync.h"
#include "ArchiveSyncAction.h"
#include "CaseListModel.h"
#include "CommunicationModel.h"
#include "MainWindow.h"

#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int timeout = 20000;
const QString account = QStringLiteral("demo");

} // namespace

// File > Sync Archive in the main window against the demo sandbox.
class tst_ArchiveSyncAction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void disabledWithoutArchive();
    void syncsFromTheFileMenu();
    void triggeringAgainStops();
    void closingTheWindowMidSyncIsSafe();
    void opensArchivedCasesOffline();

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    QTemporaryDir m_dir;
};

void tst_ArchiveSyncAction::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CasebookTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_archivesyncaction"));
    QSettings().clear();
    m_sandbox = DemoSandbox::start();
    QVERIFY(m_sandbox);
    QVERIFY(m_dir.isValid());
}

void tst_ArchiveSyncAction::disabledWithoutArchive()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);

    QVERIFY(window.syncArchiveAction());
    QVERIFY(!window.syncArchiveAction()->isEnabled());
    QMenu *file = window.menuBar()->findChildren<QMenu *>().value(0);
    QVERIFY(file);
    QVERIFY(file->actions().contains(window.syncArchiveAction()));
}

void tst_ArchiveSyncAction::syncsFromTheFileMenu()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    ArchiveStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("menu.sqlite"))));
    window.setArchive(&store, account);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    ArchiveSyncAction *action = window.syncArchiveAction();
    QVERIFY(action->isEnabled());
    QSignalSpy ended(action, &ArchiveSyncAction::syncEnded);
    action->trigger();
    QVERIFY(action->isSyncing());
    QVERIFY(action->progressBar()->isVisible());

    QVERIFY(ended.wait(timeout));
    QVERIFY(!action->isSyncing());
    QVERIFY(!action->progressBar()->isVisible());
    const int caseCount = int(DemoSandbox::caseFiles().size());
    QCOMPARE(store.cases(account).size(), caseCount);
    QVERIFY(window.statusBar()->currentMessage().contains(QString::number(caseCount)));
    QCOMPARE(store.communications(account, DemoSandbox::longCaseId).size(),
             DemoSandbox::communicationCount(DemoSandbox::longCaseId));
}

void tst_ArchiveSyncAction::triggeringAgainStops()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    ArchiveStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("stop.sqlite"))));
    window.setArchive(&store, account);

    ArchiveSyncAction *action = window.syncArchiveAction();
    const QString idleText = action->text();
    QSignalSpy ended(action, &ArchiveSyncAction::syncEnded);
    action->trigger();
    QVERIFY(action->text() != idleText);
    action->trigger();

    QCOMPARE(ended.size(), 1);
    QVERIFY(!action->isSyncing());
    QCOMPARE(action->text(), idleText);
    QVERIFY(ended.first().at(0).toString().contains(QLatin1String("stopped")));
}

void tst_ArchiveSyncAction::closingTheWindowMidSyncIsSafe()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    ArchiveStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("close.sqlite"))));
    auto window = std::make_unique<MainWindow>(&client);
    window->setArchive(&store, account);
    window->show();

    window->syncArchiveAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!store.cases(account).isEmpty(), timeout);
    QVERIFY(window->syncArchiveAction()->isSyncing());
    window.reset();
    QTest::qWait(50); // replies aborted by the window's end must not reach freed objects
    QVERIFY(store.communications(account, DemoSandbox::longCaseId).size()
            <= DemoSandbox::communicationCount(DemoSandbox::longCaseId));
}

void tst_ArchiveSyncAction::opensArchivedCasesOffline()
{
    ArchiveStore store;
    QVERIFY(store.open(m_dir.filePath(QStringLiteral("offline.sqlite"))));
    {
        SupportClient client;
        DemoSandbox::configure(&client, *m_sandbox);
        ArchiveSync sync(&client, &store, account);
        QSignalSpy finished(&sync, &ArchiveSync::finished);
        sync.start();
        QVERIFY(finished.wait(timeout));
    }

    // An endpoint where nothing listens any more.
    auto gone = DemoSandbox::start();
    QVERIFY(gone);
    SupportClient client;
    DemoSandbox::configure(&client, *gone);
    gone.reset();
    client.setMaxAttempts(1);

    MainWindow window(&client);
    window.setArchive(&store, account);
    window.show();
    window.openCase(DemoSandbox::longCaseId);
    QCOMPARE(window.communicationModel()->rowCount(),
             DemoSandbox::communicationCount(DemoSandbox::longCaseId));

    auto *status = window.findChild<QLabel *>(QStringLiteral("statusText"));
    QVERIFY(status);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("Offline")), timeout);
    QVERIFY(status->text().contains(QLatin1String("last synced")));
    QTRY_VERIFY_WITH_TIMEOUT(window.caseListModel()->rowCount() > 0, timeout);
    QVERIFY(window.caseListModel()->isArchivedOnly(0));
}

QTEST_MAIN(tst_ArchiveSyncAction)
#include "tst_archivesyncaction.moc"
