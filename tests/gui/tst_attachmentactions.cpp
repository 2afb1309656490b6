#include "DemoSandbox.h"

#include "AttachmentActions.h"
#include "CommunicationModel.h"
#include "ConversationView.h"
#include "ErrorBanner.h"
#include "MainWindow.h"

#include <QAction>
#include <QDirIterator>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int timeout = 10000;

const QString hostileCaseId = QStringLiteral("case-111122223333-muen-2026-0a77ac4ed0000001");
const QString longCaseId = DemoSandbox::longCaseId;

struct TestFile
{
    QString id;
    QString name;
    QByteArray data;
};

QByteArray pngBytes()
{
    QByteArray data("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 512; ++i)
        data += char(i % 256);
    return data;
}

// Two messages; the files have a traversal name, a name used twice, and binary content.
const QList<TestFile> &hostileFiles()
{
    static const QList<TestFile> files = {
        {"attachment-hostile-notes-a", "notes.txt", "first notes\n"},
        {"attachment-hostile-evil", "../../evil.sh", "#!/bin/sh\necho owned\n"},
        {"attachment-hostile-notes-b", "notes.txt", "second notes\r\n"},
        {"attachment-hostile-png", "photo.png", pngBytes()},
    };
    return files;
}

QJsonObject attachmentRef(const TestFile &file)
{
    return {{"attachmentId", file.id}, {"fileName", file.name}};
}

QJsonObject hostileCase()
{
    const QList<TestFile> &files = hostileFiles();
    const QJsonObject details {{"caseId", hostileCaseId},
                               {"displayId", "17000000001"},
                               {"subject", "Files with hard names"},
                               {"status", "opened"},
                               {"serviceCode", "general-info"},
                               {"categoryCode", "other"},
                               {"severityCode", "low"},
                               {"submittedBy", "alex@example.com"},
                               {"timeCreated", "2026-11-01T09:00:00.000Z"},
                               {"language", "en"}};
    const QJsonObject first {{"caseId", hostileCaseId},
                             {"body", "Notes attached."},
                             {"submittedBy", "alex@example.com"},
                             {"timeCreated", "2026-11-01T09:00:00.000Z"},
                             {"attachmentSet", QJsonArray {attachmentRef(files.at(0))}}};
    const QJsonObject second {{"caseId", hostileCaseId},
                              {"body", "More files."},
                              {"submittedBy", "alex@example.com"},
                              {"timeCreated", "2026-11-02T09:00:00.000Z"},
                              {"attachmentSet",
                               QJsonArray {attachmentRef(files.at(1)), attachmentRef(files.at(2)),
                                           attachmentRef(files.at(3))}}};

    QJsonArray attachments;
    for (const TestFile &file : files) {
        attachments.append(QJsonObject {{"attachmentId", file.id},
                                        {"fileName", file.name},
                                        {"data", QString::fromLatin1(file.data.toBase64())}});
    }
    return {{"case", details},
            {"communications", QJsonArray {first, second}},
            {"attachments", attachments}};
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

/// Every file below \a root, as paths relative to it.
QStringList filesBelow(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

bool writeText(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

// Opening and saving attachments through the main window, against a sandbox on loopback whose
// dataset holds hostile file names beside the demo's long thread.
class tst_AttachmentActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void isExecutable_data();
    void isExecutable();

    void saveAllOfCaseKeepsExistingFiles();
    void hostileNameLandsInsideChosenFolder();
    void savingAgainNeverOverwrites();
    void saveAllOfLongCaseListsEveryPage();
    void cancelSaveAll();
    void saveToWritesChosenPath();
    void clickOpensPrivateCopy();
    void programsAreNotOpened();
    void goneAttachmentShowsUnavailable();
    void fileMenuOffersSaveAll();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &caseId);
    QModelIndex rowWith(MainWindow *window, const QString &attachmentId) const;

    QTemporaryDir m_dataset;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<SupportClient> m_client;
};

void tst_AttachmentActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CasebookTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_attachmentactions"));

    QVERIFY(m_dataset.isValid());
    const QDir cases(m_dataset.filePath("cases"));
    QVERIFY(QDir().mkpath(cases.path()));
    QVERIFY(writeText(cases.filePath("hostile.json"), QJsonDocument(hostileCase()).toJson()));
    const QJsonObject longCase = DemoSandbox::caseFile(longCaseId);
    QVERIFY(!longCase.isEmpty());
    QVERIFY(writeText(cases.filePath("long.json"), QJsonDocument(longCase).toJson()));

    m_sandbox = std::make_unique<SandboxServer>();
    QString problem;
    QVERIFY2(m_sandbox->loadDataset(m_dataset.path(), &problem), qPrintable(problem));
    QVERIFY(m_sandbox->listen(0));
    m_client = std::make_unique<SupportClient>();
    DemoSandbox::configure(m_client.get(), *m_sandbox);
}

void tst_AttachmentActions::isExecutable_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<bool>("executable");

    QTest::newRow("pdf") << "report.pdf" << QByteArray() << false;
    QTest::newRow("png") << "photo.png" << pngBytes() << false;
    QTest::newRow("text") << "notes.txt" << QByteArray("hello\n") << false;
    QTest::newRow("csv") << "data.csv" << QByteArray("a,b\n1,2\n") << false;
    QTest::newRow("json") << "policy.json" << QByteArray("{\"Version\": \"2012-10-17\"}") << false;
    QTest::newRow("geojson") << "zones.geojson" << QByteArray() << false;
    QTest::newRow("ruby") << "check.rb" << QByteArray() << true;
    QTest::newRow("awk by type") << "fields.awk" << QByteArray() << true;
    QTest::newRow("log") << "journal.log" << QByteArray() << false;
    QTest::newRow("shell script") << "run.sh" << QByteArray() << true;
    QTest::newRow("windows program") << "setup.exe" << QByteArray() << true;
    QTest::newRow("upper case") << "SETUP.EXE" << QByteArray() << true;
    QTest::newRow("desktop entry") << "viewer.desktop" << QByteArray() << true;
    QTest::newRow("batch") << "fix.bat" << QByteArray() << true;
    QTest::newRow("powershell") << "fix.ps1" << QByteArray() << true;
    QTest::newRow("java archive") << "tool.jar" << QByteArray() << true;
    QTest::newRow("shortcut") << "docs.lnk" << QByteArray() << true;
    QTest::newRow("python") << "collect.py" << QByteArray() << true;
    QTest::newRow("javascript") << "invoice.js" << QByteArray() << true;
    QTest::newRow("installer") << "agent.msi" << QByteArray() << true;
    QTest::newRow("macOS command") << "fix.command" << QByteArray() << true;
    QTest::newRow("bidi disguise") << "report\u202Etxt.exe" << QByteArray() << true;
    QTest::newRow("script inside text")
        << "notes.txt" << QByteArray("#!/bin/sh\nrm -rf ~\n") << true;
    QTest::newRow("ELF without extension") << "tool"
                                           << QByteArray("\x7f"
                                                         "ELF\x02\x01\x01",
                                                         7)
                                           << true;
    QTest::newRow("PE named as text") << "readme.txt" << QByteArray("MZ\x90\x00", 4) << true;
}

