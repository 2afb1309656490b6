#include "ArchiveStore.h"

#include "Logging.h"
#include "SupportJson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <functional>
#include <vector>

namespace {

// SQLite's primary result codes for a file that is not, or no longer, a sound database.
const QString sqliteCorrupt = QStringLiteral("11");
const QString sqliteNotADatabase = QStringLiteral("26");

// Each step takes the schema from the version before it to its own number (index + 1), one
// statement at a time (trigger bodies hold semicolons of their own).
const std::vector<std::vector<const char *>> &migrations()
{
    static const std::vector<std::vector<const char *>> steps = {
        // 1: cases, their threads, attachment names and optional attachment content.
        {
            "CREATE TABLE cases ("
            " account TEXT NOT NULL, case_id TEXT NOT NULL,"
            " display_id TEXT, subject TEXT, status TEXT, time_ms INTEGER,"
            " json TEXT," // the case as the service sent it, without its recent messages
            " first_seen_ms INTEGER, last_seen_ms INTEGER,"
            " sync_complete INTEGER NOT NULL DEFAULT 0, synced_through_ms INTEGER,"
            " last_synced_ms INTEGER,"
            " PRIMARY KEY (account, case_id))",
            "CREATE TABLE communications ("
            " id INTEGER PRIMARY KEY, account TEXT NOT NULL, case_id TEXT NOT NULL,"
            " time_text TEXT NOT NULL, time_ms INTEGER, submitted_by TEXT NOT NULL,"
            " body TEXT NOT NULL, body_hash BLOB NOT NULL,"
            " FOREIGN KEY (account, case_id) REFERENCES cases (account, case_id)"
            " ON DELETE CASCADE)",
            "CREATE UNIQUE INDEX communications_identity ON communications"
            " (account, case_id, time_text, submitted_by, body_hash)",
            "CREATE INDEX communications_by_time ON communications (account, case_id, time_ms)",
            "CREATE TABLE attachments ("
            " communication_id INTEGER NOT NULL REFERENCES communications (id)"
            " ON DELETE CASCADE,"
            " position INTEGER NOT NULL, attachment_id TEXT NOT NULL, file_name TEXT NOT NULL,"
            " PRIMARY KEY (communication_id, position))",
            "CREATE TABLE attachment_data ("
            " account TEXT NOT NULL, attachment_id TEXT NOT NULL, data BLOB NOT NULL,"
            " PRIMARY KEY (account, attachment_id))",
        },
        // 2: full-text search over message bodies and case subjects. The indexes hold no
        // text of their own and are kept in step with their tables by triggers.
        {
            "CREATE VIRTUAL TABLE communications_fts USING fts5(body,"
            " content='communications', content_rowid='id',"
            " tokenize='unicode61 remove_diacritics 2')",
            "CREATE TRIGGER communications_fts_insert AFTER INSERT ON communications BEGIN"
            " INSERT INTO communications_fts (rowid, body) VALUES (new.id, new.body); END",
            "CREATE TRIGGER communications_fts_delete AFTER DELETE ON communications BEGIN"
            " INSERT INTO communications_fts (communications_fts, rowid, body)"
            " VALUES ('delete', old.id, old.body); END",
            "CREATE TRIGGER communications_fts_update AFTER UPDATE OF body ON communications"
            " BEGIN INSERT INTO communications_fts (communications_fts, rowid, body)"
            " VALUES ('delete', old.id, old.body);"
            " INSERT INTO communications_fts (rowid, body) VALUES (new.id, new.body); END",
            "INSERT INTO communications_fts (communications_fts) VALUES ('rebuild')",
            "CREATE VIRTUAL TABLE cases_fts USING fts5(subject, content='cases',"
            " content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')",
            "CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN"
            " INSERT INTO cases_fts (rowid, subject) VALUES (new.rowid, new.subject); END",
            "CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN"
            " INSERT INTO cases_fts (cases_fts, rowid, subject)"
            " VALUES ('delete', old.rowid, old.subject); END",
            "CREATE TRIGGER cases_fts_update AFTER UPDATE OF subject ON cases BEGIN"
            " INSERT INTO cases_fts (cases_fts, rowid, subject)"
            " VALUES ('delete', old.rowid, old.subject);"
            " INSERT INTO cases_fts (rowid, subject) VALUES (new.rowid, new.subject); END",
            "INSERT INTO cases_fts (cases_fts) VALUES ('rebuild')",
        },
    };
    return steps;
}

QString newConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("casebook-archive-%1").arg(++counter);
}

