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

ArchiveSearchQuery words(const QString &text)
{
    ArchiveSearchQuery query;
    query.text = text;
    return query;
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
    void searchFindsWordsPrefixesAndPhrases_data();
    void searchFindsWordsPrefixesAndPhrases();
    void searchExplainsUnusableInput_data();
    void searchExplainsUnusableInput();
    void searchHighlightsAndFilters();
    void searchIndexFollowsTheTables();

private:
    static QStringList version1Schema();
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

/// Version 1 of the schema as Casebook 0.1 wrote it.
QStringList tst_ArchiveStore::version1Schema()
{
    return {
        QStringLiteral("CREATE TABLE cases (account TEXT NOT NULL, case_id TEXT NOT NULL,"
                       " display_id TEXT, subject TEXT, status TEXT, time_ms INTEGER, json TEXT,"
                       " first_seen_ms INTEGER, last_seen_ms INTEGER,"
                       " sync_complete INTEGER NOT NULL DEFAULT 0, synced_through_ms INTEGER,"
                       " last_synced_ms INTEGER, PRIMARY KEY (account, case_id))"),
        QStringLiteral("CREATE TABLE communications (id INTEGER PRIMARY KEY,"
                       " account TEXT NOT NULL, case_id TEXT NOT NULL, time_text TEXT NOT NULL,"
                       " time_ms INTEGER, submitted_by TEXT NOT NULL, body TEXT NOT NULL,"
                       " body_hash BLOB NOT NULL, FOREIGN KEY (account, case_id)"
                       " REFERENCES cases (account, case_id) ON DELETE CASCADE)"),
        QStringLiteral("CREATE UNIQUE INDEX communications_identity ON communications"
                       " (account, case_id, time_text, submitted_by, body_hash)"),
        QStringLiteral("CREATE INDEX communications_by_time ON communications"
                       " (account, case_id, time_ms)"),
        QStringLiteral("CREATE TABLE attachments (communication_id INTEGER NOT NULL"
                       " REFERENCES communications (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL, attachment_id TEXT NOT NULL,"
                       " file_name TEXT NOT NULL, PRIMARY KEY (communication_id, position))"),
        QStringLiteral("CREATE TABLE attachment_data (account TEXT NOT NULL,"
                       " attachment_id TEXT NOT NULL, data BLOB NOT NULL,"
                       " PRIMARY KEY (account, attachment_id))"),
    };
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
    QCOMPARE(ArchiveStore::schemaVersion, 2); // a new version needs a row and a file here

    // The file an older Casebook left behind, written here statement by statement.
    QStringList statements = {QStringLiteral("PRAGMA user_version = 0")};
    if (version >= 1) {
        statements = version1Schema();
        statements << QStringLiteral(
            "INSERT INTO cases (account, case_id, subject, status, time_ms, json)"
            " VALUES ('111122223333', 'case-1', 'Grüße vom Volume', 'opened', 0, NULL)");
        statements << QStringLiteral(
            "INSERT INTO communications (account, case_id, time_text, time_ms, submitted_by,"
            " body, body_hash) VALUES ('111122223333', 'case-1', '2026-03-01T09:00:00.000Z',"
            " 1772355600000, 'ops@example.com', 'The volume grows every night', x'00')");
        statements << QStringLiteral("PRAGMA user_version = 1");
    }
    for (const QString &statement : std::as_const(statements))
        sql(archivePath(), statement);
    QCOMPARE(sql(archivePath(), QStringLiteral("PRAGMA user_version")).toInt(), version);

    ArchiveStore store;
    QVERIFY2(store.open(archivePath()), qPrintable(store.errorString()));
    QCOMPARE(sql(archivePath(), QStringLiteral("PRAGMA user_version")).toInt(),
             ArchiveStore::schemaVersion);
    QVERIFY(store.storeCommunications(account, caseId, page(1, 3)));
    QCOMPARE(store.communications(account, caseId).size(), 3);
    QCOMPARE(store.search(account, words(QStringLiteral("message"))).size(), 3);

    if (version >= 1) {
        // What was archived before the migration is kept and found.
        QCOMPARE(store.communications(account, QStringLiteral("case-1")).size(), 1);
        QCOMPARE(store.search(account, words(QStringLiteral("nightly grows"))).size(), 0);
        QCOMPARE(store.search(account, words(QStringLiteral("grows night"))).size(), 1);
        const QList<ArchiveSearchHit> subject
            = store.search(account, words(QStringLiteral("GRUßE")));
        QCOMPARE(subject.size(), 1);
        QVERIFY(subject.first().inSubject);
    }
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
    const QByteArray data("\x00\x01"
                          "binary"
                          "\xff",
                          9);

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

namespace {

const QStringList searchBodies = {
    QStringLiteral("Die Größe des Volumes wächst jede Nacht"),
    QStringLiteral("café au lait, résumé attached"),
    QStringLiteral("The instance i-0abc is unreachable after reboot"),
    QStringLiteral("reboot scheduled; instance unreachable since"),
    QStringLiteral("Ответ от поддержки"),
    QStringLiteral("メンテナンス 予定 です"),
    QStringLiteral("literal AND OR NOT (x) NEAR words"),
};

} // namespace

void tst_ArchiveStore::searchFindsWordsPrefixesAndPhrases_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("bodies"); // indexes into searchBodies

    QTest::newRow("umlaut and sharp s") << QStringLiteral("größe") << QList<int> {0};
    QTest::newRow("upper case") << QStringLiteral("GRÖßE WÄCHST") << QList<int> {0};
    QTest::newRow("without diacritics") << QStringLiteral("cafe resume") << QList<int> {1};
    QTest::newRow("cyrillic, other case") << QStringLiteral("ОТВЕТ") << QList<int> {4};
    QTest::newRow("japanese word") << QStringLiteral("メンテナンス") << QList<int> {5};
    QTest::newRow("prefix") << QStringLiteral("unreach*") << QList<int> {2, 3};
    QTest::newRow("prefix, non-latin") << QStringLiteral("подд*") << QList<int> {4};
    QTest::newRow("all words") << QStringLiteral("reboot instance") << QList<int> {2, 3};
    QTest::newRow("phrase") << QStringLiteral("\"instance unreachable\"") << QList<int> {3};
    QTest::newRow("phrase and word")
        << QStringLiteral("\"unreachable after\" i-0abc") << QList<int> {2};
    QTest::newRow("phrase prefix") << QStringLiteral("\"reboot sched\"*") << QList<int> {3};
    QTest::newRow("unclosed phrase") << QStringLiteral("\"is unreachable") << QList<int> {2};
    QTest::newRow("operators are words") << QStringLiteral("NOT") << QList<int> {6};
    QTest::newRow("near and brackets") << QStringLiteral("(x) NEAR AND") << QList<int> {6};
    QTest::newRow("leading minus") << QStringLiteral("-reboot") << QList<int> {2, 3};
    QTest::newRow("column syntax") << QStringLiteral("body:reboot") << QList<int> {};
    QTest::newRow("no match") << QStringLiteral("kubernetes") << QList<int> {};
}

void tst_ArchiveStore::searchFindsWordsPrefixesAndPhrases()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, bodies);

    ArchiveStore store;
    QVERIFY(store.open(archivePath()));
    QList<Communication> messages;
    for (int i = 0; i < searchBodies.size(); ++i)
        messages.append(message(i, searchBodies.at(i)));
    QVERIFY(store.storeCommunications(account, caseId, messages));

    QString problem;
    const QList<ArchiveSearchHit> hits = store.search(account, words(text), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QList<int> found;
    for (const ArchiveSearchHit &hit : hits)
        found.prepend(int(hit.timeCreated.secsTo(message(0, {}).timeCreated) / -60));
    QCOMPARE(found, bodies);
}

