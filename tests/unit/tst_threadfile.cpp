#include "JsonExporter.h"
#include "ThreadFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

// Threads read back from files: Casebook's own JSON export, the AWS CLI's output, and files
// that are neither.
class tst_ThreadFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsThreads_data();
    void readsThreads();
    void refusesMalformedFiles_data();
    void refusesMalformedFiles();
    void roundTripsAnExport();
    void refusesWhatIsNoRegularFile();
    void refusesLargeFiles();
    void keepsTheTargetOnFailure();
    void selectsARange();
    void readsSavedAttachmentsSafely();

private:
    QTemporaryDir m_dir;
};

namespace {

const QByteArray cliOutput = R"({
    "communications": [
        {
            "caseId": "case-123456789012-muen-2026-abcdef0123456789",
            "body": "Thanks, the instance is reachable again.",
            "submittedBy": "ops@example.com",
            "timeCreated": "2026-03-02T10:00:00.000Z",
            "attachmentSet": []
        },
        {
            "caseId": "case-123456789012-muen-2026-abcdef0123456789",
            "body": "Please stop and start the instance.",
            "submittedBy": "Amazon Web Services",
            "timeCreated": "2026-03-01T09:30:00.000Z",
            "attachmentSet": [{"attachmentId": "att-1", "fileName": "log.txt"}]
        }
    ]
})";

QByteArray row(const QByteArray &members)
{
    return R"({"communications": [{)" + members + "}]}";
}

const QByteArray fullRow = R"("caseId": "c", "body": "b", "submittedBy": "s",
                             "timeCreated": "2026-01-01T00:00:00Z")";

} // namespace

void tst_ThreadFile::readsThreads_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("messages");
    QTest::addColumn<bool>("hasCase");
    QTest::addColumn<QString>("firstBody");

    QTest::newRow("aws describe-communications output")
        << cliOutput << 2 << false << "Thanks, the instance is reachable again.";
    QTest::newRow("ours, with the case")
        << QByteArray(R"({"case": {"caseId": "c", "displayId": "1", "subject": "S"},
                          "communications": [{)"
                      + fullRow + "}]}")
        << 1 << true << "b";
    QTest::newRow("an empty thread")
        << QByteArray(R"({"communications": []})") << 0 << false << QString();
    QTest::newRow("members it does not know") << QByteArray(R"({"nextToken": "t", "extra": [1, 2],
                          "communications": [{"future": true, )"
                                                            + fullRow + "}]}")
                                              << 1 << false << "b";
    QTest::newRow("a time it cannot read is kept as text")
        << row(R"("caseId": "c", "body": "b", "submittedBy": "s", "timeCreated": "soon")") << 1
        << false << "b";
}

void tst_ThreadFile::readsThreads()
{
    QFETCH(QByteArray, json);
    QFETCH(int, messages);
    QFETCH(bool, hasCase);
    QFETCH(QString, firstBody);

    ThreadExport thread;
    QString error;
    QVERIFY2(ThreadFile::parse(json, &thread, &error), qPrintable(error));
    QCOMPARE(thread.communications.size(), messages);
    QCOMPARE(thread.hasCase, hasCase);
    if (messages > 0)
        QCOMPARE(thread.communications.first().body, firstBody);
}

void tst_ThreadFile::refusesMalformedFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QByteArray() << "not JSON";
    QTest::newRow("text") << QByteArray("Dear support,") << "not JSON";
    QTest::newRow("cut short") << cliOutput.left(200) << "not JSON";
    QTest::newRow("binary") << QByteArray("\x00\x01\xff{", 4) << "not JSON";
    QTest::newRow("a list") << QByteArray("[]") << "no support case thread";
    QTest::newRow("describe-cases output")
        << QByteArray(R"({"cases": []})") << "no support case thread";
    QTest::newRow("communications not a list")
        << QByteArray(R"({"communications": {"body": "b"}})") << "no support case thread";
    QTest::newRow("a row that is a string")
        << QByteArray(R"({"communications": ["hi"]})") << "Message 1 is not a JSON object";
    QTest::newRow("no body") << row(
        R"("caseId": "c", "submittedBy": "s", "timeCreated": "2026-01-01T00:00:00Z")")
                             << "Message 1 has no \"body\"";
    QTest::newRow("no time") << row(R"("caseId": "c", "body": "b", "submittedBy": "s")")
                             << "has no \"timeCreated\"";
    QTest::newRow("no case id") << row(
        R"("body": "b", "submittedBy": "s", "timeCreated": "2026-01-01T00:00:00Z")")
                                << "has no \"caseId\"";
    QTest::newRow("a body that is a number") << row(R"("caseId": "c", "body": 7, "submittedBy": "s",
                  "timeCreated": "2026-01-01T00:00:00Z")")
                                             << "'body' is not a string";
    QTest::newRow("an attachment without id")
        << row(fullRow + R"(, "attachmentSet": [{"fileName": "a.txt"}])")
        << "'attachmentId' is missing";
    QTest::newRow("the second row broken")
        << QByteArray(R"({"communications": [{)" + fullRow + R"(}, {"body": "x"}]})")
        << "Message 2 has no";
    QTest::newRow("case not an object")
        << QByteArray(R"({"case": "c", "communications": []})") << "\"case\" in the file";
    QTest::newRow("case without id")
        << QByteArray(R"({"case": {"subject": "S"}, "communications": []})")
        << "'caseId' is missing";
    QTest::newRow("rows of another case than the case")
        << QByteArray(R"({"case": {"caseId": "other"}, "communications": [{)" + fullRow + "}]}")
        << "several cases";
    QTest::newRow("rows of two cases")
        << QByteArray(R"({"communications": [{)" + fullRow + R"(}, {"caseId": "d", "body": "",
                          "submittedBy": "", "timeCreated": ""}]})")
        << "several cases";
}

