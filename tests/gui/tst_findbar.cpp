#include "DemoSandbox.h"

#include "CommunicationFilterModel.h"
#include "CommunicationModel.h"
#include "ConversationView.h"
#include "FindBar.h"
#include "MainWindow.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

namespace {

constexpr int timeout = 20000;

} // namespace

// The find bar in the main window, against the demo sandbox's long thread.
class tst_FindBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void ctrlFOpensTheBar();
    void typingFiltersAndCounts();
    void enterAndF3MoveTheCurrentRow();
    void highlightModeKeepsEveryMessage();
    void sideAndAttachmentToggles();
    void keepsLoadingUntilFound();
    void saysWhenNothingMatches();
    void escapeClosesAndRestoresEveryRow();
    void everyControlHasAnAccessibleName();

private:
    void openLongThread();
    QLineEdit *field() const;
    QToolButton *button(const char *name) const;

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<SupportClient> m_client;
    std::unique_ptr<MainWindow> m_window;
};

void tst_FindBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CasebookTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_findbar"));
    m_sandbox = DemoSandbox::start();
    QVERIFY(m_sandbox);
}

void tst_FindBar::init()
{
    QSettings().clear();
    m_client = std::make_unique<SupportClient>();
    DemoSandbox::configure(m_client.get(), *m_sandbox);
    m_window = std::make_unique<MainWindow>(m_client.get());
    m_window->resize(1100, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_FindBar::cleanup()
{
    m_window.reset();
    m_client.reset();
}

void tst_FindBar::openLongThread()
{
    m_window->openCase(DemoSandbox::longCaseId);
    CommunicationModel *messages = m_window->communicationModel();
    QTRY_VERIFY_WITH_TIMEOUT(messages->caseId() == DemoSandbox::longCaseId
                                 && messages->rowCount() >= SupportClient::maxPageSize
                                 && !messages->isLoading(),
                             timeout);
}

QLineEdit *tst_FindBar::field() const
{
    return m_window->findBar()->findChild<QLineEdit *>(QStringLiteral("findField"));
}

QToolButton *tst_FindBar::button(const char *name) const
{
    return m_window->findBar()->findChild<QToolButton *>(QString::fromLatin1(name));
}

void tst_FindBar::ctrlFOpensTheBar()
{
    FindBar *bar = m_window->findBar();
    QVERIFY(bar);
    QVERIFY(!bar->isVisible());

    m_window->conversationView()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(bar->isVisible());
    QTRY_VERIFY(field()->hasFocus());

    // Ctrl+F again selects what was typed, ready to be replaced.
    QTest::keyClicks(field(), QStringLiteral("loss"));
    m_window->conversationView()->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(field()->hasFocus());
    QCOMPARE(field()->selectedText(), QStringLiteral("loss"));
}

void tst_FindBar::typingFiltersAndCounts()
{
    openLongThread();
    if (QTest::currentTestFailed())
        return;
    CommunicationFilterModel *filter = m_window->threadFilterModel();
    QCOMPARE(m_window->conversationView()->model(), filter);

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(field(), QStringLiteral("DAILY LOSS REPORT"));
    QCOMPARE(filter->searchText(), QStringLiteral("DAILY LOSS REPORT"));
    QVERIFY(filter->rowCount() >= filter->minimumMatches());
    QVERIFY(filter->rowCount() < m_window->communicationModel()->rowCount());
    QCOMPARE(filter->matchCount(), filter->rowCount());
    for (int row = 0; row < filter->rowCount(); ++row) {
        const QString body = filter->index(row, 0).data(CommunicationModel::BodyRole).toString();
        QVERIFY(body.contains(QLatin1String("daily loss report"), Qt::CaseInsensitive));
    }

    // Typing made the first match current.
    QCOMPARE(m_window->conversationView()->currentIndex().row(), 0);
    QCOMPARE(m_window->findBar()->counterText(),
             QStringLiteral("1 of %1").arg(filter->matchCount()));
    QCOMPARE(m_window->findBar()->findChild<QLabel *>(QStringLiteral("findCounter"))->text(),
             m_window->findBar()->counterText());
}

void tst_FindBar::enterAndF3MoveTheCurrentRow()
{
    openLongThread();
    if (QTest::currentTestFailed())
        return;
    ConversationView *view = m_window->conversationView();
    FindBar *bar = m_window->findBar();

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(field(), QStringLiteral("daily loss report"));
    const int matches = m_window->threadFilterModel()->matchCount();
    QVERIFY(matches > 2);
    QCOMPARE(view->currentIndex().row(), 0);

    QTest::keyClick(field(), Qt::Key_Return);
    QCOMPARE(view->currentIndex().row(), 1);
    QCOMPARE(bar->counterText(), QStringLiteral("2 of %1").arg(matches));
    QTest::keyClick(field(), Qt::Key_Enter);
    QCOMPARE(view->currentIndex().row(), 2);
    QTest::keyClick(field(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(view->currentIndex().row(), 1);

    QTest::keyClick(field(), Qt::Key_F3);
    QCOMPARE(view->currentIndex().row(), 2);
    QTest::keyClick(field(), Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(view->currentIndex().row(), 1);

    // Going back from the first match wraps to the last.
    QTest::keyClick(field(), Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClick(field(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(view->currentIndex().row(), matches - 1);
    QCOMPARE(bar->counterText(), QStringLiteral("%1 of %1").arg(matches));
    QTest::mouseClick(button("findNextButton"), Qt::LeftButton);
    QCOMPARE(view->currentIndex().row(), 0);
}

void tst_FindBar::highlightModeKeepsEveryMessage()
{
    openLongThread();
    if (QTest::currentTestFailed())
        return;
    CommunicationFilterModel *filter = m_window->threadFilterModel();
    ConversationView *view = m_window->conversationView();

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QToolButton *filterToggle = button("findFilterToggle");
    QVERIFY(filterToggle->isChecked());
    QTest::mouseClick(filterToggle, Qt::LeftButton);
    QCOMPARE(filter->searchMode(), CommunicationFilterModel::SearchMode::Highlight);

    QTest::keyClicks(field(), QStringLiteral("Viktor"));
    QCOMPARE(filter->rowCount(), m_window->communicationModel()->rowCount());
    QVERIFY(filter->matchCount() >= 1);
    const QModelIndex current = view->currentIndex();
    QVERIFY(current.data(CommunicationFilterModel::IsMatchRole).toBool());
    QVERIFY(!current.data(CommunicationFilterModel::MatchRangesRole).toList().isEmpty());
}

void tst_FindBar::sideAndAttachmentToggles()
{
    openLongThread();
    if (QTest::currentTestFailed())
        return;
    CommunicationFilterModel *filter = m_window->threadFilterModel();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);

    QToolButton *aws = button("findFromAwsToggle");
    QToolButton *us = button("findFromUsToggle");
    QTest::mouseClick(aws, Qt::LeftButton);
    QCOMPARE(filter->side(), CommunicationFilterModel::Side::FromAws);
    QVERIFY(filter->rowCount() > 0);
    for (int row = 0; row < filter->rowCount(); ++row)
        QVERIFY(filter->index(row, 0).data(CommunicationModel::FromAwsRole).toBool());

    QTest::mouseClick(us, Qt::LeftButton);
    QVERIFY(!aws->isChecked());
    QCOMPARE(filter->side(), CommunicationFilterModel::Side::FromCustomer);
    for (int row = 0; row < filter->rowCount(); ++row)
        QVERIFY(!filter->index(row, 0).data(CommunicationModel::FromAwsRole).toBool());

    QTest::mouseClick(us, Qt::LeftButton);
    QCOMPARE(filter->side(), CommunicationFilterModel::Side::All);

    QTest::mouseClick(button("findAttachmentsToggle"), Qt::LeftButton);
    QVERIFY(filter->attachmentsOnly());
    QTRY_VERIFY_WITH_TIMEOUT(!filter->isSearching() && filter->rowCount() > 0, timeout);
    for (int row = 0; row < filter->rowCount(); ++row) {
        const QModelIndex index = filter->index(row, 0);
        QVERIFY(!index.data(CommunicationModel::AttachmentsRole).toList().isEmpty());
    }
}

void tst_FindBar::keepsLoadingUntilFound()
{
    // A change number written only in the thread's oldest messages, on its last page.
    const QString term = QStringLiteral("CHG0041872");
    openLongThread();
    if (QTest::currentTestFailed())
        return;
    CommunicationModel *messages = m_window->communicationModel();
    FindBar *bar = m_window->findBar();
    const int total = DemoSandbox::communicationCount(DemoSandbox::longCaseId);

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(field(), term);
    QTRY_VERIFY_WITH_TIMEOUT(bar->statusText().startsWith(QStringLiteral("Searching\u2026")),
                             timeout);
    QVERIFY(bar->statusText().endsWith(QStringLiteral("messages loaded")));

    QTRY_COMPARE_WITH_TIMEOUT(messages->rowCount(), total, timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->threadFilterModel()->isSearching(), timeout);
    QTRY_VERIFY(bar->statusText().isEmpty());
    const int matches = m_window->threadFilterModel()->matchCount();
    QVERIFY(matches > 0);
    QTRY_COMPARE(bar->counterText(), QStringLiteral("1 of %1").arg(matches));
    QVERIFY(m_window->conversationView()
                ->currentIndex()
                .data(CommunicationModel::BodyRole)
                .toString()
                .contains(term));
}

void tst_FindBar::saysWhenNothingMatches()
{
    openLongThread();
    if (QTest::currentTestFailed())
        return;
    const int total = DemoSandbox::communicationCount(DemoSandbox::longCaseId);

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(field(), QStringLiteral("xyzzy (no such words)"));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->findBar()->statusText(),
                              QStringLiteral("No matches in %1 messages").arg(total), timeout);
    QCOMPARE(m_window->threadFilterModel()->rowCount(), 0);
    QVERIFY(m_window->findBar()->counterText().isEmpty());
    QVERIFY(!m_window->threadFilterModel()->isSearching());
}

void tst_FindBar::escapeClosesAndRestoresEveryRow()
{
    openLongThread();
    if (QTest::currentTestFailed())
        return;
    CommunicationFilterModel *filter = m_window->threadFilterModel();
    FindBar *bar = m_window->findBar();

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::mouseClick(button("findFromUsToggle"), Qt::LeftButton);
    QTest::keyClicks(field(), QStringLiteral("daily loss"));
    QVERIFY(filter->rowCount() < m_window->communicationModel()->rowCount());

    field()->setFocus();
    QTest::keyClick(field(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QVERIFY(!filter->isFilterActive());
    QVERIFY(field()->text().isEmpty());
    QVERIFY(!button("findFromUsToggle")->isChecked());
    QTRY_COMPARE(filter->rowCount(), m_window->communicationModel()->rowCount());
    QVERIFY(m_window->conversationView()->hasFocus());

    // Esc from a toggle closes the bar as well.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTest::mouseClick(button("findAttachmentsToggle"), Qt::LeftButton);
    QTest::keyClick(button("findAttachmentsToggle"), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QVERIFY(!filter->isFilterActive());
}

void tst_FindBar::everyControlHasAnAccessibleName()
{
    FindBar *bar = m_window->findBar();
    QVERIFY(!bar->accessibleName().isEmpty());
    for (QWidget *child : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        QVERIFY2(!child->accessibleName().isEmpty(), qPrintable(child->objectName()));
    }
}

QTEST_MAIN(tst_FindBar)
#include "tst_findbar.moc"
