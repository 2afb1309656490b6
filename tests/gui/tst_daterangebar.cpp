#include "DemoSandbox.h"

#include "CaseFilterBar.h"
#include "CaseFilterModel.h"
#include "CaseHeader.h"
#include "CaseListModel.h"
#include "CaseListView.h"
#include "CommunicationModel.h"
#include "DateRange.h"
#include "DateRangeBar.h"
#include "MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

namespace {

constexpr int timeout = 10000;
const QDate today(2026, 12, 4);

void choosePreset(DateRangeBar *bar, DateRange::Preset preset)
{
    auto box = bar->findChild<QComboBox *>(QStringLiteral("datePresetBox"));
    QVERIFY(box);
    const int index = box->findData(int(preset));
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

void chooseDays(DateRangeBar *bar, const QDate &from, const QDate &to)
{
    choosePreset(bar, DateRange::Preset::Custom);
    auto fromEdit = bar->findChild<QDateEdit *>(QStringLiteral("dateFromEdit"));
    auto toEdit = bar->findChild<QDateEdit *>(QStringLiteral("dateToEdit"));
    QVERIFY(fromEdit && toEdit);
    QVERIFY(fromEdit->isEnabled() && toEdit->isEnabled());
    fromEdit->setDate(from);
    toEdit->setDate(to);
}

void chooseStatus(MainWindow *window, CaseFilterModel::Status status)
{
    auto box = window->findChild<QComboBox *>(QStringLiteral("caseStatusBox"));
    QVERIFY(box);
    const int index = box->findData(int(status));
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

/// How many of \a caseId's messages in the demo files fall in [after, before).
int demoCountBetween(const QString &caseId, const QDateTime &after, const QDateTime &before)
{
    int count = 0;
    const QJsonArray all
        = DemoSandbox::caseFile(caseId).value(QLatin1String("communications")).toArray();
    for (const QJsonValue &value : all) {
        const QDateTime time = SupportJson::parseTime(
            value.toObject().value(QLatin1String("timeCreated")).toString());
        if ((!after.isValid() || time >= after) && (!before.isValid() || time < before))
            ++count;
    }
    return count;
}

} // namespace

// The date range bar over the conversation and the filter bar over the case list, in the main
// window against the demo sandbox on loopback.
class tst_DateRangeBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void rangeNarrowsThread_data();
    void rangeNarrowsThread();
    void editsFollowPresets();
    void emptyRangeSaysWhyAndResets();
    void rangeStaysAcrossCases();
    void caseListKeepsSelectionAcrossRefresh();
    void filterKeepsSelectedRowInPlace();
    void statusChoosesResolvedAndPersists();
    void lookupOpensCaseByNumber();
    void lookupSaysWhenNothingMatches();

private:
    void openLongCase(MainWindow *window);
    void waitForThread(MainWindow *window);

    std::unique_ptr<SandboxServer> m_sandbox;
};

void tst_DateRangeBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CasebookTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_daterangebar"));
    m_sandbox = DemoSandbox::start();
    QVERIFY(m_sandbox);
}

void tst_DateRangeBar::init()
{
    QSettings().clear();
}

void tst_DateRangeBar::openLongCase(MainWindow *window)
{
    window->dateRangeBar()->setToday(today);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY_WITH_TIMEOUT(window->caseListModel()->isComplete(), timeout);
    window->openCase(DemoSandbox::longCaseId);
    QCOMPARE(window->communicationModel()->caseId(), DemoSandbox::longCaseId);
}

void tst_DateRangeBar::waitForThread(MainWindow *window)
{
    CommunicationModel *messages = window->communicationModel();
    QTRY_VERIFY_WITH_TIMEOUT(!messages->isLoading(), timeout);
    messages->fetchAll();
    QTRY_VERIFY_WITH_TIMEOUT(messages->isComplete(), timeout);
}

void tst_DateRangeBar::rangeNarrowsThread_data()
{
    QTest::addColumn<DateRange::Preset>("preset");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("narrower");

    QTest::newRow("last 7 days") << DateRange::Preset::Last7Days << QDate() << QDate() << true;
    QTest::newRow("last 30 days") << DateRange::Preset::Last30Days << QDate() << QDate() << true;
    QTest::newRow("last 12 months")
        << DateRange::Preset::Last12Months << QDate() << QDate() << false;
    QTest::newRow("custom october")
        << DateRange::Preset::Custom << QDate(2026, 10, 1) << QDate(2026, 10, 31) << true;
    QTest::newRow("custom across fall back")
        << DateRange::Preset::Custom << QDate(2026, 10, 24) << QDate(2026, 10, 26) << true;
}