void tst_ThreadFile::refusesMalformedFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);

    ThreadExport thread;
    QString error;
    QVERIFY(!ThreadFile::parse(json, &thread, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(thread.communications.isEmpty());
    QVERIFY(!thread.hasCase);
}

void tst_ThreadFile::roundTripsAnExport()
{
    ThreadExport original;
    QString error;
    QVERIFY(ThreadFile::parse(cliOutput, &original, &error));
    original.supportCase.caseId = original.communications.first().caseId;
    original.supportCase.displayId = QStringLiteral("17299050123");
    original.supportCase.subject = QStringLiteral("Instance unreachable");
    original.hasCase = true;

    const QString path = m_dir.filePath(QStringLiteral("export.json"));
    QVERIFY(JsonExporter::writeFile(path, ThreadRenderer::toJson(original), &error));

    ThreadExport read;
    QVERIFY2(ThreadFile::read(path, &read, &error), qPrintable(error));
    QCOMPARE(read.communications, original.communications);
    QVERIFY(read.hasCase);
    QCOMPARE(read.supportCase.subject, original.supportCase.subject);
    QCOMPARE(read.communications.at(1).attachments.first().fileName, QStringLiteral("log.txt"));
}

void tst_ThreadFile::refusesWhatIsNoRegularFile()
{
    ThreadExport thread;
    QString error;
    QVERIFY(!ThreadFile::read(m_dir.filePath(QStringLiteral("missing.json")), &thread, &error));
    QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));

    QVERIFY(!ThreadFile::read(m_dir.path(), &thread, &error));
    QVERIFY2(error.contains(QLatin1String("not a regular file")), qPrintable(error));

    // A named pipe would block the window until something writes to it.
    const QString fifo = m_dir.filePath(QStringLiteral("pipe.json"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(!ThreadFile::read(fifo, &thread, &error));
    QVERIFY2(error.contains(QLatin1String("not a regular file")), qPrintable(error));
}

void tst_ThreadFile::refusesLargeFiles()
{
    const QString path = m_dir.filePath(QStringLiteral("large.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(cliOutput);
    file.close();

    ThreadExport thread;
    QString error;
    QVERIFY(!ThreadFile::read(path, &thread, &error, cliOutput.size() - 1));
    QVERIFY2(error.contains(QLatin1String("larger than")), qPrintable(error));
    QVERIFY(ThreadFile::read(path, &thread, &error, cliOutput.size()));
}

void tst_ThreadFile::keepsTheTargetOnFailure()
{
    ThreadExport thread;
    QString error;
    QVERIFY(ThreadFile::parse(cliOutput, &thread, &error));

    QVERIFY(!ThreadFile::parse(row(R"("body": "b")"), &thread, &error));
    QCOMPARE(thread.communications.size(), 2);
}

void tst_ThreadFile::selectsARange()
{
    ThreadExport thread;
    QString error;
    QVERIFY(ThreadFile::parse(cliOutput, &thread, &error));
    const QList<Communication> &all = thread.communications;
    const QDateTime newest = all.at(0).timeCreated;
    const QDateTime oldest = all.at(1).timeCreated;

    QCOMPARE(ThreadFile::between(all, {}, {}), all);
    QCOMPARE(ThreadFile::between(all, newest, {}), all.mid(0, 1));
    QCOMPARE(ThreadFile::between(all, {}, newest), all.mid(1, 1));
    QCOMPARE(ThreadFile::between(all, oldest, newest.addSecs(1)), all);
    QVERIFY(ThreadFile::between(all, newest.addSecs(1), {}).isEmpty());
}

void tst_ThreadFile::readsSavedAttachmentsSafely()
{
    // Casebook's optional member; what the AWS CLI prints has none and reads as before.
    ThreadExport thread;
    QString error;
    QVERIFY(ThreadFile::parse(cliOutput, &thread, &error));
    QVERIFY(thread.savedAttachments.isEmpty());

    QByteArray json = cliOutput;
    json.insert(json.lastIndexOf('}'), R"(, "savedAttachments": {
        "kept": "x_attachments/log.txt",
        "outside": "../x_attachments/log.txt",
        "absolute": "/etc/passwd",
        "deeper": "x_attachments/a/b.txt",
        "other folder": "elsewhere/log.txt",
        "gone": "x_attachments/gone.txt",
        "not text": 7
    })");
    QVERIFY2(ThreadFile::parse(json, &thread, &error), qPrintable(error));
    QVERIFY(thread.savedAttachments.contains(QStringLiteral("gone")));
    QCOMPARE(thread.savedAttachments.size(), 2);
    QCOMPARE(thread.savedAttachments.value(QStringLiteral("kept")),
             QStringLiteral("x_attachments/log.txt"));

    // Only files that are there, inside the folder beside the export, are opened from disk.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("x_attachments")));
    QFile saved(m_dir.filePath(QStringLiteral("x_attachments/log.txt")));
    QVERIFY(saved.open(QIODevice::WriteOnly));
    saved.close();
    const QHash<QString, QString> files
        = ThreadFile::savedAttachmentFiles(thread, m_dir.filePath(QStringLiteral("x.json")));
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.value(QStringLiteral("kept")), QFileInfo(saved).canonicalFilePath());
}

QTEST_GUILESS_MAIN(tst_ThreadFile)
#include "tst_threadfile.moc"
