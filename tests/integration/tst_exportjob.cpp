#include "DemoSandbox.h"

#include "AttachmentSaver.h"
#include "ExportJob.h"
#include "ExportManifest.h"
#include "SafeFileName.h"
#include "ThreadFile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

struct CaseSpec;

// Exporting many cases to a folder against a sandbox whose cases have hostile subjects.
class tst_ExportJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void exportsEveryCaseToItsOwnFile();
    void hostileSubjectsMakeSafeDistinctNames();
    void rerunSkipsCompleteFiles();
    void cancelsMidway();
    void reportsFailuresAndGoesOn();
    void reportsAListThatCannotBeRead();
    void narrowsCasesAndMessagesToTheRange();
    void writesOneCaseToAChosenFile();
    void usesTheWriterForFormatsItCannotRender();
    void writesAThreadItIsGivenWithoutAsking();
    void rerunSkipsEveryFormat_data();
    void rerunSkipsEveryFormat();
    void rerunWritesOnlyWhatChanged_data();
    void rerunWritesOnlyWhatChanged();
    void keepsAHandEditedFileInEveryFormat_data();
    void keepsAHandEditedFileInEveryFormat();
    void savesAttachmentsBesideEachFile_data();
    void savesAttachmentsBesideEachFile();

private:
    struct Run
    {
        bool finished = false;
        QList<ExportJob::CaseResult> results;
    };
    Run run(ExportJob &job);
    void configure(ExportJob &job) const;
    QStringList filesInOutput() const;
    void writeCase(const QString &folder, int i, const QJsonObject &json);

    QTemporaryDir m_data;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<SupportClient> m_client;
    std::unique_ptr<QTemporaryDir> m_output;
    QMap<QString, int> m_messages; ///< case id -> communications in the dataset
};

struct CaseSpec
{
    const char *displayId;
    QString subject;
    const char *created;
    int messages;
    const char *status = "opened";
};

namespace {

const QList<CaseSpec> cases = {
    {"1001", QStringLiteral("Long thread across pages"), "2026-03-01T10:00:00.000Z", 230},
    {"1002", QStringLiteral("../../../etc/passwd"), "2026-03-02T10:00:00.000Z", 3},
    {"", QStringLiteral("report\u202Etxt.exe\r\n\x1b[31m red"), "2026-03-03T10:00:00.000Z", 2},
    {"", QStringLiteral("CON"), "2026-03-04T10:00:00.000Z", 1},
    {"1005", QString(400, u'\u00e9'), "2026-03-05T10:00:00.000Z", 2},
    {"1006", QStringLiteral("Same name"), "2026-03-06T10:00:00.000Z", 2},
    {"1006", QStringLiteral("same NAME"), "2026-03-07T10:00:00.000Z", 2, "resolved"},
};

QString caseIdOf(int i)
{
    return QStringLiteral("case-123456789012-muen-2026-%1").arg(i, 16, 10, QLatin1Char('0'));
}

QJsonObject caseFile(int i, const CaseSpec &spec)
{
    QJsonArray communications;
    const QDateTime created = SupportJson::parseTime(QLatin1String(spec.created));
    for (int m = 0; m < spec.messages; ++m) {
        communications.append(QJsonObject {
            {QStringLiteral("caseId"), caseIdOf(i)},
            {QStringLiteral("body"), QStringLiteral("Message %1 of case %2").arg(m).arg(i)},
            {QStringLiteral("submittedBy"), QStringLiteral("someone@example.com")},
            {QStringLiteral("timeCreated"), SupportJson::formatTime(created.addSecs(60 * m))},
            {QStringLiteral("attachmentSet"), QJsonArray()}});
    }
    const QJsonObject details {{QStringLiteral("caseId"), caseIdOf(i)},
                               {QStringLiteral("displayId"), QLatin1String(spec.displayId)},
                               {QStringLiteral("subject"), spec.subject},
                               {QStringLiteral("status"), QLatin1String(spec.status)},
                               {QStringLiteral("timeCreated"), QLatin1String(spec.created)}};
    return {{QStringLiteral("case"), details}, {QStringLiteral("communications"), communications}};
}

} // namespace

