#include "DemoSandbox.h"

#include "CaseListModel.h"
#include "CaseListView.h"
#include "CommunicationModel.h"
#include "DateRangeBar.h"
#include "ExportDialog.h"
#include "MainWindow.h"
#include "ThreadFile.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

constexpr int timeout = 20000;

// Answers the next message box with \a button, once it shows.
void answerNextMessageBox(QMessageBox::StandardButton button, bool *asked)
{
    auto poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button, asked] {
        auto box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *asked = true;
        box->button(button)->click();
        poll->deleteLater();
    });
    poll->start(20);
}

} // namespace

// File > Export against the demo sandbox: scopes, destination, confirmation, progress,
// cancel, and the summary.
class tst_ExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void offersWhatTheWindowShows();
    void exportsSelectedCasesToAFolder();
    void savesAttachmentsWhenAsked();
    void asksBeforeReplacingAFile();
    void createsTheFolderOfAFile();
    void cancelsAndSaysSo();
    void exportsAThreadReadFromAFile();
    void windowOpensItForSeveralSelectedCases();

private:
    QList<SupportCase> demoCases(int count) const;

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<SupportClient> m_client;
};

void tst_ExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CasebookTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_exportdialog"));
    m_sandbox = DemoSandbox::start();
    QVERIFY(m_sandbox);
}

void tst_ExportDialog::init()
{
    QSettings().clear();
    m_client = std::make_unique<SupportClient>();
    DemoSandbox::configure(m_client.get(), *m_sandbox);
}

QList<SupportCase> tst_ExportDialog::demoCases(int count) const
{
    QList<SupportCase> cases;
    for (const QJsonObject &file : DemoSandbox::caseFiles()) {
        SupportCase supportCase;
        QString error;
        SupportJson::readCase(file.value(QLatin1String("case")).toObject(), &supportCase, &error);
        if (cases.size() < count)
            cases.append(supportCase);
    }
    return cases;
}

void tst_ExportDialog::offersWhatTheWindowShows()
{
    ExportDialog dialog(m_client.get());
    const SupportCase current = demoCases(1).first();
    dialog.setCurrentCase(current);
    dialog.setDateRange(DateRange::custom(QDate(2026, 10, 1), QDate(2026, 10, 31)));

    QCOMPARE(dialog.scope(), ExportDialog::Scope::CurrentCase);
    QVERIFY(dialog.exportsOneFile());
    QVERIFY(
        dialog.destination().endsWith(ExportFormats::defaultFileName(current, ExportFormat::Json)));
    QCOMPARE(dialog.dateRange(), DateRange::custom(QDate(2026, 10, 1), QDate(2026, 10, 31)));

    // Nothing selected: that scope cannot be chosen.
    auto selected = dialog.findChildren<QRadioButton *>().at(1);
    QVERIFY(!selected->isEnabled());

    // Attachments can be saved beside the export; off unless asked for.
    auto attachments = dialog.findChild<QCheckBox *>(QStringLiteral("exportAttachments"));
    QVERIFY(attachments && attachments->isEnabled() && !attachments->toolTip().isEmpty());
    QVERIFY(!attachments->isChecked() && !dialog.includesAttachments());

    // Without a PDF writer PDF is offered but cannot be picked.
    auto format = dialog.findChild<QComboBox *>(QStringLiteral("exportFormat"));
    auto model = qobject_cast<QStandardItemModel *>(format->model());
    const int pdf = format->findData(int(ExportFormat::Pdf));
    QVERIFY(!model->item(pdf)->isEnabled());
    dialog.setWriter([](const ThreadExport &, const QString &, QString *) { return true; });
    QVERIFY(model->item(pdf)->isEnabled());

    // Changing the format renames the default file; a folder is offered for all cases.
    dialog.setFormat(ExportFormat::Markdown);
    QVERIFY(dialog.destination().endsWith(QLatin1String(".md")));
    dialog.setScope(ExportDialog::Scope::AllCases);
    QVERIFY(!dialog.exportsOneFile());
    QVERIFY(!dialog.destination().endsWith(QLatin1String(".md")));
}

void tst_ExportDialog::exportsSelectedCasesToAFolder()
{
    QTemporaryDir folder;
    ExportDialog dialog(m_client.get());
    dialog.setSelectedCases(demoCases(3));
    QCOMPARE(dialog.scope(), ExportDialog::Scope::SelectedCases);
    dialog.setDestination(folder.path());
    dialog.show();

    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.startExport();
    QVERIFY(dialog.job() && dialog.job()->isRunning());
    QVERIFY(finished.wait(timeout));

    QCOMPARE(QDir(folder.path()).entryList(QDir::Files).size(), 3);
    QVERIFY2(dialog.summaryText().contains(QLatin1String("Written: 3")),
             qPrintable(dialog.summaryText()));
    auto progress = dialog.findChild<QProgressBar *>(QStringLiteral("exportProgress"));
    QCOMPARE(progress->value(), 3);
    QCOMPARE(progress->maximum(), 3);

    // A second export finds them complete.
    dialog.startExport();
    QVERIFY(finished.wait(timeout));
    QVERIFY2(dialog.summaryText().contains(QLatin1String("Already complete: 3")),
             qPrintable(dialog.summaryText()));
}

