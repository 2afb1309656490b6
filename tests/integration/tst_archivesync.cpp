#include "DemoDatasetFolder.h"

#include "ArchiveStore.h"
#include "ArchiveSync.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using DemoDatasetFolder::caseIdOf;

namespace {

const QString account = QStringLiteral("demo");
constexpr int heldBack = 7; // the long case's newest messages, added between two syncs

QString statusOf(const QJsonObject &file)
{
    return file.value(QLatin1String("case")).toObject().value(QLatin1String("status")).toString();
}

} // namespace

// ArchiveSync against the sandbox over loopback: a first sync copies everything, a second
// asks each thread only for what is newer than the archive holds, an interrupted sync
// resumes, and nothing the service stops returning is deleted.
class tst_ArchiveSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fullSync();
    void incrementalSyncAsksOnlyForNewer();
    void resumesAnInterruptedThread();
    void keepsCasesTheServiceForgot();
    void readsOfflineAfterSync();
    void skipsACaseForgottenMidSync();
    void reportsAFailedSync();

private:
    bool runSync(ArchiveSync *sync);
    bool load(const QString &directory);

    QTemporaryDir m_dir;
    QString m_partial; ///< the demo without the long case's newest messages
    QString m_full; ///< the demo as shipped
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<SupportClient> m_client;
    std::unique_ptr<ArchiveStore> m_store;
    QList<CommunicationsQuery> m_requests;
    int m_totalMessages = 0;
};

void tst_ArchiveSync::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_partial = m_dir.filePath(QStringLiteral("partial"));
    m_full = m_dir.filePath(QStringLiteral("full"));
    QVERIFY(DemoDatasetFolder::write(m_partial, heldBack));
    QVERIFY(DemoDatasetFolder::write(m_full, 0));
    for (const QJsonObject &file : DemoSandbox::caseFiles())
        m_totalMessages += int(file.value(QLatin1String("communications")).toArray().size());
    QVERIFY(DemoSandbox::communicationCount(DemoSandbox::longCaseId) > 100 + heldBack);
}

void tst_ArchiveSync::init()
{
    m_sandbox = std::make_unique<SandboxServer>();
    QVERIFY(m_sandbox->listen(0));
    m_client = std::make_unique<SupportClient>();
    DemoSandbox::configure(m_client.get(), *m_sandbox);
    m_store = std::make_unique<ArchiveStore>();
    QVERIFY(m_store->open(
        m_dir.filePath(QStringLiteral("archive-%1.sqlite")).arg(QTest::currentTestFunction())));
    m_requests.clear();
}

void tst_ArchiveSync::cleanup()
{
    m_store.reset();
    m_client.reset();
    m_sandbox.reset();
}

bool tst_ArchiveSync::load(const QString &directory)
{
    QString problem;
    const bool loaded = m_sandbox->loadDataset(directory, &problem);
    if (!loaded)
        qWarning("dataset not loaded: %s", qPrintable(problem));
    return loaded;
}

bool tst_ArchiveSync::runSync(ArchiveSync *sync)
{
    connect(sync, &ArchiveSync::communicationsRequested, this,
            [this](const CommunicationsQuery &query) { m_requests.append(query); });
    QSignalSpy finished(sync, &ArchiveSync::finished);
    sync->start();
    return finished.wait(60000) && finished.size() == 1 && !sync->isRunning();
}

void tst_ArchiveSync::fullSync()
{
    QVERIFY(load(m_partial));
    ArchiveSync sync(m_client.get(), m_store.get(), account);
    QSignalSpy progress(&sync, &ArchiveSync::progressChanged);
    QVERIFY(runSync(&sync));

    const ArchiveSyncSummary summary = sync.summary();
    const int caseCount = int(DemoSandbox::caseFiles().size());
    QCOMPARE(int(summary.outcome), int(ArchiveSyncSummary::Outcome::Completed));
    QCOMPARE(summary.casesListed, caseCount);
    QCOMPARE(summary.newCases, caseCount);
    QCOMPARE(summary.casesSynced, caseCount);
    QCOMPARE(summary.newMessages, m_totalMessages - heldBack);
    QCOMPARE(progress.size(), caseCount);
    QCOMPARE(progress.last().at(0).toInt(), caseCount);
    for (const CommunicationsQuery &query : std::as_const(m_requests))
        QVERIFY(!query.after.isValid());

    QCOMPARE(m_store->cases(account).size(), caseCount);
    for (const QJsonObject &file : DemoSandbox::caseFiles()) {
        const QString caseId = caseIdOf(file);
        const ArchivedCaseState state = m_store->caseState(account, caseId);
        QVERIFY(state.syncComplete);
        QCOMPARE(state.syncedThrough, m_store->newestMessageTime(account, caseId));
        const int expected = DemoSandbox::communicationCount(caseId)
            - (caseId == DemoSandbox::longCaseId ? heldBack : 0);
        QCOMPARE(state.messageCount, expected);
    }
}

