#include "DemoSandbox.h"

#include "CommunicationModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The thread model paging through the sandbox: rows arrive by insertion, one page at a time.
class tst_CommunicationModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void fetchMoreAppendsOnePageAtATime();
    void repeatedFetchMoreSendsOneRequest();
    void fetchAllLoadsEveryPage();
    void timeRangeNarrowsTheThread();
    void setCaseResetsAndDropsStaleReplies();
    void reportsFailureAndRetries();
    void exposesRoles();
    void fixedListIsCompleteAndAsksNothing();

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<SupportClient> m_client;
    std::unique_ptr<CommunicationModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_CommunicationModel::initTestCase()
{
    m_sandbox = DemoSandbox::start();
    QVERIFY(m_sandbox);
}

void tst_CommunicationModel::init()
{
    m_tester.reset();
    m_model.reset();
    m_client = std::make_unique<SupportClient>();
    DemoSandbox::configure(m_client.get(), *m_sandbox);
    m_model = std::make_unique<CommunicationModel>(m_client.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_CommunicationModel::fetchMoreAppendsOnePageAtATime()
{
    m_model->setPageSize(50);
    m_model->setCase(DemoSandbox::longCaseId);
    QVERIFY(m_model->canFetchMore({}));
    QCOMPARE(m_model->rowCount(), 0);

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy loaded(m_model.get(), &CommunicationModel::pageLoaded);

    m_model->fetchMore({});
    QVERIFY(m_model->isLoading());
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_model->rowCount(), 50);

    m_model->fetchMore({});
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_model->rowCount(), 100);

    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 50);
    QCOMPARE(inserted.at(1).at(2).toInt(), 99);
    QCOMPARE(reset.size(), 0);
    QVERIFY(m_model->canFetchMore({}));
    QVERIFY(!m_model->canFetchMore(m_model->index(0)));
}

void tst_CommunicationModel::repeatedFetchMoreSendsOneRequest()
{
    // The model tester asks for more on every insertion, which would add requests of its own.
    m_tester.reset();
    m_model->setCase(DemoSandbox::longCaseId);
    QSignalSpy served(m_sandbox.get(), &SandboxServer::requestServed);
    QSignalSpy loaded(m_model.get(), &CommunicationModel::pageLoaded);

    // A view scrolled quickly asks many times while the first page is on its way.
    for (int i = 0; i < 20; ++i)
        m_model->fetchMore({});
    QVERIFY(loaded.wait(10000));
    QTest::qWait(100);

    QCOMPARE(served.size(), 1);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(m_model->rowCount(), 100);
}

void tst_CommunicationModel::fetchAllLoadsEveryPage()
{
    const int expected = DemoSandbox::communicationCount(DemoSandbox::longCaseId);
    m_model->setCase(DemoSandbox::longCaseId);
    QSignalSpy completed(m_model.get(), &CommunicationModel::loadCompleted);

    m_model->fetchAll();
    QVERIFY(completed.wait(20000));

    QCOMPARE(m_model->rowCount(), expected);
    QVERIFY(m_model->isComplete());
    QVERIFY(!m_model->canFetchMore({}));
    QVERIFY(!m_model->isLoading());

    // A complete thread has nothing to retry: no page comes twice.
    m_model->retry();
    QVERIFY(!m_model->isLoading());
    QCOMPARE(m_model->rowCount(), expected);
    for (int row = 1; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->communication(row - 1).timeCreated
                >= m_model->communication(row).timeCreated);
}

void tst_CommunicationModel::timeRangeNarrowsTheThread()
{
    m_model->setCase(DemoSandbox::longCaseId);
    QSignalSpy completed(m_model.get(), &CommunicationModel::loadCompleted);
    m_model->fetchAll();
    QVERIFY(completed.wait(20000));
    const QList<Communication> all = m_model->communications();

    // Rows are newest first: from the tenth oldest message up to, not including, the 40th.
    const QDateTime after = all.at(all.size() - 10).timeCreated;
    const QDateTime before = all.at(all.size() - 40).timeCreated;
    m_model->setCase(DemoSandbox::longCaseId, after, before);
    m_model->fetchAll();
    QVERIFY(completed.wait(20000));

    QCOMPARE(m_model->rowCount(), 30);
    for (const Communication &c : m_model->communications()) {
        QVERIFY(c.timeCreated >= after);
        QVERIFY(c.timeCreated < before);
    }
}