QByteArray bodyHash(const QString &body)
{
    return QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Sha256);
}

QVariant msecsOrNull(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeOf(const QVariant &msecs)
{
    return msecs.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(msecs.toLongLong(), Qt::UTC);
}

/// Runs one migration step's statements in order.
bool execAll(QSqlDatabase db, const std::vector<const char *> &statements, QString *problem)
{
    for (const char *statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(statement))) {
            *problem = query.lastError().text();
            return false;
        }
    }
    return true;
}

enum class Health { Sound, Damaged, Unreadable };

} // namespace

struct ArchiveStore::Private
{
    QString connectionName = newConnectionName();
    QString path;
    QString errorString;
    QString movedAside;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    bool openConnection();
    void closeConnection();
    Health checkHealth();
    bool moveAside(ArchiveStore *store);
    bool configure();
    bool migrate();
    bool inTransaction(const std::function<bool()> &work);
    bool fail(const QSqlQuery &query);
    bool ensureCase(const QString &account, const QString &caseId);
    bool searchSubjects(const QString &account, const ArchiveSearchQuery &query,
                        const QString &match, QList<ArchiveSearchHit> *hits,
                        QString *failure) const;
    bool searchMessages(const QString &account, const ArchiveSearchQuery &query,
                        const QString &match, QList<ArchiveSearchHit> *hits,
                        QString *failure) const;
};

bool ArchiveStore::Private::openConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    // Another Casebook writing the same file makes this one wait a little, not fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (db.open())
        return true;
    errorString = db.lastError().text();
    return false;
}

void ArchiveStore::Private::closeConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    if (QSqlDatabase::contains(connectionName))
        QSqlDatabase::removeDatabase(connectionName);
}

Health ArchiveStore::Private::checkHealth()
{
    QSqlQuery query(db());
    if (query.exec(QStringLiteral("PRAGMA quick_check")) && query.next())
        return query.value(0).toString() == QLatin1String("ok") ? Health::Sound : Health::Damaged;

    // A busy or unreadable file is not proof of damage: leave it where it is.
    const QString code = query.lastError().nativeErrorCode();
    if (code == sqliteCorrupt || code == sqliteNotADatabase)
        return Health::Damaged;
    errorString = query.lastError().text();
    return Health::Unreadable;
}

bool ArchiveStore::Private::moveAside(ArchiveStore *store)
{
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.damaged-%2").arg(path, stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.damaged-%2-%3").arg(path, stamp).arg(n);

    if (!QFile::rename(path, target)) {
        errorString
            = ArchiveStore::tr("The damaged archive %1 could not be moved aside.").arg(path);
        return false;
    }
    // The journal files belong to the damaged file; a new database must not replay them.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }

    qCWarning(lcArchive) << "damaged archive moved aside";
    movedAside = target;
    Q_EMIT store->damagedFileMovedAside(path, target);
    return true;
}

bool ArchiveStore::Private::configure()
{
    QSqlQuery query(db());
    const bool done = query.exec(QStringLiteral("PRAGMA journal_mode = WAL"))
        && query.exec(QStringLiteral("PRAGMA synchronous = NORMAL"))
        && query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return done || fail(query);
}

bool ArchiveStore::Private::migrate()
{
    QSqlQuery query(db());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return fail(query);
    const int found = query.value(0).toInt();
    if (found > schemaVersion) {
        errorString = ArchiveStore::tr("The archive %1 was written by a newer Casebook "
                                       "(schema %2; this version reads up to %3).")
                          .arg(path)
                          .arg(found)
                          .arg(schemaVersion);
        return false;
    }

    for (int version = found + 1; version <= schemaVersion; ++version) {
        const bool migrated = inTransaction([&] {
            QString problem;
            if (!execAll(db(), migrations().at(size_t(version - 1)), &problem)) {
                errorString = problem;
                return false;
            }
            QSqlQuery step(db());
            return step.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)) || fail(step);
        });
        if (!migrated)
            return false;
        qCInfo(lcArchive) << "archive schema migrated to version" << version;
    }
    return true;
}

