#include "CaseFilterModel.h"
#include "CaseListModel.h"
#include "SupportCase.h"

#include <QAbstractItemModelTester>
#include <QAbstractListModel>
#include <QSignalSpy>
#include <QTest>

namespace {

/// Cases behind CaseListModel's roles, without a service.
class FakeCases : public QAbstractListModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_cases.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const SupportCase &c = m_cases.at(index.row());
        switch (role) {
        case CaseListModel::CaseIdRole:
            return c.caseId;
        case CaseListModel::DisplayIdRole:
            return c.displayId;
        case Qt::DisplayRole:
        case CaseListModel::SubjectRole:
            return c.subject;
        case CaseListModel::ServiceCodeRole:
            return c.serviceCode;
        case CaseListModel::TimeCreatedRole:
            return c.timeCreated;
        case CaseListModel::ResolvedRole:
            return c.isResolved();
        }
        return {};
    }

    void append(const SupportCase &supportCase)
    {
        beginInsertRows({}, rowCount(), rowCount());
        m_cases.append(supportCase);
        endInsertRows();
    }

    void reset(const QList<SupportCase> &cases)
    {
        beginResetModel();
        m_cases = cases;
        endResetModel();
    }

private:
    QList<SupportCase> m_cases;
};

SupportCase makeCase(const char *id, const char *displayId, const char *subject,
                     const char *service, const char *status, const char *created)
{
    SupportCase c;
    c.caseId = QString::fromLatin1(id);
    c.displayId = QString::fromLatin1(displayId);
    c.subject = QString::fromUtf8(subject);
    c.serviceCode = QString::fromLatin1(service);
    c.status = QString::fromLatin1(status);
    c.timeCreated = QDateTime::fromString(QString::fromLatin1(created), Qt::ISODate).toUTC();
    return c;
}

// Creation times chosen around Berlin's local midnights: 2026-10-31T23:30Z is already
// 1 November in Berlin (CET), but still 31 October in UTC.
QList<SupportCase> sampleCases()
{
    return {
        makeCase("case-a", "1001", "Kafka brokers unreachable",
                 "amazon-elastic-compute-cloud-linux", "opened", "2026-10-31T23:30:00Z"),
        makeCase("case-b", "1002", "AccessDenied on GetObject", "amazon-simple-storage-service",
                 "resolved", "2026-11-15T10:00:00Z"),
        makeCase("case-c", "1003", "NAT Gateway charges", "billing", "pending-customer-action",
                 "2026-11-30T22:59:59Z"),
        makeCase("case-d", "2004", "RDS のメンテナンス", "amazon-relational-database-service",
                 "resolved", "2026-11-30T23:00:00Z"),
        makeCase("case-e", "2005", "Lambda in VPC times out", "aws-lambda", "reopened",
                 "2026-03-29T01:30:00Z"),
    };
}

QStringList shownIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(CaseListModel::CaseIdRole).toString();
    return ids;
}

} // namespace

// The case list's local filters: status, creation days and text, alone and together.
class tst_CaseFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filters_data();
    void filters();
    void followsSourceChanges();
    void reportsFilterChanges();
    void needsResolved_data();
    void needsResolved();
    void findsCaseByIdOnlyWhenShown();
};

void tst_CaseFilterModel::filters_data()
{
    QTest::addColumn<CaseFilterModel::Status>("status");
    QTest::addColumn<DateRange>("created");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    using S = CaseFilterModel::Status;
    const DateRange november = DateRange::custom(QDate(2026, 11, 1), QDate(2026, 11, 30));
    const QStringList all {"case-a", "case-b", "case-c", "case-d", "case-e"};

    QTest::newRow("all") << S::All << DateRange() << QString() << all;
    QTest::newRow("open") << S::Open << DateRange() << QString()
                          << QStringList {"case-a", "case-c", "case-e"};
    QTest::newRow("resolved") << S::Resolved << DateRange() << QString()
                              << QStringList {"case-b", "case-d"};
    QTest::newRow("november in Berlin")
        << S::All << november << QString() << QStringList {"case-a", "case-b", "case-c"};
    QTest::newRow("open in november")
        << S::Open << november << QString() << QStringList {"case-a", "case-c"};
    QTest::newRow("resolved in november")
        << S::Resolved << november << QString() << QStringList {"case-b"};
    QTest::newRow("spring forward day")
        << S::All << DateRange::custom(QDate(2026, 3, 29), QDate(2026, 3, 29)) << QString()
        << QStringList {"case-e"};
    QTest::newRow("since december") << S::All << DateRange::custom(QDate(2026, 12, 1), {})
                                    << QString() << QStringList {"case-d"};
    QTest::newRow("subject, any case")
        << S::All << DateRange() << QStringLiteral("kafka") << QStringList {"case-a"};
    QTest::newRow("display id") << S::All << DateRange() << QStringLiteral("100")
                                << QStringList {"case-a", "case-b", "case-c"};
    QTest::newRow("case id") << S::All << DateRange() << QStringLiteral("CASE-D")
                             << QStringList {"case-d"};
    QTest::newRow("service code") << S::All << DateRange() << QStringLiteral("billing")
                                  << QStringList {"case-c"};
    QTest::newRow("non-latin subject")
        << S::All << DateRange() << QStringLiteral("メンテナンス") << QStringList {"case-d"};
    QTest::newRow("every word must match")
        << S::All << DateRange() << QStringLiteral("  lambda   VPC ") << QStringList {"case-e"};
    QTest::newRow("words across fields")
        << S::All << DateRange() << QStringLiteral("storage denied") << QStringList {"case-b"};
    QTest::newRow("no match") << S::All << DateRange() << QStringLiteral("kafka billing")
                              << QStringList();
    QTest::newRow("all three") << S::Open << november << QStringLiteral("gateway")
                               << QStringList {"case-c"};
    QTest::newRow("text hidden by status")
        << S::Resolved << DateRange() << QStringLiteral("kafka") << QStringList();
}

