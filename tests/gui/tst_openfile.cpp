#include "DemoSandbox.h"

#include "ErrorBanner.h"
#include "Settings.h"
#include "CaseHeader.h"
#include "CaseListModel.h"
#include "CaseListView.h"
#include "CommunicationFilterModel.h"
#include "CommunicationModel.h"
#include "ConversationView.h"
#include "JsonExporter.h"
#include "AttachmentActions.h"
#include "MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

constexpr int timeout = 10000;

} // namespace

// File > Open and --open: a thread read from a file shown in the ordinary viewer, with the
// date filter working on the file, and nothing asked of the service for it.
class tst_OpenFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void showsAnExportWithoutAskingTheService();
    void showsTheAwsCliOutput();
    void dateRangeNarrowsTheFile();
    void aBadFileChangesNothing();
    void choosingACaseLeavesTheFile();
    void openActionUsesAFileDialog();
    void needsNoCredentials();
    void opensAttachmentsSavedBesideTheFile();
    void withoutCredentialsListsNothingAndBlamesNothing();
    void fileIsNamedAndNotRememberedAsTheLastCase();
    void subjectShowsOnOneLine();

private:
    QString writeThread(const QString &caseId, bool withCase);
    int servedThreads() const;

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QSignalSpy> m_served;
    QTemporaryDir m_dir;
    ThreadExport m_thread;
};

void tst_OpenFile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CasebookTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_openfile"));
    m_sandbox = DemoSandbox::start();
    QVERIFY(m_sandbox);
}

void tst_OpenFile::init()
{
    QSettings().clear();
    m_served = std::make_unique<QSignalSpy>(m_sandbox.get(), &SandboxServer::requestServed);
}

QString tst_OpenFile::writeThread(const QString &caseId, bool withCase)
{
    // A thread unlike the sandbox's, so that what is shown can only have come from the file.
    m_thread = {};
    m_thread.hasCase = withCase;
    m_thread.supportCase.caseId = caseId;
    m_thread.supportCase.displayId = QStringLiteral("99887766");
    m_thread.supportCase.subject = QStringLiteral("Kept from last year");
    for (int i = 0; i < 5; ++i) {
        Communication c;
        c.caseId = caseId;
        c.body = QStringLiteral("Archived message %1").arg(i);
        c.submittedBy = QStringLiteral("someone@example.com");
        c.timeCreated = QDateTime(QDate(2025, 6, 10 - 2 * i), QTime(12, 0), Qt::UTC);
        c.timeCreatedText = SupportJson::formatTime(c.timeCreated);
        m_thread.communications.append(c);
    }

    const QString path = m_dir.filePath(withCase ? QStringLiteral("with-case.json")
                                                 : QStringLiteral("cli-output.json"));
    QString error;
    const QByteArray json = withCase ? ThreadRenderer::toJson(m_thread)
                                     : JsonExporter::toJson(m_thread.communications);
    if (!JsonExporter::writeFile(path, json, &error))
        qWarning("%s", qPrintable(error));
    return path;
}

int tst_OpenFile::servedThreads() const
{
    int count = 0;
    for (const QList<QVariant> &call : *m_served)
        count += call.at(0).toString() == QLatin1String("DescribeCommunications");
    return count;
}

void tst_OpenFile::showsAnExportWithoutAskingTheService()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.communicationModel()->rowCount() > 0, timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!window.communicationModel()->isLoading(), timeout);

    const QString path = writeThread(QStringLiteral("case-archived"), true);
    const int before = servedThreads();
    QString error;
    QVERIFY2(window.openFile(path, &error), qPrintable(error));

    QCOMPARE(window.openedFile(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(window.currentCaseId(), QStringLiteral("case-archived"));
    QCOMPARE(window.communicationModel()->communications(), m_thread.communications);
    QCOMPARE(window.conversationView()->model()->rowCount(), 5);
    QVERIFY(window.windowTitle().contains(QLatin1String("with-case.json")));
    QCOMPARE(window.caseHeader()->subject(), QStringLiteral("Kept from last year"));
    QVERIFY(window.caseListView()->selectionModel()->selectedRows().isEmpty());

    // Another page of the case list must not take the window away from the file.
    window.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(window.caseListModel()->rowCount() > 0, timeout);
    QTest::qWait(300);
    QCOMPARE(window.currentCaseId(), QStringLiteral("case-archived"));
    QCOMPARE(window.communicationModel()->rowCount(), 5);
    QCOMPARE(servedThreads(), before);
}

void tst_OpenFile::showsTheAwsCliOutput()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);

    QVERIFY(window.openFile(writeThread(QStringLiteral("case-from-cli"), false)));
    QCOMPARE(window.currentCaseId(), QStringLiteral("case-from-cli"));
    QCOMPARE(window.communicationModel()->rowCount(), 5);
    QVERIFY(window.caseHeader()->detailText().contains(QLatin1String("case-from-cli"))
            || window.caseHeader()->subject().contains(QLatin1String("case-from-cli")));
    QVERIFY(window.windowTitle().contains(QLatin1String("cli-output.json")));
}