void tst_AttachmentActions::isExecutable()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    QFETCH(bool, executable);

    QCOMPARE(AttachmentActions::isExecutable(name, data), executable);
}

std::unique_ptr<MainWindow> tst_AttachmentActions::openWindow(const QString &caseId)
{
    auto window = std::make_unique<MainWindow>(m_client.get());
    window->show();
    window->openCase(caseId);
    CommunicationModel *messages = window->communicationModel();
    const bool loaded = QTest::qWaitFor(
        [&] { return messages->caseId() == caseId && messages->rowCount() > 0; }, timeout);
    return loaded ? std::move(window) : nullptr;
}

QModelIndex tst_AttachmentActions::rowWith(MainWindow *window, const QString &attachmentId) const
{
    const QAbstractItemModel *model = window->conversationView()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        for (const AttachmentInfo &info : AttachmentActions::attachmentsAt(index)) {
            if (info.attachmentId == attachmentId)
                return index;
        }
    }
    return {};
}

void tst_AttachmentActions::saveAllOfCaseKeepsExistingFiles()
{
    auto window = openWindow(hostileCaseId);
    QVERIFY(window);
    AttachmentActions *actions = window->attachmentActions();
    QTemporaryDir root;
    const QString folder = root.filePath("chosen");
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(writeText(folder + "/notes.txt", "mine, not the service's"));

    QSignalSpy finished(actions, &AttachmentActions::saveAllFinished);
    actions->saveAllOfCaseTo(folder);
    QVERIFY(actions->isSavingAll());
    QVERIFY(!actions->saveAllOfCaseAction()->isEnabled());
    QVERIFY(window->findChild<QWidget *>("attachmentProgress")->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeout);

    QCOMPARE(finished.first(), (QList<QVariant> {4, 0, 0}));
    QCOMPARE(filesBelow(root.path()),
             (QStringList {"chosen/__._evil.sh", "chosen/notes (2).txt", "chosen/notes (3).txt",
                           "chosen/notes.txt", "chosen/photo.png"}));
    QCOMPARE(contentOf(folder + "/notes.txt"), QByteArray("mine, not the service's"));
    const QSet<QByteArray> notes {contentOf(folder + "/notes (2).txt"),
                                  contentOf(folder + "/notes (3).txt")};
    QCOMPARE(notes, (QSet<QByteArray> {hostileFiles().at(0).data, hostileFiles().at(2).data}));
    QCOMPARE(contentOf(folder + "/__._evil.sh"), hostileFiles().at(1).data);
    QCOMPARE(contentOf(folder + "/photo.png"), pngBytes());
    QVERIFY(!(QFile::permissions(folder + "/__._evil.sh") & QFileDevice::ExeUser));

    QVERIFY(!actions->isSavingAll());
    QVERIFY(actions->saveAllOfCaseAction()->isEnabled());
    QVERIFY(!window->findChild<QWidget *>("attachmentProgress")->isVisible());
    QVERIFY(
        window->statusBar()->currentMessage().contains(QDir::toNativeSeparators(folder) + ": 4."));
}