void tst_DateRangeBar::rangeNarrowsThread()
{
    QFETCH(DateRange::Preset, preset);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, narrower);

    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    openLongCase(&window);
    if (QTest::currentTestFailed())
        return;

    QSignalSpy changed(window.dateRangeBar(), &DateRangeBar::rangeChanged);
    if (preset == DateRange::Preset::Custom)
        chooseDays(window.dateRangeBar(), from, to);
    else
        choosePreset(window.dateRangeBar(), preset);
    QVERIFY(!changed.isEmpty());

    const DateRange range = window.dateRangeBar()->range();
    QCOMPARE(range.preset(), preset);
    if (preset != DateRange::Preset::Custom) {
        QCOMPARE(range, DateRange::fromPreset(preset, today));
    } else {
        QCOMPARE(range.from(), from);
        QCOMPARE(range.to(), to);
    }
    waitForThread(&window);
    if (QTest::currentTestFailed())
        return;

    // Every message shown is on one of the range's local days, and none of them is missing.
    CommunicationModel *messages = window.communicationModel();
    const QDateTime after = range.after();
    const QDateTime before = range.before();
    QVERIFY(after.isValid() && before.isValid());
    for (const Communication &communication : messages->communications()) {
        QVERIFY2(communication.timeCreated >= after && communication.timeCreated < before,
                 qPrintable(communication.timeCreated.toString(Qt::ISODate)));
        QVERIFY(range.contains(communication.timeCreated));
    }
    const int expected = demoCountBetween(DemoSandbox::longCaseId, after, before);
    QVERIFY(expected > 0);
    QCOMPARE(messages->rowCount(), expected);
    if (narrower)
        QVERIFY(messages->rowCount() < DemoSandbox::communicationCount(DemoSandbox::longCaseId));
    QVERIFY(!window.dateRangeBar()->isEmptyNoticeVisible());
}

void tst_DateRangeBar::editsFollowPresets()
{
    DateRangeBar bar;
    bar.setToday(today);
    auto fromEdit = bar.findChild<QDateEdit *>(QStringLiteral("dateFromEdit"));
    auto toEdit = bar.findChild<QDateEdit *>(QStringLiteral("dateToEdit"));
    auto clear = bar.findChild<QToolButton *>(QStringLiteral("dateClearButton"));
    QVERIFY(fromEdit && toEdit && clear);
    QVERIFY(fromEdit->calendarPopup());

    QVERIFY(bar.range().isAllTime());
    QCOMPARE(fromEdit->text(), QStringLiteral("Any"));
    QVERIFY(!clear->isEnabled());

    choosePreset(&bar, DateRange::Preset::Last30Days);
    QVERIFY(!fromEdit->isEnabled());
    QCOMPARE(fromEdit->date(), QDate(2026, 11, 5));
    QCOMPARE(toEdit->date(), today);
    QVERIFY(clear->isEnabled());

    // Custom starts from the days on show, and a From after To moves To along.
    choosePreset(&bar, DateRange::Preset::Custom);
    QVERIFY(fromEdit->isEnabled());
    QCOMPARE(bar.range(), DateRange::custom(QDate(2026, 11, 5), today));
    fromEdit->setDate(QDate(2026, 12, 10));
    QCOMPARE(bar.range(), DateRange::custom(QDate(2026, 12, 10), QDate(2026, 12, 10)));
    QCOMPARE(bar.range().label(QLocale::c()), QStringLiteral("10 Dec 2026"));

    QSignalSpy changed(&bar, &DateRangeBar::rangeChanged);
    clear->click();
    QVERIFY(bar.range().isAllTime());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<DateRange>(), DateRange());
}

void tst_DateRangeBar::emptyRangeSaysWhyAndResets()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    openLongCase(&window);
    if (QTest::currentTestFailed())
        return;

    // The long thread starts in May: nothing in January.
    DateRangeBar *bar = window.dateRangeBar();
    chooseDays(bar, QDate(2026, 1, 1), QDate(2026, 1, 31));
    CommunicationModel *messages = window.communicationModel();
    QTRY_VERIFY_WITH_TIMEOUT(messages->isComplete(), timeout);
    QCOMPARE(messages->rowCount(), 0);

    QTRY_VERIFY(bar->isEmptyNoticeVisible());
    auto notice = bar->findChild<QLabel *>(QStringLiteral("dateRangeNotice"));
    QVERIFY(notice && notice->isVisible());
    QCOMPARE(bar->emptyNoticeText(),
             QStringLiteral("No messages between 1 Jan 2026 and 31 Jan 2026. Show all time"));

    // Following the link shows the whole thread again.
    Q_EMIT notice->linkActivated(QStringLiteral("all"));
    QVERIFY(bar->range().isAllTime());
    QVERIFY(!bar->isEmptyNoticeVisible());
    QTRY_VERIFY_WITH_TIMEOUT(messages->rowCount() > 0, timeout);
    QCOMPARE(messages->caseId(), DemoSandbox::longCaseId);
}