void tst_OpenFile::dateRangeNarrowsTheFile()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    QVERIFY(window.openFile(writeThread(QStringLiteral("case-archived"), true)));
    const int before = servedThreads();

    // Messages on 2, 4, 6, 8 and 10 June 2025: the days 3 to 8 June hold three of them.
    window.setDateRange(DateRange::custom(QDate(2025, 6, 3), QDate(2025, 6, 8)));
    QCOMPARE(window.communicationModel()->rowCount(), 3);
    QCOMPARE(window.threadFilterModel()->rowCount(), 3);
    window.setDateRange(DateRange());
    QCOMPARE(window.communicationModel()->rowCount(), 5);
    QTest::qWait(100);
    QCOMPARE(servedThreads(), before);
}

void tst_OpenFile::aBadFileChangesNothing()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    QVERIFY(window.openFile(writeThread(QStringLiteral("case-archived"), true)));
    const QString title = window.windowTitle();

    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"communications": [{"caseId": "x"}]})");
    file.close();

    QString error;
    QVERIFY(!window.openFile(bad, &error));
    QVERIFY2(error.contains(QLatin1String("bad.json")) && error.contains(QLatin1String("body")),
             qPrintable(error));
    QVERIFY(!window.openFile(m_dir.filePath(QStringLiteral("none.json")), &error));
    QCOMPARE(window.windowTitle(), title);
    QCOMPARE(window.communicationModel()->rowCount(), 5);
    QCOMPARE(window.currentCaseId(), QStringLiteral("case-archived"));
}

void tst_OpenFile::choosingACaseLeavesTheFile()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.caseListModel()->isComplete(), timeout);
    QVERIFY(window.openFile(writeThread(QStringLiteral("case-archived"), true)));

    CaseListView *list = window.caseListView();
    list->setCurrentIndex(list->model()->index(0, 0));
    const QString listed = list->currentCaseId();
    QCOMPARE(window.currentCaseId(), listed);
    QVERIFY(window.openedFile().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(window.communicationModel()->rowCount() > 0, timeout);
    QCOMPARE(window.communicationModel()->communication(0).caseId, listed);
    QVERIFY(!window.windowTitle().contains(QLatin1String("with-case.json")));
}

void tst_OpenFile::openActionUsesAFileDialog()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString path = writeThread(QStringLiteral("case-archived"), true);

    QAction *open = nullptr;
    QAction *exportAction = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Open))
            open = action;
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E))
            exportAction = action;
    }
    QVERIFY(open && exportAction);
    QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(open));
    QVERIFY(window.menuBar()->actions().first()->menu()->actions().contains(exportAction));

    // The dialog may need a moment to settle; it is answered until it goes away, and closed
    // after a while so that a dialog that ignores the answer cannot hang the test.
    int answered = 0;
    QElapsedTimer waited;
    waited.start();
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (waited.elapsed() > timeout) {
            dialog->close();
            return;
        }
        auto name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!name)
            return;
        ++answered;
        name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);
    });
    poll.start(50);
    open->trigger();
    QVERIFY(answered > 0);
    QCOMPARE(window.openedFile(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(window.communicationModel()->rowCount(), 5);
}

void tst_OpenFile::needsNoCredentials()
{
    // No endpoint that answers and no key: the file is shown all the same.
    SupportClient client;
    client.setEndpoint(SupportEndpoint::forRegion(QStringLiteral("us-east-1"),
                                                  QUrl(QStringLiteral("http://127.0.0.1:9"))));
    MainWindow window(&client);
    QVERIFY(window.openFile(writeThread(QStringLiteral("case-archived"), true)));
    QCOMPARE(window.communicationModel()->rowCount(), 5);
    QVERIFY(window.communicationModel()->isComplete());
}

void tst_OpenFile::opensAttachmentsSavedBesideTheFile()
{
    // An export whose first message's files were saved beside it, one of them since deleted.
    writeThread(QStringLiteral("case-archived"), true);
    Communication &first = m_thread.communications.last();
    first.attachments = {{QStringLiteral("attachment-kept"), QStringLiteral("notes.txt")},
                         {QStringLiteral("attachment-gone"), QStringLiteral("gone.txt")},
                         {QStringLiteral("attachment-script"), QStringLiteral("readme.txt")}};
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("archived_attachments")));
    QFile saved(m_dir.filePath(QStringLiteral("archived_attachments/notes.txt")));
    QVERIFY(saved.open(QIODevice::WriteOnly));
    saved.write("kept on disk\n");
    saved.close();
    QFile script(m_dir.filePath(QStringLiteral("archived_attachments/readme.txt")));
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho hello\n");
    script.close();
    m_thread.savedAttachments = {
        {QStringLiteral("attachment-kept"), QStringLiteral("archived_attachments/notes.txt")},
        {QStringLiteral("attachment-gone"), QStringLiteral("archived_attachments/gone.txt")},
        {QStringLiteral("attachment-script"), QStringLiteral("archived_attachments/readme.txt")}};
    const QString path = m_dir.filePath(QStringLiteral("archived.json"));
    QString error;
    QVERIFY(JsonExporter::writeFile(path, ThreadRenderer::toJson(m_thread), &error));

    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    QList<QUrl> opened;
    window.attachmentActions()->setUrlOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    QVERIFY2(window.openFile(path, &error), qPrintable(error));
    QSignalSpy served(m_sandbox.get(), &SandboxServer::requestServed);
    const auto attachmentRequests = [&served] {
        return std::count_if(served.cbegin(), served.cend(), [](const QList<QVariant> &call) {
            return call.at(0).toString() == QLatin1String("DescribeAttachment");
        });
    };

    // The saved copy opens at once; the service is not asked.
    const QAbstractItemModel *model = window.conversationView()->model();
    QModelIndex index;
    for (int row = 0; row < model->rowCount() && !index.isValid(); ++row) {
        if (!AttachmentActions::attachmentsAt(model->index(row, 0)).isEmpty())
            index = model->index(row, 0);
    }
    QVERIFY(index.isValid());
    Q_EMIT window.conversationView()->attachmentActivated(index, 0);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(QFileInfo(opened.first().toLocalFile()).canonicalFilePath(),
             QFileInfo(saved).canonicalFilePath());
    QTest::qWait(100);
    QCOMPARE(attachmentRequests(), 0);

    // A copy that would run is not opened, whatever its name says.
    QSignalSpy refused(window.attachmentActions(), &AttachmentActions::openRefused);
    Q_EMIT window.conversationView()->attachmentActivated(index, 2);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(opened.size(), 1);

    // A copy that is gone is asked for as any other attachment.
    Q_EMIT window.conversationView()->attachmentActivated(index, 1);
    QTRY_COMPARE_WITH_TIMEOUT(attachmentRequests(), 1, timeout);
}