void tst_ArchiveSync::incrementalSyncAsksOnlyForNewer()
{
    QVERIFY(load(m_partial));
    ArchiveSync first(m_client.get(), m_store.get(), account);
    QVERIFY(runSync(&first));
    const QDateTime newestBefore = m_store->newestMessageTime(account, DemoSandbox::longCaseId);
    const QList<Communication> before = m_store->communications(account, DemoSandbox::longCaseId);
    QHash<QString, QDateTime> newestArchived;
    for (const QJsonObject &file : DemoSandbox::caseFiles())
        newestArchived.insert(caseIdOf(file), m_store->newestMessageTime(account, caseIdOf(file)));

    m_requests.clear();
    QVERIFY(load(m_full));
    ArchiveSync second(m_client.get(), m_store.get(), account);
    QVERIFY(runSync(&second));

    const ArchiveSyncSummary summary = second.summary();
    QCOMPARE(int(summary.outcome), int(ArchiveSyncSummary::Outcome::Completed));
    QCOMPARE(summary.newCases, 0);
    QCOMPARE(summary.newMessages, heldBack);

    // Each open case is asked once, from its newest archived message on; resolved cases whose
    // threads are complete are not asked at all.
    int openCases = 0;
    for (const QJsonObject &file : DemoSandbox::caseFiles()) {
        if (statusOf(file) != QLatin1String("resolved"))
            ++openCases;
    }
    QCOMPARE(m_requests.size(), openCases);
    QCOMPARE(summary.casesSkipped, int(DemoSandbox::caseFiles().size()) - openCases);
    for (const CommunicationsQuery &query : std::as_const(m_requests)) {
        QVERIFY(query.nextToken.isEmpty());
        QVERIFY(query.after.isValid());
        QCOMPARE(query.after, newestArchived.value(query.caseId));
    }
    const auto longRequest = std::find_if(m_requests.cbegin(), m_requests.cend(), [](auto &q) {
        return q.caseId == DemoSandbox::longCaseId;
    });
    QVERIFY(longRequest != m_requests.cend());
    QCOMPARE(longRequest->after, newestBefore);

    const QList<Communication> after = m_store->communications(account, DemoSandbox::longCaseId);
    QCOMPARE(after.size(), before.size() + heldBack);
    QCOMPARE(after.mid(heldBack), before);
    QVERIFY(after.at(heldBack - 1).timeCreated > newestBefore);
}

void tst_ArchiveSync::resumesAnInterruptedThread()
{
    QVERIFY(load(m_full));
    ArchiveSync interrupted(m_client.get(), m_store.get(), account);
    connect(&interrupted, &ArchiveSync::communicationsRequested, this,
            [&](const CommunicationsQuery &query) {
                // Stop as the long thread's second page is asked for: its first is stored.
                if (query.caseId == DemoSandbox::longCaseId && !query.nextToken.isEmpty())
                    interrupted.cancel();
            });
    QVERIFY(runSync(&interrupted));
    QCOMPARE(int(interrupted.summary().outcome), int(ArchiveSyncSummary::Outcome::Cancelled));

    ArchivedCaseState state = m_store->caseState(account, DemoSandbox::longCaseId);
    QVERIFY(!state.syncComplete);
    QCOMPARE(state.messageCount, SupportClient::maxPageSize);

    m_requests.clear();
    ArchiveSync resumed(m_client.get(), m_store.get(), account);
    QVERIFY(runSync(&resumed));
    QCOMPARE(int(resumed.summary().outcome), int(ArchiveSyncSummary::Outcome::Completed));
    state = m_store->caseState(account, DemoSandbox::longCaseId);
    QVERIFY(state.syncComplete);
    QCOMPARE(state.messageCount, DemoSandbox::communicationCount(DemoSandbox::longCaseId));
    for (const CommunicationsQuery &query : std::as_const(m_requests)) {
        if (query.caseId == DemoSandbox::longCaseId)
            QVERIFY(!query.after.isValid()); // it never completed: nothing vouches for older
    }
}