void tst_ExportJob::initTestCase()
{
    qRegisterMetaType<ExportJob::CaseResult>();
    for (int i = 0; i < cases.size(); ++i) {
        writeCase(m_data.path(), i, caseFile(i, cases.at(i)));
        m_messages.insert(caseIdOf(i), cases.at(i).messages);
    }

    m_sandbox = std::make_unique<SandboxServer>();
    QString problem;
    QVERIFY2(m_sandbox->loadDataset(m_data.path(), &problem), qPrintable(problem));
    QVERIFY(m_sandbox->listen(0));
}

void tst_ExportJob::init()
{
    m_client = std::make_unique<SupportClient>();
    DemoSandbox::configure(m_client.get(), *m_sandbox);
    m_output = std::make_unique<QTemporaryDir>();
}

tst_ExportJob::Run tst_ExportJob::run(ExportJob &job)
{
    Run result;
    QSignalSpy finished(&job, &ExportJob::finished);
    job.start();
    result.finished = finished.wait(60000);
    result.results = job.results();
    return result;
}

void tst_ExportJob::configure(ExportJob &job) const
{
    job.setAllCases(true);
    job.setFormat(ExportFormat::Json);
    job.setOutputDirectory(m_output->path());
}

QStringList tst_ExportJob::filesInOutput() const
{
    // The manifest is the folder's record of what was written, not an export.
    QStringList files
        = QDir(m_output->path())
              .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    files.removeAll(ExportManifest::fileName());
    return files;
}

void tst_ExportJob::writeCase(const QString &folder, int i, const QJsonObject &json)
{
    QVERIFY(QDir(folder).mkpath(QStringLiteral("cases")));
    QFile file(QDir(folder).filePath(QStringLiteral("cases/%1.json").arg(i)));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
}

void tst_ExportJob::exportsEveryCaseToItsOwnFile()
{
    ExportJob job(m_client.get());
    configure(job);
    QSignalSpy listed(&job, &ExportJob::casesListed);
    QSignalSpy progress(&job, &ExportJob::progressChanged);
    QSignalSpy started(&job, &ExportJob::caseStarted);

    const Run result = run(job);
    QVERIFY(result.finished);
    QVERIFY(job.failureMessage().isEmpty());
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().first().toInt(), cases.size());
    QCOMPARE(started.size(), cases.size());
    QCOMPARE(progress.size(), cases.size());
    QCOMPARE(progress.last().at(0).toInt(), cases.size());
    QCOMPARE(job.count(ExportJob::Outcome::Written), cases.size());
    QCOMPARE(filesInOutput().size(), cases.size());

    // Each file reads back as its case's complete thread, every page of it.
    for (const ExportJob::CaseResult &r : result.results) {
        ThreadExport thread;
        QString error;
        QVERIFY2(ThreadFile::read(r.path, &thread, &error), qPrintable(error));
        QVERIFY(thread.hasCase);
        QCOMPARE(thread.supportCase.caseId, r.caseId);
        QCOMPARE(thread.communications.size(), m_messages.value(r.caseId));
    }
}

