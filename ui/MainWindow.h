#pragma once

#include "CaseFilterModel.h"
#include "DateRange.h"
#include "SupportCase.h"
#include "ThreadExport.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QUrl;

class AccountStore;
class ArchiveSearchDialog;
class ArchiveStore;
class ArchiveSyncAction;
class AttachmentActions;
class CaseFilterBar;
class CaseHeader;
class CaseLookup;
class CaseListModel;
class CaseListView;
class CasesReply;
class CommunicationFilterModel;
class CommunicationModel;
class ConversationView;
class DateRangeBar;
class ErrorBanner;
class FindBar;
class SupportClient;
class SupportError;

/// Casebook's main window: the account's cases on the left, the chosen case's thread on the
/// right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(SupportClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Where Casebook is connected, for the status bar; never contains secrets.
    void setConnectionDescription(const QString &text);
    /// The status bar's description of where the shown thread comes from.
    QString connectionDescription() const;

    /// Leaves the case list empty with \a note in place of an error, and asks the service for
    /// no list: for a window that reads a file and has no credentials. An empty \a note lists
    /// cases again from the next refresh().
    void setCaseListOffline(const QString &note);

    /// Shows \a caseId: selected in the list once the list has it, its thread at once.
    void openCase(const QString &caseId);

    /// The case whose thread is shown, or an empty string.
    QString currentCaseId() const { return m_currentCaseId; }

    CaseListModel *caseListModel() const { return m_cases; }
    CommunicationModel *communicationModel() const { return m_messages; }
    /// What the conversation view shows: the thread through the find bar's criteria.
    CommunicationFilterModel *threadFilterModel() const { return m_threadFilter; }
    FindBar *findBar() const { return m_findBar; }
    CaseListView *caseListView() const { return m_caseList; }
    ConversationView *conversationView() const { return m_conversation; }
    AttachmentActions *attachmentActions() const { return m_attachments; }
    CaseHeader *caseHeader() const { return m_header; }
    ErrorBanner *caseListBanner() const { return m_caseListBanner; }
    ErrorBanner *conversationBanner() const { return m_conversationBanner; }
    CaseFilterModel *caseFilterModel() const { return m_caseFilter; }
    CaseFilterBar *caseFilterBar() const { return m_filterBar; }
    DateRangeBar *dateRangeBar() const { return m_dateBar; }
    ArchiveSyncAction *syncArchiveAction() const { return m_syncArchiveAction; }
    QAction *searchArchiveAction() const { return m_searchArchiveAction; }
    /// The search dialog, once Edit > Search All Cases has opened it.
    ArchiveSearchDialog *archiveSearchDialog() const { return m_searchDialog; }

    /// Opens \a caseId and goes to its message written at \a timeCreated, if shown.
    void openMessage(const QString &caseId, const QDateTime &timeCreated);

    /// The local archive and this connection's partition in it; without one, nothing is
    /// archived and File > Sync Archive stays disabled.
    void setArchive(ArchiveStore *store, const QString &account);

    /// Reloads the case list and the open thread.
    void refresh();
    void setIncludeResolved(bool include);
    /// Which cases the list shows; asks the service for resolved cases when they are needed.
    void setCaseStatus(CaseFilterModel::Status status);
    /// Shows the thread oldest first, chat-like, opening at the newest message at the bottom.
    void setOldestFirst(bool oldestFirst);
    /// Narrows the thread to \a range's days; the range stays when another case is opened.
    void setDateRange(const DateRange &range);
    /// Goes to the case that \a text names by case id or number, asking the service when the
    /// list does not hold it.
    void lookUpCase(const QString &text);

    /// Shows the thread in \a path (a JSON export, or describe-communications output) without
    /// the service. Returns false, with \a errorMessage set and the window unchanged, when the
    /// file cannot be read as one.
    bool openFile(const QString &path, QString *errorMessage = nullptr);
    /// The file whose thread is shown, or an empty string when it comes from the service.
    QString openedFile() const { return m_openedPath; }
    /// Takes on the saved preferences: theme, thread font, page size, order, timeout,
    /// download folder and log file.
    void applySettings();
    /// Edit > Preferences; the window takes on what the dialog applies.
    void showPreferences();
    /// Help > Diagnostics.
    void showDiagnostics();
    /// The case's page in the AWS console of the connected partition.
    QUrl consoleUrl(const QString &caseId) const;
    /// File > Export (Ctrl+E): the export dialog for the case shown.
    QAction *exportAction() const { return m_exportAction; }
    QAction *preferencesAction() const { return m_preferencesAction; }
    QAction *diagnosticsAction() const { return m_diagnosticsAction; }

    /// Offers File > Accounts for \a store's accounts; without a store the entry is hidden.
    void setAccountStore(AccountStore *store);
    /// Opens the accounts dialog.
    void showAccounts();

