#include "DemoSandbox.h"

#include "AttachmentActions.h"
#include "CaseListModel.h"
#include "CaseListView.h"
#include "CommunicationFilterModel.h"
#include "CommunicationModel.h"
#include "ConversationView.h"
#include "DiagnosticsDialog.h"
#include "MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <memory>

namespace {

constexpr int timeout = 10000;

QAction *actionNamed(QMenu *menu, const QString &prefix)
{
    for (QAction *action : menu->actions()) {
        if (action->text().remove(u'&').startsWith(prefix))
            return action;
    }
    return nullptr;
}

QMenu *menuNamed(QMainWindow *window, const QString &title)
{
    for (QAction *action : window->menuBar()->actions()) {
        if (action->text().remove(u'&') == title)
            return action->menu();
    }
    return nullptr;
}

} // namespace

// Menus, shortcuts, context menus, About and Diagnostics of the main window, against the demo
// sandbox on loopback.
class tst_DesktopIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shortcuts_data();
    void shortcuts();
    void fileMenuHasExportOnce();
    void exportShortcutRequestsTheShownCase();
    void caseListContextMenu();
    void messageContextMenu();
    void aboutNamesVersionsAndLicences();
    void diagnosticsReportAndCopy();

private:
    void openWindow();
    void closeDialogs();

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<SupportClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

void tst_DesktopIntegration::closeDialogs()
{
    const QList<QDialog *> dialogs = m_window->findChildren<QDialog *>();
    QVERIFY(!dialogs.isEmpty());
    for (QDialog *dialog : dialogs)
        dialog->reject();
}

void tst_DesktopIntegration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CasebookTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktopintegration"));
    QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    qRegisterMetaType<QMenu *>();
    m_sandbox = DemoSandbox::start();
    QVERIFY(m_sandbox);
}

void tst_DesktopIntegration::init()
{
    QSettings().clear();
    openWindow();
}

void tst_DesktopIntegration::cleanup()
{
    m_window.reset();
    m_client.reset();
}

void tst_DesktopIntegration::openWindow()
{
    m_client = std::make_unique<SupportClient>();
    DemoSandbox::configure(m_client.get(), *m_sandbox);
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->caseListModel()->isComplete(), timeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->communicationModel()->rowCount() > 0, timeout);
}

void tst_DesktopIntegration::shortcuts_data()
{
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QKeySequence>("keys");

    // One row a line reads better than the formatter's layout.
    // clang-format off
    QTest::newRow("find") << "Edit" << "Find" << QKeySequence(QKeySequence::Find);
    QTest::newRow("export") << "File" << "Export" << QKeySequence(Qt::CTRL | Qt::Key_E);
    QTest::newRow("refresh") << "View" << "Refresh" << QKeySequence(Qt::Key_F5);
    QTest::newRow("preferences") << "Edit" << "Preferences"
                                 << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    QTest::newRow("quit") << "File" << "Quit" << QKeySequence(Qt::CTRL | Qt::Key_Q);
    QTest::newRow("diagnostics") << "Help" << "Diagnostics" << QKeySequence();
    QTest::newRow("about Qt") << "Help" << "About Qt" << QKeySequence();
    // clang-format on
}

void tst_DesktopIntegration::shortcuts()
{
    QFETCH(QString, menu);
    QFETCH(QString, action);
    QFETCH(QKeySequence, keys);

    QMenu *found = menuNamed(m_window.get(), menu);
    QVERIFY2(found, qPrintable(menu));
    QAction *item = actionNamed(found, action);
    QVERIFY2(item, qPrintable(action));
    if (!keys.isEmpty())
        QVERIFY2(item->shortcuts().contains(keys), qPrintable(keys.toString()));
}

void tst_DesktopIntegration::fileMenuHasExportOnce()
{
    QMenu *file = menuNamed(m_window.get(), QStringLiteral("File"));
    int exports = 0;
    for (QAction *action : file->actions()) {
        if (action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_E)))
            ++exports;
    }
    QCOMPARE(exports, 1);
    QCOMPARE(m_window->exportAction()->text().remove(u'&'),
             QStringLiteral("Export\u2026"));
}

void tst_DesktopIntegration::exportShortcutRequestsTheShownCase()
{
    QSignalSpy requested(m_window.get(), &MainWindow::exportRequested);
    QVERIFY(m_window->exportAction()->isEnabled());
    QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), m_window->currentCaseId());
    closeDialogs();
}

