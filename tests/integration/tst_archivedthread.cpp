#include "DemoDatasetFolder.h"

#include "ArchiveStore.h"
#include "ArchiveSync.h"
#include "CommunicationModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString account = QStringLiteral("demo");
const QString &longCase = DemoSandbox::longCaseId;
constexpr int heldBack = 7;
constexpr int timeout = 20000;

} // namespace

// CommunicationModel with an archive: a case opens with what the archive holds, asks the
// service only for what is newer, merges it in order and archives it; offline it keeps what
// it showed.
class tst_ArchivedThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensWithArchivedRowsAtOnce();
    void mergesNewerMessagesInOrder();
    void refetchesAnIncompleteThreadWithoutDuplicates();
    void archivesPagesAsTheyArrive();
    void keepsArchivedRowsOffline();
    void narrowsArchivedRowsToTheDateRange();

private:
    void syncArchive();
    QList<Communication> serviceThread();
    std::unique_ptr<CommunicationModel> newModel();

    QTemporaryDir m_dir;
    QString m_partial;
    QString m_full;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<SupportClient> m_client;
    std::unique_ptr<ArchiveStore> m_store;
    int m_threadRequests = 0;
};

void tst_ArchivedThread::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_partial = m_dir.filePath(QStringLiteral("partial"));
    m_full = m_dir.filePath(QStringLiteral("full"));
    QVERIFY(DemoDatasetFolder::write(m_partial, heldBack));
    QVERIFY(DemoDatasetFolder::write(m_full, 0));
}

void tst_ArchivedThread::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->loadDataset(m_full));
    QVERIFY(m_sandbox->listen(0));
    m_threadRequests = 0;
    connect(m_sandbox.get(), &SandboxServer::requestServed, this, [this](const QString &op) {
        if (op == QLatin1String("DescribeCommunications"))
            ++m_threadRequests;
    });
    m_client = std::make_unique<SupportClient>();
    DemoSandbox::configure(m_client.get(), *m_sandbox);
    m_store = std::make_unique<ArchiveStore>();
    QVERIFY(m_store->open(
        m_dir.filePath(QStringLiteral("%1.sqlite")).arg(QTest::currentTestFunction())));
}

void tst_ArchivedThread::cleanup()
{
    m_store.reset();
    m_client.reset();
    m_sandbox.reset();
}

void tst_ArchivedThread::syncArchive()
{
    ArchiveSync sync(m_client.get(), m_store.get(), account);
    QSignalSpy finished(&sync, &ArchiveSync::finished);
    sync.start();
    QVERIFY(finished.wait(timeout));
    QCOMPARE(int(sync.summary().outcome), int(ArchiveSyncSummary::Outcome::Completed));
    m_threadRequests = 0;
}

QList<Communication> tst_ArchivedThread::serviceThread()
{
    CommunicationModel plain(m_client.get());
    plain.setCase(longCase);
    QSignalSpy completed(&plain, &CommunicationModel::loadCompleted);
    plain.fetchAll();
    if (!completed.wait(timeout))
        return {};
    return plain.communications();
}

std::unique_ptr<CommunicationModel> tst_ArchivedThread::newModel()
{
    auto model = std::make_unique<CommunicationModel>(m_client.get());
    new QAbstractItemModelTester(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, model.get());
    model->setArchive(m_store.get(), account);
    return model;
}

void tst_ArchivedThread::opensWithArchivedRowsAtOnce()
{
    syncArchive();
    const QList<Communication> archived = m_store->communications(account, longCase);

    auto model = newModel();
    QSignalSpy completed(model.get(), &CommunicationModel::loadCompleted);
    model->setCase(longCase);
    QCOMPARE(model->rowCount(), archived.size());
    QCOMPARE(model->archivedRowCount(), archived.size());
    QVERIFY(model->archiveLastSynced().isValid());
    QCOMPARE(model->communications(), archived);

    // One request from the newest archived message on, which brings only that message back.
    QVERIFY(completed.wait(timeout));
    QCOMPARE(m_threadRequests, 1);
    QCOMPARE(model->communications(), archived);
}

