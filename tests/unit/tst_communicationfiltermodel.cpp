#include "DemoSandbox.h"

#include "Attachment.h"
#include "CommunicationFilterModel.h"
#include "CommunicationModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <algorithm>

namespace {

constexpr int timeout = 20000;

using Filter = CommunicationFilterModel;

const QString awsName = QStringLiteral("Amazon Web Services");
const QString customer = QStringLiteral("Nadia Petrova <nadia.petrova@example.com>");

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 10, 14), QTime(8, 0).addSecs(minute * 60), Qt::UTC);
}

QStandardItem *message(const QString &body, bool fromAws = true, int minute = 0,
                       const QStringList &attachments = {})
{
    auto item = new QStandardItem;
    item->setData(body, CommunicationModel::BodyRole);
    item->setData(fromAws ? awsName : customer, CommunicationModel::SubmittedByRole);
    item->setData(fromAws, CommunicationModel::FromAwsRole);
    item->setData(at(minute), CommunicationModel::TimeCreatedRole);

    QVariantList list;
    for (const QString &name : attachments)
        list << QVariant::fromValue(AttachmentInfo {QStringLiteral("att-") + name, name});
    item->setData(list, CommunicationModel::AttachmentsRole);
    return item;
}

QStringList bodies(const QAbstractItemModel &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list << model.index(row, 0).data(CommunicationModel::BodyRole).toString();
    return list;
}

QVariantList ranges(const QList<QPoint> &points)
{
    QVariantList list;
    for (const QPoint &point : points)
        list << point;
    return list;
}

/// A source that hands out rows a page at a time, at once, as fetchMore() is called; one that
/// says it has more but never delivers stands for a broken source.
class PagedModel : public QStandardItemModel
{
public:
    QList<QList<QStandardItem *>> pages;
    bool delivers = true;
    int fetches = 0;

    // Rows never handed to the model are still owned here.
    ~PagedModel() override
    {
        for (const QList<QStandardItem *> &page : std::as_const(pages))
            qDeleteAll(page);
    }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !pages.isEmpty();
    }

    void fetchMore(const QModelIndex &parent) override
    {
        ++fetches;
        if (parent.isValid() || pages.isEmpty() || !delivers)
            return;
        for (QStandardItem *item : pages.takeFirst())
            appendRow(item);
    }
};

/// The row (newest first) of the first communication of \a caseId whose body contains \a text.
int firstRowContaining(const QString &caseId, const QString &text)
{
    const QJsonArray array
        = DemoSandbox::caseFile(caseId).value(QLatin1String("communications")).toArray();
    QList<QJsonObject> list;
    for (const QJsonValue &value : array)
        list << value.toObject();
    std::sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("timeCreated")).toString()
            > b.value(QLatin1String("timeCreated")).toString();
    });
    for (int row = 0; row < list.size(); ++row) {
        if (list.at(row).value(QLatin1String("body")).toString().contains(text))
            return row;
    }
    return -1;
}

} // namespace

// The thread filter: text search, side and attachment criteria, order, and paging on demand.
class tst_CommunicationFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void passesModelTester();
    void textMatching_data();
    void textMatching();
    void matchRanges_data();
    void matchRanges();
    void searchesTheSender();
    void sideAndAttachmentFilters_data();
    void sideAndAttachmentFilters();
    void highlightModeKeepsEveryRow();
    void oldestFirstOrder();
    void nextAndPreviousWrap();
    void matchesFollowSourceChanges();

    void keepsLoadingUntilMatchesAppear();
    void keepsLoadingUntilPagesRunOut();
    void attachmentFilterKeepsLoading();
    void stopsLoadingWhenFilterIsCleared();
    void stopsLoadingOnFailure();
    void pagesFromAPlainSource();
    void neverLoopsOnASourceThatDeliversNothing();

private:
    std::unique_ptr<SandboxServer> m_sandbox;
};

void tst_CommunicationFilterModel::initTestCase()
{
    m_sandbox = DemoSandbox::start();
    QVERIFY(m_sandbox);
}