Q_SIGNALS:
    /// The user asked to use a stored account instead of the current credentials.
    void accountChosen(const QString &name);
    /// The export dialog opens for \a caseId (File > Export or the case list's menu).
    void exportRequested(const QString &caseId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createCaseListPane();
    QWidget *createConversationPane();
    void createActions();
    void createMenus();
    void createStatusBar();
    void connectModels();
    void restoreSettings();
    void saveSettings() const;

    void showCase(const QString &caseId);
    void loadThread(const QString &caseId);
    void fetchCases();
    void updateRangeNotice();
    void onCaseLookedUp(const SupportCase &supportCase);
    void onCasePageLoaded();
    void onCaseListFailed(const SupportError &error);
    void onConversationFailed(const SupportError &error);
    void retryCaseList();
    void retryConversation();

    void updateHeader();
    void requestCaseDetails(const QString &caseId);
    void updateTitle();
    void showConnection(const QString &text);
    void updateStatus();
    static QString offlineNotice(const QDateTime &lastSynced);
    void showArchiveSearch();
    void showAbout();
    void addMessageActions(QMenu *menu, const QModelIndex &index);
    void onPreferencesApplied();
    void chooseFileToOpen();
    /// File > Export: the dialog, with \a caseId as "this case" (may be empty).
    void showExportDialog(const QString &caseId);
    static bool writePdf(const ThreadExport &thread, const QString &path, QString *errorMessage);

    SupportClient *m_client = nullptr;
    CaseListModel *m_cases = nullptr;
    CommunicationModel *m_messages = nullptr;

    QSplitter *m_splitter = nullptr;
    CaseListView *m_caseList = nullptr;
    ConversationView *m_conversation = nullptr;
    AttachmentActions *m_attachments = nullptr;
    CommunicationFilterModel *m_threadFilter = nullptr;
    FindBar *m_findBar = nullptr;
    CaseHeader *m_header = nullptr;
    ErrorBanner *m_caseListBanner = nullptr;
    ErrorBanner *m_conversationBanner = nullptr;
    CaseFilterModel *m_caseFilter = nullptr;
    CaseFilterBar *m_filterBar = nullptr;
    CaseLookup *m_lookup = nullptr;
    DateRangeBar *m_dateBar = nullptr;

    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_includeResolvedAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_oldestFirstAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_diagnosticsAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_accountsAction = nullptr;
    AccountStore *m_accountStore = nullptr;
    ArchiveSyncAction *m_syncArchiveAction = nullptr;
    QAction *m_searchArchiveAction = nullptr;
    ArchiveSearchDialog *m_searchDialog = nullptr;
    QPointer<ArchiveStore> m_archive;
    QString m_archiveAccount;

    QLabel *m_statusText = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_connection = nullptr;

    QString m_currentCaseId;
    SupportCase m_detailsCase; ///< details of a case the list does not hold
    QPointer<CasesReply> m_detailsReply;
    QString m_restoredCaseId; ///< the case read last time, selected when the list has it
    bool m_logToFile = false; ///< the log file preference as last applied
    QString m_openedPath;          ///< the file the thread was read from, if any
    QString m_connectionDescription;
    QString m_caseListOfflineNote;
    ThreadExport m_openedThread;   ///< all of it, whatever the date range shows
};