void tst_OpenFile::withoutCredentialsListsNothingAndBlamesNothing()
{
    // As `casebook --open FILE` starts without credentials.
    SupportClient client;
    client.setEndpoint(SupportEndpoint::forRegion(QStringLiteral("us-east-1"),
                                                  QUrl(QStringLiteral("http://127.0.0.1:9"))));
    MainWindow window(&client);
    window.setConnectionDescription(QStringLiteral("No AWS credentials were found."));
    const QString note = QStringLiteral("Cases are not listed.");
    window.setCaseListOffline(note);
    window.show();
    const QString path = writeThread(QStringLiteral("case-archived"), true);
    QVERIFY(window.openFile(path));

    QTest::qWait(300);
    window.refresh();
    QTest::qWait(300);
    QVERIFY(window.caseListBanner()->isHidden());
    QCOMPARE(window.caseListView()->placeholderText(), note);
    QCOMPARE(window.caseListModel()->rowCount(), 0);
    QVERIFY(!window.caseListModel()->isLoading());
    QCOMPARE(window.communicationModel()->rowCount(), 5);
    QVERIFY(window.connectionDescription().contains(QLatin1String("with-case.json")));
    QVERIFY(window.connectionDescription().contains(QLatin1String("offline")));

    // An account chosen later lists its cases again.
    DemoSandbox::configure(&client, *m_sandbox);
    window.setCaseListOffline({});
    window.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(window.caseListModel()->rowCount() > 0, timeout);
    QVERIFY(window.caseListView()->placeholderText() != note);
}

void tst_OpenFile::fileIsNamedAndNotRememberedAsTheLastCase()
{
    Settings().setLastCase(QStringLiteral("case-read-before"));
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    MainWindow window(&client);
    window.setConnectionDescription(QStringLiteral("Demo sandbox"));
    window.show();
    QTRY_VERIFY_WITH_TIMEOUT(window.caseListModel()->isComplete(), timeout);
    const QString path = writeThread(QStringLiteral("case-archived"), true);
    QVERIFY(window.openFile(path));

    QCOMPARE(window.connectionDescription(),
             QStringLiteral("Reading %1 (offline)").arg(QFileInfo(path).absoluteFilePath()));
    window.close();
    QCOMPARE(Settings().lastCase(), QStringLiteral("case-read-before"));

    // Back to the service, the description and the last case are the service's again.
    window.show();
    CaseListView *list = window.caseListView();
    list->setCurrentIndex(list->model()->index(0, 0));
    QCOMPARE(window.connectionDescription(), QStringLiteral("Demo sandbox"));
    window.close();
    QCOMPARE(Settings().lastCase(), list->currentCaseId());
}

void tst_OpenFile::subjectShowsOnOneLine()
{
    SupportClient client;
    MainWindow window(&client);
    const QString path = writeThread(QStringLiteral("case-archived"), true);
    m_thread.supportCase.subject = QStringLiteral("Disk full\r\nSecond line\u2028third\tend");
    QString error;
    QVERIFY(JsonExporter::writeFile(path, ThreadRenderer::toJson(m_thread), &error));
    QVERIFY(window.openFile(path));

    QCOMPARE(window.caseHeader()->subject(), QStringLiteral("Disk full Second line third end"));
}

QTEST_MAIN(tst_OpenFile)
#include "tst_openfile.moc"