void tst_CommunicationFilterModel::passesModelTester()
{
    QStandardItemModel source;
    Filter filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&source);

    for (int i = 0; i < 6; ++i) {
        source.appendRow(message(QStringLiteral("message %1 %2").arg(i).arg(i % 2 ? "odd" : "even"),
                                 i % 3 == 0, 10 - i,
                                 i == 4 ? QStringList {"a.log"} : QStringList {}));
    }
    filter.setSearchText(QStringLiteral("ODD"));
    QCOMPARE(filter.rowCount(), 3);
    filter.setSearchMode(Filter::SearchMode::Highlight);
    QCOMPARE(filter.rowCount(), 6);
    filter.setSide(Filter::Side::FromCustomer);
    filter.setAttachmentsOnly(true);
    QCOMPARE(filter.rowCount(), 1);
    filter.setOldestFirst(true);
    filter.clearFilters();
    QCOMPARE(filter.rowCount(), 6);

    source.appendRow(message(QStringLiteral("late arrival odd"), false, 20));
    source.insertRow(0, message(QStringLiteral("first"), true, 30));
    source.removeRows(2, 2);
    source.item(1)->setData(QStringLiteral("changed odd"), CommunicationModel::BodyRole);
    filter.setSearchMode(Filter::SearchMode::Filter);
    filter.setSearchText(QStringLiteral("odd"));
    filter.setOldestFirst(false);
    source.clear();
    QCOMPARE(filter.rowCount(), 0);
}

void tst_CommunicationFilterModel::textMatching_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("search");
    QTest::addColumn<bool>("matches");

    const QString cafeNfc = QStringLiteral("Caf\u00e9 au lait");
    const QString cafeNfd = QStringLiteral("Cafe\u0301 au lait");

    QTest::newRow("ASCII, other case") << "Packet loss on the DX link"
                                       << "PACKET LOSS" << true;
    QTest::newRow("ASCII, absent") << "Packet loss on the DX link"
                                   << "jitter" << false;
    QTest::newRow("capital sharp s finds sharp s") << "Hauptstra\u00dfe 5"
                                                   << "HAUPTSTRA\u1e9eE" << true;
    // Simple case folding keeps one character for one: SS is not folded into ß.
    QTest::newRow("SS does not find sharp s") << "Hauptstra\u00dfe 5"
                                              << "STRASSE" << false;
    QTest::newRow("SS finds ss") << "Hauptstrasse 5"
                                 << "STRASSE" << true;
    QTest::newRow("composed body, decomposed search") << cafeNfc << "cafe\u0301" << true;
    QTest::newRow("decomposed body, composed search") << cafeNfd << "CAF\u00c9" << true;
    QTest::newRow("accents count") << cafeNfc << "cafe au" << false;
    QTest::newRow("ligature") << "\ufb01le system"
                              << "FILE" << true;
    QTest::newRow("full-width letters and digits") << "\uff21\uff37\uff33\uff11\uff12"
                                                   << "aws12" << true;
    QTest::newRow("Greek final sigma") << "\u03a3\u038a\u03a3\u03a5\u03a6\u039f\u03a3"
                                       << "\u03c3\u03af\u03c3\u03c5\u03c6\u03bf\u03c2" << true;
    QTest::newRow("Japanese") << "RDS \u306e\u30d5\u30a7\u30a4\u30eb\u30aa\u30fc\u30d0\u30fc"
                              << "\u30d5\u30a7\u30a4\u30eb\u30aa\u30fc\u30d0\u30fc" << true;
    QTest::newRow("half-width katakana")
        << "\uff8c\uff6a\uff72\uff99\uff75\uff70\uff8a\uff9e\uff70"
        << "\u30d5\u30a7\u30a4\u30eb\u30aa\u30fc\u30d0\u30fc" << true;
    QTest::newRow("Japanese, absent") << "\u30c0\u30a6\u30f3\u30bf\u30a4\u30e0"
                                      << "\u30d5\u30a7\u30a4\u30eb" << false;
    QTest::newRow("emoji") << "All good \U0001f44d thanks"
                           << "\U0001f44d" << true;
    QTest::newRow("other emoji") << "All good \U0001f44d thanks"
                                 << "\U0001f44e" << false;
    QTest::newRow("dot is literal") << "see a.b for details"
                                    << "a.b" << true;
    QTest::newRow("dot matches no other character") << "see axb for details"
                                                    << "a.b" << false;
    QTest::newRow("parenthesis") << "call (maybe) later"
                                 << "(" << true;
    QTest::newRow("backslash and brackets") << "C:\\logs\\[x]*.txt"
                                            << "\\[X]*" << true;
    QTest::newRow("star alone") << "no wildcard here"
                                << "*" << false;
    QTest::newRow("empty search") << "anything at all"
                                  << "" << false;
}

