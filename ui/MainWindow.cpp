#include "MainWindow.h"

#include "CaseHeader.h"
#include "CaseListModel.h"
#include "CaseListView.h"
#include "CommunicationModel.h"
#include "ConversationView.h"
#include "ErrorBanner.h"
#include "Logging.h"
#include "SupportClient.h"

#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QCheckBox>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>

namespace {

const QString geometryKey = QStringLiteral("window/geometry");
const QString splitterKey = QStringLiteral("window/splitter");
const QString includeResolvedKey = QStringLiteral("view/includeResolved");

} // namespace

MainWindow::MainWindow(SupportClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
    , m_cases(new CaseListModel(client, this))
    , m_messages(new CommunicationModel(client, this))
{
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

    createMenus();
    createStatusBar();
    connectModels();
    restoreSettings();
    updateTitle();
    updateStatus();

    m_cases->fetchMore({});
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
    m_connection->setText(text);
    m_connection->setToolTip(text);
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

void MainWindow::refresh()
{
    m_caseListBanner->hide();
    m_cases->reload();
    m_cases->fetchMore({});

    if (m_currentCaseId.isEmpty())
        return;
    m_conversationBanner->hide();
    m_messages->setCase(m_currentCaseId);
    m_messages->fetchMore({});
}

void MainWindow::setIncludeResolved(bool include)
{
    if (m_cases->includeResolved() == include)
        return;

    m_caseListBanner->hide();
    m_cases->setIncludeResolved(include);
    m_cases->fetchMore({});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

QWidget *MainWindow::createCaseListPane()
{
    auto pane = new QWidget(this);

    m_includeResolvedBox = new QCheckBox(tr("Include &resolved cases"), pane);
    m_includeResolvedBox->setObjectName(QStringLiteral("includeResolvedCheckBox"));
    connect(m_includeResolvedBox, &QCheckBox::toggled, this, &MainWindow::setIncludeResolved);

    auto refreshButton = new QToolButton(pane);
    refreshButton->setDefaultAction(m_refreshAction);
    refreshButton->setAutoRaise(true);

    auto bar = new QHBoxLayout;
    bar->setContentsMargins(12, 6, 6, 6);
    bar->addWidget(m_includeResolvedBox);
    bar->addStretch();
    bar->addWidget(refreshButton);

    m_caseListBanner = new ErrorBanner(pane);
    m_caseListBanner->setObjectName(QStringLiteral("caseListErrorBanner"));
    m_caseListBanner->setAccessibleName(tr("Case list error"));
    connect(m_caseListBanner, &ErrorBanner::retryClicked, this, &MainWindow::retryCaseList);

    m_caseList = new CaseListView(pane);
    m_caseList->setObjectName(QStringLiteral("caseList"));
    m_caseList->setModel(m_cases);
    m_caseList->setMinimumWidth(240);
    connect(m_caseList, &CaseListView::caseActivated, this, &MainWindow::showCase);

    auto column = new QVBoxLayout(pane);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addLayout(bar);
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

    m_conversationBanner = new ErrorBanner(pane);
    m_conversationBanner->setObjectName(QStringLiteral("conversationErrorBanner"));
    m_conversationBanner->setAccessibleName(tr("Conversation error"));
    connect(m_conversationBanner, &ErrorBanner::retryClicked, this, &MainWindow::retryConversation);

    m_conversation = new ConversationView(pane);
    m_conversation->setObjectName(QStringLiteral("conversation"));
    m_conversation->setModel(m_messages);
    m_conversation->setMinimumWidth(320);

    auto column = new QVBoxLayout(pane);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_header);
    column->addWidget(m_conversationBanner);
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
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_refreshAction);
    view->addSeparator();
    view->addAction(m_includeResolvedAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createStatusBar()
{
    m_statusText = new QLabel(this);
    m_statusText->setObjectName(QStringLiteral("statusText"));
    m_statusText->setContentsMargins(6, 0, 0, 0);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumSize(90, 12);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->hide();

    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionDescription"));
    m_connection->setForegroundRole(QPalette::PlaceholderText);
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
    connect(m_cases, &CaseListModel::includeResolvedChanged, this, [this](bool include) {
        const QSignalBlocker blockBox(m_includeResolvedBox);
        const QSignalBlocker blockAction(m_includeResolvedAction);
        m_includeResolvedBox->setChecked(include);
        m_includeResolvedAction->setChecked(include);
    });

    connect(m_messages, &CommunicationModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_messages, &CommunicationModel::pageLoaded, m_conversationBanner, &QWidget::hide);
    connect(m_messages, &CommunicationModel::loadFailed, this, &MainWindow::onConversationFailed);
    connect(m_messages, &CommunicationModel::modelReset, this, &MainWindow::updateStatus);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray()))
        resize(1200, 760);
    if (!m_splitter->restoreState(settings.value(splitterKey).toByteArray()))
        m_splitter->setSizes({380, 820});

    const bool include = settings.value(includeResolvedKey, false).toBool();
    m_includeResolvedBox->setChecked(include);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(splitterKey, m_splitter->saveState());
    settings.setValue(includeResolvedKey, m_cases->includeResolved());
}

void MainWindow::showCase(const QString &caseId)
{
    if (caseId.isEmpty())
        return;

    // Selecting in the list the case already shown (after a list reload, or when openCase()
    // showed it before the list had it) must not throw its loaded pages away.
    const bool sameCase = caseId == m_messages->caseId();
    m_currentCaseId = caseId;
    updateHeader();
    updateTitle();
    if (sameCase)
        return;

    qCDebug(lcUi) << "showing case" << caseId;
    m_conversationBanner->hide();
    m_messages->setCase(caseId);
    m_messages->fetchMore({});
    m_conversation->scrollToTop();
}

void MainWindow::onCasePageLoaded()
{
    m_caseListBanner->hide();
    updateStatus();
    if (m_caseList->currentIndex().isValid())
        return;

    if (!m_currentCaseId.isEmpty()) {
        m_caseList->selectCase(m_currentCaseId);
        return;
    }
    if (m_cases->rowCount() > 0)
        m_caseList->setCurrentIndex(m_cases->index(0, 0));
}

void MainWindow::onCaseListFailed(const SupportError &error)
{
    qCInfo(lcUi) << "case list failed:" << error.code();
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
    const QString subject = m_currentCaseId.isEmpty() ? QString() : m_header->subject();
    if (subject.isEmpty())
        setWindowTitle(tr("Casebook"));
    else
        setWindowTitle(tr("%1 \u2014 Casebook", "case subject").arg(subject));
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
    parts << tr("Cases: %1").arg(m_cases->rowCount());
    if (!m_messages->caseId().isEmpty())
        parts << tr("Messages: %1").arg(m_messages->rowCount());
    m_statusText->setText(parts.join(QStringLiteral(" \u00b7 ")));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Casebook"),
        tr("<h3>Casebook %1</h3>"
           "<p>A desktop reader for AWS Support cases: read, search, keep and export the "
           "correspondence of your support cases.</p>"
           "<p>Casebook reads cases with your own AWS credentials and talks only to the AWS "
           "Support API endpoint you configure.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}