void tst_DesktopIntegration::caseListContextMenu()
{
    CaseListView *list = m_window->caseListView();
    const QModelIndex index = list->model()->index(0, 0);
    const QString caseId = index.data(CaseListModel::CaseIdRole).toString();
    const QString displayId = index.data(CaseListModel::DisplayIdRole).toString();
    QVERIFY(list->createContextMenu(QModelIndex()) == nullptr);

    const std::unique_ptr<QMenu> menu(list->createContextMenu(index));
    QVERIFY(menu);
    actionNamed(menu.get(), QStringLiteral("Copy Case ID"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), caseId);
    actionNamed(menu.get(), QStringLiteral("Copy Case Number"))->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), displayId);

    QSignalSpy console(list, &CaseListView::consoleOpenRequested);
    const std::unique_ptr<QMenu> awsMenu(list->createContextMenu(index));
    actionNamed(awsMenu.get(), QStringLiteral("Open in AWS Console"))->trigger();
    QCOMPARE(console.takeFirst().first().toUrl(), m_window->consoleUrl(caseId));

    list->setConsolePartition(QStringLiteral("aws-us-gov"));
    const std::unique_ptr<QMenu> govMenu(list->createContextMenu(index));
    actionNamed(govMenu.get(), QStringLiteral("Open in AWS Console"))->trigger();
    QCOMPARE(console.count(), 1);
    const QUrl url = console.first().first().toUrl();
    QCOMPARE(url.host(), QStringLiteral("console.amazonaws-us-gov.com"));
    QVERIFY(url.fragment().endsWith(QStringLiteral("displayId=") + displayId));

    QSignalSpy exported(m_window.get(), &MainWindow::exportRequested);
    actionNamed(menu.get(), QStringLiteral("Export"))->trigger();
    QCOMPARE(exported.count(), 1);
    QCOMPARE(exported.first().first().toString(), caseId);
    closeDialogs();
}

void tst_DesktopIntegration::messageContextMenu()
{
    ConversationView *view = m_window->conversationView();
    const QModelIndex index = view->model()->index(0, 0);
    const QPoint inside = view->visualRect(index).center();
    QSignalSpy built(view, &ConversationView::contextMenuAboutToShow);

    const std::unique_ptr<QMenu> menu(view->createContextMenu(inside));
    QCOMPARE(built.count(), 1);
    QCOMPARE(view->currentIndex(), index);

    QAction *link = actionNamed(menu.get(), QStringLiteral("Copy Link to Case in Console"));
    QVERIFY(link && link->isEnabled());
    link->trigger();
    const QUrl copied(QGuiApplication::clipboard()->text());
    QCOMPARE(copied, m_window->consoleUrl(m_window->currentCaseId()));
    QCOMPARE(copied.host(), QStringLiteral("support.console.aws.amazon.com"));
    const int row = m_window->caseListModel()->rowOf(m_window->currentCaseId());
    QVERIFY(copied.fragment().endsWith(m_window->caseListModel()->supportCase(row).displayId));

    QAction *save = actionNamed(menu.get(), QStringLiteral("Save Attachments of This Message"));
    QVERIFY(save);
    QCOMPARE(save->isEnabled(), !AttachmentActions::attachmentsAt(index).isEmpty());

    // The view's own actions stay first.
    QVERIFY(actionNamed(menu.get(), QStringLiteral("Copy Message")));
}

void tst_DesktopIntegration::aboutNamesVersionsAndLicences()
{
    QString text;
    QTimer::singleShot(0, this, [&text] {
        auto box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        text = box->text();
        box->accept();
    });
    QMenu *help = menuNamed(m_window.get(), QStringLiteral("Help"));
    actionNamed(help, QStringLiteral("About Casebook"))->trigger();

    QVERIFY2(text.contains(QLatin1String("9.8.7")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String(QT_VERSION_STR)));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QLatin1String("LGPL")));
}

void tst_DesktopIntegration::diagnosticsReportAndCopy()
{
    m_window->diagnosticsAction()->trigger();
    DiagnosticsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<DiagnosticsDialog *>()) && dialog->isVisible());

    const QString text = dialog->text();
    const QStringList expected = {
        QStringLiteral("Casebook: 9.8.7"),
        QStringLiteral("Qt (runtime): ") + QString::fromLatin1(qVersion()),
        QStringLiteral("Qt (build): " QT_VERSION_STR),
        QStringLiteral("TLS: "),
        QStringLiteral("Keychain: Secret Service (QtKeychain)"),
        QStringLiteral("Endpoint: ") + m_sandbox->url().toDisplayString(),
        QStringLiteral("Partition: aws"),
        QStringLiteral("Signing region: us-east-1"),
        QStringLiteral("Credential source: test"),
        QStringLiteral("Settings: ") + QSettings().fileName(),
        QStringLiteral("Log file: "),
    };
    for (const QString &line : expected)
        QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral(" in\n") + text));
    QVERIFY(!text.contains(SandboxServer::exampleSecretAccessKey()));
    QVERIFY(!text.contains(SandboxServer::exampleAccessKeyId()));

    QGuiApplication::clipboard()->clear();
    dialog->findChild<QPushButton *>(QStringLiteral("copyButton"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), text);
    dialog->close();
}

QTEST_MAIN(tst_DesktopIntegration)
#include "tst_desktopintegration.moc"