bool ArchiveStore::Private::inTransaction(const std::function<bool()> &work)
{
    errorString.clear();
    QSqlDatabase database = db();
    if (!database.transaction()) {
        errorString = database.lastError().text();
        return false;
    }
    if (work() && database.commit())
        return true;

    if (errorString.isEmpty())
        errorString = database.lastError().text();
    database.rollback();
    return false;
}

bool ArchiveStore::Private::fail(const QSqlQuery &query)
{
    errorString = query.lastError().text();
    qCWarning(lcArchive) << "archive statement failed:" << errorString;
    return false;
}

bool ArchiveStore::Private::ensureCase(const QString &account, const QString &caseId)
{
    QSqlQuery query(db());
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO cases (account, case_id) VALUES (?, ?)"));
    query.addBindValue(account);
    query.addBindValue(caseId);
    return query.exec() || fail(query);
}

ArchiveStore::ArchiveStore(QObject *parent) : QObject(parent), d(std::make_unique<Private>()) { }

ArchiveStore::~ArchiveStore()
{
    close();
}

QString ArchiveStore::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("archive.sqlite"));
}

QString ArchiveStore::accountKey(const QString &profile, const QUrl &endpoint)
{
    const QString name = profile.isEmpty() ? QStringLiteral("default") : profile;
    return name + u'@' + endpoint.host().toLower();
}

bool ArchiveStore::open(const QString &path)
{
    close();
    d->path = path.isEmpty() ? defaultPath() : path;
    d->errorString.clear();
    d->movedAside.clear();
    if (!QDir().mkpath(QFileInfo(d->path).absolutePath())) {
        d->errorString = tr("The folder for the archive %1 cannot be created.").arg(d->path);
        return false;
    }

    if (QFileInfo::exists(d->path)) {
        if (!d->openConnection())
            return false;
        const Health health = d->checkHealth();
        d->closeConnection();
        if (health == Health::Unreadable || (health == Health::Damaged && !d->moveAside(this)))
            return false;
    }

    if (d->openConnection() && d->configure() && d->migrate())
        return true;
    d->closeConnection();
    return false;
}

void ArchiveStore::close()
{
    d->closeConnection();
}

bool ArchiveStore::isOpen() const
{
    return d->db().isOpen();
}

QString ArchiveStore::path() const
{
    return d->path;
}

QString ArchiveStore::errorString() const
{
    return d->errorString;
}

QString ArchiveStore::movedAsidePath() const
{
    return d->movedAside;
}

bool ArchiveStore::storeCases(const QString &account, const QList<SupportCase> &cases, int *added)
{
    int fresh = 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const bool stored = d->inTransaction([&] {
        QSqlQuery known(d->db());
        known.prepare(QStringLiteral(
            "SELECT 1 FROM cases WHERE account = ? AND case_id = ? AND json IS NOT NULL"));
        QSqlQuery upsert(d->db());
        upsert.prepare(QStringLiteral(
            "INSERT INTO cases (account, case_id, display_id, subject, status, time_ms, json,"
            " first_seen_ms, last_seen_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (account, case_id) DO UPDATE SET display_id = excluded.display_id,"
            " subject = excluded.subject, status = excluded.status, time_ms = excluded.time_ms,"
            " json = excluded.json, last_seen_ms = excluded.last_seen_ms,"
            " first_seen_ms = coalesce(first_seen_ms, excluded.first_seen_ms)"));

        for (const SupportCase &supportCase : cases) {
            known.addBindValue(account);
            known.addBindValue(supportCase.caseId);
            if (!known.exec())
                return d->fail(known);
            if (!known.next())
                ++fresh;
            known.finish();

            const QByteArray json
                = QJsonDocument(SupportJson::toJson(supportCase)).toJson(QJsonDocument::Compact);
            for (const QVariant &value :
                 {QVariant(account), QVariant(supportCase.caseId), QVariant(supportCase.displayId),
                  QVariant(supportCase.subject), QVariant(supportCase.status),
                  msecsOrNull(supportCase.timeCreated), QVariant(QString::fromUtf8(json)),
                  QVariant(now), QVariant(now)})
                upsert.addBindValue(value);
            if (!upsert.exec())
                return d->fail(upsert);
        }
        return true;
    });

    if (added)
        *added = stored ? fresh : 0;
    return stored;
}

