#include "MainWindow.h"

#include "AccountsDialog.h"
#include "ArchiveSearchDialog.h"
#include "ArchiveStore.h"
#include "ArchiveSyncAction.h"
#include "AttachmentActions.h"
#include "CaseFilterBar.h"
#include "CaseHeader.h"
#include "CaseListModel.h"
#include "CaseListView.h"
#include "CaseLookup.h"
#include "CommunicationFilterModel.h"
#include "CommunicationModel.h"
#include "ConsoleLink.h"
#include "ConversationView.h"
#include "DateRangeBar.h"
#include "DiagnosticsDialog.h"
#include "ErrorBanner.h"
#include "ExportDialog.h"
#include "ExportFile.h"
#include "FindBar.h"
#include "LogFile.h"
#include "Logging.h"
#include "PdfExporter.h"
#include "PreferencesDialog.h"
#include "Settings.h"
#include "SupportClient.h"
#include "Theme.h"
#include "ThreadFile.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaEnum>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTextDocument>
#include <QToolButton>

#include <utility>

namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString splitterKey = QStringLiteral("window/splitter");
const QString oldestFirstKey = QStringLiteral("view/oldestFirst");
const QString includeResolvedKey = QStringLiteral("view/includeResolved");
const QString caseStatusKey = QStringLiteral("view/caseStatus");

} // namespace

