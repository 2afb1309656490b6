#pragma once

#include "SupportCase.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QCheckBox;
class QLabel;
class QProgressBar;
class QSplitter;

class CaseHeader;
class CaseListModel;
class CaseListView;
class CasesReply;
class CommunicationModel;
class ConversationView;
class ErrorBanner;
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

    /// Shows \a caseId: selected in the list once the list has it, its thread at once.
    void openCase(const QString &caseId);

    /// The case whose thread is shown, or an empty string.
    QString currentCaseId() const { return m_currentCaseId; }

    CaseListModel *caseListModel() const { return m_cases; }
    CommunicationModel *communicationModel() const { return m_messages; }
    CaseListView *caseListView() const { return m_caseList; }
    ConversationView *conversationView() const { return m_conversation; }
    CaseHeader *caseHeader() const { return m_header; }
    ErrorBanner *caseListBanner() const { return m_caseListBanner; }
    ErrorBanner *conversationBanner() const { return m_conversationBanner; }

    /// Reloads the case list and the open thread.
    void refresh();
    void setIncludeResolved(bool include);

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
    void onCasePageLoaded();
    void onCaseListFailed(const SupportError &error);
    void onConversationFailed(const SupportError &error);
    void retryCaseList();
    void retryConversation();

    void updateHeader();
    void requestCaseDetails(const QString &caseId);
    void updateTitle();
    void updateStatus();
    void showAbout();

    SupportClient *m_client = nullptr;
    CaseListModel *m_cases = nullptr;
    CommunicationModel *m_messages = nullptr;

    QSplitter *m_splitter = nullptr;
    CaseListView *m_caseList = nullptr;
    ConversationView *m_conversation = nullptr;
    CaseHeader *m_header = nullptr;
    ErrorBanner *m_caseListBanner = nullptr;
    ErrorBanner *m_conversationBanner = nullptr;
    QCheckBox *m_includeResolvedBox = nullptr;

    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_includeResolvedAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QLabel *m_statusText = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_connection = nullptr;

    QString m_currentCaseId;
    SupportCase m_detailsCase; ///< details of a case the list does not hold
    QPointer<CasesReply> m_detailsReply;
};
