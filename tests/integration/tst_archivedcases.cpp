#include "DemoDatasetFolder.h"

#include "ArchiveStore.h"
#include "ArchiveSync.h"
#include "CaseListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString account = QStringLiteral("demo");
constexpr int timeout = 20000;

} // namespace

// CaseListModel with an archive: pages are archived, cases the service stopped listing stay
// in the list marked as archived only, and offline the archived cases stand in.
class tst_ArchivedCases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void archivesListedCases();
    void keepsForgottenCasesMarked();
    void showsArchivedCasesOffline();

private:
    void syncArchive();
    std::unique_ptr<CaseListModel> newModel(bool includeResolved);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<SupportClient> m_client;
    std::unique_ptr<ArchiveStore> m_store;
    int m_allCases = 0;
    int m_openCases = 0;
};

void tst_ArchivedCases::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const QJsonObject &file : DemoSandbox::caseFiles()) {
        ++m_allCases;
        if (file[QLatin1String("case")][QLatin1String("status")] != QLatin1String("resolved"))
            ++m_openCases;
    }
}

void tst_ArchivedCases::init()
{
    m_sandbox = DemoSandbox::start();
    QVERIFY(m_sandbox);
    m_client = std::make_unique<SupportClient>();
    DemoSandbox::configure(m_client.get(), *m_sandbox);
    m_store = std::make_unique<ArchiveStore>();
    QVERIFY(m_store->open(
        m_dir.filePath(QStringLiteral("%1.sqlite")).arg(QTest::currentTestFunction())));
}

void tst_ArchivedCases::cleanup()
{
    m_store.reset();
    m_client.reset();
    m_sandbox.reset();
}

void tst_ArchivedCases::syncArchive()
{
    ArchiveSync sync(m_client.get(), m_store.get(), account);
    QSignalSpy finished(&sync, &ArchiveSync::finished);
    sync.start();
    QVERIFY(finished.wait(timeout));
}

std::unique_ptr<CaseListModel> tst_ArchivedCases::newModel(bool includeResolved)
{
    auto model = std::make_unique<CaseListModel>(m_client.get());
    new QAbstractItemModelTester(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, model.get());
    model->setIncludeResolved(includeResolved);
    model->setArchive(m_store.get(), account);
    return model;
}

void tst_ArchivedCases::archivesListedCases()
{
    auto model = newModel(true);
    QSignalSpy completed(model.get(), &CaseListModel::loadCompleted);
    model->fetchAll();
    QVERIFY(completed.wait(timeout));

    QCOMPARE(model->rowCount(), m_allCases);
    QCOMPARE(m_store->cases(account).size(), m_allCases);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(!model->isArchivedOnly(row));
}

void tst_ArchivedCases::keepsForgottenCasesMarked()
{
    syncArchive();
    QTemporaryDir shrunk;
    QVERIFY(DemoDatasetFolder::write(shrunk.path(), 0));
    const QDir cases(shrunk.filePath(QStringLiteral("cases")));
    for (const QString &name : cases.entryList(QDir::Files)) {
        QFile file(cases.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        if (DemoDatasetFolder::caseIdOf(json) == DemoSandbox::longCaseId)
            QVERIFY(file.remove());
    }
    QVERIFY(m_sandbox->loadDataset(shrunk.path()));

    auto model = newModel(true);
    QSignalSpy completed(model.get(), &CaseListModel::loadCompleted);
    model->fetchAll();
    QVERIFY(completed.wait(timeout));

    QCOMPARE(model->rowCount(), m_allCases);
    const int row = model->rowOf(DemoSandbox::longCaseId);
    QCOMPARE(row, m_allCases - 1);
    QVERIFY(model->isArchivedOnly(row));
    QVERIFY(model->index(row).data(CaseListModel::ArchivedOnlyRole).toBool());
    QVERIFY(!model->index(row).data(CaseListModel::SubjectRole).toString().isEmpty());
    QVERIFY(!model->index(0).data(CaseListModel::ArchivedOnlyRole).toBool());
}

void tst_ArchivedCases::showsArchivedCasesOffline()
{
    syncArchive();
    m_sandbox.reset();
    m_client->setMaxAttempts(1);

    auto model = newModel(false);
    QSignalSpy failed(model.get(), &CaseListModel::loadFailed);
    model->fetchAll();
    QVERIFY(failed.wait(timeout));

    QCOMPARE(model->rowCount(), m_openCases);
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(model->isArchivedOnly(row));
        QVERIFY(!model->supportCase(row).isResolved());
    }
}

QTEST_GUILESS_MAIN(tst_ArchivedCases)
#include "tst_archivedcases.moc"
