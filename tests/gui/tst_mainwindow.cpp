#include "DemoSandbox.h"

#include "Attachment.h"
#include "CaseHeader.h"
#include "CaseFilterModel.h"
#include "CaseListModel.h"
#include "CaseListView.h"
#include "CommunicationModel.h"
#include "ConversationDelegate.h"
#include "ConversationView.h"
#include "ErrorBanner.h"
#include "MainWindow.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QToolButton>

namespace {

constexpr int timeout = 10000;

} // namespace

// The main window against the demo sandbox on loopback. The conversation view and its
// delegate have their own tests in tst_conversationview.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void loadsCasesAndShowsFirstConversation();
    void includeResolvedAddsResolvedCases();
    void openCaseSelectsListedCase();
    void unknownCaseShowsErrorBanner();
    void wrongSecretShowsAuthenticationBanner();
    void emptyThreadSaysSo();
    void scrollingToTheEndFetchesMore();
    void ctrlCCopiesMessageBody();
    void remembersGeometryAndSplitter();
    void oldestFirstOpensAtTheNewestAndIsRemembered();

private:
    void waitForFirstConversation(MainWindow *window);

    std::unique_ptr<SandboxServer> m_sandbox;
    int m_openCases = 0;
    int m_allCases = 0;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CasebookTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));

    m_sandbox = DemoSandbox::start();
    QVERIFY(m_sandbox);

    for (const QJsonObject &file : DemoSandbox::caseFiles()) {
        const QString status = file.value(QLatin1String("case"))
                                   .toObject()
                                   .value(QLatin1String("status"))
                                   .toString();
        ++m_allCases;
        if (status != QLatin1String("resolved"))
            ++m_openCases;
    }
    QVERIFY2(m_openCases > 0 && m_openCases < m_allCases, "the demo needs open and resolved cases");
}

void tst_MainWindow::init()
{
    QSettings().clear();
}

void tst_MainWindow::waitForFirstConversation(MainWindow *window)
{
    CaseListModel *cases = window->caseListModel();
    QTRY_VERIFY_WITH_TIMEOUT(cases->isComplete(), timeout);
    QTRY_COMPARE_WITH_TIMEOUT(window->caseListView()->currentIndex().row(), 0, timeout);
    QTRY_VERIFY_WITH_TIMEOUT(window->communicationModel()->rowCount() > 0, timeout);
}

void tst_MainWindow::loadsCasesAndShowsFirstConversation()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    waitForFirstConversation(&window);
    if (QTest::currentTestFailed())
        return;

    CaseListModel *cases = window.caseListModel();
    QCOMPARE(cases->rowCount(), m_openCases);
    for (const SupportCase &supportCase : cases->cases())
        QVERIFY(!supportCase.isResolved());

    const SupportCase first = cases->supportCase(0);
    CommunicationModel *messages = window.communicationModel();
    QCOMPARE(window.currentCaseId(), first.caseId);
    QCOMPARE(messages->caseId(), first.caseId);
    QCOMPARE(window.caseHeader()->subject(), first.subject);
    QVERIFY(window.caseHeader()->detailText().contains(first.displayId));
    QVERIFY(window.windowTitle().contains(first.subject));
    QVERIFY(!window.caseListBanner()->isVisible());
    QVERIFY(!window.conversationBanner()->isVisible());

    // Each card is at least as tall as its body and the view places it at that height.
    ConversationView *view = window.conversationView();
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.widget = view;
    option.font = view->font();
    // The view shows the thread through the find bar's filter, which passes every row here.
    QTRY_VERIFY_WITH_TIMEOUT(view->visualRect(view->model()->index(0, 0)).height() > 0, timeout);
    for (int row = 0; row < messages->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        const QSize hint = view->conversationDelegate()->sizeHint(option, index);
        // Long messages fold: only their first lines need to fit until "Show more".
        const auto *layout = view->conversationDelegate()->rowLayout(option, index);
        const QTextLine lastShown = layout->body.lineAt(layout->shownLines - 1);
        QVERIFY2(hint.height() > 60, qPrintable(QString::number(hint.height())));
        QVERIFY(hint.height() > lastShown.y() + lastShown.height());
        QCOMPARE(hint.width(), view->viewport()->width());
        QTRY_COMPARE(view->visualRect(index).height(), hint.height());
    }
}

