#pragma once

#include <QAction>
#include <QPointer>

class QProgressBar;
class QStatusBar;

class ArchiveStore;
class ArchiveSync;
class SupportClient;

/// File > Sync Archive: copies every case into the local archive, with its progress in the
/// status bar; while a sync runs, the same action cancels it.
class ArchiveSyncAction : public QAction
{
    Q_OBJECT

public:
    ArchiveSyncAction(SupportClient *client, QStatusBar *statusBar, QObject *parent = nullptr);
    ~ArchiveSyncAction() override;

    /// The archive to fill and the account's partition in it; the action is disabled until
    /// an open archive is set.
    void setArchive(ArchiveStore *store, const QString &account);

    bool isSyncing() const;

    /// The progress bar shown in the status bar while a sync runs.
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    /// A sync ended; \a summaryText says what it brought, or why it stopped.
    void syncEnded(const QString &summaryText);

private:
    void toggleSync();
    void startSync();
    void showProgress(int done, int total);
    void onSyncFinished();
    void updateText();

    SupportClient *m_client;
    QPointer<QStatusBar> m_statusBar;
    QPointer<ArchiveStore> m_store;
    QString m_account;
    ArchiveSync *m_sync = nullptr;
    QProgressBar *m_progress = nullptr;
};