void tst_ArchiveStore::searchExplainsUnusableInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("stars") << QStringLiteral("***");
    QTest::newRow("empty quotes") << QStringLiteral("\"\"");
    QTest::newRow("punctuation") << QStringLiteral("- ( ) : ^");
}

void tst_ArchiveStore::searchExplainsUnusableInput()
{
    QFETCH(QString, text);
    ArchiveStore store;
    QVERIFY(store.open(archivePath()));

    QString problem;
    QVERIFY(store.search(account, words(text), &problem).isEmpty());
    QVERIFY(problem.contains(QLatin1String("Type a word")));
}

void tst_ArchiveStore::searchHighlightsAndFilters()
{
    ArchiveStore store;
    QVERIFY(store.open(archivePath()));
    SupportCase resolved = supportCase(caseId, QStringLiteral("Reboot loop on boot"));
    resolved.status = QStringLiteral("resolved");
    resolved.submittedBy = QStringLiteral("ops@example.com");
    QVERIFY(store.storeCases(account, {resolved}));
    QVERIFY(store.storeCommunications(
        account, caseId,
        {message(3, QStringLiteral("We see a reboot every hour"),
                 QStringLiteral("Amazon Web Services")),
         message(2, QStringLiteral("After the reboot the disk is gone"))}));
    QVERIFY(store.storeCommunications(QStringLiteral("other"), caseId,
                                      {message(1, QStringLiteral("reboot elsewhere"))}));

    QList<ArchiveSearchHit> hits = store.search(account, words(QStringLiteral("reboot")));
    QCOMPARE(hits.size(), 3);
    QCOMPARE(hits.at(0).submittedBy, QStringLiteral("Amazon Web Services"));
    QCOMPARE(hits.at(0).subject, resolved.subject);
    QCOMPARE(hits.at(0).displayId, resolved.displayId);
    QCOMPARE(hits.at(0).snippet,
             QStringLiteral("We see a %1reboot%2 every hour")
                 .arg(ArchiveStore::highlightStart, ArchiveStore::highlightEnd));
    QVERIFY(hits.at(2).inSubject); // the case is older than its messages
    QCOMPARE(hits.at(2).timeCreated, resolved.timeCreated);

    ArchiveSearchQuery query = words(QStringLiteral("reboot"));
    query.side = ArchiveSearchQuery::Side::Aws;
    QCOMPARE(store.search(account, query).size(), 1);
    query.side = ArchiveSearchQuery::Side::Customer;
    QCOMPARE(store.search(account, query).size(), 2);

    query = words(QStringLiteral("reboot"));
    query.after = message(3, {}).timeCreated;
    QCOMPARE(store.search(account, query).size(), 1);
    query = words(QStringLiteral("reboot"));
    query.before = message(3, {}).timeCreated;
    QCOMPARE(store.search(account, query).size(), 2);
    query = words(QStringLiteral("reboot"));
    query.status = QStringLiteral("opened");
    QCOMPARE(store.search(account, query).size(), 0);
    query.status = QStringLiteral("resolved");
    QCOMPARE(store.search(account, query).size(), 3);
    query.limit = 1;
    QCOMPARE(store.search(account, query).size(), 1);
}

void tst_ArchiveStore::searchIndexFollowsTheTables()
{
    ArchiveStore store;
    QVERIFY(store.open(archivePath()));
    QVERIFY(store.storeCommunications(account, caseId, page(1, 20)));
    QVERIFY(store.storeCommunications(account, caseId, page(10, 30)));
    QCOMPARE(store.search(account, words(QStringLiteral("message"))).size(), 30);

    QVERIFY(store.storeCases(account, {supportCase(caseId, QStringLiteral("Alpha outage"))}));
    QVERIFY(store.storeCases(account, {supportCase(caseId, QStringLiteral("Beta outage"))}));
    QCOMPARE(store.search(account, words(QStringLiteral("alpha"))).size(), 0);
    QCOMPARE(store.search(account, words(QStringLiteral("beta"))).size(), 1);
}

QTEST_GUILESS_MAIN(tst_ArchiveStore)
#include "tst_archivestore.moc"
