#include "HeadlessCommands.h"

#include "ArchiveStore.h"
#include "ArchiveSync.h"

#include <cstdio>

// `casebook sync`: lists every case and copies each thread into the archive. Progress goes to
// standard error, one line a case, so that a terminal or a log shows how far it got.
void HeadlessCommands::syncArchive()
{
    auto store = new ArchiveStore(this);
    connect(store, &ArchiveStore::damagedFileMovedAside, this,
            [this](const QString &, const QString &movedTo) {
                failWith(tr("The archive was damaged; it was moved to %1 and a new one started.")
                             .arg(movedTo));
            });
    if (!store->open(m_archivePath)) {
        failWith(tr("The archive cannot be opened: %1").arg(store->errorString()));
        Q_EMIT finished(1);
        return;
    }

    auto sync = new ArchiveSync(m_client, store, m_archiveAccount, this);
    sync->setTimeRange(m_commandLine.after, m_commandLine.before);
    sync->setRecheckResolved(m_commandLine.allCases);
    connect(sync, &ArchiveSync::progressChanged, this, [](int done, int total) {
        std::fprintf(stderr, "casebook: %s\n",
                     qPrintable(tr("synced %1 of %2 cases").arg(done).arg(total)));
    });
    connect(sync, &ArchiveSync::finished, this, [this, sync, store] {
        const ArchiveSyncSummary summary = sync->summary();
        if (summary.outcome != ArchiveSyncSummary::Outcome::Completed) {
            if (summary.error.isError())
                return fail(summary.error);
            failWith(summary.errorMessage);
            Q_EMIT finished(1);
            return;
        }

        const QString report = tr("Archived %1 cases (%2 new) and %3 new messages in %4")
                                   .arg(summary.casesListed)
                                   .arg(summary.newCases)
                                   .arg(summary.newMessages)
                                   .arg(store->path());
        Q_EMIT finished(writeOutput(report.toUtf8() + '\n') ? 0 : 1);
    });
    sync->start();
}