void tst_CommunicationModel::setCaseResetsAndDropsStaleReplies()
{
    const QList<QJsonObject> files = DemoSandbox::caseFiles();
    QString shortCaseId;
    for (const QJsonObject &file : files) {
        const QString id = file.value(QLatin1String("case")).toObject()
                               .value(QLatin1String("caseId")).toString();
        if (id != DemoSandbox::longCaseId)
            shortCaseId = id;
    }
    QVERIFY(!shortCaseId.isEmpty());

    m_model->setCase(DemoSandbox::longCaseId);
    m_model->fetchMore({});
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setCase(shortCaseId);  // the long case's page is still on its way
    QCOMPARE(reset.size(), 1);

    QSignalSpy completed(m_model.get(), &CommunicationModel::loadCompleted);
    m_model->fetchAll();
    QVERIFY(completed.wait(10000));
    QTest::qWait(100);

    QCOMPARE(m_model->rowCount(), DemoSandbox::communicationCount(shortCaseId));
    for (const Communication &c : m_model->communications())
        QCOMPARE(c.caseId, shortCaseId);
}

void tst_CommunicationModel::reportsFailureAndRetries()
{
    m_model->setCase(QStringLiteral("case-000000000000-muen-2020-0000000000000000"));
    QSignalSpy failed(m_model.get(), &CommunicationModel::loadFailed);

    m_model->fetchMore({});
    QVERIFY(failed.wait(10000));
    QCOMPARE(m_model->lastError().code(), QStringLiteral("CaseIdNotFound"));
    QVERIFY(!m_model->canFetchMore({}));
    QVERIFY(!m_model->isLoading());
    QCOMPARE(m_model->rowCount(), 0);

    m_model->retry();
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.size(), 2);
}

void tst_CommunicationModel::exposesRoles()
{
    m_model->setCase(DemoSandbox::longCaseId);
    QSignalSpy loaded(m_model.get(), &CommunicationModel::pageLoaded);
    m_model->fetchMore({});
    QVERIFY(loaded.wait(10000));

    const QModelIndex first = m_model->index(0);
    const Communication &c = m_model->communication(0);
    QCOMPARE(first.data(CommunicationModel::BodyRole).toString(), c.body);
    QCOMPARE(first.data(CommunicationModel::SubmittedByRole).toString(), c.submittedBy);
    QCOMPARE(first.data(CommunicationModel::TimeCreatedRole).toDateTime(), c.timeCreated);
    QCOMPARE(first.data(CommunicationModel::FromAwsRole).toBool(), c.isFromAws());
    QCOMPARE(first.data(CommunicationModel::CaseIdRole).toString(), DemoSandbox::longCaseId);
    QCOMPARE(first.data(CommunicationModel::AttachmentsRole).toList().size(),
             c.attachments.size());
    QVERIFY(m_model->roleNames().contains(CommunicationModel::FromAwsRole));

    // Screen readers hear who wrote, when, and what.
    const QString spoken = first.data(Qt::AccessibleTextRole).toString();
    QVERIFY(spoken.startsWith(QLatin1String("From ") + c.submittedBy));
    QVERIFY(spoken.endsWith(c.body));

    bool sawAws = false;
    bool sawCustomer = false;
    for (const Communication &row : m_model->communications()) {
        sawAws |= row.isFromAws();
        sawCustomer |= !row.isFromAws();
    }
    QVERIFY(sawAws && sawCustomer);
}

void tst_CommunicationModel::fixedListIsCompleteAndAsksNothing()
{
    // A thread read from a file: the rows replace a half-loaded listing in one reset, the
    // model reports itself complete, and no request reaches the service afterwards.
    m_model->setCase(DemoSandbox::longCaseId);
    QSignalSpy loaded(m_model.get(), &CommunicationModel::pageLoaded);
    m_model->fetchMore({});
    QVERIFY(loaded.wait(10000));
    QVERIFY(m_model->canFetchMore({}));

    QList<Communication> rows(3);
    for (int i = 0; i < rows.size(); ++i) {
        rows[i].caseId = QStringLiteral("case-from-file");
        rows[i].body = QStringLiteral("message %1").arg(i);
        rows[i].timeCreated = QDateTime(QDate(2026, 1, 3 - i), QTime(12, 0), Qt::UTC);
    }
    QSignalSpy served(m_sandbox.get(), &SandboxServer::requestServed);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy completed(m_model.get(), &CommunicationModel::loadCompleted);

    m_model->setCommunications(QStringLiteral("case-from-file"), rows);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(completed.size(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->caseId(), QStringLiteral("case-from-file"));
    QCOMPARE(m_model->index(1).data(CommunicationModel::BodyRole).toString(),
             QStringLiteral("message 1"));
    QVERIFY(m_model->isComplete());
    QVERIFY(!m_model->isLoading());
    QVERIFY(!m_model->canFetchMore({}));

    m_model->fetchMore({});
    m_model->fetchAll();
    m_model->retry();
    QTest::qWait(200);
    QCOMPARE(served.size(), 0);
    QCOMPARE(m_model->rowCount(), 3);

    // An empty thread is as complete, and setCase() goes back to the service.
    m_model->setCommunications(QStringLiteral("case-from-file"), {});
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
    m_model->setCase(DemoSandbox::longCaseId);
    QVERIFY(m_model->canFetchMore({}));
}

QTEST_GUILESS_MAIN(tst_CommunicationModel)
#include "tst_communicationmodel.moc"
