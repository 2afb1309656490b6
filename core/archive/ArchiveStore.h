#pragma once

#include "Communication.h"
#include "SupportCase.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QSqlDatabase;
class QUrl;

/// Where one case stands in the archive: what was kept of it and how far its sync got.
struct ArchivedCaseState
{
    bool known = false; ///< the archive holds the case at all
    bool syncComplete = false; ///< the last sync of its thread ran to the end
    QDateTime syncedThrough; ///< the newest message time when a sync last completed
    QDateTime lastSynced; ///< when a sync of the thread last completed (this computer's clock)
    QDateTime lastSeen; ///< when DescribeCases last returned the case
    int messageCount = 0;
};

/// What to look for across the archived cases of an account.
struct ArchiveSearchQuery
{
    enum class Side { Anyone, Aws, Customer };

    QString text; ///< words, "quoted phrases" and word* prefixes, as a person types them
    QDateTime after; ///< invalid: no lower bound
    QDateTime before; ///< invalid: no upper bound
    QString status; ///< a case status such as "resolved"; empty: any
    Side side = Side::Anyone; ///< who wrote the message
    int limit = 200;
};

/// One place the search text was found: a message, or a case's subject.
struct ArchiveSearchHit
{
    QString caseId;
    QString displayId;
    QString subject;
    QString status;
    QString submittedBy;
    QDateTime timeCreated; ///< of the message, or of the case for a subject
    QString timeCreatedText;
    /// Words around the match; each match sits between highlightStart and highlightEnd.
    QString snippet;
    bool inSubject = false;
};

/// The local SQLite archive: cases, their threads and attachments, kept past the service's
/// retention and readable offline.
///
/// One file per computer holds every account, each row tagged with an account key the caller
/// chooses (a profile name or account id); no credential is ever stored. Every store call is
/// one transaction, so a crash leaves either the whole page or none of it. Rows are never
/// deleted by a sync. Communications have no id of their own: a message is the same when its
/// case, time, sender and body are.
///
/// An archive is used from the thread that opened it; each instance has its own connection.
class ArchiveStore : public QObject
{
    Q_OBJECT

public:
    /// The schema this build writes; older files are migrated step by step on open().
    static constexpr int schemaVersion = 2;

    explicit ArchiveStore(QObject *parent = nullptr);
    ~ArchiveStore() override;

    /// The archive file in the application data folder.
    static QString defaultPath();

    /// The partition for a connection: its profile ("default" when none was named) at the
    /// endpoint's host, so that a sandbox's cases never mix with an account's.
    static QString accountKey(const QString &profile, const QUrl &endpoint);

    /// Opens (creating if needed) the archive at \a path, or defaultPath() when empty. A file
    /// that is not a database or fails its quick check is renamed aside first, and
    /// damagedFileMovedAside() says where it went. Returns false with errorString() set when
    /// no usable archive could be opened.
    bool open(const QString &path = {});
    void close();
    bool isOpen() const;
    QString path() const;
    QString errorString() const;

    /// Where the last open() moved a damaged file; empty when it moved none.
    QString movedAsidePath() const;

    /// Stores or updates a page of cases; \a added counts cases the archive did not hold.
    bool storeCases(const QString &account, const QList<SupportCase> &cases, int *added = nullptr);

    /// Stores a page of a case's thread, skipping messages already held; \a added counts the
    /// new ones. The case needs no row of its own beforehand.
    bool storeCommunications(const QString &account, const QString &caseId,
                             const QList<Communication> &communications, int *added = nullptr);

    /// Keeps the content of an attachment (optional: metadata is kept with its message).
    bool storeAttachmentData(const QString &account, const QString &attachmentId,
                             const QByteArray &data);
    QByteArray attachmentData(const QString &account, const QString &attachmentId) const;

    /// Every archived case of \a account, newest first.
    QList<SupportCase> cases(const QString &account) const;

    /// The archived thread of a case, newest first as the service sends it.
    QList<Communication> communications(const QString &account, const QString &caseId) const;

    ArchivedCaseState caseState(const QString &account, const QString &caseId) const;

    /// Time of the newest archived message of a case; invalid when none is archived.
    QDateTime newestMessageTime(const QString &account, const QString &caseId) const;

    /// Records that a sync of the case's thread started: until markSyncCompleted() the thread
    /// may lack older messages.
    bool markSyncStarted(const QString &account, const QString &caseId);

    /// Records that the whole thread up to its newest message is archived.
    bool markSyncCompleted(const QString &account, const QString &caseId);

    /// Marks around each match in ArchiveSearchHit::snippet (private-use characters, which
    /// service text does not carry).
    static constexpr QChar highlightStart = QChar(0xe000);
    static constexpr QChar highlightEnd = QChar(0xe001);

    /// Reads what a person typed into a full-text query: words must all occur, "quoted
    /// words" in that order, and a word ending in * as a prefix; every other character is
    /// taken literally. Returns an empty string with \a problem set when nothing is left to
    /// search for.
    static QString matchExpression(const QString &text, QString *problem = nullptr);

    /// Messages and case subjects of \a account that match \a query, newest first. On a
    /// query that cannot be run, returns nothing with \a problem set to a sentence.
    QList<ArchiveSearchHit> search(const QString &account, const ArchiveSearchQuery &query,
                                   QString *problem = nullptr) const;

Q_SIGNALS:
    /// open() found \a path damaged and renamed it to \a movedTo before starting afresh.
    void damagedFileMovedAside(const QString &path, const QString &movedTo);

private:
    struct Private;
    const std::unique_ptr<Private> d;
};