bool ArchiveStore::storeCommunications(const QString &account, const QString &caseId,
                                       const QList<Communication> &communications, int *added)
{
    int fresh = 0;
    const bool stored = d->inTransaction([&] {
        if (!d->ensureCase(account, caseId))
            return false;

        QSqlQuery insert(d->db());
        insert.prepare(QStringLiteral(
            "INSERT INTO communications (account, case_id, time_text, time_ms, submitted_by,"
            " body, body_hash) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
        QSqlQuery attachment(d->db());
        attachment.prepare(QStringLiteral("INSERT INTO attachments (communication_id, position,"
                                          " attachment_id, file_name) VALUES (?, ?, ?, ?)"));

        for (const Communication &message : communications) {
            for (const QVariant &value :
                 {QVariant(account), QVariant(caseId), QVariant(message.timeCreatedText),
                  msecsOrNull(message.timeCreated), QVariant(message.submittedBy),
                  QVariant(message.body), QVariant(bodyHash(message.body))})
                insert.addBindValue(value);
            if (!insert.exec())
                return d->fail(insert);
            if (insert.numRowsAffected() < 1)
                continue; // already archived

            ++fresh;
            const QVariant id = insert.lastInsertId();
            for (int i = 0; i < message.attachments.size(); ++i) {
                attachment.addBindValue(id);
                attachment.addBindValue(i);
                attachment.addBindValue(message.attachments.at(i).attachmentId);
                attachment.addBindValue(message.attachments.at(i).fileName);
                if (!attachment.exec())
                    return d->fail(attachment);
            }
        }
        return true;
    });

    if (added)
        *added = stored ? fresh : 0;
    return stored;
}

bool ArchiveStore::storeAttachmentData(const QString &account, const QString &attachmentId,
                                       const QByteArray &data)
{
    return d->inTransaction([&] {
        QSqlQuery query(d->db());
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO attachment_data (account,"
                                     " attachment_id, data) VALUES (?, ?, ?)"));
        query.addBindValue(account);
        query.addBindValue(attachmentId);
        query.addBindValue(data);
        return query.exec() || d->fail(query);
    });
}

QByteArray ArchiveStore::attachmentData(const QString &account, const QString &attachmentId) const
{
    QSqlQuery query(d->db());
    query.prepare(
        QStringLiteral("SELECT data FROM attachment_data WHERE account = ? AND attachment_id = ?"));
    query.addBindValue(account);
    query.addBindValue(attachmentId);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toByteArray();
}

QList<SupportCase> ArchiveStore::cases(const QString &account) const
{
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT case_id, json FROM cases WHERE account = ?"
                                 " ORDER BY time_ms DESC, case_id"));
    query.addBindValue(account);
    if (!query.exec()) {
        d->fail(query);
        return {};
    }

    QList<SupportCase> result;
    while (query.next()) {
        SupportCase supportCase;
        const QJsonObject json
            = QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        QString problem;
        if (json.isEmpty() || !SupportJson::readCase(json, &supportCase, &problem))
            supportCase = SupportCase();
        supportCase.caseId = query.value(0).toString();
        result.append(supportCase);
    }
    return result;
}