void tst_ExportJob::hostileSubjectsMakeSafeDistinctNames()
{
    ExportJob job(m_client.get());
    configure(job);
    const Run result = run(job);
    QVERIFY(result.finished);

    QSet<QString> names;
    for (const ExportJob::CaseResult &r : result.results) {
        const QFileInfo info(r.path);
        QCOMPARE(info.absolutePath(), QFileInfo(m_output->path()).absoluteFilePath());
        QVERIFY2(SafeFileName::isSafe(info.fileName()), qPrintable(info.fileName()));
        QVERIFY(info.fileName().endsWith(QLatin1String(".json")));
        QVERIFY(info.fileName().toUtf8().size() <= SafeFileName::maxBytes);
        QVERIFY(!SafeFileName::isReservedDeviceName(info.fileName()));
        names.insert(info.fileName().toCaseFolded());
    }
    QCOMPARE(names.size(), cases.size());
    QVERIFY(filesInOutput().contains(QStringLiteral("1006 same NAME (2).json"))
            || filesInOutput().contains(QStringLiteral("1006 Same name (2).json")));
}

void tst_ExportJob::rerunSkipsCompleteFiles()
{
    ExportJob first(m_client.get());
    configure(first);
    QVERIFY(run(first).finished);
    QFileInfo sample(first.results().first().path);
    const QDateTime modified = sample.lastModified();

    ExportJob second(m_client.get());
    configure(second);
    const Run result = run(second);
    QVERIFY(result.finished);
    QCOMPARE(second.count(ExportJob::Outcome::Skipped), cases.size());
    QCOMPARE(second.count(ExportJob::Outcome::Written), 0);
    QCOMPARE(filesInOutput().size(), cases.size());
    sample.refresh();
    QCOMPARE(sample.lastModified(), modified);
    for (int i = 0; i < cases.size(); ++i)
        QCOMPARE(result.results.at(i).path, first.results().at(i).path);
}

void tst_ExportJob::cancelsMidway()
{
    ExportJob job(m_client.get());
    configure(job);
    connect(&job, &ExportJob::caseFinished, &job, [&job](const ExportJob::CaseResult &r) {
        if (r.outcome == ExportJob::Outcome::Written)
            job.cancel();
    });
    QSignalSpy served(m_sandbox.get(), &SandboxServer::requestServed);

    const Run result = run(job);
    QVERIFY(result.finished);
    QVERIFY(job.wasCancelled());
    QVERIFY(!job.isRunning());
    QCOMPARE(result.results.size(), 1);
    QCOMPARE(filesInOutput().size(), 1);

    // Nothing is asked for once cancelled.
    const int requests = int(served.size());
    QTest::qWait(200);
    QCOMPARE(served.size(), requests);

    // A run after a cancelled one finishes the rest and skips what was written.
    ExportJob again(m_client.get());
    configure(again);
    QVERIFY(run(again).finished);
    QCOMPARE(again.count(ExportJob::Outcome::Skipped), 1);
    QCOMPARE(again.count(ExportJob::Outcome::Written), cases.size() - 1);
}

void tst_ExportJob::reportsFailuresAndGoesOn()
{
    ExportJob job(m_client.get());
    job.setCaseIds(
        {caseIdOf(1), QStringLiteral("case-000000000000-muen-2020-0000000000000000"), caseIdOf(2)});
    job.setOutputDirectory(m_output->path());
    const Run result = run(job);
    QVERIFY(result.finished);

    QCOMPARE(result.results.size(), 3);
    QCOMPARE(result.results.at(1).outcome, ExportJob::Outcome::Failed);
    QVERIFY(!result.results.at(1).message.isEmpty());
    QCOMPARE(job.count(ExportJob::Outcome::Written), 2);
    const QString name = QFileInfo(result.results.at(0).path).fileName();
    QVERIFY2(name.startsWith(QLatin1String("1002 ")) && !name.contains(QLatin1String("..")),
             qPrintable(name));
    QCOMPARE(filesInOutput().size(), 2);
}

void tst_ExportJob::reportsAListThatCannotBeRead()
{
    m_client->setCredentials(
        {SandboxServer::exampleAccessKeyId(), QStringLiteral("wrong"), {}, QStringLiteral("test")});
    ExportJob job(m_client.get());
    configure(job);
    const Run result = run(job);
    QVERIFY(result.finished);
    QVERIFY(result.results.isEmpty());
    QVERIFY2(job.failureMessage().contains(QLatin1String("InvalidSignatureException")),
             qPrintable(job.failureMessage()));
    QVERIFY(filesInOutput().isEmpty());
}

