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

#include <atomic>
#include <functional>

namespace {

// SQLite's primary result codes for a file that is not, or no longer, a sound database.
const QString sqliteCorrupt = QStringLiteral("11");
const QString sqliteNotADatabase = QStringLiteral("26");

// Each step takes the schema from the version before it to its own number (index + 1).
const char *const migrations[] = {
    // 1: cases, their threads, attachment names and optional attachment content.
    "CREATE TABLE cases ("
    " account TEXT NOT NULL, case_id TEXT NOT NULL,"
    " display_id TEXT, subject TEXT, status TEXT, time_ms INTEGER,"
    " json TEXT," // the case as the service sent it, without its recent communications
    " first_seen_ms INTEGER, last_seen_ms INTEGER,"
    " sync_complete INTEGER NOT NULL DEFAULT 0, synced_through_ms INTEGER,"
    " last_synced_ms INTEGER,"
    " PRIMARY KEY (account, case_id));"
    "CREATE TABLE communications ("
    " id INTEGER PRIMARY KEY, account TEXT NOT NULL, case_id TEXT NOT NULL,"
    " time_text TEXT NOT NULL, time_ms INTEGER, submitted_by TEXT NOT NULL,"
    " body TEXT NOT NULL, body_hash BLOB NOT NULL,"
    " FOREIGN KEY (account, case_id) REFERENCES cases (account, case_id)"
    " ON DELETE CASCADE);"
    "CREATE UNIQUE INDEX communications_identity ON communications"
    " (account, case_id, time_text, submitted_by, body_hash);"
    "CREATE INDEX communications_by_time ON communications (account, case_id, time_ms);"
    "CREATE TABLE attachments ("
    " communication_id INTEGER NOT NULL REFERENCES communications (id) ON DELETE CASCADE,"
    " position INTEGER NOT NULL, attachment_id TEXT NOT NULL, file_name TEXT NOT NULL,"
    " PRIMARY KEY (communication_id, position));"
    "CREATE TABLE attachment_data ("
    " account TEXT NOT NULL, attachment_id TEXT NOT NULL, data BLOB NOT NULL,"
    " PRIMARY KEY (account, attachment_id));",
};
static_assert(std::size(migrations) == ArchiveStore::schemaVersion);

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

/// Runs statements separated by semicolons; SQLite's driver takes one at a time.
bool execScript(QSqlDatabase db, const QString &script, QString *problem)
{
    for (const QString &statement : script.split(u';', Qt::SkipEmptyParts)) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery query(db);
        if (!query.exec(statement)) {
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
            if (!execScript(db(), QString::fromLatin1(migrations[version - 1]), &problem)) {
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
