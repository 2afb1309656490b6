#include "ArchiveStore.h"
#include "SupportJson.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString account = QStringLiteral("111122223333");
const QString caseId = QStringLiteral("case-111122223333-muen-2026-0001");

Communication message(int minute, const QString &body,
                      const QString &sender = QStringLiteral("someone@example.com"))
{
    Communication c;
    c.caseId = caseId;
    c.body = body;
    c.submittedBy = sender;
    c.timeCreated = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC).addSecs(minute * 60);
    c.timeCreatedText = SupportJson::formatTime(c.timeCreated);
    return c;
}

/// Messages numbered \a from to \a to, newest first as the service pages them.
QList<Communication> page(int from, int to)
{
    QList<Communication> result;
    for (int i = to; i >= from; --i)
        result.append(message(i, QStringLiteral("message %1").arg(i)));
    return result;
}

SupportCase supportCase(const QString &id, const QString &subject)
{
    SupportCase c;
    c.caseId = id;
    c.displayId = QStringLiteral("1234");
    c.subject = subject;
    c.status = QStringLiteral("opened");
    c.timeCreated = QDateTime(QDate(2026, 2, 1), QTime(8, 0), Qt::UTC);
    c.timeCreatedText = SupportJson::formatTime(c.timeCreated);
    c.ccEmailAddresses = {QStringLiteral("ops@example.com")};
    return c;
}

/// Runs one statement on the archive file through a connection of the test's own.
QVariant sql(const QString &path, const QString &statement)
{
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("tst-archivestore"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next())
                result = query.value(0);
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst-archivestore"));
    return result;
}

} // namespace

class tst_ArchiveStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsVersionedWalFile();
    void defaultPathIsInAppData();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void refusesNewerSchema();
    void roundTripsCasesAndThreads();
    void deduplicatesOverlappingPages();
    void keepsDistinctMessagesWithSameTime();
    void keepsAccountsApart();
    void pageIsAllOrNothing();
    void tracksSyncState();
    void keepsAttachmentContent();
    void movesDamagedFileAside_data();
    void movesDamagedFileAside();
    void twoStoresShareOneFile();