void tst_ExportJob::narrowsCasesAndMessagesToTheRange()
{
    // Cases created from 2 March up to 4 March, and only their messages in that time.
    ExportJob job(m_client.get());
    configure(job);
    job.setAllCases(false);
    const QDateTime after = SupportJson::parseTime(QStringLiteral("2026-03-02T00:00:00Z"));
    const QDateTime before = SupportJson::parseTime(QStringLiteral("2026-03-04T00:00:00Z"));
    job.setTimeRange(after, before);
    const Run result = run(job);
    QVERIFY(result.finished);

    QCOMPARE(result.results.size(), 2);
    for (const ExportJob::CaseResult &r : result.results) {
        ThreadExport thread;
        QString error;
        QVERIFY2(ThreadFile::read(r.path, &thread, &error), qPrintable(error));
        QCOMPARE(thread.communications.size(), m_messages.value(r.caseId));
        for (const Communication &c : thread.communications)
            QVERIFY(c.timeCreated >= after && c.timeCreated < before);
    }
}

void tst_ExportJob::writesOneCaseToAChosenFile()
{
    const QString path = m_output->filePath(QStringLiteral("chosen.json"));
    ExportJob job(m_client.get());
    job.setCaseIds({caseIdOf(0)});
    job.setOutputFile(path);
    QVERIFY(run(job).finished);
    QCOMPARE(job.count(ExportJob::Outcome::Written), 1);
    QCOMPARE(filesInOutput(), QStringList {QStringLiteral("chosen.json")});

    ExportJob several(m_client.get());
    several.setCaseIds({caseIdOf(0), caseIdOf(1)});
    several.setOutputFile(path);
    QVERIFY(run(several).finished);
    QVERIFY(!several.failureMessage().isEmpty());
}

void tst_ExportJob::usesTheWriterForFormatsItCannotRender()
{
    ExportJob without(m_client.get());
    configure(without);
    without.setFormat(ExportFormat::Pdf);
    QVERIFY(!without.canWrite(ExportFormat::Pdf));
    QVERIFY(run(without).finished);
    QVERIFY(!without.failureMessage().isEmpty());
    QVERIFY(filesInOutput().isEmpty());

    int calls = 0;
    ExportJob job(m_client.get());
    configure(job);
    job.setFormat(ExportFormat::Pdf);
    job.setWriter([&calls](const ThreadExport &thread, const QString &path, QString *) {
        ++calls;
        QFile file(path);
        return thread.hasCase && file.open(QIODevice::WriteOnly) && file.write("%PDF") == 4;
    });
    QVERIFY(job.canWrite(ExportFormat::Pdf));
    QVERIFY(run(job).finished);
    QCOMPARE(calls, cases.size());
    QCOMPARE(job.count(ExportJob::Outcome::Written), cases.size());
    QVERIFY(filesInOutput().first().endsWith(QLatin1String(".pdf")));

    // What the writer made is recorded in the manifest: a second run skips it, unwritten.
    ExportJob again(m_client.get());
    configure(again);
    again.setFormat(ExportFormat::Pdf);
    again.setWriter([&calls](const ThreadExport &, const QString &, QString *) {
        ++calls;
        return true;
    });
    QVERIFY(run(again).finished);
    QCOMPARE(again.count(ExportJob::Outcome::Skipped), cases.size());
    QCOMPARE(calls, cases.size());
}