void tst_CommunicationFilterModel::textMatching()
{
    QFETCH(QString, body);
    QFETCH(QString, search);
    QFETCH(bool, matches);

    QStandardItemModel source;
    source.appendRow(message(body));
    Filter filter;
    filter.setSourceModel(&source);
    filter.setSearchText(search);

    // Without a search text nothing is hidden and nothing counts as a match.
    const bool shown = matches || search.isEmpty();
    QCOMPARE(filter.rowCount(), shown ? 1 : 0);
    QCOMPARE(filter.matchCount(), matches ? 1 : 0);
    QCOMPARE(filter.isFilterActive(), !search.isEmpty());

    filter.setSearchMode(Filter::SearchMode::Highlight);
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, 0).data(Filter::IsMatchRole).toBool(), matches);
    QCOMPARE(filter.index(0, 0).data(Filter::MatchRangesRole).toList().isEmpty(), !matches);
}

void tst_CommunicationFilterModel::matchRanges_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QList<QPoint>>("expected");

    QTest::newRow("every occurrence") << "Loss, loss, LOSS"
                                      << "loss" << QList<QPoint> {{0, 4}, {6, 4}, {12, 4}};
    QTest::newRow("no overlap") << "aaaa"
                                << "aa" << QList<QPoint> {{0, 2}, {2, 2}};
    QTest::newRow("positions of the raw body") << "one\r\ntwo loss"
                                               << "LOSS" << QList<QPoint> {{9, 4}};
    QTest::newRow("decomposed accents cover their marks")
        << "cafe\u0301 and cafe\u0301"
        << "CAF\u00c9" << QList<QPoint> {{0, 5}, {10, 5}};
    QTest::newRow("ligature covers the whole character") << "\ufb01ne \ufb01le"
                                                         << "fi" << QList<QPoint> {{0, 1}, {4, 1}};
    QTest::newRow("emoji spans two code units") << "ok \U0001f44d\U0001f44d"
                                                << "\U0001f44d" << QList<QPoint> {{3, 2}, {5, 2}};
    QTest::newRow("Japanese") << "\u30c6\u30b9\u30c8\u3068\u30c6\u30b9\u30c8"
                              << "\u30c6\u30b9\u30c8" << QList<QPoint> {{0, 3}, {4, 3}};
    QTest::newRow("full-width after ASCII") << "id \uff21\uff37\uff33"
                                            << "aws" << QList<QPoint> {{3, 3}};
    QTest::newRow("none") << "nothing here"
                          << "absent" << QList<QPoint> {};
    QTest::newRow("no search") << "nothing here"
                               << "" << QList<QPoint> {};
}

void tst_CommunicationFilterModel::matchRanges()
{
    QFETCH(QString, body);
    QFETCH(QString, search);
    QFETCH(QList<QPoint>, expected);

    QCOMPARE(Filter::findMatches(body, search), expected);

    QStandardItemModel source;
    source.appendRow(message(body));
    Filter filter;
    filter.setSourceModel(&source);
    filter.setSearchMode(Filter::SearchMode::Highlight);
    filter.setSearchText(search);
    QCOMPARE(filter.index(0, 0).data(Filter::MatchRangesRole).toList(), ranges(expected));
}