void tst_MainWindow::includeResolvedAddsResolvedCases()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    window.show();
    waitForFirstConversation(&window);
    if (QTest::currentTestFailed())
        return;

    CaseListModel *cases = window.caseListModel();
    const QString openCaseId = window.currentCaseId();
    const int loadedMessages = window.communicationModel()->rowCount();
    QSignalSpy threadReset(window.communicationModel(), &QAbstractItemModel::modelReset);

    // The status filter offers Open, Resolved and All; All lists resolved cases as well.
    auto box = window.findChild<QComboBox *>(QStringLiteral("caseStatusBox"));
    QVERIFY(box);
    QCOMPARE(box->currentData().toInt(), int(CaseFilterModel::Status::Open));
    const int allItem = box->findData(int(CaseFilterModel::Status::All));
    QVERIFY(allItem >= 0);
    box->setCurrentIndex(allItem);
    Q_EMIT box->activated(allItem);
    QVERIFY(cases->includeResolved());

    QTRY_VERIFY_WITH_TIMEOUT(cases->isComplete(), timeout);
    QCOMPARE(cases->rowCount(), m_allCases);
    const auto &all = cases->cases();
    QVERIFY(
        std::any_of(all.cbegin(), all.cend(), [](const SupportCase &c) { return c.isResolved(); }));

    // The case being read stays open and selected; its thread is not fetched again.
    QTRY_COMPARE(window.caseListView()->currentCaseId(), openCaseId);
    QCOMPARE(window.currentCaseId(), openCaseId);
    QCOMPARE(window.communicationModel()->rowCount(), loadedMessages);
    QCOMPARE(threadReset.size(), 0);
}

void tst_MainWindow::openCaseSelectsListedCase()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    window.show();
    waitForFirstConversation(&window);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(window.caseListModel()->rowCount() > 1);

    const SupportCase second = window.caseListModel()->supportCase(1);
    window.openCase(second.caseId);
    QCOMPARE(window.caseListView()->currentIndex().row(), 1);
    QCOMPARE(window.communicationModel()->caseId(), second.caseId);
    QCOMPARE(window.caseHeader()->subject(), second.subject);
    QTRY_VERIFY_WITH_TIMEOUT(window.communicationModel()->rowCount() > 0, timeout);
}

void tst_MainWindow::unknownCaseShowsErrorBanner()
{
    const QString unknown = QStringLiteral("case-111122223333-muen-2099-0000000000000000");
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    window.show();
    // Asked for before the list arrives: the list must not then jump to its first case.
    window.openCase(unknown);

    ErrorBanner *banner = window.conversationBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), timeout);
    QCOMPARE(banner->error().code(), QStringLiteral("CaseIdNotFound"));
    QCOMPARE(banner->messageText(), banner->error().userMessage());
    QVERIFY(banner->detailsText().contains(QLatin1String("CaseIdNotFound")));
    QVERIFY(!window.caseListBanner()->isVisible());

    auto details = banner->findChild<QLabel *>(QStringLiteral("errorDetails"));
    QVERIFY(details);
    QVERIFY(!details->isVisible());
    QTest::mouseClick(banner->findChild<QToolButton *>(QStringLiteral("errorDetailsButton")),
                      Qt::LeftButton);
    QVERIFY(details->isVisible());
    QVERIFY(details->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));

    QTRY_VERIFY_WITH_TIMEOUT(window.caseListModel()->isComplete(), timeout);
    QVERIFY(window.caseListModel()->rowCount() > 0);
    QVERIFY(!window.caseListView()->currentIndex().isValid());
    QCOMPARE(window.currentCaseId(), unknown);

    QSignalSpy failed(window.communicationModel(), &CommunicationModel::loadFailed);
    QTest::mouseClick(banner->findChild<QAbstractButton *>(QStringLiteral("errorRetryButton")),
                      Qt::LeftButton);
    QVERIFY(failed.wait(timeout));
    QVERIFY(banner->isVisible());

    QTest::mouseClick(banner->findChild<QToolButton *>(QStringLiteral("errorCloseButton")),
                      Qt::LeftButton);
    QVERIFY(!banner->isVisible());
}

void tst_MainWindow::wrongSecretShowsAuthenticationBanner()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox, QStringLiteral("not-the-secret"));
    MainWindow window(&client);
    window.show();

    ErrorBanner *banner = window.caseListBanner();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), timeout);
    QCOMPARE(banner->error().kind(), SupportError::Kind::Authentication);
    QCOMPARE(banner->messageText(), banner->error().userMessage());
    QVERIFY(banner->detailsText().contains(banner->error().code()));
    QCOMPARE(window.caseListModel()->rowCount(), 0);
    QVERIFY(window.currentCaseId().isEmpty());

    // Retrying with the same wrong key fails the same way and says so again.
    QSignalSpy failed(window.caseListModel(), &CaseListModel::loadFailed);
    QTest::mouseClick(banner->findChild<QAbstractButton *>(QStringLiteral("errorRetryButton")),
                      Qt::LeftButton);
    QVERIFY(!banner->isVisible());
    QVERIFY(failed.wait(timeout));
    QVERIFY(banner->isVisible());
}