void tst_AttachmentActions::hostileNameLandsInsideChosenFolder()
{
    auto window = openWindow(hostileCaseId);
    QVERIFY(window);
    const QModelIndex index = rowWith(window.get(), "attachment-hostile-evil");
    QVERIFY(index.isValid());

    // Were the name followed, the file would land in root/a.
    QTemporaryDir root;
    const QString folder = root.filePath("a/b/chosen");
    QVERIFY(QDir().mkpath(folder));
    QSignalSpy finished(window->attachmentActions(), &AttachmentActions::saveAllFinished);
    QSignalSpy saved(window->attachmentActions(), &AttachmentActions::saved);
    window->attachmentActions()->saveAllTo(AttachmentActions::attachmentsAt(index), folder);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeout);

    QCOMPARE(finished.first(), (QList<QVariant> {3, 0, 0}));
    QCOMPARE(
        filesBelow(root.path()),
        (QStringList {"a/b/chosen/__._evil.sh", "a/b/chosen/notes.txt", "a/b/chosen/photo.png"}));
    QVERIFY(!QFile::exists(root.filePath("a/evil.sh")));
    for (const QList<QVariant> &entry : std::as_const(saved)) {
        const QFileInfo info(entry.at(1).toString());
        QCOMPARE(info.absolutePath(), QFileInfo(folder).absoluteFilePath());
    }
}