void tst_ExportDialog::savesAttachmentsWhenAsked()
{
    QTemporaryDir folder;
    ExportDialog dialog(m_client.get());
    dialog.setSelectedCases(demoCases(2));
    dialog.setFormat(ExportFormat::Markdown);
    dialog.setDestination(folder.path());
    dialog.findChild<QCheckBox *>(QStringLiteral("exportAttachments"))->click();
    QVERIFY(dialog.includesAttachments());
    dialog.show();

    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.startExport();
    QVERIFY(finished.wait(timeout));
    QVERIFY2(dialog.summaryText().contains(QLatin1String("Written: 2")),
             qPrintable(dialog.summaryText()));

    // Each file has its folder of attachments beside it, and links into it.
    const QDir out(folder.path());
    for (const QString &name : out.entryList({QStringLiteral("*.md")}, QDir::Files)) {
        const QString stem = QFileInfo(name).completeBaseName();
        const QDir saved(out.filePath(stem + QStringLiteral("_attachments")));
        QVERIFY2(saved.exists() && !saved.entryList(QDir::Files).isEmpty(), qPrintable(name));
        QFile file(out.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("_attachments/"));
    }
    QCOMPARE(out.entryList({QStringLiteral("*.md")}, QDir::Files).size(), 2);

    // Complete with their attachments: a second export keeps them.
    dialog.startExport();
    QVERIFY(finished.wait(timeout));
    QVERIFY2(dialog.summaryText().contains(QLatin1String("Already complete: 2")),
             qPrintable(dialog.summaryText()));
}

void tst_ExportDialog::asksBeforeReplacingAFile()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("mine.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("my own file");
    file.close();

    ExportDialog dialog(m_client.get());
    dialog.setCurrentCase(demoCases(1).first());
    dialog.setDestination(path);
    dialog.show();
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);

    bool asked = false;
    answerNextMessageBox(QMessageBox::No, &asked);
    dialog.startExport();
    QVERIFY(asked);
    QVERIFY(!dialog.job());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("my own file"));
    file.close();

    asked = false;
    answerNextMessageBox(QMessageBox::Yes, &asked);
    dialog.startExport();
    QVERIFY(asked);
    QVERIFY(finished.wait(timeout));
    ThreadExport thread;
    QString error;
    QVERIFY2(ThreadFile::read(path, &thread, &error), qPrintable(error));
    QVERIFY(dialog.summaryText().contains(QLatin1String("Written: 1")));
}

void tst_ExportDialog::createsTheFolderOfAFile()
{
    // As in a fresh home without ~/Documents, where the default file name points.
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("Documents/exports/case.json"));
    ExportDialog dialog(m_client.get());
    dialog.setCurrentCase(demoCases(1).first());
    dialog.setDestination(path);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.startExport();
    QVERIFY(finished.wait(timeout));

    QVERIFY2(dialog.summaryText().contains(QLatin1String("Written: 1")),
             qPrintable(dialog.summaryText()));
    ThreadExport thread;
    QString error;
    QVERIFY2(ThreadFile::read(path, &thread, &error), qPrintable(error));
}

void tst_ExportDialog::cancelsAndSaysSo()
{
    QTemporaryDir folder;
    ExportDialog dialog(m_client.get());
    dialog.setScope(ExportDialog::Scope::AllCases);
    dialog.setIncludeResolved(true);
    dialog.setDestination(folder.path());
    dialog.show();
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);

    dialog.startExport();
    auto close = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close);
    QCOMPARE(close->text(), QStringLiteral("&Cancel"));
    close->click();
    QVERIFY(finished.wait(timeout));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.job()->wasCancelled());
    QVERIFY2(dialog.summaryText().contains(QLatin1String("Cancelled")),
             qPrintable(dialog.summaryText()));
    QCOMPARE(close->text(), QStringLiteral("&Close"));

    close->click();
    QVERIFY(!dialog.isVisible());
}

void tst_ExportDialog::exportsAThreadReadFromAFile()
{
    // No service at all: the thread the window read from a file is written as read.
    SupportClient offline;
    offline.setEndpoint(SupportEndpoint::forRegion(QStringLiteral("us-east-1"),
                                                   QUrl(QStringLiteral("http://127.0.0.1:9"))));
    ThreadExport thread;
    thread.supportCase = demoCases(1).first();
    thread.hasCase = true;
    Communication message;
    message.caseId = thread.supportCase.caseId;
    message.body = QStringLiteral("from the file");
    message.timeCreatedText = QStringLiteral("2026-10-14T09:00:00.000Z");
    message.timeCreated = SupportJson::parseTime(message.timeCreatedText);
    thread.communications = {message};

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("copy.json"));
    ExportDialog dialog(&offline);
    dialog.setCurrentThread(thread);
    QCOMPARE(dialog.scope(), ExportDialog::Scope::CurrentCase);
    dialog.setDestination(path);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.startExport();
    QVERIFY(finished.wait(timeout));

    ThreadExport read;
    QString error;
    QVERIFY2(ThreadFile::read(path, &read, &error), qPrintable(error));
    QCOMPARE(read.communications, thread.communications);
}

void tst_ExportDialog::windowOpensItForSeveralSelectedCases()
{
    MainWindow window(m_client.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(window.caseListModel()->isComplete(), timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!window.currentCaseId().isEmpty(), timeout);
    const QString reading = window.currentCaseId();

    // Ctrl+click adds a second case; the one being read stays open.
    CaseListView *list = window.caseListView();
    QVERIFY(list->model()->rowCount() >= 2);
    const QRect second = list->visualRect(list->model()->index(1, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::ControlModifier, second.center());
    QCOMPARE(list->selectedCaseIds().size(), 2);
    QCOMPARE(window.currentCaseId(), reading);

    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_E));
    auto dialog = window.findChild<ExportDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->scope(), ExportDialog::Scope::SelectedCases);
    QVERIFY(!dialog->exportsOneFile());
    QCOMPARE(dialog->dateRange(), window.dateRangeBar()->range());
    dialog->reject();
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