MainWindow::MainWindow(SupportClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_cases(new CaseListModel(client, this))
    , m_messages(new CommunicationModel(client, this))
    , m_caseFilter(new CaseFilterModel(this))
    , m_lookup(new CaseLookup(client, this))
{
    m_caseFilter->setSourceModel(m_cases);
    createActions();

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(1);
    m_splitter->addWidget(createCaseListPane());
    m_splitter->addWidget(createConversationPane());
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    setCentralWidget(m_splitter);
    m_attachments = new AttachmentActions(client, m_messages, m_conversation, this);

    createMenus();
    createStatusBar();
    connectModels();
    restoreSettings();
    applySettings();
    updateTitle();
    updateStatus();

    fetchCases();
}

MainWindow::~MainWindow()
{
    // The reply's finished() would reach no one once this window is gone, and nothing else
    // would delete it.
    if (m_detailsReply) {
        m_detailsReply->disconnect(this);
        m_detailsReply->abort();
        m_detailsReply->deleteLater();
    }
}

void MainWindow::setConnectionDescription(const QString &text)
{
    m_connectionDescription = text;
    if (m_openedPath.isEmpty())
        showConnection(text);
}

QString MainWindow::connectionDescription() const
{
    return m_connection->text();
}

void MainWindow::showConnection(const QString &text)
{
    m_connection->setText(text);
    m_connection->setToolTip(Qt::convertFromPlainText(text));
}

void MainWindow::setCaseListOffline(const QString &note)
{
    m_caseListOfflineNote = note;
    m_caseListBanner->hide();
    m_caseList->setNote(note);
    updateStatus();
}

void MainWindow::setAccountStore(AccountStore *store)
{
    m_accountStore = store;
    m_accountsAction->setVisible(store != nullptr);
}

void MainWindow::showAccounts()
{
    if (!m_accountStore)
        return;
    auto *dialog = new AccountsDialog(m_accountStore, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountsDialog::accountChosen, this, &MainWindow::accountChosen);
    dialog->open();
}

void MainWindow::openCase(const QString &caseId)
{
    if (caseId.isEmpty())
        return;

    // Remembered as the current case first, so that a list page arriving later selects it
    // instead of the list's first case.
    m_currentCaseId = caseId;
    if (m_caseList->selectCase(caseId))
        return;

    m_caseList->selectionModel()->clear();
    m_currentCaseId.clear();
    showCase(caseId);
}

void MainWindow::setArchive(ArchiveStore *store, const QString &account)
{
    m_archive = store;
    m_archiveAccount = account;
    m_syncArchiveAction->setArchive(store, account);
    m_searchArchiveAction->setEnabled(store && store->isOpen());
    if (m_searchDialog)
        m_searchDialog->setArchive(store, account);
    m_cases->setArchive(store, account);
    m_messages->setArchive(store, account);
}

void MainWindow::refresh()
{
    m_caseListBanner->hide();
    m_cases->reload();
    fetchCases();

    if (m_currentCaseId.isEmpty())
        return;
    m_conversationBanner->hide();
    loadThread(m_currentCaseId);
}

void MainWindow::setIncludeResolved(bool include)
{
    if (CaseFilterModel::needsResolved(m_caseFilter->status()) == include)
        return;
    setCaseStatus(include ? CaseFilterModel::Status::All : CaseFilterModel::Status::Open);
}

void MainWindow::setCaseStatus(CaseFilterModel::Status status)
{
    const bool include = CaseFilterModel::needsResolved(status);
    m_filterBar->setStatus(status);
    const QSignalBlocker blockAction(m_includeResolvedAction);
    m_includeResolvedAction->setChecked(include);

    m_caseList->holdPosition();
    m_caseFilter->setStatus(status);
    m_caseList->restorePosition();
    if (m_cases->includeResolved() == include)
        return;

    m_caseListBanner->hide();
    m_cases->setIncludeResolved(include);
    fetchCases();
}

void MainWindow::setDateRange(const DateRange &range)
{
    // Called from elsewhere, the bar shows the range first and calls back.
    if (m_dateBar->range() != range) {
        m_dateBar->setRange(range);
        return;
    }
    if (m_currentCaseId.isEmpty())
        return;
    m_conversationBanner->hide();
    loadThread(m_currentCaseId);
}

void MainWindow::lookUpCase(const QString &text)
{
    m_filterBar->showMessage({});
    m_lookup->lookUp(text, m_cases->cases());
}

bool MainWindow::openFile(const QString &path, QString *errorMessage)
{
    ThreadExport thread;
    QString problem;
    if (!ThreadFile::read(path, &thread, &problem)) {
        qCInfo(lcUi) << "a file could not be opened as a thread";
        if (errorMessage)
            *errorMessage = problem;
        return false;
    }

    // The file's thread takes the place of the service's: no case is chosen in the list, and
    // the list's pages must not choose one either.
    m_openedPath = QFileInfo(path).absoluteFilePath();
    m_openedThread = thread;
    m_attachments->setSavedFiles(ThreadFile::savedAttachmentFiles(thread, m_openedPath));
    QString caseId = thread.hasCase ? thread.supportCase.caseId : QString();
    if (caseId.isEmpty() && !thread.communications.isEmpty())
        caseId = thread.communications.first().caseId;
    m_currentCaseId = caseId.isEmpty() ? m_openedPath : caseId;
    m_caseList->selectionModel()->clear();

    m_conversationBanner->hide();
    updateHeader();
    updateTitle();
    showConnection(tr("Reading %1 (offline)").arg(QDir::toNativeSeparators(m_openedPath)));
    loadThread(m_currentCaseId);
    m_conversation->scrollToTop();
    return true;
}

void MainWindow::chooseFileToOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Exported Thread"), QFileInfo(m_openedPath).absolutePath(),
        tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;

    QString problem;
    if (!openFile(path, &problem))
        QMessageBox::warning(this, tr("Open Exported Thread"), problem);
}

bool MainWindow::writePdf(const ThreadExport &thread, const QString &path, QString *errorMessage)
{
    return PdfExporter::writeFile(thread, path, errorMessage);
}