void tst_CommunicationFilterModel::searchesTheSender()
{
    QStandardItemModel source;
    source.appendRow(message(QStringLiteral("From the customer"), false));
    source.appendRow(message(QStringLiteral("From AWS"), true));
    Filter filter;
    filter.setSourceModel(&source);

    filter.setSearchText(QStringLiteral("PETROVA"));
    QCOMPARE(bodies(filter), QStringList {"From the customer"});
    const QModelIndex index = filter.index(0, 0);
    QVERIFY(index.data(Filter::IsMatchRole).toBool());
    QVERIFY(index.data(Filter::MatchRangesRole).toList().isEmpty());
    QCOMPARE(index.data(Filter::SenderMatchRangesRole).toList(),
             ranges({{int(customer.indexOf(QLatin1String("Petrova"))), 7},
                     {int(customer.indexOf(QLatin1String("petrova"))), 7}}));
}

void tst_CommunicationFilterModel::sideAndAttachmentFilters_data()
{
    QTest::addColumn<Filter::Side>("side");
    QTest::addColumn<bool>("attachmentsOnly");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");

    using S = Filter::Side;
    QTest::newRow("all") << S::All << false << "" << QStringList {"a1", "c1 log", "a2 log", "c2"};
    QTest::newRow("from AWS") << S::FromAws << false << "" << QStringList {"a1", "a2 log"};
    QTest::newRow("from us") << S::FromCustomer << false << "" << QStringList {"c1 log", "c2"};
    QTest::newRow("attachments") << S::All << true << "" << QStringList {"c1 log", "a2 log"};
    QTest::newRow("AWS with attachments") << S::FromAws << true << "" << QStringList {"a2 log"};
    QTest::newRow("us with attachments and text")
        << S::FromCustomer << true << "LOG" << QStringList {"c1 log"};
    QTest::newRow("us and text") << S::FromCustomer << false << "2" << QStringList {"c2"};
    QTest::newRow("nothing left") << S::FromAws << true << "zz" << QStringList {};
}

void tst_CommunicationFilterModel::sideAndAttachmentFilters()
{
    QFETCH(Filter::Side, side);
    QFETCH(bool, attachmentsOnly);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);

    QStandardItemModel source;
    source.appendRow(message(QStringLiteral("a1"), true));
    source.appendRow(message(QStringLiteral("c1 log"), false, 0, {QStringLiteral("c.log")}));
    source.appendRow(message(QStringLiteral("a2 log"), true, 0, {QStringLiteral("a.log")}));
    source.appendRow(message(QStringLiteral("c2"), false));

    Filter filter;
    filter.setSourceModel(&source);
    QSignalSpy changed(&filter, &Filter::filterChanged);
    filter.setSide(side);
    filter.setAttachmentsOnly(attachmentsOnly);
    filter.setSearchText(search);
    QCOMPARE(bodies(filter), expected);
    QCOMPARE(filter.isFilterActive(),
             side != Filter::Side::All || attachmentsOnly || !search.isEmpty());
    QCOMPARE(changed.isEmpty(), !filter.isFilterActive());

    filter.clearFilters();
    QCOMPARE(filter.rowCount(), 4);
    QVERIFY(!filter.isFilterActive());
}

void tst_CommunicationFilterModel::highlightModeKeepsEveryRow()
{
    QStandardItemModel source;
    for (const char *body : {"disk full", "all fine", "DISK replaced", "closing"})
        source.appendRow(message(QString::fromLatin1(body)));
    Filter filter;
    filter.setSourceModel(&source);
    filter.setSearchMode(Filter::SearchMode::Highlight);

    QSignalSpy dataChanged(&filter, &QAbstractItemModel::dataChanged);
    filter.setSearchText(QStringLiteral("disk"));
    QCOMPARE(filter.rowCount(), 4);
    QCOMPARE(filter.matchCount(), 2);
    QCOMPARE(dataChanged.size(), 1);
    QList<bool> flags;
    for (int row = 0; row < filter.rowCount(); ++row)
        flags << filter.index(row, 0).data(Filter::IsMatchRole).toBool();
    QCOMPARE(flags, (QList<bool> {true, false, true, false}));

    filter.setSearchMode(Filter::SearchMode::Filter);
    QCOMPARE(bodies(filter), (QStringList {"disk full", "DISK replaced"}));
    QCOMPARE(filter.matchCount(), 2);
}