void tst_ArchiveSync::keepsCasesTheServiceForgot()
{
    QVERIFY(load(m_full));
    ArchiveSync first(m_client.get(), m_store.get(), account);
    QVERIFY(runSync(&first));
    const QList<SupportCase> archived = m_store->cases(account);

    // A dataset without the long case, as the service looks once it has forgotten it.
    QTemporaryDir shrunk;
    QVERIFY(DemoDatasetFolder::write(shrunk.path(), 0));
    for (const QString &name :
         QDir(shrunk.filePath(QStringLiteral("cases"))).entryList(QDir::Files)) {
        QFile file(shrunk.filePath(QStringLiteral("cases/") + name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        if (caseIdOf(QJsonDocument::fromJson(file.readAll()).object()) == DemoSandbox::longCaseId)
            QVERIFY(file.remove());
    }
    QVERIFY(load(shrunk.path()));

    ArchiveSync second(m_client.get(), m_store.get(), account);
    QVERIFY(runSync(&second));
    QCOMPARE(second.summary().casesListed, archived.size() - 1);
    QCOMPARE(m_store->cases(account).size(), archived.size());
    QCOMPARE(m_store->communications(account, DemoSandbox::longCaseId).size(),
             DemoSandbox::communicationCount(DemoSandbox::longCaseId));
}

void tst_ArchiveSync::readsOfflineAfterSync()
{
    QVERIFY(load(m_full));
    ArchiveSync sync(m_client.get(), m_store.get(), account);
    QVERIFY(runSync(&sync));
    const QString path = m_store->path();
    m_store.reset();
    m_sandbox.reset(); // the network is gone

    ArchiveStore offline;
    QVERIFY(offline.open(path));
    QCOMPARE(offline.cases(account).size(), DemoSandbox::caseFiles().size());
    const QList<Communication> thread = offline.communications(account, DemoSandbox::longCaseId);
    QCOMPARE(thread.size(), DemoSandbox::communicationCount(DemoSandbox::longCaseId));
    QVERIFY(std::is_sorted(thread.cbegin(), thread.cend(),
                           [](auto &a, auto &b) { return a.timeCreated > b.timeCreated; }));
    QVERIFY(offline.caseState(account, DemoSandbox::longCaseId).lastSynced.isValid());
}

void tst_ArchiveSync::reportsAFailedSync()
{
    QVERIFY(load(m_full));
    m_client->setCredentials(
        {QStringLiteral("AKIDUNKNOWN"), QStringLiteral("secret"), {}, QStringLiteral("test")});
    ArchiveSync sync(m_client.get(), m_store.get(), account);
    QVERIFY(runSync(&sync));

    const ArchiveSyncSummary summary = sync.summary();
    QCOMPARE(int(summary.outcome), int(ArchiveSyncSummary::Outcome::Failed));
    QCOMPARE(summary.error.kind(), SupportError::Kind::Authentication);
    QVERIFY(!summary.errorMessage.isEmpty());
    QVERIFY(m_store->cases(account).isEmpty());
}

void tst_ArchiveSync::skipsACaseForgottenMidSync()
{
    QVERIFY(load(m_full));
    QTemporaryDir shrunk;
    QVERIFY(DemoDatasetFolder::write(shrunk.path(), 0));
    const QDir cases(shrunk.filePath(QStringLiteral("cases")));
    for (const QString &name : cases.entryList(QDir::Files)) {
        QFile file(cases.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        if (caseIdOf(QJsonDocument::fromJson(file.readAll()).object()) == DemoSandbox::longCaseId)
            QVERIFY(file.remove());
    }

    // The service lists the case, then forgets it before its thread is asked for.
    ArchiveSync sync(m_client.get(), m_store.get(), account);
    connect(&sync, &ArchiveSync::casesListed, this, [&] { QVERIFY(load(shrunk.path())); });
    QVERIFY(runSync(&sync));

    const ArchiveSyncSummary summary = sync.summary();
    QCOMPARE(int(summary.outcome), int(ArchiveSyncSummary::Outcome::Completed));
    QCOMPARE(summary.casesListed, int(DemoSandbox::caseFiles().size()));
    QCOMPARE(summary.casesSkipped, 1);
    QCOMPARE(summary.casesSynced, summary.casesListed - 1);
    QVERIFY(!m_store->caseState(account, DemoSandbox::longCaseId).syncComplete);
}

QTEST_GUILESS_MAIN(tst_ArchiveSync)
#include "tst_archivesync.moc"
