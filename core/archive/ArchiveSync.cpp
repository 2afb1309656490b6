#include "ArchiveSync.h"

#include "ArchiveStore.h"
#include "Logging.h"
#include "SupportClient.h"
#include "SupportReply.h"

#include <QTimer>

ArchiveSync::ArchiveSync(SupportClient *client, ArchiveStore *store, const QString &account,
                         QObject *parent)
    : QObject(parent), m_client(client), m_store(store), m_account(account)
{ }

ArchiveSync::~ArchiveSync()
{
    if (m_reply)
        m_reply->abort();
}

void ArchiveSync::setTimeRange(const QDateTime &after, const QDateTime &before)
{
    m_after = after;
    m_before = before;
}

void ArchiveSync::setRecheckResolved(bool recheck)
{
    m_recheckResolved = recheck;
}

void ArchiveSync::start()
{
    if (m_running)
        return;
    m_running = true;
    m_summary = {};
    m_caseIds.clear();
    m_statuses.clear();
    m_caseIndex = -1;

    // Through the event loop, so that a caller can connect to the signals first.
    QTimer::singleShot(0, this, [this] {
        if (m_running)
            listCases({});
    });
}

void ArchiveSync::cancel()
{
    if (!m_running)
        return;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    finish(ArchiveSyncSummary::Outcome::Cancelled);
}

bool ArchiveSync::isRunning() const
{
    return m_running;
}

void ArchiveSync::listCases(const QString &nextToken)
{
    CasesQuery query;
    query.includeResolved = true;
    query.includeCommunications = false;
    query.after = m_after;
    query.before = m_before;
    query.nextToken = nextToken;

    CasesReply *reply = m_client->describeCases(query);
    watch(reply);
    connect(reply, &SupportReply::finished, this, [this, reply] {
        if (!reply->hasError())
            casesArrived(reply->page());
    });
}

void ArchiveSync::casesArrived(const CasePage &page)
{
    int added = 0;
    if (!m_store->storeCases(m_account, page.cases, &added))
        return failWithStore();
    m_summary.casesListed += int(page.cases.size());
    m_summary.newCases += added;
    for (const SupportCase &supportCase : page.cases) {
        m_caseIds.append(supportCase.caseId);
        m_statuses.append(supportCase.status);
    }

    if (!page.nextToken.isEmpty())
        return listCases(page.nextToken);

    qCInfo(lcArchive) << "sync listed" << m_caseIds.size() << "cases," << added << "new";
    Q_EMIT casesListed(int(m_caseIds.size()));
    syncNextCase();
}

void ArchiveSync::syncNextCase()
{
    ++m_caseIndex;
    if (m_caseIndex >= m_caseIds.size())
        return finish(ArchiveSyncSummary::Outcome::Completed);

    const QString caseId = m_caseIds.at(m_caseIndex);
    if (!needsSync(caseId, m_statuses.at(m_caseIndex)))
        return finishCase(true);

    // A completed sync vouches for everything up to its newest message; the service's
    // afterTime is inclusive, so that message comes back and is recognised as archived.
    m_threadAfter = m_store->caseState(m_account, caseId).syncedThrough;
    m_threadAdded = 0;
    if (!m_store->markSyncStarted(m_account, caseId))
        return failWithStore();
    requestCommunications({});
}

bool ArchiveSync::needsSync(const QString &caseId, const QString &status) const
{
    if (m_recheckResolved || status != QLatin1String("resolved"))
        return true;
    return !m_store->caseState(m_account, caseId).syncComplete;
}

void ArchiveSync::requestCommunications(const QString &nextToken)
{
    CommunicationsQuery query;
    query.caseId = m_caseIds.at(m_caseIndex);
    query.after = m_threadAfter;
    query.nextToken = nextToken;
    query.maxResults = SupportClient::maxPageSize;
    Q_EMIT communicationsRequested(query);
    if (!m_running)
        return; // cancelled by a receiver of the signal

    CommunicationsReply *reply = m_client->describeCommunications(query);
    watch(reply);
    connect(reply, &SupportReply::finished, this, [this, reply] {
        if (!reply->hasError())
            communicationsArrived(reply->page());
    });
}

void ArchiveSync::communicationsArrived(const CommunicationPage &page)
{
    int added = 0;
    const QString caseId = m_caseIds.at(m_caseIndex);
    if (!m_store->storeCommunications(m_account, caseId, page.communications, &added))
        return failWithStore();
    m_threadAdded += added;
    m_summary.newMessages += added;

    if (!page.nextToken.isEmpty())
        return requestCommunications(page.nextToken);

    if (!m_store->markSyncCompleted(m_account, caseId))
        return failWithStore();
    ++m_summary.casesSynced;
    Q_EMIT caseSynced(caseId, m_threadAdded);
    finishCase(false);
}

void ArchiveSync::finishCase(bool skipped)
{
    if (skipped)
        ++m_summary.casesSkipped;
    Q_EMIT progressChanged(m_caseIndex + 1, int(m_caseIds.size()));
    syncNextCase();
}

void ArchiveSync::watch(SupportReply *reply)
{
    m_reply = reply;
    connect(reply, &SupportReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->hasError())
            return;

        // A case the service no longer knows is exactly what the archive is for: keep what
        // is held and go on with the others.
        const bool forgotten = reply->error().kind() == SupportError::Kind::NotFound
            && m_caseIndex >= 0 && m_caseIndex < m_caseIds.size();
        if (forgotten)
            return finishCase(true);
        failWith(reply->error());
    });
}

void ArchiveSync::failWithStore()
{
    m_summary.errorMessage = tr("The archive could not be written: %1").arg(m_store->errorString());
    finish(ArchiveSyncSummary::Outcome::Failed);
}

void ArchiveSync::failWith(const SupportError &error)
{
    m_summary.error = error;
    m_summary.errorMessage = error.userMessage();
    finish(ArchiveSyncSummary::Outcome::Failed);
}

void ArchiveSync::finish(ArchiveSyncSummary::Outcome outcome)
{
    m_running = false;
    m_reply = nullptr;
    m_summary.outcome = outcome;
    qCInfo(lcArchive) << "sync ended:" << int(outcome) << m_summary.casesSynced << "threads,"
                      << m_summary.newMessages << "new messages";
    Q_EMIT finished();
}