void tst_CommunicationFilterModel::oldestFirstOrder()
{
    // Newest first, as the service sends it; "b" and "c" were written in the same minute.
    QStandardItemModel source;
    source.appendRow(message(QStringLiteral("d"), true, 40));
    source.appendRow(message(QStringLiteral("c"), true, 30));
    source.appendRow(message(QStringLiteral("b"), false, 30));
    source.appendRow(message(QStringLiteral("a"), false, 10));

    Filter filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&source);
    QCOMPARE(bodies(filter), (QStringList {"d", "c", "b", "a"}));

    filter.setOldestFirst(true);
    QVERIFY(filter.isOldestFirst());
    QCOMPARE(bodies(filter), (QStringList {"a", "b", "c", "d"}));

    // An older page arrives at the end of the source and goes on top.
    source.appendRow(message(QStringLiteral("0"), true, 5));
    source.appendRow(message(QStringLiteral("1"), true, 10));
    QCOMPARE(bodies(filter), (QStringList {"0", "1", "a", "b", "c", "d"}));

    filter.setSide(Filter::Side::FromCustomer);
    QCOMPARE(bodies(filter), (QStringList {"a", "b"}));
    filter.clearFilters();
    QCOMPARE(bodies(filter), (QStringList {"0", "1", "a", "b", "c", "d"}));

    filter.setOldestFirst(false);
    QCOMPARE(bodies(filter), (QStringList {"d", "c", "b", "a", "0", "1"}));
}

void tst_CommunicationFilterModel::nextAndPreviousWrap()
{
    QStandardItemModel source;
    for (const char *body : {"x", "match", "y", "z", "match", "match", "w"})
        source.appendRow(message(QString::fromLatin1(body)));
    Filter filter;
    filter.setSourceModel(&source);
    filter.setSearchMode(Filter::SearchMode::Highlight);

    QCOMPARE(filter.firstMatchRow(), -1);
    QCOMPARE(filter.nextMatch(0), -1);
    QCOMPARE(filter.previousMatch(0), -1);

    filter.setSearchText(QStringLiteral("MATCH"));
    QCOMPARE(filter.matchCount(), 3);
    QCOMPARE(filter.firstMatchRow(), 1);
    QCOMPARE(filter.nextMatch(-1), 1);
    QCOMPARE(filter.nextMatch(1), 4);
    QCOMPARE(filter.nextMatch(2), 4);
    QCOMPARE(filter.nextMatch(4), 5);
    QCOMPARE(filter.nextMatch(5), 1);
    QCOMPARE(filter.nextMatch(6), 1);
    QCOMPARE(filter.previousMatch(5), 4);
    QCOMPARE(filter.previousMatch(4), 1);
    QCOMPARE(filter.previousMatch(1), 5);
    QCOMPARE(filter.previousMatch(0), 5);
    QCOMPARE(filter.previousMatch(-1), 5);
    QCOMPARE(filter.matchOrdinal(1), 0);
    QCOMPARE(filter.matchOrdinal(5), 2);
    QCOMPARE(filter.matchOrdinal(3), -1);

    // In filter mode the rows are the matches.
    filter.setSearchMode(Filter::SearchMode::Filter);
    QCOMPARE(filter.rowCount(), 3);
    QCOMPARE(filter.nextMatch(2), 0);
    QCOMPARE(filter.previousMatch(0), 2);
}