void MainWindow::showExportDialog(const QString &caseId)
{
    Q_EMIT exportRequested(caseId);

    auto dialog = new ExportDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);

    QList<SupportCase> selected;
    for (const QString &caseId : m_caseList->selectedCaseIds()) {
        if (const int row = m_cases->rowOf(caseId); row >= 0)
            selected.append(m_cases->supportCase(row));
    }
    dialog->setSelectedCases(selected);

    if (!m_openedPath.isEmpty()) {
        dialog->setCurrentThread(m_openedThread);
    } else if (!caseId.isEmpty()) {
        const int row = m_cases->rowOf(caseId);
        SupportCase current = row >= 0 ? m_cases->supportCase(row) : m_detailsCase;
        if (current.caseId != caseId) {
            current = {};
            current.caseId = caseId;
        }
        dialog->setCurrentCase(current);
    }
    dialog->setDateRange(m_dateBar->range());
    dialog->setIncludeResolved(m_cases->includeResolved());
    dialog->setWriter(&MainWindow::writePdf);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

QWidget *MainWindow::createCaseListPane()
{
    auto pane = new QWidget(this);

    auto refreshButton = new QToolButton(pane);
    refreshButton->setDefaultAction(m_refreshAction);
    refreshButton->setAutoRaise(true);

    m_filterBar = new CaseFilterBar(pane);
    m_filterBar->setObjectName(QStringLiteral("caseFilterBar"));
    m_filterBar->addTrailingWidget(refreshButton);
    connect(m_filterBar, &CaseFilterBar::statusChanged, this, &MainWindow::setCaseStatus);
    connect(m_filterBar, &CaseFilterBar::lookupRequested, this, &MainWindow::lookUpCase);
    // Narrowing the list keeps the case being read where it is, if it stays listed.
    connect(m_filterBar, &CaseFilterBar::textChanged, this, [this](const QString &text) {
        m_caseList->holdPosition();
        m_caseFilter->setText(text);
        m_caseList->restorePosition();
        fetchCases();
    });
    connect(m_filterBar, &CaseFilterBar::createdRangeChanged, this,
            [this](const DateRange &range) {
                m_caseList->holdPosition();
                m_caseFilter->setCreatedRange(range);
                m_caseList->restorePosition();
                fetchCases();
            });

    m_caseListBanner = new ErrorBanner(pane);
    m_caseListBanner->setObjectName(QStringLiteral("caseListErrorBanner"));
    m_caseListBanner->setAccessibleName(tr("Case list error"));
    connect(m_caseListBanner, &ErrorBanner::retryClicked, this, &MainWindow::retryCaseList);

    m_caseList = new CaseListView(pane);
    m_caseList->setObjectName(QStringLiteral("caseList"));
    m_caseList->setModel(m_caseFilter);
    m_caseList->setMinimumWidth(240);
    connect(m_caseList, &CaseListView::caseActivated, this, &MainWindow::showCase);
    connect(m_caseList, &CaseListView::exportRequested, this, &MainWindow::showExportDialog);
    m_caseList->setConsolePartition(m_client->endpoint().partition);
    connect(m_caseList, &CaseListView::consoleOpenRequested, this,
            [](const QUrl &url) { QDesktopServices::openUrl(url); });

    auto column = new QVBoxLayout(pane);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_filterBar);
    column->addWidget(m_caseListBanner);
    column->addWidget(m_caseList, 1);
    return pane;
}

QWidget *MainWindow::createConversationPane()
{
    auto pane = new QWidget(this);

    m_header = new CaseHeader(pane);
    m_header->setObjectName(QStringLiteral("caseHeader"));
    m_header->hide();

    m_dateBar = new DateRangeBar(pane);
    m_dateBar->setObjectName(QStringLiteral("dateRangeBar"));
    connect(m_dateBar, &DateRangeBar::rangeChanged, this, &MainWindow::setDateRange);

    m_conversationBanner = new ErrorBanner(pane);
    m_conversationBanner->setObjectName(QStringLiteral("conversationErrorBanner"));
    m_conversationBanner->setAccessibleName(tr("Conversation error"));
    connect(m_conversationBanner, &ErrorBanner::retryClicked, this, &MainWindow::retryConversation);

    m_conversation = new ConversationView(pane);
    m_conversation->setObjectName(QStringLiteral("conversation"));
    // The view shows the thread through the find bar's criteria: its rows are the filter's,
    // mapped with mapToSource() wherever CommunicationModel's own rows are meant.
    m_threadFilter = new CommunicationFilterModel(this);
    m_threadFilter->setSourceModel(m_messages);
    m_conversation->setModel(m_threadFilter);
    m_conversation->setMinimumWidth(320);
    connect(m_conversation, &ConversationView::contextMenuAboutToShow, this,
            &MainWindow::addMessageActions);

    m_findBar = new FindBar(pane);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    m_findBar->setModel(m_threadFilter);
    m_findBar->setView(m_conversation);
    m_findBar->hide();

    auto column = new QVBoxLayout(pane);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_header);
    column->addWidget(m_dateBar);
    column->addWidget(m_conversationBanner);
    column->addWidget(m_findBar);
    column->addWidget(m_conversation, 1);
    return pane;
}