void tst_ExportJob::writesAThreadItIsGivenWithoutAsking()
{
    ThreadExport thread;
    Communication message;
    message.caseId = QStringLiteral("case-from-file");
    message.body = QStringLiteral("kept offline");
    message.timeCreatedText = QStringLiteral("2026-03-01T10:00:00.000Z");
    message.timeCreated = SupportJson::parseTime(message.timeCreatedText);
    thread.communications = {message};

    m_client->setEndpoint(SupportEndpoint::forRegion(QStringLiteral("us-east-1"),
                                                     QUrl(QStringLiteral("http://127.0.0.1:9"))));
    ExportJob job(m_client.get());
    job.setThread(thread);
    job.setOutputDirectory(m_output->path());
    QVERIFY(run(job).finished);
    QCOMPARE(job.count(ExportJob::Outcome::Written), 1);
    QCOMPARE(filesInOutput(), QStringList {QStringLiteral("case-from-file.json")});

    ThreadExport read;
    QString error;
    QVERIFY2(ThreadFile::read(job.results().first().path, &read, &error), qPrintable(error));
    QCOMPARE(read.communications, thread.communications);
}

namespace {

void setFormat(ExportJob &job, ExportFormat format)
{
    job.setFormat(format);
    // A PDF carries its time of making too: a writer that never writes the same bytes twice.
    job.setWriter([](const ThreadExport &thread, const QString &path, QString *) {
        QFile file(path);
        const QByteArray stamp
            = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1();
        return file.open(QIODevice::WriteOnly)
            && file.write("%PDF " + stamp + ' ' + QByteArray::number(thread.communications.size()))
            > 0;
    });
}

void addFormatRows()
{
    QTest::addColumn<ExportFormat>("format");
    for (const QString &name : ExportFormats::names())
        QTest::newRow(qPrintable(name)) << *ExportFormats::fromName(name);
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void tst_ExportJob::rerunSkipsEveryFormat_data()
{
    addFormatRows();
}

void tst_ExportJob::rerunSkipsEveryFormat()
{
    QFETCH(ExportFormat, format);
    ExportJob first(m_client.get());
    configure(first);
    setFormat(first, format);
    QVERIFY(run(first).finished);
    QCOMPARE(first.count(ExportJob::Outcome::Written), cases.size());
    const QByteArray written = contentOf(first.results().first().path);

    // Time passes between the runs: an "exported at" line would differ now.
    QTest::qWait(1100);
    ExportJob second(m_client.get());
    configure(second);
    setFormat(second, format);
    QVERIFY(run(second).finished);
    QCOMPARE(second.count(ExportJob::Outcome::Skipped), cases.size());
    QCOMPARE(contentOf(second.results().first().path), written);
    QCOMPARE(filesInOutput().size(), cases.size());
}

void tst_ExportJob::rerunWritesOnlyWhatChanged_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<bool>("newCase");
    QTest::newRow("md, a new message") << ExportFormat::Markdown << false;
    QTest::newRow("html, a new case") << ExportFormat::Html << true;
    QTest::newRow("mbox, a new message") << ExportFormat::Mbox << false;
    QTest::newRow("pdf, a new case") << ExportFormat::Pdf << true;
}

void tst_ExportJob::rerunWritesOnlyWhatChanged()
{
    QFETCH(ExportFormat, format);
    QFETCH(bool, newCase);
    QTemporaryDir data;
    writeCase(data.path(), 1, caseFile(1, cases.at(1)));
    writeCase(data.path(), 5, caseFile(5, cases.at(5)));
    SandboxServer sandbox;
    QVERIFY(sandbox.loadDataset(data.path()));
    QVERIFY(sandbox.listen(0));
    SupportClient client;
    DemoSandbox::configure(&client, sandbox);

    ExportJob first(&client);
    configure(first);
    setFormat(first, format);
    QVERIFY(run(first).finished);
    QCOMPARE(first.count(ExportJob::Outcome::Written), 2);

    // The service has something new for one case between the runs.
    CaseSpec changed = cases.at(newCase ? 2 : 5);
    changed.messages += 1;
    writeCase(data.path(), newCase ? 2 : 5, caseFile(newCase ? 2 : 5, changed));
    QVERIFY(sandbox.loadDataset(data.path()));

    ExportJob second(&client);
    configure(second);
    setFormat(second, format);
    QVERIFY(run(second).finished);
    QCOMPARE(second.count(ExportJob::Outcome::Written), 1);
    QCOMPARE(second.count(ExportJob::Outcome::Skipped), newCase ? 2 : 1);
    for (const ExportJob::CaseResult &r : second.results()) {
        const bool expected = r.caseId == caseIdOf(newCase ? 2 : 5);
        QCOMPARE(r.outcome == ExportJob::Outcome::Written, expected);
    }
}

void tst_ExportJob::keepsAHandEditedFileInEveryFormat_data()
{
    addFormatRows();
}

void tst_ExportJob::keepsAHandEditedFileInEveryFormat()
{
    QFETCH(ExportFormat, format);
    ExportJob first(m_client.get());
    configure(first);
    setFormat(first, format);
    QVERIFY(run(first).finished);

    const QString edited = first.results().at(2).path;
    QFile file(edited);
    QVERIFY(file.open(QIODevice::Append));
    file.write("\nmy own notes\n");
    file.close();
    const QByteArray kept = contentOf(edited);

    ExportJob second(m_client.get());
    configure(second);
    setFormat(second, format);
    QVERIFY(run(second).finished);
    QCOMPARE(second.count(ExportJob::Outcome::Failed), 1);
    QCOMPARE(second.count(ExportJob::Outcome::Skipped), cases.size() - 1);
    const ExportJob::CaseResult refused = second.results().at(2);
    QCOMPARE(refused.outcome, ExportJob::Outcome::Failed);
    QVERIFY2(refused.message.contains(QLatin1String("differs")), qPrintable(refused.message));
    QCOMPARE(contentOf(edited), kept);

    ExportJob forced(m_client.get());
    configure(forced);
    setFormat(forced, format);
    forced.setForce(true);
    QVERIFY(run(forced).finished);
    QCOMPARE(forced.count(ExportJob::Outcome::Written), 1);
    QCOMPARE(forced.count(ExportJob::Outcome::Skipped), cases.size() - 1);
    QCOMPARE(filesInOutput().size(), cases.size());
    QVERIFY(contentOf(edited) != kept);

    // Replaced with --force, it is Casebook's again: the next run skips it.
    ExportJob after(m_client.get());
    configure(after);
    setFormat(after, format);
    QVERIFY(run(after).finished);
    QCOMPARE(after.count(ExportJob::Outcome::Skipped), cases.size());
}

void tst_ExportJob::savesAttachmentsBesideEachFile_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::newRow("json") << ExportFormat::Json;
    QTest::newRow("md") << ExportFormat::Markdown;
    QTest::newRow("mbox") << ExportFormat::Mbox;
}