QList<Communication> ArchiveStore::communications(const QString &account,
                                                  const QString &caseId) const
{
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, time_text, time_ms, submitted_by, body FROM communications"
                       " WHERE account = ? AND case_id = ? ORDER BY time_ms DESC, id"));
    query.addBindValue(account);
    query.addBindValue(caseId);
    if (!query.exec()) {
        d->fail(query);
        return {};
    }

    QList<Communication> result;
    QHash<qint64, qsizetype> rowOfId;
    while (query.next()) {
        Communication message;
        message.caseId = caseId;
        message.timeCreatedText = query.value(1).toString();
        message.timeCreated = timeOf(query.value(2));
        message.submittedBy = query.value(3).toString();
        message.body = query.value(4).toString();
        rowOfId.insert(query.value(0).toLongLong(), result.size());
        result.append(message);
    }

    QSqlQuery files(d->db());
    files.setForwardOnly(true);
    files.prepare(QStringLiteral(
        "SELECT a.communication_id, a.attachment_id, a.file_name FROM attachments a"
        " JOIN communications c ON c.id = a.communication_id"
        " WHERE c.account = ? AND c.case_id = ? ORDER BY a.communication_id, a.position"));
    files.addBindValue(account);
    files.addBindValue(caseId);
    if (!files.exec()) {
        d->fail(files);
        return result;
    }
    while (files.next()) {
        const qsizetype row = rowOfId.value(files.value(0).toLongLong(), -1);
        if (row >= 0)
            result[row].attachments.append({files.value(1).toString(), files.value(2).toString()});
    }
    return result;
}

ArchivedCaseState ArchiveStore::caseState(const QString &account, const QString &caseId) const
{
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral(
        "SELECT sync_complete, synced_through_ms, last_synced_ms, last_seen_ms,"
        " (SELECT count(*) FROM communications c WHERE c.account = cases.account"
        " AND c.case_id = cases.case_id) FROM cases WHERE account = ? AND case_id = ?"));
    query.addBindValue(account);
    query.addBindValue(caseId);
    ArchivedCaseState state;
    if (!query.exec() || !query.next())
        return state;

    state.known = true;
    state.syncComplete = query.value(0).toBool();
    state.syncedThrough = timeOf(query.value(1));
    state.lastSynced = timeOf(query.value(2));
    state.lastSeen = timeOf(query.value(3));
    state.messageCount = query.value(4).toInt();
    return state;
}

QDateTime ArchiveStore::newestMessageTime(const QString &account, const QString &caseId) const
{
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral(
        "SELECT max(time_ms) FROM communications WHERE account = ? AND case_id = ?"));
    query.addBindValue(account);
    query.addBindValue(caseId);
    if (!query.exec() || !query.next())
        return {};
    return timeOf(query.value(0));
}

bool ArchiveStore::markSyncStarted(const QString &account, const QString &caseId)
{
    return d->inTransaction([&] {
        QSqlQuery query(d->db());
        query.prepare(
            QStringLiteral("UPDATE cases SET sync_complete = 0 WHERE account = ? AND case_id = ?"));
        query.addBindValue(account);
        query.addBindValue(caseId);
        return d->ensureCase(account, caseId) && (query.exec() || d->fail(query));
    });
}

bool ArchiveStore::markSyncCompleted(const QString &account, const QString &caseId)
{
    const QDateTime newest = newestMessageTime(account, caseId);
    return d->inTransaction([&] {
        QSqlQuery query(d->db());
        query.prepare(QStringLiteral(
            "UPDATE cases SET sync_complete = 1, synced_through_ms = ?, last_synced_ms = ?"
            " WHERE account = ? AND case_id = ?"));
        query.addBindValue(msecsOrNull(newest));
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        query.addBindValue(account);
        query.addBindValue(caseId);
        return d->ensureCase(account, caseId) && (query.exec() || d->fail(query));
    });
}

