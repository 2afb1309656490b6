#include "ArchiveSyncAction.h"

#include "ArchiveStore.h"
#include "ArchiveSync.h"

#include <QProgressBar>
#include <QStatusBar>

namespace {

constexpr int messageTimeoutMs = 30000;

} // namespace

ArchiveSyncAction::ArchiveSyncAction(SupportClient *client, QStatusBar *statusBar, QObject *parent)
    : QAction(parent), m_client(client), m_statusBar(statusBar)
{
    setObjectName(QStringLiteral("syncArchiveAction"));
    setEnabled(false);
    updateText();
    connect(this, &QAction::triggered, this, &ArchiveSyncAction::toggleSync);

    m_progress = new QProgressBar(statusBar);
    m_progress->setObjectName(QStringLiteral("archiveSyncProgress"));
    m_progress->setMaximumSize(140, 14);
    m_progress->setFormat(tr("%v of %m cases"));
    m_progress->setAccessibleName(tr("Archive sync"));
    m_progress->hide();
    if (statusBar)
        statusBar->addPermanentWidget(m_progress);
}

ArchiveSyncAction::~ArchiveSyncAction()
{
    // The status bar may be gone already: stop without reporting.
    if (m_sync) {
        m_sync->disconnect(this);
        m_sync->cancel();
    }
}

void ArchiveSyncAction::setArchive(ArchiveStore *store, const QString &account)
{
    m_store = store;
    m_account = account;
    setEnabled(store && store->isOpen());
}

bool ArchiveSyncAction::isSyncing() const
{
    return m_sync && m_sync->isRunning();
}

void ArchiveSyncAction::toggleSync()
{
    if (isSyncing())
        m_sync->cancel();
    else
        startSync();
}

void ArchiveSyncAction::startSync()
{
    if (!m_store || !m_store->isOpen())
        return;

    delete m_sync;
    m_sync = new ArchiveSync(m_client, m_store, m_account, this);
    connect(m_sync, &ArchiveSync::casesListed, this, [this](int total) { showProgress(0, total); });
    connect(m_sync, &ArchiveSync::progressChanged, this, &ArchiveSyncAction::showProgress);
    connect(m_sync, &ArchiveSync::finished, this, &ArchiveSyncAction::onSyncFinished);
    m_sync->start();

    m_progress->setRange(0, 0); // listing cases: no total yet
    m_progress->show();
    if (m_statusBar)
        m_statusBar->showMessage(tr("Listing cases to archive\u2026"));
    updateText();
}

void ArchiveSyncAction::showProgress(int done, int total)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    if (m_statusBar)
        m_statusBar->showMessage(tr("Archiving case %1 of %2\u2026").arg(done).arg(total));
}

void ArchiveSyncAction::onSyncFinished()
{
    const ArchiveSyncSummary summary = m_sync->summary();
    QString text;
    switch (summary.outcome) {
    case ArchiveSyncSummary::Outcome::Completed:
        text = tr("Archive synced: %1 cases, %2 new, %3 new messages.")
                   .arg(summary.casesListed)
                   .arg(summary.newCases)
                   .arg(summary.newMessages);
        break;
    case ArchiveSyncSummary::Outcome::Cancelled:
        text = tr("Archive sync stopped; %1 new messages were kept.").arg(summary.newMessages);
        break;
    default:
        text = tr("Archive sync failed: %1").arg(summary.errorMessage);
        break;
    }

    m_progress->hide();
    if (m_statusBar)
        m_statusBar->showMessage(text, messageTimeoutMs);
    updateText();
    Q_EMIT syncEnded(text);
}

void ArchiveSyncAction::updateText()
{
    setText(isSyncing() ? tr("Stop Archive &Sync") : tr("&Sync Archive"));
    setToolTip(isSyncing() ? tr("Stop copying cases into the local archive")
                           : tr("Copy every case and its messages into the local archive"));
}