void tst_ArchivedThread::mergesNewerMessagesInOrder()
{
    QVERIFY(m_sandbox->loadDataset(m_partial));
    syncArchive();
    QVERIFY(m_sandbox->loadDataset(m_full));
    const QList<Communication> expected = serviceThread();
    QCOMPARE(expected.size(), DemoSandbox::communicationCount(longCase));
    m_threadRequests = 0;

    auto model = newModel();
    QSignalSpy completed(model.get(), &CommunicationModel::loadCompleted);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    model->setCase(longCase);
    QCOMPARE(model->rowCount(), expected.size() - heldBack);
    QVERIFY(completed.wait(timeout));

    QCOMPARE(m_threadRequests, 1);
    QCOMPARE(inserted.size(), heldBack);
    QCOMPARE(model->communications(), expected);
    QCOMPARE(m_store->communications(account, longCase), expected);
    QVERIFY(m_store->caseState(account, longCase).syncComplete);
}

void tst_ArchivedThread::refetchesAnIncompleteThreadWithoutDuplicates()
{
    const QList<Communication> expected = serviceThread();
    QVERIFY(m_store->storeCommunications(account, longCase, expected.mid(0, 100)));
    QVERIFY(!m_store->caseState(account, longCase).syncComplete);
    m_threadRequests = 0;

    auto model = newModel();
    QSignalSpy completed(model.get(), &CommunicationModel::loadCompleted);
    model->setCase(longCase);
    QCOMPARE(model->rowCount(), 100);
    QVERIFY(completed.wait(timeout));

    // Nothing vouched for the older messages: the whole thread was asked for and merged.
    QCOMPARE(m_threadRequests, (expected.size() + 99) / 100);
    QCOMPARE(model->communications(), expected);
    QVERIFY(m_store->caseState(account, longCase).syncComplete);
    QCOMPARE(m_store->communications(account, longCase), expected);
}

void tst_ArchivedThread::archivesPagesAsTheyArrive()
{
    auto model = newModel();
    QSignalSpy pages(model.get(), &CommunicationModel::pageLoaded);
    model->setCase(longCase);
    QCOMPARE(model->rowCount(), 0);
    model->fetchMore({});
    QVERIFY(pages.wait(timeout));

    QCOMPARE(model->rowCount(), 100);
    QCOMPARE(m_store->communications(account, longCase), model->communications());
    QVERIFY(!m_store->caseState(account, longCase).syncComplete);
}

void tst_ArchivedThread::keepsArchivedRowsOffline()
{
    syncArchive();
    const QList<Communication> archived = m_store->communications(account, longCase);
    m_sandbox.reset(); // nothing listens on the port any more
    m_client->setMaxAttempts(1);

    auto model = newModel();
    QSignalSpy failed(model.get(), &CommunicationModel::loadFailed);
    model->setCase(longCase);
    QVERIFY(failed.wait(timeout));

    const SupportError error = failed.first().at(0).value<SupportError>();
    QCOMPARE(error.kind(), SupportError::Kind::Network);
    QCOMPARE(model->communications(), archived);
    QVERIFY(model->archiveLastSynced().isValid());
}

void tst_ArchivedThread::narrowsArchivedRowsToTheDateRange()
{
    syncArchive();
    const QList<Communication> archived = m_store->communications(account, longCase);
    const QDateTime after = archived.at(200).timeCreated;
    const QDateTime before = archived.at(50).timeCreated;

    auto model = newModel();
    QSignalSpy completed(model.get(), &CommunicationModel::loadCompleted);
    model->setCase(longCase, after, before);
    for (const Communication &row : model->communications())
        QVERIFY(row.timeCreated >= after && row.timeCreated < before);
    const int shown = model->rowCount();
    QVERIFY(shown >= 150);
    QVERIFY(completed.wait(timeout));
    QCOMPARE(model->rowCount(), shown);
}

QTEST_GUILESS_MAIN(tst_ArchivedThread)
#include "tst_archivedthread.moc"