namespace {

// One search term: quoted, so that FTS operators and punctuation in it are only text.
QString searchTerm(QString text, bool prefix)
{
    const bool searchable
        = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    if (!searchable)
        return {};
    text.replace(u'"', QStringLiteral("\"\""));
    return u'"' + text + u'"' + (prefix ? QStringLiteral("*") : QString());
}

const char *const awsSide = "(%1 LIKE '%Amazon Web Services%' OR %1 LIKE '%@amazon.com')";

/// The filters shared by message and subject hits, appended to \a sql with their values.
void addFilters(const ArchiveSearchQuery &query, const QString &timeColumn,
                const QString &senderColumn, QString *sql, QVariantList *values)
{
    if (query.after.isValid()) {
        *sql += QStringLiteral(" AND %1 >= ?").arg(timeColumn);
        values->append(query.after.toMSecsSinceEpoch());
    }
    if (query.before.isValid()) {
        *sql += QStringLiteral(" AND %1 < ?").arg(timeColumn);
        values->append(query.before.toMSecsSinceEpoch());
    }
    if (!query.status.isEmpty()) {
        *sql += QStringLiteral(" AND cs.status = ?");
        values->append(query.status);
    }
    const QString aws = QString::fromLatin1(awsSide).arg(senderColumn);
    if (query.side == ArchiveSearchQuery::Side::Aws)
        *sql += QStringLiteral(" AND ") + aws;
    else if (query.side == ArchiveSearchQuery::Side::Customer)
        *sql += QStringLiteral(" AND NOT ") + aws;
}

bool run(QSqlQuery *query, const QString &sql, const QVariantList &values)
{
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        return false;
    for (const QVariant &value : values)
        query->addBindValue(value);
    return query->exec();
}

} // namespace

QString ArchiveStore::matchExpression(const QString &text, QString *problem)
{
    QStringList terms;
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        if (text.at(i) == u'"') {
            // An unclosed quote runs to the end: what was typed so far is the phrase.
            const qsizetype close = text.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? text.size() : close;
            const QString phrase = text.mid(i + 1, end - i - 1);
            i = end + 1;
            const bool prefix = i < text.size() && text.at(i) == u'*';
            i += prefix ? 1 : 0;
            terms << searchTerm(phrase, prefix);
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && !text.at(end).isSpace() && text.at(end) != u'"')
            ++end;
        QString word = text.mid(i, end - i);
        i = end;
        const bool prefix = word.endsWith(u'*');
        while (word.endsWith(u'*'))
            word.chop(1);
        terms << searchTerm(word, prefix);
    }

    terms.removeAll(QString());
    if (terms.isEmpty() && problem)
        *problem = tr("Type a word to search for; punctuation alone finds nothing.");
    return terms.join(u' ');
}

QList<ArchiveSearchHit> ArchiveStore::search(const QString &account,
                                             const ArchiveSearchQuery &query,
                                             QString *problem) const
{
    const QString match = matchExpression(query.text, problem);
    if (match.isEmpty())
        return {};

    QList<ArchiveSearchHit> hits;
    QString failure;
    if (!d->searchSubjects(account, query, match, &hits, &failure)
        || !d->searchMessages(account, query, match, &hits, &failure)) {
        qCWarning(lcArchive) << "archive search failed:" << failure;
        if (problem)
            *problem = tr("The search could not be run: %1").arg(failure);
        return {};
    }

    std::stable_sort(hits.begin(), hits.end(),
                     [](const auto &a, const auto &b) { return a.timeCreated > b.timeCreated; });
    if (query.limit > 0 && hits.size() > query.limit)
        hits.resize(query.limit);
    return hits;
}

bool ArchiveStore::Private::searchSubjects(const QString &account, const ArchiveSearchQuery &query,
                                           const QString &match, QList<ArchiveSearchHit> *hits,
                                           QString *failure) const
{
    QString sql = QStringLiteral(
        "SELECT cs.case_id, json_extract(cs.json, '$.submittedBy'), cs.time_ms,"
        " json_extract(cs.json, '$.timeCreated'), cs.display_id, cs.subject, cs.status,"
        " snippet(cases_fts, 0, ?, ?, '\u2026', 16)"
        " FROM cases_fts JOIN cases cs ON cs.rowid = cases_fts.rowid"
        " WHERE cases_fts MATCH ? AND cs.account = ?");
    QVariantList values = {QString(highlightStart), QString(highlightEnd), match, account};
    addFilters(query, QStringLiteral("cs.time_ms"),
               QStringLiteral("json_extract(cs.json, '$.submittedBy')"), &sql, &values);
    sql += QStringLiteral(" ORDER BY cs.time_ms DESC LIMIT ?");
    values.append(query.limit > 0 ? query.limit : -1);

    QSqlQuery rows(db());
    if (!run(&rows, sql, values)) {
        *failure = rows.lastError().text();
        return false;
    }
    while (rows.next()) {
        ArchiveSearchHit hit;
        hit.caseId = rows.value(0).toString();
        hit.submittedBy = rows.value(1).toString();
        hit.timeCreated = timeOf(rows.value(2));
        hit.timeCreatedText = rows.value(3).toString();
        hit.displayId = rows.value(4).toString();
        hit.subject = rows.value(5).toString();
        hit.status = rows.value(6).toString();
        hit.snippet = rows.value(7).toString();
        hit.inSubject = true;
        hits->append(hit);
    }
    return true;
}