void tst_AttachmentActions::savingAgainNeverOverwrites()
{
    auto window = openWindow(hostileCaseId);
    QVERIFY(window);
    AttachmentActions *actions = window->attachmentActions();
    const QList<AttachmentInfo> files
        = {{"attachment-hostile-png", "photo.png"}, {"attachment-hostile-evil", "../../evil.sh"}};
    QTemporaryDir folder;
    QSignalSpy finished(actions, &AttachmentActions::saveAllFinished);

    actions->saveAllTo(files, folder.path());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeout);
    QVERIFY(writeText(folder.filePath("photo.png"), "edited by the reader"));
    actions->saveAllTo(files, folder.path());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, timeout);

    QCOMPARE(filesBelow(folder.path()),
             (QStringList {"__._evil (2).sh", "__._evil.sh", "photo (2).png", "photo.png"}));
    QCOMPARE(contentOf(folder.filePath("photo.png")), QByteArray("edited by the reader"));
    QCOMPARE(contentOf(folder.filePath("photo (2).png")), pngBytes());
}

void tst_AttachmentActions::saveAllOfLongCaseListsEveryPage()
{
    auto window = openWindow(longCaseId);
    QVERIFY(window);
    QHash<QString, QByteArray> expected; // file name -> content
    for (const QJsonValue &value : DemoSandbox::caseFile(longCaseId)["attachments"].toArray()) {
        const QJsonObject attachment = value.toObject();
        expected.insert(attachment["fileName"].toString(),
                        QByteArray::fromBase64(attachment["data"].toString().toLatin1()));
    }
    // The oldest files are on the last page the service lists, newest first.
    QVERIFY(expected.size() > 1);

    QTemporaryDir folder;
    QSignalSpy finished(window->attachmentActions(), &AttachmentActions::saveAllFinished);
    window->attachmentActions()->saveAllOfCaseTo(folder.path());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeout);

    QCOMPARE(finished.first().at(0).toInt(), int(expected.size()));
    QStringList names = expected.keys();
    names.sort();
    QCOMPARE(filesBelow(folder.path()), names);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QCOMPARE(contentOf(folder.filePath(it.key())), it.value());
}

void tst_AttachmentActions::cancelSaveAll()
{
    auto window = openWindow(longCaseId);
    QVERIFY(window);
    AttachmentActions *actions = window->attachmentActions();
    QTemporaryDir folder;
    QSignalSpy finished(actions, &AttachmentActions::saveAllFinished);

    actions->saveAllOfCaseTo(folder.path());
    QVERIFY(actions->isSavingAll());
    actions->cancelSaveAll();

    QCOMPARE(finished.size(), 1);
    QVERIFY(!actions->isSavingAll());
    QVERIFY(actions->saveAllOfCaseAction()->isEnabled());
    QVERIFY(window->statusBar()->currentMessage().contains("cancelled"));
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(filesBelow(folder.path()), QStringList());
    QCOMPARE(actions->downloader()->inFlightCount(), 0);
}

void tst_AttachmentActions::saveToWritesChosenPath()
{
    auto window = openWindow(hostileCaseId);
    QVERIFY(window);
    QTemporaryDir folder;
    const QString path = folder.filePath("kept as.png");
    QVERIFY(writeText(path, "old")); // the save dialog asked before replacing it

    QSignalSpy saved(window->attachmentActions(), &AttachmentActions::saved);
    window->attachmentActions()->saveTo({"attachment-hostile-png", "photo.png"}, path);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, timeout);

    QCOMPARE(saved.first().at(1).toString(), path);
    QCOMPARE(contentOf(path), pngBytes());
    QCOMPARE(filesBelow(folder.path()), QStringList {"kept as.png"});
}