void tst_DateRangeBar::rangeStaysAcrossCases()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    openLongCase(&window);
    if (QTest::currentTestFailed())
        return;

    const DateRange november = DateRange::custom(QDate(2026, 11, 1), QDate(2026, 11, 30));
    window.setDateRange(november);
    QCOMPARE(window.dateRangeBar()->range(), november);

    // Another case opened keeps the range, and one without November messages says so.
    const QString eksCase = QStringLiteral("case-111122223333-muen-2026-e3a8f5c1d9b07246");
    window.openCase(eksCase);
    waitForThread(&window);
    QCOMPARE(window.communicationModel()->rowCount(),
             demoCountBetween(eksCase, november.after(), november.before()));
    QVERIFY(window.communicationModel()->rowCount() > 0);

    const QString kafkaCase = QStringLiteral("case-111122223333-muen-2026-7e1f0c2a9b3d4e51");
    window.openCase(kafkaCase);
    QTRY_VERIFY_WITH_TIMEOUT(window.communicationModel()->isComplete(), timeout);
    QCOMPARE(window.communicationModel()->rowCount(), 0);
    QTRY_VERIFY(window.dateRangeBar()->isEmptyNoticeVisible());
    QCOMPARE(window.dateRangeBar()->range(), november);
}

void tst_DateRangeBar::caseListKeepsSelectionAcrossRefresh()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    window.resize(900, 420);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    chooseStatus(&window, CaseFilterModel::Status::All);
    CaseListModel *cases = window.caseListModel();
    QTRY_VERIFY_WITH_TIMEOUT(cases->isComplete() && cases->rowCount() > 6, timeout);

    // A case far enough down that the list has to scroll to show it.
    CaseListView *list = window.caseListView();
    const QModelIndex chosen = list->model()->index(cases->rowCount() - 2, 0);
    const QString chosenId = chosen.data(CaseListModel::CaseIdRole).toString();
    list->setCurrentIndex(chosen);
    list->scrollTo(chosen, QAbstractItemView::PositionAtCenter);
    QTRY_COMPARE(window.currentCaseId(), chosenId);
    QVERIFY(list->verticalScrollBar()->value() > 0);
    const int top = list->visualRect(list->currentIndex()).top();
    const int scroll = list->verticalScrollBar()->value();

    QSignalSpy reset(cases, &QAbstractItemModel::modelReset);
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(reset.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(cases->isComplete(), timeout);
    QTRY_COMPARE(list->currentCaseId(), chosenId);
    QVERIFY(list->selectionModel()->isSelected(list->currentIndex()));
    QCOMPARE(list->visualRect(list->currentIndex()).top(), top);
    QCOMPARE(list->verticalScrollBar()->value(), scroll);
    QCOMPARE(window.currentCaseId(), chosenId);
}

void tst_DateRangeBar::filterKeepsSelectedRowInPlace()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    window.resize(900, 340);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    chooseStatus(&window, CaseFilterModel::Status::All);
    CaseListModel *cases = window.caseListModel();
    QTRY_VERIFY_WITH_TIMEOUT(cases->isComplete() && cases->rowCount() > 6, timeout);

    // The lowest resolved case with an open case above it and a resolved one below: showing
    // only resolved cases then moves its row up unless the list scrolls to keep it in place.
    CaseListView *list = window.caseListView();
    int chosenRow = -1;
    for (int row = 1; row + 1 < cases->rowCount(); ++row) {
        if (cases->supportCase(row).isResolved() && cases->supportCase(row + 1).isResolved()
            && !cases->supportCase(row - 1).isResolved())
            chosenRow = row;
    }
    QVERIFY(chosenRow > 0);
    const QModelIndex chosen = list->model()->index(chosenRow, 0);
    const QString chosenId = chosen.data(CaseListModel::CaseIdRole).toString();
    list->setCurrentIndex(chosen);
    list->scrollTo(chosen, QAbstractItemView::PositionAtBottom);
    QVERIFY(list->verticalScrollBar()->value() > 0);
    const int top = list->visualRect(list->currentIndex()).top();

    QSignalSpy threadReset(window.communicationModel(), &QAbstractItemModel::modelReset);
    chooseStatus(&window, CaseFilterModel::Status::Resolved);
    QVERIFY(window.caseFilterModel()->rowCount() < cases->rowCount());
    QCOMPARE(list->currentCaseId(), chosenId);
    QVERIFY(list->selectionModel()->isSelected(list->currentIndex()));
    QCOMPARE(list->visualRect(list->currentIndex()).top(), top);
    QCOMPARE(threadReset.size(), 0);

    // A filter that hides it leaves nothing chosen; clearing it brings the case back.
    auto search = window.findChild<QLineEdit *>(QStringLiteral("caseSearchEdit"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("no case is called this"));
    QCOMPARE(window.caseFilterModel()->rowCount(), 0);
    QVERIFY(!list->currentIndex().isValid());
    QCOMPARE(window.currentCaseId(), chosenId);
    search->clear();
    QCOMPARE(list->currentCaseId(), chosenId);

    // Hiding only the chosen case selects none of its neighbours and keeps its thread open.
    QTest::keyClicks(search, QStringLiteral("-2025-"));
    QVERIFY(window.caseFilterModel()->rowCount() > 0);
    QVERIFY(!list->selectionModel()->hasSelection());
    QCOMPARE(window.currentCaseId(), chosenId);
    QCOMPARE(window.communicationModel()->caseId(), chosenId);
    search->clear();
    QCOMPARE(list->currentCaseId(), chosenId);
    QVERIFY(list->selectionModel()->isSelected(list->currentIndex()));
    QCOMPARE(list->visualRect(list->currentIndex()).top(), top);
}