bool ArchiveStore::Private::searchMessages(const QString &account, const ArchiveSearchQuery &query,
                                           const QString &match, QList<ArchiveSearchHit> *hits,
                                           QString *failure) const
{
    // The newest matches first, then snippets for those alone: a snippet costs far more than
    // a match, and a common word matches tens of thousands of messages.
    // The case of each hit is looked up after the newest are chosen, unless its status is a
    // filter: a common word would otherwise cost a lookup for each of its matches.
    const bool byStatus = !query.status.isEmpty();
    QString sql = QStringLiteral(
        "SELECT c.id, c.case_id, c.submitted_by, c.time_ms, c.time_text, c.account"
        " FROM communications_fts JOIN communications c ON c.id = communications_fts.rowid");
    if (byStatus)
        sql += QStringLiteral(
            " JOIN cases cs ON cs.account = c.account AND cs.case_id = c.case_id");
    sql += QStringLiteral(" WHERE communications_fts MATCH ? AND c.account = ?");
    QVariantList values = {match, account};
    addFilters(query, QStringLiteral("c.time_ms"), QStringLiteral("c.submitted_by"), &sql, &values);
    sql += QStringLiteral(" ORDER BY c.time_ms DESC LIMIT ?");
    values.append(query.limit > 0 ? query.limit : -1);
    sql = QStringLiteral("SELECT h.id, h.case_id, h.submitted_by, h.time_ms, h.time_text,"
                         " cs.display_id, cs.subject, cs.status FROM (%1) h"
                         " LEFT JOIN cases cs ON cs.account = h.account AND cs.case_id = h.case_id"
                         " ORDER BY h.time_ms DESC")
              .arg(sql);

    QSqlQuery rows(db());
    if (!run(&rows, sql, values)) {
        *failure = rows.lastError().text();
        return false;
    }
    QHash<qint64, qsizetype> hitOfId;
    while (rows.next()) {
        ArchiveSearchHit hit;
        hit.caseId = rows.value(1).toString();
        hit.submittedBy = rows.value(2).toString();
        hit.timeCreated = timeOf(rows.value(3));
        hit.timeCreatedText = rows.value(4).toString();
        hit.displayId = rows.value(5).toString();
        hit.subject = rows.value(6).toString();
        hit.status = rows.value(7).toString();
        hitOfId.insert(rows.value(0).toLongLong(), hits->size());
        hits->append(hit);
    }
    if (hitOfId.isEmpty())
        return true;

    // One pass over the matches between the first and last hit: the planner must not look
    // each hit up by rowid, as FTS5 then expands a prefix term again for every one.
    QStringList marks(hitOfId.size(), QStringLiteral("?"));
    const auto [lowest, highest] = std::minmax_element(hitOfId.keyBegin(), hitOfId.keyEnd());
    QVariantList snippetValues
        = {QString(highlightStart), QString(highlightEnd), match, *lowest, *highest};
    for (auto it = hitOfId.keyBegin(); it != hitOfId.keyEnd(); ++it)
        snippetValues.append(*it);
    QSqlQuery snippets(db());
    const QString snippetSql
        = QStringLiteral("SELECT rowid, snippet(communications_fts, 0, ?, ?, '\u2026', 16)"
                         " FROM communications_fts WHERE communications_fts MATCH ?"
                         " AND rowid BETWEEN ? AND ? AND +rowid IN (%1)")
              .arg(marks.join(u','));
    if (!run(&snippets, snippetSql, snippetValues)) {
        *failure = snippets.lastError().text();
        return false;
    }
    while (snippets.next())
        (*hits)[hitOfId.value(snippets.value(0).toLongLong())].snippet
            = snippets.value(1).toString();
    return true;
}
