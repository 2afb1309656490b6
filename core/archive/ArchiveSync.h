#pragma once

#include "SupportError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class ArchiveStore;
class SupportClient;
class SupportReply;
struct CasePage;
struct CommunicationPage;
struct CommunicationsQuery;

/// What one archive sync did.
struct ArchiveSyncSummary
{
    enum class Outcome { Running, Completed, Cancelled, Failed };

    Outcome outcome = Outcome::Running;
    int casesListed = 0; ///< cases the service returned
    int newCases = 0; ///< of those, cases the archive did not hold
    int casesSynced = 0; ///< threads brought up to date
    int casesSkipped = 0; ///< resolved threads already complete, or cases the service forgot
    int newMessages = 0;
    QString errorMessage; ///< a sentence for people when the sync failed
    SupportError error; ///< the service's error, when one ended the sync
};

/// Copies every case of an account and each case's thread into an ArchiveStore.
///
/// Cases are listed first (resolved ones included), then threads are fetched one case at a
/// time, so that a sync never adds to the load the client already spreads with its retries.
/// A thread whose last sync completed is asked only for messages at or after the newest one
/// it held then; a thread whose sync was interrupted is asked again from that same point, and
/// what is already archived is skipped. Nothing is ever deleted.
class ArchiveSync : public QObject
{
    Q_OBJECT

public:
    ArchiveSync(SupportClient *client, ArchiveStore *store, const QString &account,
                QObject *parent = nullptr);
    ~ArchiveSync() override;

    /// Only cases created in [after, before); invalid times leave that side open.
    void setTimeRange(const QDateTime &after, const QDateTime &before);

    /// Also asks again for resolved cases whose archived thread is complete (off by default:
    /// one request each that rarely finds anything).
    void setRecheckResolved(bool recheck);

    /// Starts through the event loop; finished() follows once.
    void start();

    /// Stops after aborting the request on the wire; what was stored so far stays.
    void cancel();

    bool isRunning() const;
    ArchiveSyncSummary summary() const { return m_summary; }

Q_SIGNALS:
    /// The case list is complete: \a total threads are to be looked at.
    void casesListed(int total);
    /// One more thread was looked at; \a done of \a total so far.
    void progressChanged(int done, int total);
    /// A DescribeCommunications request is about to be sent.
    void communicationsRequested(const CommunicationsQuery &query);
    void caseSynced(const QString &caseId, int newMessages);
    void finished();

private:
    void listCases(const QString &nextToken);
    void casesArrived(const CasePage &page);
    void syncNextCase();
    void requestCommunications(const QString &nextToken);
    void communicationsArrived(const CommunicationPage &page);
    void finishCase(bool skipped);
    bool needsSync(const QString &caseId, const QString &status) const;
    void watch(SupportReply *reply);
    void failWithStore();
    void failWith(const SupportError &error);
    void finish(ArchiveSyncSummary::Outcome outcome);

    SupportClient *m_client;
    ArchiveStore *m_store;
    QString m_account;
    QDateTime m_after;
    QDateTime m_before;
    bool m_recheckResolved = false;

    QPointer<SupportReply> m_reply;
    QStringList m_caseIds;
    QStringList m_statuses; ///< parallel to m_caseIds
    int m_caseIndex = -1;
    QDateTime m_threadAfter; ///< the lower bound of the current thread's requests
    int m_threadAdded = 0;
    bool m_running = false;
    ArchiveSyncSummary m_summary;
};