void tst_CaseFilterModel::filters()
{
    QFETCH(CaseFilterModel::Status, status);
    QFETCH(DateRange, created);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);

    FakeCases cases;
    cases.reset(sampleCases());
    CaseFilterModel filter;
    filter.setTimeZone(QTimeZone("Europe/Berlin"));
    filter.setSourceModel(&cases);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    filter.setStatus(status);
    filter.setCreatedRange(created);
    filter.setText(text);
    QCOMPARE(shownIds(filter), expected);

    // Taking the filters off again shows everything.
    filter.setText({});
    filter.setCreatedRange({});
    filter.setStatus(CaseFilterModel::Status::All);
    QCOMPARE(filter.rowCount(), cases.rowCount());
}

void tst_CaseFilterModel::followsSourceChanges()
{
    FakeCases cases;
    CaseFilterModel filter;
    filter.setTimeZone(QTimeZone("Europe/Berlin"));
    filter.setSourceModel(&cases);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setStatus(CaseFilterModel::Status::Open);
    filter.setText(QStringLiteral("a"));

    // Pages arriving one case at a time are filtered as they come.
    for (const SupportCase &c : sampleCases())
        cases.append(c);
    QCOMPARE(shownIds(filter), (QStringList {"case-a", "case-c", "case-e"}));

    cases.reset(sampleCases().mid(1, 2));
    QCOMPARE(shownIds(filter), QStringList {"case-c"});
    cases.reset({});
    QCOMPARE(filter.rowCount(), 0);
}

void tst_CaseFilterModel::reportsFilterChanges()
{
    FakeCases cases;
    cases.reset(sampleCases());
    CaseFilterModel filter;
    filter.setSourceModel(&cases);
    QSignalSpy changed(&filter, &CaseFilterModel::filterChanged);
    QVERIFY(!filter.isFiltering());

    filter.setText(QStringLiteral("kafka"));
    filter.setText(QStringLiteral(" kafka "));
    QCOMPARE(changed.size(), 1);
    QVERIFY(filter.isFiltering());
    filter.setText({});
    QVERIFY(!filter.isFiltering());

    filter.setCreatedRange(DateRange::fromPreset(DateRange::Preset::Last7Days, QDate(2026, 12, 4)));
    QVERIFY(filter.isFiltering());
    filter.setCreatedRange({});

    filter.setStatus(CaseFilterModel::Status::All);
    QVERIFY(!filter.isFiltering());
    filter.setStatus(CaseFilterModel::Status::Resolved);
    QVERIFY(filter.isFiltering());
    QCOMPARE(changed.size(), 6);
}

void tst_CaseFilterModel::needsResolved_data()
{
    QTest::addColumn<CaseFilterModel::Status>("status");
    QTest::addColumn<bool>("needed");

    QTest::newRow("open") << CaseFilterModel::Status::Open << false;
    QTest::newRow("resolved") << CaseFilterModel::Status::Resolved << true;
    QTest::newRow("all") << CaseFilterModel::Status::All << true;
}

void tst_CaseFilterModel::needsResolved()
{
    QFETCH(CaseFilterModel::Status, status);
    QFETCH(bool, needed);

    QCOMPARE(CaseFilterModel::needsResolved(status), needed);
}

void tst_CaseFilterModel::findsCaseByIdOnlyWhenShown()
{
    FakeCases cases;
    cases.reset(sampleCases());
    CaseFilterModel filter;
    filter.setSourceModel(&cases);

    QCOMPARE(filter.indexOfCase(QStringLiteral("case-c")).row(), 1);
    QVERIFY(!filter.indexOfCase(QStringLiteral("case-b")).isValid());
    QVERIFY(!filter.indexOfCase(QStringLiteral("case-z")).isValid());
}

QTEST_GUILESS_MAIN(tst_CaseFilterModel)
#include "tst_casefiltermodel.moc"