void tst_CommunicationFilterModel::matchesFollowSourceChanges()
{
    QStandardItemModel source;
    source.appendRow(message(QStringLiteral("timeout on lambda")));
    source.appendRow(message(QStringLiteral("other")));
    Filter filter;
    filter.setSourceModel(&source);
    filter.setSearchText(QStringLiteral("timeout"));
    QCOMPARE(filter.matchCount(), 1);

    QSignalSpy matchesChanged(&filter, &Filter::matchesChanged);
    source.appendRow(message(QStringLiteral("another TIMEOUT")));
    source.insertRow(0, message(QStringLiteral("no")));
    source.insertRow(0, message(QStringLiteral("timeouts again")));
    QCOMPARE(filter.matchCount(), 3);
    QCOMPARE(bodies(filter),
             (QStringList {"timeouts again", "timeout on lambda", "another TIMEOUT"}));

    source.item(2)->setData(QStringLiteral("now without"), CommunicationModel::BodyRole);
    source.item(3)->setData(QStringLiteral("now with timeout"), CommunicationModel::BodyRole);
    QCOMPARE(bodies(filter),
             (QStringList {"timeouts again", "now with timeout", "another TIMEOUT"}));
    source.removeRows(0, 2);
    QCOMPARE(bodies(filter), (QStringList {"now with timeout", "another TIMEOUT"}));

    // Listeners hear of a burst of changes once.
    QTRY_COMPARE(matchesChanged.size(), 1);
}

void tst_CommunicationFilterModel::keepsLoadingUntilMatchesAppear()
{
    // A term first written on the second page of the long thread.
    const QString term = QStringLiteral("fra-dx-a");
    const int firstRow = firstRowContaining(DemoSandbox::longCaseId, term);
    QVERIFY2(firstRow >= SupportClient::maxPageSize && firstRow < 2 * SupportClient::maxPageSize,
             qPrintable(QString::number(firstRow)));

    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    CommunicationModel messages(&client);
    messages.setCase(DemoSandbox::longCaseId);
    Filter filter;
    filter.setSourceModel(&messages);
    filter.setMinimumMatches(1);
    QSignalSpy progress(&filter, &Filter::searchProgress);

    filter.setSearchText(term);
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && !progress.last().at(1).toBool(), timeout);
    QCOMPARE(messages.rowCount(), 2 * SupportClient::maxPageSize);
    QVERIFY(filter.matchCount() >= 1);
    QCOMPARE(progress.last().at(0).toInt(), 2 * SupportClient::maxPageSize);
    QVERIFY(progress.first().at(1).toBool());
    QVERIFY(!filter.isSearching());
    QVERIFY(messages.canFetchMore({}));

    // Nothing more is asked for while the matches suffice.
    QTest::qWait(200);
    QVERIFY(!messages.isLoading());
    QCOMPARE(messages.rowCount(), 2 * SupportClient::maxPageSize);
}

void tst_CommunicationFilterModel::keepsLoadingUntilPagesRunOut()
{
    const int total = DemoSandbox::communicationCount(DemoSandbox::longCaseId);
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    CommunicationModel messages(&client);
    messages.setCase(DemoSandbox::longCaseId);
    Filter filter;
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&messages);
    QSignalSpy progress(&filter, &Filter::searchProgress);

    filter.setSearchText(QStringLiteral("no message says xyzzy"));
    QTRY_VERIFY_WITH_TIMEOUT(messages.isComplete(), timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!filter.isSearching(), timeout);
    QCOMPARE(messages.rowCount(), total);
    QCOMPARE(filter.rowCount(), 0);
    QCOMPARE(filter.matchCount(), 0);

    // One report per page at most, rows only growing, and a final one that says it is over.
    QVERIFY(progress.size() >= 2);
    QVERIFY(progress.size() <= total / SupportClient::maxPageSize + 3);
    int rows = -1;
    for (const QList<QVariant> &report : std::as_const(progress)) {
        QVERIFY(report.at(0).toInt() >= rows);
        rows = report.at(0).toInt();
    }
    QCOMPARE(progress.last().at(0).toInt(), total);
    QCOMPARE(progress.last().at(1).toBool(), false);
}