void tst_AttachmentActions::clickOpensPrivateCopy()
{
    auto window = openWindow(hostileCaseId);
    QVERIFY(window);
    AttachmentActions *actions = window->attachmentActions();
    QList<QUrl> openedUrls;
    actions->setUrlOpener([&](const QUrl &url) {
        openedUrls << url;
        return true;
    });
    ConversationView *view = window->conversationView();
    const QString id = "attachment-hostile-png";
    const QModelIndex index = rowWith(window.get(), id);
    const int position = 2;
    QCOMPARE(AttachmentActions::attachmentsAt(index).at(position).attachmentId, id);

    QSignalSpy opened(actions, &AttachmentActions::opened);
    Q_EMIT view->attachmentActivated(index, position);
    QCOMPARE(view->attachmentState(id), AttachmentState::Downloading);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, timeout);
    QCOMPARE(view->attachmentState(id), AttachmentState::Available);

    const QString path = opened.first().at(1).toString();
    QCOMPARE(openedUrls, QList<QUrl> {QUrl::fromLocalFile(path)});
    const QString temp = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    QVERIFY2(path.startsWith(temp + "/casebook-attachments/"), qPrintable(path));
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("photo.png"));
    QCOMPARE(QFileInfo(path).absolutePath(), actions->openFolder());
    QCOMPARE(contentOf(path), pngBytes());
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QVERIFY(!(QFileInfo(actions->openFolder()).permissions() & others));
    QVERIFY(!(QFile::permissions(path) & (QFileDevice::WriteOwner | QFileDevice::ExeOwner)));

    // A second open reuses the copy and the cached content.
    Q_EMIT view->attachmentActivated(index, position);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, timeout);
    QCOMPARE(opened.last().at(1).toString(), path);
    QCOMPARE(filesBelow(actions->openFolder()), QStringList {"photo.png"});
}

void tst_AttachmentActions::programsAreNotOpened()
{
    auto window = openWindow(hostileCaseId);
    QVERIFY(window);
    AttachmentActions *actions = window->attachmentActions();
    int opens = 0;
    actions->setUrlOpener([&](const QUrl &) { return ++opens > 0; });
    QSignalSpy refused(actions, &AttachmentActions::openRefused);
    QSignalSpy opened(actions, &AttachmentActions::opened);

    actions->open({"attachment-hostile-evil", "../../evil.sh"});
    QCOMPARE(refused.size(), 1);

    // Named as text, but a script inside: refused once the content is known.
    actions->open({"attachment-hostile-evil", "harmless.txt"});
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 2, timeout);

    QTest::qWait(100);
    QCOMPARE(opens, 0);
    QCOMPARE(opened.size(), 0);
    QVERIFY(window->findChild<QMessageBox *>() != nullptr); // offering to save instead
}

void tst_AttachmentActions::goneAttachmentShowsUnavailable()
{
    auto window = openWindow(hostileCaseId);
    QVERIFY(window);
    const int rows = window->communicationModel()->rowCount();
    AttachmentActions *actions = window->attachmentActions();
    ConversationView *view = window->conversationView();
    const QString gone = "attachment-hostile-gone";

    actions->open({gone, "gone.txt"});
    QTRY_COMPARE_WITH_TIMEOUT(view->attachmentState(gone), AttachmentState::Unavailable, timeout);

    QCOMPARE(actions->downloader()->state(gone), AttachmentDownloader::State::Unavailable);
    QVERIFY2(window->statusBar()->currentMessage().contains("no longer available"),
             qPrintable(window->statusBar()->currentMessage()));
    QVERIFY(window->statusBar()->currentMessage().contains("gone.txt"));
    QCOMPARE(window->communicationModel()->rowCount(), rows);
    QVERIFY(!window->conversationBanner()->isVisible());
    QVERIFY(window->findChild<QMessageBox *>() == nullptr);

    // Saving all of a message that lists it saves the rest and counts it.
    QTemporaryDir folder;
    QSignalSpy finished(actions, &AttachmentActions::saveAllFinished);
    actions->saveAllTo({{gone, "gone.txt"}, {"attachment-hostile-notes-a", "notes.txt"}},
                       folder.path());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, timeout);
    QCOMPARE(finished.first(), (QList<QVariant> {1, 1, 0}));
    QCOMPARE(filesBelow(folder.path()), QStringList {"notes.txt"});
}

void tst_AttachmentActions::fileMenuOffersSaveAll()
{
    auto window = openWindow(hostileCaseId);
    QVERIFY(window);
    QAction *action = window->attachmentActions()->saveAllOfCaseAction();

    const QList<QAction *> menus = window->menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QVERIFY(menus.first()->menu()->actions().contains(action));
    QVERIFY(action->isEnabled());
    QVERIFY(action->text().contains("Save All"));
}

QTEST_MAIN(tst_AttachmentActions)
#include "tst_attachmentactions.moc"