private:
    QString archivePath() const { return m_dir->filePath(QStringLiteral("archive.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ArchiveStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ArchiveStore::createsVersionedWalFile()
{
    ArchiveStore store;
    QVERIFY2(store.open(archivePath()), qPrintable(store.errorString()));
    QVERIFY(store.isOpen());
    QVERIFY(store.movedAsidePath().isEmpty());

    QCOMPARE(sql(archivePath(), QStringLiteral("PRAGMA user_version")).toInt(),
             ArchiveStore::schemaVersion);
    QCOMPARE(sql(archivePath(), QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
}

void tst_ArchiveStore::defaultPathIsInAppData()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(ArchiveStore::defaultPath().startsWith(folder));
    QStandardPaths::setTestModeEnabled(false);
}

void tst_ArchiveStore::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 0; version < ArchiveStore::schemaVersion; ++version)
        QTest::addRow("from v%d", version) << version;
}

void tst_ArchiveStore::migratesFromEveryEarlierVersion()
{
    QFETCH(int, version);

    // An empty SQLite file is version 0; later versions are written by the store and then
    // labelled back, which is what an older Casebook would have left.
    QVERIFY(sql(archivePath(), QStringLiteral("PRAGMA user_version = 0")).isNull());
    QCOMPARE(sql(archivePath(), QStringLiteral("PRAGMA user_version")).toInt(), 0);
    QCOMPARE(version, 0); // only one schema exists so far

    ArchiveStore store;
    QVERIFY2(store.open(archivePath()), qPrintable(store.errorString()));
    QVERIFY(store.storeCommunications(account, caseId, page(1, 3)));
    QCOMPARE(store.communications(account, caseId).size(), 3);
    QCOMPARE(sql(archivePath(), QStringLiteral("PRAGMA user_version")).toInt(),
             ArchiveStore::schemaVersion);
}

void tst_ArchiveStore::refusesNewerSchema()
{
    sql(archivePath(), QStringLiteral("PRAGMA user_version = 99"));

    ArchiveStore store;
    QVERIFY(!store.open(archivePath()));
    QVERIFY(store.errorString().contains(QLatin1String("newer")));
    QVERIFY(store.movedAsidePath().isEmpty());
    QCOMPARE(sql(archivePath(), QStringLiteral("PRAGMA user_version")).toInt(), 99);
}

void tst_ArchiveStore::roundTripsCasesAndThreads()
{
    ArchiveStore store;
    QVERIFY(store.open(archivePath()));

    int added = -1;
    const SupportCase stored = supportCase(caseId, QStringLiteral("Zugriff verweigert – 認証"));
    QVERIFY(store.storeCases(account, {stored}, &added));
    QCOMPARE(added, 1);
    QVERIFY(store.storeCases(account, {stored}, &added));
    QCOMPARE(added, 0);

    const QList<SupportCase> cases = store.cases(account);
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.first().subject, stored.subject);
    QCOMPARE(cases.first().timeCreated, stored.timeCreated);
    QCOMPARE(cases.first().ccEmailAddresses, stored.ccEmailAddresses);

    QList<Communication> thread = page(1, 3);
    thread[0].body = QStringLiteral("Grüße, 東京\nline two");
    thread[0].attachments = {{QStringLiteral("att-1"), QStringLiteral("trace.har")},
                             {QStringLiteral("att-2"), QStringLiteral("ログ.txt")}};
    QVERIFY(store.storeCommunications(account, caseId, thread, &added));
    QCOMPARE(added, 3);
    QCOMPARE(store.communications(account, caseId), thread);
    QCOMPARE(store.communications(account, caseId).first().timeCreated, thread.first().timeCreated);
    QCOMPARE(store.newestMessageTime(account, caseId), thread.first().timeCreated);
}

void tst_ArchiveStore::deduplicatesOverlappingPages()
{
    ArchiveStore store;
    QVERIFY(store.open(archivePath()));

    int added = -1;
    QVERIFY(store.storeCommunications(account, caseId, page(11, 20), &added));
    QCOMPARE(added, 10);
    QVERIFY(store.storeCommunications(account, caseId, page(6, 15), &added));
    QCOMPARE(added, 5);
    QVERIFY(store.storeCommunications(account, caseId, page(1, 20), &added));
    QCOMPARE(added, 5);
    QVERIFY(store.storeCommunications(account, caseId, page(1, 20), &added));
    QCOMPARE(added, 0);

    QCOMPARE(store.communications(account, caseId), page(1, 20));
}

void tst_ArchiveStore::keepsDistinctMessagesWithSameTime()
{
    ArchiveStore store;
    QVERIFY(store.open(archivePath()));

    const QList<Communication> same
        = {message(1, QStringLiteral("first")), message(1, QStringLiteral("second")),
           message(1, QStringLiteral("first"), QStringLiteral("Amazon Web Services"))};
    int added = -1;
    QVERIFY(store.storeCommunications(account, caseId, same, &added));
    QCOMPARE(added, 3);
    QCOMPARE(store.communications(account, caseId), same);
}

void tst_ArchiveStore::keepsAccountsApart()
{
    ArchiveStore store;
    QVERIFY(store.open(archivePath()));
    const QString other = QStringLiteral("profile:work");

    QVERIFY(store.storeCases(account, {supportCase(caseId, QStringLiteral("mine"))}));
    QVERIFY(store.storeCommunications(account, caseId, page(1, 2)));
    int added = -1;
    QVERIFY(store.storeCommunications(other, caseId, page(1, 3), &added));
    QCOMPARE(added, 3);

    QCOMPARE(store.communications(account, caseId).size(), 2);
    QCOMPARE(store.communications(other, caseId).size(), 3);
    QCOMPARE(store.cases(account).first().subject, QStringLiteral("mine"));
    QVERIFY(store.cases(other).first().subject.isEmpty());
}

void tst_ArchiveStore::pageIsAllOrNothing()
{
    ArchiveStore store;
    QVERIFY(store.open(archivePath()));
    QVERIFY(store.storeCommunications(account, caseId, page(1, 2)));

    // A failure halfway through a page, as a crash or a full disk would cause it.
    sql(archivePath(),
        QStringLiteral(
            "CREATE TRIGGER poison BEFORE INSERT ON communications WHEN new.body = 'message 5'"
            " BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("statement failed")));
    QVERIFY(!store.storeCommunications(account, caseId, page(3, 8)));
    QVERIFY(store.errorString().contains(QLatin1String("disk full")));
    QCOMPARE(store.communications(account, caseId).size(), 2);

    sql(archivePath(), QStringLiteral("DROP TRIGGER poison"));
    int added = -1;
    QVERIFY(store.storeCommunications(account, caseId, page(3, 8), &added));
    QCOMPARE(added, 6);
    QCOMPARE(store.communications(account, caseId), page(1, 8));
}

void tst_ArchiveStore::tracksSyncState()
{
    ArchiveStore store;
    QVERIFY(store.open(archivePath()));
    QVERIFY(!store.caseState(account, caseId).known);

    QVERIFY(store.markSyncStarted(account, caseId));
    QVERIFY(store.storeCommunications(account, caseId, page(5, 9)));
    ArchivedCaseState state = store.caseState(account, caseId);
    QVERIFY(state.known);
    QVERIFY(!state.syncComplete);
    QVERIFY(!state.syncedThrough.isValid());
    QCOMPARE(state.messageCount, 5);

    QVERIFY(store.storeCommunications(account, caseId, page(1, 4)));
    QVERIFY(store.markSyncCompleted(account, caseId));
    state = store.caseState(account, caseId);
    QVERIFY(state.syncComplete);
    QCOMPARE(state.syncedThrough, message(9, {}).timeCreated);
    QVERIFY(state.lastSynced.isValid());

    QVERIFY(store.markSyncStarted(account, caseId));
    state = store.caseState(account, caseId);
    QVERIFY(!state.syncComplete);
    QCOMPARE(state.syncedThrough, message(9, {}).timeCreated);
}

void tst_ArchiveStore::keepsAttachmentContent()
{
    ArchiveStore store;
    QVERIFY(store.open(archivePath()));
    const QByteArray data("\x00\x01binary\xff", 10);

    QVERIFY(store.storeAttachmentData(account, QStringLiteral("att-1"), data));
    QCOMPARE(store.attachmentData(account, QStringLiteral("att-1")), data);
    QVERIFY(store.attachmentData(QStringLiteral("other"), QStringLiteral("att-1")).isNull());
}

void tst_ArchiveStore::movesDamagedFileAside_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("not a database") << QStringLiteral("text");
    QTest::newRow("header overwritten") << QStringLiteral("header");
    QTest::newRow("pages scrambled") << QStringLiteral("pages");
}

void tst_ArchiveStore::movesDamagedFileAside()
{
    QFETCH(QString, damage);
    {
        ArchiveStore store;
        QVERIFY(store.open(archivePath()));
        for (int i = 0; i < 20; ++i)
            QVERIFY(store.storeCommunications(account, caseId, page(i * 50, i * 50 + 49)));
    }

    QFile file(archivePath());
    QVERIFY(file.open(QIODevice::ReadWrite));
    if (damage == QLatin1String("text")) {
        file.resize(0);
        file.write("These are notes, not an archive.\n");
    } else if (damage == QLatin1String("header")) {
        file.write(QByteArray(100, 'x'));
    } else {
        // Keep the header and the first page, scribble over the b-tree pages behind them.
        file.seek(4096);
        file.write(QByteArray(file.size() - 4096 - 4096, '\x5a'));
    }
    const QByteArray damaged = (file.seek(0), file.readAll());
    file.close();

    ArchiveStore store;
    QSignalSpy moved(&store, &ArchiveStore::damagedFileMovedAside);
    QTest::ignoreMessage(QtWarningMsg, "damaged archive moved aside");
    QVERIFY2(store.open(archivePath()), qPrintable(store.errorString()));

    QCOMPARE(moved.size(), 1);
    QCOMPARE(moved.first().at(0).toString(), archivePath());
    QCOMPARE(moved.first().at(1).toString(), store.movedAsidePath());
    QVERIFY(store.movedAsidePath().startsWith(archivePath() + QStringLiteral(".damaged-")));
    QFile aside(store.movedAsidePath());
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), damaged);

    QVERIFY(store.communications(account, caseId).isEmpty());
    QVERIFY(store.storeCommunications(account, caseId, page(1, 2)));
    QCOMPARE(store.communications(account, caseId).size(), 2);
}

void tst_ArchiveStore::twoStoresShareOneFile()
{
    ArchiveStore writer;
    ArchiveStore reader;
    QVERIFY(writer.open(archivePath()));
    QVERIFY(reader.open(archivePath()));

    QVERIFY(writer.storeCommunications(account, caseId, page(1, 4)));
    QCOMPARE(reader.communications(account, caseId).size(), 4);
}

QTEST_GUILESS_MAIN(tst_ArchiveStore)
#include "tst_archivestore.moc"