void tst_MainWindow::emptyThreadSaysSo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("cases")));
    QFile file(dir.filePath(QStringLiteral("cases/empty.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"case": {"caseId": "case-111122223333-muen-2026-00000000000e0e0e",
        "displayId": "17000000001", "subject": "A case without messages", "status": "opened",
        "serviceCode": "general-info", "categoryCode": "other", "severityCode": "low",
        "submittedBy": "priya.raman@example.com", "timeCreated": "2026-10-14T08:21:05.000Z",
        "language": "en"}, "communications": [], "attachments": []})");
    file.close();

    SandboxServer sandbox;
    QString problem;
    if (!sandbox.loadDataset(dir.path(), &problem))
        QSKIP(
            qPrintable(QStringLiteral("the sandbox refuses a case without messages: ") + problem));
    QVERIFY(sandbox.listen(0));

    SupportClient client;
    DemoSandbox::configure(&client, sandbox);
    MainWindow window(&client);
    window.show();
    QTRY_COMPARE_WITH_TIMEOUT(window.caseListView()->currentIndex().row(), 0, timeout);
    QTRY_VERIFY_WITH_TIMEOUT(window.communicationModel()->isComplete(), timeout);
    QCOMPARE(window.communicationModel()->rowCount(), 0);
    QCOMPARE(window.conversationView()->placeholderText(),
             QStringLiteral("No messages in this case."));
}

void tst_MainWindow::scrollingToTheEndFetchesMore()
{
    const int total = DemoSandbox::communicationCount(DemoSandbox::longCaseId);
    if (total <= SupportClient::maxPageSize)
        QSKIP("the demo has no thread longer than one page");

    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    window.resize(1000, 700);
    window.show();
    window.openCase(DemoSandbox::longCaseId);

    CommunicationModel *messages = window.communicationModel();
    QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), SupportClient::maxPageSize, timeout);
    QTRY_VERIFY(!messages->isLoading());
    QCOMPARE(messages->rowCount(), SupportClient::maxPageSize);

    ConversationView *view = window.conversationView();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    view->scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(messages->rowCount() > SupportClient::maxPageSize, timeout);
}

void tst_MainWindow::ctrlCCopiesMessageBody()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    window.show();
    waitForFirstConversation(&window);
    if (QTest::currentTestFailed())
        return;

    ConversationView *view = window.conversationView();
    const QModelIndex first = view->model()->index(0, 0);
    view->setCurrentIndex(first);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             window.communicationModel()->communication(0).body);
}

void tst_MainWindow::remembersGeometryAndSplitter()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    QList<int> sizes;
    {
        MainWindow window(&client);
        window.resize(1010, 690);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto splitter = window.findChild<QSplitter *>();
        QVERIFY(splitter);
        splitter->setSizes({300, 700});
        sizes = splitter->sizes();
        window.close();
    }

    const QSettings settings;
    QVERIFY(!settings.value(QStringLiteral("window/geometry")).toByteArray().isEmpty());
    QVERIFY(!settings.value(QStringLiteral("window/splitter")).toByteArray().isEmpty());

    MainWindow again(&client);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(1010, 690));
    QCOMPARE(again.findChild<QSplitter *>()->sizes(), sizes);
}

void tst_MainWindow::oldestFirstOpensAtTheNewestAndIsRemembered()
{
    {
        SupportClient client;
        DemoSandbox::configure(&client, *m_sandbox);
        MainWindow window(&client);
        window.resize(1000, 700);
        window.show();
        window.openCase(DemoSandbox::longCaseId);
        QTRY_VERIFY_WITH_TIMEOUT(window.communicationModel()->rowCount() > 0, timeout);

        window.setOldestFirst(true);
        ConversationView *view = window.conversationView();
        QVERIFY(view->isOldestFirst());
        QTRY_VERIFY(view->isAtBottom());

        // Oldest at the top, newest at the bottom, where the reader starts.
        const QAbstractItemModel *shown = view->model();
        const int last = shown->rowCount() - 1;
        QVERIFY(last > 0);
        QVERIFY(shown->index(0, 0).data(CommunicationModel::TimeCreatedRole).toDateTime()
                <= shown->index(last, 0).data(CommunicationModel::TimeCreatedRole).toDateTime());
        QCOMPARE(shown->index(last, 0).data(CommunicationModel::BodyRole).toString(),
                 window.communicationModel()->communication(0).body);
    }

    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow again(&client);
    QVERIFY(again.conversationView()->isOldestFirst());
    again.setOldestFirst(false);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