void tst_DateRangeBar::statusChoosesResolvedAndPersists()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    {
        MainWindow window(&client);
        window.show();
        CaseListModel *cases = window.caseListModel();
        QTRY_VERIFY_WITH_TIMEOUT(cases->isComplete(), timeout);
        QVERIFY(!cases->includeResolved());

        chooseStatus(&window, CaseFilterModel::Status::Resolved);
        QVERIFY(cases->includeResolved());
        QTRY_VERIFY_WITH_TIMEOUT(cases->isComplete(), timeout);
        QAbstractItemModel *shown = window.caseListView()->model();
        QVERIFY(shown->rowCount() > 0);
        for (int row = 0; row < shown->rowCount(); ++row)
            QVERIFY(shown->index(row, 0).data(CaseListModel::ResolvedRole).toBool());
        window.close();
    }
    QCOMPARE(QSettings().value(QStringLiteral("view/caseStatus")).toString(),
             QStringLiteral("Resolved"));

    MainWindow again(&client);
    QCOMPARE(again.caseFilterModel()->status(), CaseFilterModel::Status::Resolved);
    QVERIFY(again.caseListModel()->includeResolved());
    auto box = again.findChild<QComboBox *>(QStringLiteral("caseStatusBox"));
    QCOMPARE(box->currentText(), QStringLiteral("Resolved"));
}

void tst_DateRangeBar::lookupOpensCaseByNumber()
{
    // A resolved case is not in the open list: the service is asked for it.
    const QJsonObject route53
        = DemoSandbox::caseFile(QStringLiteral("case-111122223333-muen-2025-4e6b2d90a7c1f853"))
              .value(QLatin1String("case"))
              .toObject();
    const QString displayId = route53.value(QLatin1String("displayId")).toString();

    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.caseListModel()->isComplete(), timeout);
    QCOMPARE(window.caseListModel()->rowOf(route53.value(QLatin1String("caseId")).toString()), -1);

    auto search = window.findChild<QLineEdit *>(QStringLiteral("caseSearchEdit"));
    QTest::keyClicks(search, displayId);
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window.currentCaseId(),
                              route53.value(QLatin1String("caseId")).toString(), timeout);
    QCOMPARE(window.caseHeader()->subject(), route53.value(QLatin1String("subject")).toString());
    QTRY_VERIFY_WITH_TIMEOUT(window.communicationModel()->rowCount() > 0, timeout);

    // A listed case is found by its id without asking.
    const QString listedId = window.caseListModel()->supportCase(0).caseId;
    search->setText(listedId.toUpper());
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE(window.currentCaseId(), listedId);
    QCOMPARE(window.caseListView()->currentCaseId(), listedId);
}

void tst_DateRangeBar::lookupSaysWhenNothingMatches()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.caseListModel()->isComplete(), timeout);
    auto search = window.findChild<QLineEdit *>(QStringLiteral("caseSearchEdit"));
    CaseFilterBar *bar = window.caseFilterBar();

    QTest::keyClicks(search, QStringLiteral("99999"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(bar->message(), QStringLiteral("No case has the number 99999."),
                              timeout);

    search->setText(QStringLiteral("case-111122223333-muen-2099-0000000000000000"));
    QVERIFY(bar->message().isEmpty());
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(
        bar->message(),
        QStringLiteral("No case has the id case-111122223333-muen-2099-0000000000000000."),
        timeout);
}

QTEST_MAIN(tst_DateRangeBar)
#include "tst_daterangebar.moc"