void tst_ExportJob::savesAttachmentsBesideEachFile()
{
    QFETCH(ExportFormat, format);

    // Two cases whose first message has a file attached.
    QTemporaryDir data;
    for (int i : {1, 5}) {
        QJsonObject json = caseFile(i, cases.at(i));
        QJsonArray communications = json.value(QStringLiteral("communications")).toArray();
        QJsonObject first = communications.at(0).toObject();
        const QString id = QStringLiteral("attachment-%1").arg(i);
        first.insert(
            QStringLiteral("attachmentSet"),
            QJsonArray {QJsonObject {{QStringLiteral("attachmentId"), id},
                                     {QStringLiteral("fileName"), QStringLiteral("log.txt")}}});
        communications.replace(0, first);
        json.insert(QStringLiteral("communications"), communications);
        const QByteArray bytes = QStringLiteral("log of case %1\n").arg(i).toUtf8();
        json.insert(QStringLiteral("attachments"),
                    QJsonArray {QJsonObject {
                        {QStringLiteral("attachmentId"), id},
                        {QStringLiteral("fileName"), QStringLiteral("log.txt")},
                        {QStringLiteral("data"), QString::fromLatin1(bytes.toBase64())}}});
        writeCase(data.path(), i, json);
    }
    SandboxServer sandbox;
    QString problem;
    QVERIFY2(sandbox.loadDataset(data.path(), &problem), qPrintable(problem));
    QVERIFY(sandbox.listen(0));
    SupportClient client;
    DemoSandbox::configure(&client, sandbox);

    ExportJob job(&client);
    configure(job);
    setFormat(job, format);
    job.setAttachments(true);
    QVERIFY(run(job).finished);
    QCOMPARE(job.count(ExportJob::Outcome::Written), 2);

    for (const ExportJob::CaseResult &r : job.results()) {
        QVERIFY(r.attachmentProblems.isEmpty());
        const QString folder = AttachmentSaver::folderFor(r.path);
        const QString saved = QDir(folder).filePath(QStringLiteral("log.txt"));
        QVERIFY2(QFileInfo(saved).isFile(), qPrintable(saved));
        const QByteArray content = contentOf(r.path);
        const QString link = QFileInfo(folder).fileName() + QStringLiteral("/log.txt");
        if (format == ExportFormat::Mbox) {
            QVERIFY(content.contains("filename=\"log.txt\""));
            QVERIFY(content.contains(QByteArray("log of case").toBase64().left(12)));
        } else if (format == ExportFormat::Markdown) {
            QVERIFY(content.contains("](" + QUrl::toPercentEncoding(link, "/") + ')'));
        } else {
            // JSON records where each file went; File > Open reads it back to open the copy.
            ThreadExport thread;
            QVERIFY2(ThreadFile::read(r.path, &thread, &problem), qPrintable(problem));
            const QString id = QStringLiteral("attachment-%1").arg(r.caseId == caseIdOf(1) ? 1 : 5);
            QCOMPARE(thread.savedAttachments.value(id), link);
            QCOMPARE(ThreadFile::savedAttachmentFiles(thread, r.path).value(id),
                     QFileInfo(saved).canonicalFilePath());
        }
    }

    ExportJob again(&client);
    configure(again);
    setFormat(again, format);
    again.setAttachments(true);
    QVERIFY(run(again).finished);
    QCOMPARE(again.count(ExportJob::Outcome::Skipped), 2);

    // A file the service no longer has is listed, and the export is written all the same;
    // lacking it, the file is not complete and a later run tries again.
    ThreadExport thread;
    thread.supportCase.caseId = caseIdOf(1);
    Communication message;
    message.caseId = caseIdOf(1);
    message.body = QStringLiteral("two files");
    message.attachments = {{QStringLiteral("attachment-1"), QStringLiteral("log.txt")},
                           {QStringLiteral("gone"), QStringLiteral("lost.txt")}};
    thread.communications = {message};
    QTemporaryDir lossy;
    for (int attempt = 0; attempt < 2; ++attempt) {
        ExportJob partial(&client);
        partial.setThread(thread);
        partial.setOutputDirectory(lossy.path());
        setFormat(partial, format);
        partial.setAttachments(true);
        QVERIFY(run(partial).finished);
        QCOMPARE(partial.count(ExportJob::Outcome::Written), 1);
        const ExportJob::CaseResult r = partial.results().first();
        QCOMPARE(r.attachmentProblems.size(), 1);
        QVERIFY2(r.attachmentProblems.first().contains(QLatin1String("lost.txt")),
                 qPrintable(r.attachmentProblems.first()));
        QVERIFY(QFileInfo(r.path).isFile());
        QCOMPARE(QDir(AttachmentSaver::folderFor(r.path)).entryList(QDir::Files),
                 QStringList {QStringLiteral("log.txt")});
    }
}

QTEST_GUILESS_MAIN(tst_ExportJob)
#include "tst_exportjob.moc"