void tst_CommunicationFilterModel::attachmentFilterKeepsLoading()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    CommunicationModel messages(&client);
    messages.setCase(DemoSandbox::longCaseId);
    Filter filter;
    filter.setSourceModel(&messages);
    filter.setMinimumMatches(3);
    filter.setAttachmentsOnly(true);

    QTRY_VERIFY_WITH_TIMEOUT(filter.rowCount() >= 3 && !filter.isSearching(), timeout);
    for (int row = 0; row < filter.rowCount(); ++row)
        QVERIFY(!filter.index(row, 0).data(CommunicationModel::AttachmentsRole).toList().isEmpty());
    QTest::qWait(200);
    QVERIFY(!messages.isLoading());
    QVERIFY(filter.rowCount() < messages.rowCount());
}

void tst_CommunicationFilterModel::stopsLoadingWhenFilterIsCleared()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    CommunicationModel messages(&client);
    messages.setCase(DemoSandbox::longCaseId);
    Filter filter;
    filter.setSourceModel(&messages);
    QSignalSpy progress(&filter, &Filter::searchProgress);

    filter.setSearchText(QStringLiteral("no message says xyzzy"));
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toBool(), timeout);
    filter.setSearchText({});
    QTRY_VERIFY_WITH_TIMEOUT(!progress.last().at(1).toBool(), timeout);
    QVERIFY(!filter.isSearching());

    // The page already on its way may arrive; none is asked for after it.
    QTRY_VERIFY_WITH_TIMEOUT(!messages.isLoading(), timeout);
    const int rows = messages.rowCount();
    QTest::qWait(300);
    QCOMPARE(messages.rowCount(), rows);
    QVERIFY(rows < DemoSandbox::communicationCount(DemoSandbox::longCaseId));
    QVERIFY(messages.canFetchMore({}));
}

void tst_CommunicationFilterModel::stopsLoadingOnFailure()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    CommunicationModel messages(&client);
    messages.setCase(QStringLiteral("case-000000000000-muen-2020-0000000000000000"));
    Filter filter;
    filter.setSourceModel(&messages);
    QSignalSpy progress(&filter, &Filter::searchProgress);
    QSignalSpy failed(&messages, &CommunicationModel::loadFailed);

    filter.setSearchText(QStringLiteral("anything"));
    QVERIFY(failed.wait(timeout));
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && !progress.last().at(1).toBool(), timeout);
    QTest::qWait(300);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!messages.isLoading());
    QVERIFY(!filter.isSearching());
}

void tst_CommunicationFilterModel::pagesFromAPlainSource()
{
    PagedModel source;
    source.pages = {{message(QStringLiteral("p1 a")), message(QStringLiteral("p1 b"))},
                    {message(QStringLiteral("p2 a")), message(QStringLiteral("p2 needle"))},
                    {message(QStringLiteral("p3 needle"))}};
    Filter filter;
    filter.setSourceModel(&source);
    filter.setMinimumMatches(1);
    QSignalSpy progress(&filter, &Filter::searchProgress);

    filter.setSearchText(QStringLiteral("needle"));
    QTRY_VERIFY(!progress.isEmpty() && !progress.last().at(1).toBool());
    QCOMPARE(source.rowCount(), 4);
    QCOMPARE(bodies(filter), QStringList {"p2 needle"});
    QCOMPARE(source.fetches, 2);

    filter.setMinimumMatches(5);
    QTRY_COMPARE(source.rowCount(), 5);
    QTRY_VERIFY(!filter.isSearching());
    QCOMPARE(filter.matchCount(), 2);
}

void tst_CommunicationFilterModel::neverLoopsOnASourceThatDeliversNothing()
{
    PagedModel source;
    source.pages = {{message(QStringLiteral("never delivered"))}};
    source.delivers = false;
    Filter filter;
    filter.setSourceModel(&source);
    QSignalSpy progress(&filter, &Filter::searchProgress);

    filter.setSide(Filter::Side::FromCustomer);
    QTRY_VERIFY(!progress.isEmpty() && !progress.last().at(1).toBool());
    const int fetches = source.fetches;
    QVERIFY(fetches >= 1 && fetches <= 5);
    QTest::qWait(100);
    QCOMPARE(source.fetches, fetches);
}

QTEST_MAIN(tst_CommunicationFilterModel)
#include "tst_communicationfiltermodel.moc"