void MainWindow::createActions()
{
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setIcon(style()->standardIcon(QStyle::SP_BrowserReload, nullptr, this));
    m_refreshAction->setToolTip(tr("Reload the case list and the open conversation (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_includeResolvedAction = new QAction(tr("&Include Resolved Cases"), this);
    m_includeResolvedAction->setCheckable(true);
    connect(m_includeResolvedAction, &QAction::toggled, this, &MainWindow::setIncludeResolved);

    m_aboutAction = new QAction(tr("&About Casebook"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_oldestFirstAction = new QAction(tr("&Oldest Message First"), this);
    m_oldestFirstAction->setCheckable(true);
    m_oldestFirstAction->setToolTip(tr("Read the thread from its first message down to the "
                                       "newest, as in a chat"));
    connect(m_oldestFirstAction, &QAction::toggled, this, &MainWindow::setOldestFirst);

    m_openAction = new QAction(tr("&Open\u2026"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Read a thread exported as JSON, without connecting"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFileToOpen);

    m_exportAction = new QAction(tr("&Export\u2026"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this,
            [this] { showExportDialog(m_currentCaseId); });
    m_accountsAction = new QAction(tr("&Accounts\u2026"), this);
    m_accountsAction->setVisible(false);
    connect(m_accountsAction, &QAction::triggered, this, &MainWindow::showAccounts);

    m_findAction = new QAction(tr("&Find\u2026"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] { m_findBar->open(); });

    // Not every platform theme binds a key to Preferences; Ctrl+, is the common one.
    m_preferencesAction = new QAction(tr("&Preferences\u2026"), this);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    QList<QKeySequence> preferenceKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (!preferenceKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
        preferenceKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setShortcuts(preferenceKeys);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_diagnosticsAction = new QAction(tr("&Diagnostics\u2026"), this);
    connect(m_diagnosticsAction, &QAction::triggered, this, &MainWindow::showDiagnostics);

    m_syncArchiveAction = new ArchiveSyncAction(m_client, statusBar(), this);

    m_searchArchiveAction = new QAction(tr("Search &All Cases\u2026"), this);
    m_searchArchiveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_searchArchiveAction->setEnabled(false);
    connect(m_searchArchiveAction, &QAction::triggered, this, &MainWindow::showArchiveSearch);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_attachments->saveAllOfCaseAction());
    file->addAction(m_accountsAction);
    file->addAction(m_syncArchiveAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_findAction);
    edit->addAction(m_findBar->findNextAction());
    edit->addAction(m_findBar->findPreviousAction());
    edit->addSeparator();
    edit->addAction(m_preferencesAction);
    edit->addAction(m_searchArchiveAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addAction(m_conversation->loadAllAction());
    view->addAction(m_oldestFirstAction);
    view->addSeparator();
    view->addAction(m_includeResolvedAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_diagnosticsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createStatusBar()
{
    m_statusText = new QLabel(this);
    m_statusText->setObjectName(QStringLiteral("statusText"));
    m_statusText->setContentsMargins(6, 0, 0, 0);
    m_statusText->setTextFormat(Qt::PlainText);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumSize(90, 12);
    m_busy->setAccessibleName(tr("Loading", "busy indicator"));
    m_busy->hide();

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionDescription"));
    m_connection->setForegroundRole(QPalette::PlaceholderText);
    m_connection->setTextFormat(Qt::PlainText);
    // A long endpoint URL must not set the window's minimum width; the tool tip has it all.
    m_connection->setMinimumWidth(1);

    statusBar()->addWidget(m_busy);
    statusBar()->addWidget(m_statusText, 1);
    statusBar()->addPermanentWidget(m_connection);
}

void MainWindow::connectModels()
{
    connect(m_cases, &CaseListModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_cases, &CaseListModel::pageLoaded, this, &MainWindow::onCasePageLoaded);
    connect(m_cases, &CaseListModel::loadFailed, this, &MainWindow::onCaseListFailed);
    connect(m_cases, &CaseListModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_caseFilter, &CaseFilterModel::filterChanged, this, &MainWindow::updateStatus);
    connect(m_lookup, &CaseLookup::caseFound, this, &MainWindow::onCaseLookedUp);
    connect(m_lookup, &CaseLookup::caseNotFound, this, [this](const QString &text) {
        m_filterBar->showMessage(CaseLookup::kindOf(text) == CaseLookup::Kind::DisplayId
                                     ? tr("No case has the number %1.").arg(text)
                                     : tr("No case has the id %1.").arg(text));
    });
    connect(m_lookup, &CaseLookup::lookupFailed, this, [this](const SupportError &error) {
        m_filterBar->showMessage(tr("The case could not be looked up: %1")
                                     .arg(error.userMessage()));
    });

    connect(m_messages, &CommunicationModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_messages, &CommunicationModel::pageLoaded, m_conversationBanner, &QWidget::hide);
    connect(m_messages, &CommunicationModel::loadFailed, this, &MainWindow::onConversationFailed);
    connect(m_messages, &CommunicationModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_messages, &CommunicationModel::modelReset, this, &MainWindow::updateRangeNotice);
    connect(m_messages, &CommunicationModel::loadCompleted, this, &MainWindow::updateRangeNotice);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1200, 760);
    if (!m_splitter->restoreState(settings.value(splitterKey).toByteArray()))
        m_splitter->setSizes({380, 820});

    // Older settings only knew whether resolved cases were included.
    const QMetaEnum statuses = QMetaEnum::fromType<CaseFilterModel::Status>();
    const bool include = settings.value(includeResolvedKey, false).toBool();
    const QByteArray fallback = statuses.valueToKey(
        int(include ? CaseFilterModel::Status::All : CaseFilterModel::Status::Open));
    bool known = false;
    const int status = statuses.keyToValue(
        settings.value(caseStatusKey, fallback).toByteArray().constData(), &known);
    setCaseStatus(known ? CaseFilterModel::Status(status) : CaseFilterModel::Status::Open);
    m_oldestFirstAction->setChecked(settings.value(oldestFirstKey, false).toBool());
    m_restoredCaseId = Settings().lastCase();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(splitterKey, m_splitter->saveState());
    const QMetaEnum statuses = QMetaEnum::fromType<CaseFilterModel::Status>();
    settings.setValue(caseStatusKey,
                      QString::fromLatin1(statuses.valueToKey(int(m_caseFilter->status()))));
    // A case read from a file is not one to come back to from the service.
    if (m_openedPath.isEmpty())
        Settings(&settings).setLastCase(m_currentCaseId);
}

void MainWindow::setOldestFirst(bool oldestFirst)
{
    // The proxy sorts first, so that the view's re-anchoring finds the rows in their new
    // order and opens at the newest message.
    m_threadFilter->setOldestFirst(oldestFirst);
    m_conversation->setOldestFirst(oldestFirst);
    m_oldestFirstAction->setChecked(oldestFirst);
    QSettings().setValue(oldestFirstKey, oldestFirst);
}

void MainWindow::showCase(const QString &caseId)
{
    if (caseId.isEmpty())
        return;

    // Selecting in the list the case already shown (after a list reload, or when openCase()
    // showed it before the list had it) must not throw its loaded pages away.
    const bool leftFile = !m_openedPath.isEmpty();
    m_openedPath.clear();
    m_openedThread = {};
    m_attachments->setSavedFiles({});
    const bool sameCase = caseId == m_messages->caseId() && !leftFile;
    m_currentCaseId = caseId;
    m_exportAction->setEnabled(true);
    updateHeader();
    updateTitle();
    if (leftFile)
        showConnection(m_connectionDescription);
    if (sameCase)
        return;

    qCDebug(lcUi) << "showing case" << caseId;
    m_conversationBanner->hide();
    loadThread(caseId);
    m_conversation->scrollToTop();
}

void MainWindow::loadThread(const QString &caseId)
{
    const DateRange range = m_dateBar->range();
    if (!m_openedPath.isEmpty()) {
        m_messages->setCommunications(caseId, ThreadFile::between(m_openedThread.communications,
                                                                  range.after(), range.before()));
        return;
    }
    m_messages->setCase(caseId, range.after(), range.before());
    m_messages->fetchMore({});
}

void MainWindow::fetchCases()
{
    if (!m_caseListOfflineNote.isEmpty())
        return;

    // Filters look only at loaded cases, so while one narrows the list all pages are needed.
    if (m_caseFilter->isFiltering())
        m_cases->fetchAll();
    else
        m_cases->fetchMore({});
}

void MainWindow::updateRangeNotice()
{
    const bool emptied = !m_messages->caseId().isEmpty() && m_messages->isComplete()
        && m_messages->rowCount() == 0 && !m_dateBar->range().isAllTime();
    m_dateBar->setEmptyNoticeVisible(emptied);
}

void MainWindow::onCaseLookedUp(const SupportCase &supportCase)
{
    if (m_cases->rowOf(supportCase.caseId) < 0)
        m_detailsCase = supportCase;
    openCase(supportCase.caseId);
    if (!m_caseFilter->indexOfCase(supportCase.caseId).isValid()) {
        m_filterBar->showMessage(
            tr("Case %1 is open; the list does not show it.").arg(supportCase.displayId));
    }
}

void MainWindow::onCasePageLoaded()
{
    m_caseListBanner->hide();
    updateStatus();
    if (m_caseList->currentIndex().isValid() || !m_openedPath.isEmpty())
        return;

    // The case read last time comes back if the first page lists it; otherwise the first.
    const QString restored = std::exchange(m_restoredCaseId, QString());
    if (!restored.isEmpty() && m_currentCaseId.isEmpty() && m_caseList->selectCase(restored))
        return;
    if (!m_currentCaseId.isEmpty()) {
        m_caseList->selectCase(m_currentCaseId);
        return;
    }
    if (m_caseFilter->rowCount() > 0)
        m_caseList->setCurrentIndex(m_caseFilter->index(0, 0));
}

void MainWindow::onCaseListFailed(const SupportError &error)
{
    qCInfo(lcUi) << "case list failed:" << error.code();
    // Without credentials the request never left; the note already says why the list is empty.
    if (!m_caseListOfflineNote.isEmpty()) {
        updateStatus();
        return;
    }
    m_caseListBanner->showError(error);
    updateStatus();
}

void MainWindow::onConversationFailed(const SupportError &error)
{
    qCInfo(lcUi) << "conversation failed:" << error.code();
    m_conversationBanner->showError(error);
    updateStatus();
}

void MainWindow::retryCaseList()
{
    m_caseListBanner->hide();
    m_cases->retry();
}

void MainWindow::retryConversation()
{
    m_conversationBanner->hide();
    m_messages->retry();
}

void MainWindow::updateHeader()
{
    m_header->show();
    if (!m_openedPath.isEmpty()) {
        if (m_openedThread.hasCase)
            m_header->setCase(m_openedThread.supportCase);
        else
            m_header->setCaseId(m_currentCaseId);
        return;
    }
    const int row = m_cases->rowOf(m_currentCaseId);
    if (row >= 0) {
        m_header->setCase(m_cases->supportCase(row));
    } else if (m_detailsCase.caseId == m_currentCaseId) {
        m_header->setCase(m_detailsCase);
    } else {
        m_header->setCaseId(m_currentCaseId);
        requestCaseDetails(m_currentCaseId);
    }
}

void MainWindow::requestCaseDetails(const QString &caseId)
{
    // A case opened by id may be missing from the list (resolved, or on a later page): ask
    // for it alone so that the header can say what it is.
    if (m_detailsReply)
        m_detailsReply->abort();

    CasesQuery query;
    query.caseIds = {caseId};
    query.includeResolved = true;
    query.includeCommunications = false;
    CasesReply *reply = m_client->describeCases(query);
    m_detailsReply = reply;
    connect(reply, &SupportReply::finished, this, [this, reply, caseId] {
        reply->deleteLater();
        if (reply->hasError() || reply->page().cases.isEmpty())
            return;
        m_detailsCase = reply->page().cases.first();
        if (caseId == m_currentCaseId && m_cases->rowOf(caseId) < 0) {
            m_header->setCase(m_detailsCase);
            updateTitle();
        }
    });
}

void MainWindow::updateTitle()
{
    if (!m_openedPath.isEmpty()) {
        const QString name = QFileInfo(m_openedPath).fileName();
        setWindowTitle(tr("%1 \u2014 Casebook", "file name").arg(name));
        return;
    }
    const QString subject = m_currentCaseId.isEmpty() ? QString() : m_header->subject();
    if (subject.isEmpty())
        setWindowTitle(tr("Casebook"));
    else
        setWindowTitle(tr("%1 \u2014 Casebook", "case subject").arg(subject));
}

void MainWindow::showArchiveSearch()
{
    if (!m_searchDialog) {
        m_searchDialog = new ArchiveSearchDialog(this);
        m_searchDialog->setArchive(m_archive, m_archiveAccount);
        connect(m_searchDialog, &ArchiveSearchDialog::messageChosen, this,
                &MainWindow::openMessage);
    }
    m_searchDialog->show();
    m_searchDialog->raise();
    m_searchDialog->activateWindow();
    m_searchDialog->searchField()->setFocus();
}

void MainWindow::openMessage(const QString &caseId, const QDateTime &timeCreated)
{
    openCase(caseId);
    if (!timeCreated.isValid() || m_messages->caseId() != caseId)
        return;

    for (int row = 0; row < m_messages->rowCount(); ++row) {
        if (m_messages->communication(row).timeCreated != timeCreated)
            continue;
        const QModelIndex index = m_threadFilter->mapFromSource(m_messages->index(row));
        if (index.isValid()) {
            m_conversation->setCurrentIndex(index);
            m_conversation->scrollTo(index, QAbstractItemView::PositionAtTop);
        }
        return;
    }
}

QString MainWindow::offlineNotice(const QDateTime &lastSynced)
{
    if (!lastSynced.isValid())
        return tr("Offline: showing the archived copy");
    return tr("Offline, last synced at %1")
        .arg(QLocale().toString(lastSynced.toLocalTime(), QLocale::ShortFormat));
}

void MainWindow::updateStatus()
{
    const bool casesLoading = m_cases->isLoading();
    const bool messagesLoading = m_messages->isLoading();
    m_busy->setVisible(casesLoading || messagesLoading);

    if (casesLoading) {
        m_statusText->setText(tr("Loading cases\u2026"));
        return;
    }
    if (messagesLoading) {
        m_statusText->setText(tr("Loading messages\u2026 %1 loaded").arg(m_messages->rowCount()));
        return;
    }

    // "Cases: 4" rather than "4 cases": reads right for any count without plural forms.
    QStringList parts;
    if (m_caseFilter->isFiltering())
        parts << tr("Cases: %1 of %2").arg(m_caseFilter->rowCount()).arg(m_cases->rowCount());
    else
        parts << tr("Cases: %1").arg(m_caseFilter->rowCount());
    if (!m_messages->caseId().isEmpty())
        parts << tr("Messages: %1").arg(m_messages->rowCount());
    if (m_messages->archivedRowCount() > 0 && m_messages->lastError().isError())
        parts << offlineNotice(m_messages->archiveLastSynced());
    m_statusText->setText(parts.join(QStringLiteral(" \u00b7 ")));
}

void MainWindow::showAbout()
{
    // Casebook's own licence is named here once the project carries a licence file.
    const QString text = tr("<h3>Casebook %1</h3>"
                            "<p>A desktop reader for AWS Support cases: read, search, keep and "
                            "export the correspondence of your support cases.</p>"
                            "<p>Casebook reads cases with your own AWS credentials and talks only "
                            "to the AWS Support API endpoint you configure.</p>")
                             .arg(QCoreApplication::applicationVersion().toHtmlEscaped());
    const QString qtNote = tr("<p>Built with Qt %1, running on Qt %2. Qt is used under the GNU "
                              "Lesser General Public License version 3 (LGPLv3); Help &gt; "
                              "About Qt has the details. QtKeychain is used under the "
                              "BSD 2-Clause licence.</p>")
                               .arg(QStringLiteral(QT_VERSION_STR),
                                    QString::fromLatin1(qVersion()));
    QMessageBox::about(this, tr("About Casebook"), text + qtNote);
}

void MainWindow::applySettings()
{
    const Settings settings;
    Theme::apply(settings.theme());

    // A font with only its size set keeps following the system's family.
    QFont font;
    if (settings.threadFontSize() > 0)
        font.setPointSize(settings.threadFontSize());
    m_conversation->setFont(font);

    m_messages->setPageSize(settings.pageSize());
    if (m_oldestFirstAction->isChecked() != settings.oldestFirst())
        setOldestFirst(settings.oldestFirst());
    m_client->setTransferTimeout(settings.transferTimeout());
    m_attachments->setDownloadFolder(settings.downloadFolder());

    // Turning the preference off closes its file; a file named by --log-file stays open
    // while the preference stays off.
    const bool turnedOff = m_logToFile && !settings.logToFile();
    m_logToFile = settings.logToFile();
    if (turnedOff && LogFile::path() == settings.logFile())
        LogFile::uninstall();
    if (!settings.logToFile() || LogFile::path() == settings.logFile())
        return;
    QString problem;
    if (!LogFile::install(settings.logFile(), &problem))
        qCWarning(lcUi) << "log file could not be opened:" << problem;
}

void MainWindow::showPreferences()
{
    auto dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PreferencesDialog::applied, this, &MainWindow::onPreferencesApplied);
    dialog->open();
}

void MainWindow::showDiagnostics()
{
    auto dialog = new DiagnosticsDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QUrl MainWindow::consoleUrl(const QString &caseId) const
{
    const int row = m_cases->rowOf(caseId);
    QString displayId;
    if (row >= 0)
        displayId = m_cases->supportCase(row).displayId;
    else if (m_detailsCase.caseId == caseId)
        displayId = m_detailsCase.displayId;
    return ConsoleLink::forCase(m_client->endpoint().partition, displayId);
}

void MainWindow::addMessageActions(QMenu *menu, const QModelIndex &index)
{
    menu->addSeparator();
    const QString caseId = m_currentCaseId;
    QAction *link = menu->addAction(tr("Copy Link to Case in &Console"), this, [this, caseId] {
        QGuiApplication::clipboard()->setText(consoleUrl(caseId).toString());
    });
    link->setEnabled(!caseId.isEmpty());

    const QList<AttachmentInfo> files = AttachmentActions::attachmentsAt(index);
    QAction *save = menu->addAction(tr("&Save Attachments of This Message\u2026"), this,
                                    [this, files] { m_attachments->saveAll(files); });
    save->setEnabled(!files.isEmpty());
}

void MainWindow::onPreferencesApplied()
{
    applySettings();

    // Applied only here: at start, AWS_MAX_ATTEMPTS and the AWS config come first.
    m_client->setMaxAttempts(Settings().maxAttempts());
}
