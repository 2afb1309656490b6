#include "ExportFile.h"
#include "HostileThread.h"
#include "MailEncoding.h"
#include "SafeFileName.h"
#include "SupportJson.h"
#include "ThreadExport.h"
#include "ThreadFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace {

const QString goldenDir = QStringLiteral(CASEBOOK_SOURCE_DIR "/tests/data/export/");

QString normalLineEnds(QString text)
{
    return text.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
}

/// The bodies of the hostile thread, oldest first, as a reader of an exported file sees them.
QStringList expectedBodies()
{
    QStringList bodies;
    for (const QString &body : HostileThread::bodies())
        bodies.append(normalLineEnds(body));
    return bodies;
}

/// The bodies as a Markdown, HTML or text reader sees them: controls other than tab and line
/// feed shown as U+FFFD.
QStringList shownBodies()
{
    QStringList bodies = expectedBodies();
    for (QString &body : bodies) {
        for (QChar &c : body) {
            const char16_t u = c.unicode();
            if ((u < 0x20 && u != u'\t' && u != u'\n') || (u >= 0x7f && u <= 0x9f))
                c = QChar::ReplacementCharacter;
        }
    }
    return bodies;
}

/// Whether \a text holds a control other than tab and line feed.
bool hasControls(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\t' && u != u'\n') || (u >= 0x7f && u <= 0x9f);
    });
}

/// Runs read_mbox.py on \a mbox; an empty array when it fails.
QJsonArray readMbox(const QString &python, const QString &path, const QByteArray &mbox)
{
    QString error;
    if (ExportFile::write(path, mbox, ExportFile::Overwrite::Replace, &error)
        != ExportFile::Result::Written)
        return {};
    QProcess process;
    process.start(python, {QStringLiteral(CASEBOOK_SOURCE_DIR "/tests/unit/read_mbox.py"), path});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(process.readAllStandardOutput()).array();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The fenced blocks of a Markdown file: what a CommonMark reader shows as code.
QStringList fencedBlocks(const QString &markdown, QStringList *outside = nullptr)
{
    static const QRegularExpression opening(QStringLiteral("^(`{3,})text$"));
    QStringList blocks;
    QString fence;
    QStringList current;
    for (const QString &line : markdown.split(u'\n')) {
        if (fence.isEmpty()) {
            const QRegularExpressionMatch match = opening.match(line);
            if (match.hasMatch())
                fence = match.captured(1);
            else if (outside)
                outside->append(line);
            continue;
        }
        const bool closes = line.trimmed().size() >= fence.size()
            && line.trimmed() == QString(line.trimmed().size(), u'`') && line.indexOf(u'`') < 4;
        if (!closes) {
            current.append(line);
            continue;
        }
        blocks.append(current.join(u'\n'));
        current.clear();
        fence.clear();
    }
    return blocks;
}

} // namespace

// Every export format from one hostile thread: compared with golden files, and read back
// with a parser of its own kind to show that each body survives and nothing in it acts.
class tst_ThreadRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesGoldenFile_data();
    void matchesGoldenFile();
    void oldestFirstWithinRange();
    void markdownFencesHoldEveryBody();
    void htmlParsesBackWithBodiesIntact();
    void htmlHasNothingActive();
    void textHasOneLineEndAndNoControls();
    void markdownBodiesHaveNoControls();
    void shownAttachmentNamesHaveNoDirectionMarks();
    void mboxSplitsIntoOneMessageEach();
    void mboxReadsBackWithPython();
    void mboxAttachmentNamesAreSafe();
    void mboxHeadersCannotBeInjected();
    void jsonRoundTrips();
    void quotedPrintable_data();
    void quotedPrintable();
    void headerText_data();
    void headerText();
    void mailDates();
    void defaultFileName_data();
    void defaultFileName();
    void refusesToOverwriteWithoutForce();
    void neverWritesIntoAFolderOrThroughALink_data();
    void neverWritesIntoAFolderOrThroughALink();
    void failedWriteKeepsOldFile();
    void readOnlyFolderKeepsOldFile();

private:
    ThreadExport m_thread;
    QTemporaryDir m_files;
};

void tst_ThreadRenderer::initTestCase()
{
    QVERIFY(m_files.isValid());
    m_thread = HostileThread::thread();
    HostileThread::addAttachmentFiles(&m_thread, QDir(m_files.path()));
}

void tst_ThreadRenderer::matchesGoldenFile_data()
{
    QTest::addColumn<ExportFormat>("format");
    for (ExportFormat format : {ExportFormat::Json, ExportFormat::Markdown, ExportFormat::Html,
                                ExportFormat::Text, ExportFormat::Mbox})
        QTest::newRow(qPrintable(ExportFormats::name(format))) << format;
}

void tst_ThreadRenderer::matchesGoldenFile()
{
    QFETCH(ExportFormat, format);
    const QByteArray rendered = ThreadRenderer::render(format, m_thread);
    const QString path = goldenDir + QStringLiteral("hostile.") + ExportFormats::suffix(format);

    // CASEBOOK_UPDATE_GOLDEN=1 rewrites the files after a deliberate change; review the diff.
    if (qEnvironmentVariableIntValue("CASEBOOK_UPDATE_GOLDEN") == 1) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(rendered);
    }
    const QByteArray golden = readAll(path);
    QVERIFY2(!golden.isEmpty(), qPrintable(path));
    QCOMPARE(rendered, golden);
}

void tst_ThreadRenderer::oldestFirstWithinRange()
{
    ThreadExport thread = m_thread;
    thread.after = thread.communications.at(3).timeCreated; // the second oldest
    thread.before = thread.communications.at(1).timeCreated; // the second newest, excluded
    const QList<Communication> shown = thread.oldestFirst();
    QCOMPARE(shown.size(), 2);
    QCOMPARE(shown.at(0), thread.communications.at(3));
    QCOMPARE(shown.at(1), thread.communications.at(2));

    const QString markdown = QString::fromUtf8(ThreadRenderer::toMarkdown(thread));
    QVERIFY(markdown.contains(QLatin1String("- **Range:** from 2026-03-01 11:00:00 UTC until "
                                            "before 2026-03-01 14:00:00 UTC\n")));
    QCOMPARE(fencedBlocks(markdown).size(), 2);

    QCOMPARE(QJsonDocument::fromJson(ThreadRenderer::toJson(thread))
                 .object()
                 .value(QLatin1String("communications"))
                 .toArray()
                 .size(),
             2);
}

void tst_ThreadRenderer::markdownFencesHoldEveryBody()
{
    const QString markdown = QString::fromUtf8(ThreadRenderer::toMarkdown(m_thread));
    QStringList outside;
    QCOMPARE(fencedBlocks(markdown, &outside), shownBodies());

    // Outside the fences nothing from the service is left unescaped.
    static const QRegularExpression unescaped(QStringLiteral("(^|[^\\\\])[<&`\\[]"));
    static const QRegularExpression ownLink(QStringLiteral("^- \\[(.*)\\]\\([^()]*\\)$"));
    for (const QString &line : outside) {
        const QRegularExpressionMatch link = ownLink.match(line);
        const QString text = link.hasMatch() ? link.captured(1) : line;
        QVERIFY2(!unescaped.match(text).hasMatch(), qPrintable(line));
    }
    QVERIFY(markdown.contains(QLatin1String("\\<script\\>")));
    QVERIFY(markdown.contains(
        QLatin1String("[\\<b\\>report\\</b\\> \\& \"notes\".txt]"
                      "(17299050999%20Outage_attachments/report%20%281%29.txt)")));
    QVERIFY(markdown.contains(QLatin1String("oldest first")));
}

void tst_ThreadRenderer::htmlParsesBackWithBodiesIntact()
{
    QXmlStreamReader xml(ThreadRenderer::toHtml(m_thread));
    QStringList bodies;
    QString title;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString classes = xml.attributes().value(QLatin1String("class")).toString();
        if (xml.name() == QLatin1String("div") && classes == QLatin1String("body"))
            bodies.append(xml.readElementText());
        else if (xml.name() == QLatin1String("title"))
            title = xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(bodies, shownBodies());
    QCOMPARE(title, m_thread.supportCase.subject);
}

void tst_ThreadRenderer::htmlHasNothingActive()
{
    const QByteArray html = ThreadRenderer::toHtml(m_thread);
    QXmlStreamReader xml(html);
    QStringList elements;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        elements.append(xml.name().toString());
        for (const QXmlStreamAttribute &attribute : xml.attributes()) {
            const QString name = attribute.name().toString().toLower();
            const QString value = attribute.value().toString();
            QVERIFY2(!name.startsWith(QLatin1String("on")), qPrintable(name));
            QVERIFY2(name != QLatin1String("src"), qPrintable(value));
            if (name == QLatin1String("href")) {
                QVERIFY2(!value.contains(u':') && !value.startsWith(QLatin1String("//")),
                         qPrintable(value));
            }
        }
        if (xml.name() == QLatin1String("style")) {
            const QString css = xml.readElementText();
            QVERIFY(!css.contains(QLatin1String("url("))
                    && !css.contains(QLatin1String("@import")));
        }
    }
    QVERIFY(!xml.hasError());

    for (const char *forbidden : {"script", "img", "iframe", "link", "object", "embed", "base"})
        QVERIFY2(!elements.contains(QLatin1String(forbidden)), forbidden);
    QVERIFY(elements.contains(QLatin1String("meta")));
    QVERIFY(html.contains("<meta charset=\"utf-8\" />"));
    QVERIFY(html.contains("white-space: pre-wrap"));
    QVERIFY(html.contains("@media print"));
    // Escaped once: an entity in a body shows as itself, never as what it stands for.
    QVERIFY(html.contains("&amp;amp; stays &amp;amp;"));
    QVERIFY(!html.contains("&amp;lt;"));
}

void tst_ThreadRenderer::textHasOneLineEndAndNoControls()
{
    const QByteArray text = ThreadRenderer::toText(m_thread);
    QVERIFY(!text.contains('\r'));
    QVERIFY(!hasControls(QString::fromUtf8(text)));
    for (const QString &body : shownBodies())
        QVERIFY2(text.contains(body.toUtf8()), qPrintable(body.left(40)));
    QVERIFY(text.contains("terminal \xef\xbf\xbd[31mred"));
    QVERIFY(text.contains("日本語のテキストです。"));
    QVERIFY(text.indexOf(HostileThread::bodies().at(0).toUtf8())
            < text.indexOf(HostileThread::bodies().at(4).toUtf8()));
}

void tst_ThreadRenderer::markdownBodiesHaveNoControls()
{
    const QString markdown = QString::fromUtf8(ThreadRenderer::toMarkdown(m_thread));
    QVERIFY(!markdown.contains(u'\r'));
    QVERIFY(!hasControls(markdown));
    QVERIFY(markdown.contains(QStringLiteral("bell \uFFFD, delete \uFFFD, \uFFFD after a NUL")));
}

void tst_ThreadRenderer::shownAttachmentNamesHaveNoDirectionMarks()
{
    // The reversed text in a body stays; in a listed name the override would disguise it.
    const QString disguised = QStringLiteral("con.txt\u202Etxt.exe");
    for (ExportFormat format : {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Text}) {
        const QString shown = QString::fromUtf8(ThreadRenderer::render(format, m_thread));
        QVERIFY2(!shown.contains(disguised), qPrintable(ExportFormats::name(format)));
        QVERIFY2(shown.contains(QLatin1String("con.txttxt.exe")),
                 qPrintable(ExportFormats::name(format)));
    }
}

void tst_ThreadRenderer::mboxSplitsIntoOneMessageEach()
{
    const QByteArray mbox = ThreadRenderer::toMbox(m_thread);
    int separators = 0;
    for (const QByteArray &line : mbox.split('\n')) {
        if (line.startsWith("From "))
            ++separators;
    }
    QCOMPARE(separators, int(m_thread.communications.size()));
    QVERIFY(mbox.startsWith("From jurgen.muller@example.com Sun Mar  1 09:30:00 2026\n"));
    for (const QByteArray &line : mbox.split('\n'))
        QVERIFY2(line.size() <= 78, line.constData());
}

void tst_ThreadRenderer::mboxReadsBackWithPython()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");

    const QString path = m_files.filePath(QStringLiteral("thread.mbox"));
    QString error;
    QVERIFY(ExportFile::write(path, ThreadRenderer::toMbox(m_thread),
                              ExportFile::Overwrite::Replace, &error)
            == ExportFile::Result::Written);

    QProcess process;
    process.start(python, {QStringLiteral(CASEBOOK_SOURCE_DIR "/tests/unit/read_mbox.py"), path});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QJsonArray messages = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    QCOMPARE(messages.size(), m_thread.communications.size());

    const QStringList bodies = expectedBodies();
    QString previousId;
    for (int i = 0; i < messages.size(); ++i) {
        const QJsonObject message = messages.at(i).toObject();
        auto field = [&message](const char *key) {
            return message.value(QLatin1String(key)).toString();
        };
        QCOMPARE(field("body"), bodies.at(i));
        QCOMPARE(field("subject"),
                 (i ? QStringLiteral("Re: ") : QString()) + m_thread.supportCase.subject);
        QCOMPARE(field("in_reply_to"), previousId);
        QVERIFY(field("references").endsWith(previousId));
        previousId = field("message_id");
        QVERIFY(previousId.endsWith(QLatin1String("@casebook.invalid>")));
    }
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("from")).toString(),
             QStringLiteral("Jürgen Müller <jurgen.muller@example.com>"));
    QCOMPARE(messages.at(1).toObject().value(QLatin1String("from")).toString(),
             QStringLiteral("Amazon Web Services <aws-support@amazon.invalid>"));

    const QJsonArray files
        = messages.at(0).toObject().value(QLatin1String("attachments")).toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("_b_report__b_ & _notes_.txt"));
    QCOMPARE(files.at(1).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("ログ (1).log"));
    QCOMPARE(QByteArray::fromBase64(
                 files.at(1).toObject().value(QLatin1String("data")).toString().toLatin1()),
             QByteArray("\x00\x01\xff binary", 10));
}

void tst_ThreadRenderer::mboxAttachmentNamesAreSafe()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed");

    // The newest message's names: a path, a parent folder, a device with a hidden extension.
    ThreadExport thread = m_thread;
    const QList<AttachmentInfo> named = thread.communications.first().attachments.mid(1);
    QCOMPARE(named.size(), 3);
    const QString data = thread.attachmentFiles.value(QStringLiteral("attachment-one"));
    for (const AttachmentInfo &info : named)
        thread.attachmentFiles.insert(info.attachmentId, data);

    const QJsonArray messages = readMbox(python, m_files.filePath(QStringLiteral("names.mbox")),
                                         ThreadRenderer::toMbox(thread));
    QCOMPARE(messages.size(), thread.communications.size());
    const QJsonObject newest = messages.last().toObject();
    const QJsonArray files = newest.value(QLatin1String("attachments")).toArray();
    QCOMPARE(files.size(), named.size());
    for (int i = 0; i < files.size(); ++i) {
        const QString name = files.at(i).toObject().value(QLatin1String("name")).toString();
        QCOMPARE(name, SafeFileName::fromUntrusted(named.at(i).fileName));
        QVERIFY2(SafeFileName::isSafe(name) && !name.contains(u'/') && name != QLatin1String(".."),
                 qPrintable(name));
    }
}

void tst_ThreadRenderer::mboxHeadersCannotBeInjected()
{
    const QByteArray mbox = ThreadRenderer::toMbox(m_thread);
    QVERIFY(!mbox.contains("\nBcc:"));
    QVERIFY(!mbox.contains('\r'));
    QVERIFY(mbox.contains("MIME-Version: 1.0\n"));
    QVERIFY(mbox.contains("Content-Transfer-Encoding: quoted-printable\n"));
}

void tst_ThreadRenderer::jsonRoundTrips()
{
    const QJsonObject json = QJsonDocument::fromJson(ThreadRenderer::toJson(m_thread)).object();
    CommunicationPage page;
    QString error;
    QVERIFY2(SupportJson::readCommunicationPage(json, &page, &error), qPrintable(error));
    QCOMPARE(page.communications, m_thread.communications);

    SupportCase supportCase;
    QVERIFY(
        SupportJson::readCase(json.value(QLatin1String("case")).toObject(), &supportCase, &error));
    QCOMPARE(supportCase.subject, m_thread.supportCase.subject);
    QCOMPARE(QStringList(json.keys()),
             QStringList({QStringLiteral("case"), QStringLiteral("communications"),
                          QStringLiteral("savedAttachments")}));

    // Where the attachments were saved comes back with the thread, for File > Open.
    ThreadExport read;
    QVERIFY2(ThreadFile::parse(ThreadRenderer::toJson(m_thread), &read, &error),
             qPrintable(error));
    QCOMPARE(read.savedAttachments, m_thread.savedAttachments);
    ThreadExport plain = m_thread;
    plain.savedAttachments.clear();
    QVERIFY(!ThreadRenderer::toJson(plain).contains("savedAttachments"));
}

void tst_ThreadRenderer::quotedPrintable_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("plain") << "plain text" << QByteArray("plain text\n");
    QTest::newRow("equals") << "a=b" << QByteArray("a=3Db\n");
    QTest::newRow("crlf") << "a\r\nb" << QByteArray("a\nb\n");
    QTest::newRow("trailing space") << "a \nb\t" << QByteArray("a=20\nb=09\n");
    QTest::newRow("from line") << "x\nFrom me" << QByteArray("x\n=46rom me\n");
    QTest::newRow("quoted from") << ">From me" << QByteArray("=3EFrom me\n");
    QTest::newRow("utf-8") << "Grüße" << QByteArray("Gr=C3=BC=C3=9Fe\n");
    QTest::newRow("soft break") << QString(80, u'a')
                                << QByteArray(QByteArray(75, 'a') + "=\naaaaa\n");
    QTest::newRow("from after soft break") << QString(75, u'a') + QStringLiteral("From x")
                                           << QByteArray(QByteArray(75, 'a') + "=\n=46rom x\n");
}

void tst_ThreadRenderer::quotedPrintable()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, encoded);
    QCOMPARE(MailEncoding::quotedPrintable(text), encoded);
}

void tst_ThreadRenderer::headerText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("encoded");

    QTest::newRow("ascii") << "Re: disk full" << QByteArray("Re: disk full");
    QTest::newRow("newline") << "a\r\nBcc: b" << QByteArray("a  Bcc: b");
    QTest::newRow("utf-8") << "障害" << QByteArray("=?UTF-8?B?6Zqc5a6z?=");
    QTest::newRow("looks encoded") << "=?x?" << QByteArray("=?UTF-8?B?PT94Pw==?=");
}

void tst_ThreadRenderer::headerText()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, encoded);
    QCOMPARE(MailEncoding::headerText(text, 9), encoded);
}

void tst_ThreadRenderer::mailDates()
{
    const QDateTime time(QDate(2026, 12, 1), QTime(13, 5, 9), QTimeZone("Europe/Berlin"));
    QCOMPARE(MailEncoding::date(time), QByteArray("Tue, 01 Dec 2026 12:05:09 +0000"));
    QCOMPARE(MailEncoding::asctime(time), QByteArray("Tue Dec  1 12:05:09 2026"));
}

void tst_ThreadRenderer::defaultFileName_data()
{
    QTest::addColumn<QString>("displayId");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<QString>("expected");

    QTest::newRow("json") << "1729"
                          << "Disk full" << ExportFormat::Json << "1729 Disk full.json";
    QTest::newRow("md") << "1729"
                        << "Disk full" << ExportFormat::Markdown << "1729 Disk full.md";
    QTest::newRow("html") << "1729"
                          << "Disk" << ExportFormat::Html << "1729 Disk.html";
    QTest::newRow("txt") << "1729"
                         << "Disk" << ExportFormat::Text << "1729 Disk.txt";
    QTest::newRow("pdf") << "1729"
                         << "Disk" << ExportFormat::Pdf << "1729 Disk.pdf";
    QTest::newRow("mbox") << "1729"
                          << "Disk" << ExportFormat::Mbox << "1729 Disk.mbox";
    QTest::newRow("separators") << "1729"
                                << "a/b\\c" << ExportFormat::Text << "1729 a_b_c.txt";
    QTest::newRow("dots") << "1729"
                          << "../../etc" << ExportFormat::Html << "1729 ._._etc.html";
    QTest::newRow("no subject") << "1729"
                                << "" << ExportFormat::Pdf << "1729.pdf";
    QTest::newRow("nothing") << ""
                             << "" << ExportFormat::Mbox << "case-x.mbox";
    QTest::newRow("japanese") << "1729"
                              << "障害" << ExportFormat::Markdown << "1729 障害.md";
}

void tst_ThreadRenderer::defaultFileName()
{
    QFETCH(QString, displayId);
    QFETCH(QString, subject);
    QFETCH(ExportFormat, format);
    QFETCH(QString, expected);

    SupportCase supportCase;
    supportCase.caseId = QStringLiteral("case-x");
    supportCase.displayId = displayId;
    supportCase.subject = subject;
    QCOMPARE(ExportFormats::defaultFileName(supportCase, format), expected);
}

void tst_ThreadRenderer::refusesToOverwriteWithoutForce()
{
    const QString path = m_files.filePath(QStringLiteral("existing.md"));
    QString error;
    QCOMPARE(ExportFile::write(path, "old", ExportFile::Overwrite::Refuse, &error),
             ExportFile::Result::Written);
    QCOMPARE(ExportFile::write(path, "new", ExportFile::Overwrite::Refuse, &error),
             ExportFile::Result::Exists);
    QVERIFY(error.contains(path));
    QCOMPARE(readAll(path), QByteArray("old"));

    QCOMPARE(ExportFile::write(path, "new", ExportFile::Overwrite::Replace, &error),
             ExportFile::Result::Written);
    QCOMPARE(readAll(path), QByteArray("new"));
}

void tst_ThreadRenderer::neverWritesIntoAFolderOrThroughALink_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ExportFile::Overwrite>("overwrite");
    QTest::addColumn<QString>("reason");

    for (auto overwrite : {ExportFile::Overwrite::Refuse, ExportFile::Overwrite::Replace}) {
        const char *rule = overwrite == ExportFile::Overwrite::Refuse ? "refuse" : "replace";
        QTest::addRow("folder, %s", rule) << "folder" << overwrite << "is a folder";
        QTest::addRow("link, %s", rule) << "link.md" << overwrite << "symbolic link";
        QTest::addRow("dangling link, %s", rule) << "dangling.md" << overwrite << "symbolic link";
    }
}

void tst_ThreadRenderer::neverWritesIntoAFolderOrThroughALink()
{
    QFETCH(QString, name);
    QFETCH(ExportFile::Overwrite, overwrite);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
    const QString target = dir.filePath(QStringLiteral("target.txt"));
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("keep") == 4);
    file.close();
    QVERIFY(QFile::link(target, dir.filePath(QStringLiteral("link.md"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("none")),
                        dir.filePath(QStringLiteral("dangling.md"))));

    const QString path = dir.filePath(name);
    QString error;
    QCOMPARE(ExportFile::write(path, "new", overwrite, &error), ExportFile::Result::Failed);
    QVERIFY2(error.contains(reason) && error.contains(path), qPrintable(error));
    QCOMPARE(ExportFile::unwritableReason(path), error);
    QCOMPARE(readAll(target), QByteArray("keep"));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("none"))));
}

void tst_ThreadRenderer::failedWriteKeepsOldFile()
{
    // A file size limit makes the write fail half way, as a full disk would.
    const QString path = m_files.filePath(QStringLiteral("interrupted.html"));
    QString error;
    QCOMPARE(ExportFile::write(path, "old", ExportFile::Overwrite::Replace, &error),
             ExportFile::Result::Written);

    rlimit saved {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit small = saved;
    small.rlim_cur = 4096;
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const ExportFile::Result result = ExportFile::write(path, ThreadRenderer::toHtml(m_thread),
                                                        ExportFile::Overwrite::Replace, &error);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QCOMPARE(result, ExportFile::Result::Failed);
    QVERIFY(error.contains(path));
    QCOMPARE(readAll(path), QByteArray("old"));
    QCOMPARE(QDir(m_files.path()).entryList({QStringLiteral("interrupted.html*")}, QDir::Files),
             QStringList {QStringLiteral("interrupted.html")});
}

void tst_ThreadRenderer::readOnlyFolderKeepsOldFile()
{
    if (geteuid() == 0)
        QSKIP("root may write into a read-only folder; failedWriteKeepsOldFile covers this");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("thread.txt"));
    QString error;
    QCOMPARE(ExportFile::write(path, "old", ExportFile::Overwrite::Replace, &error),
             ExportFile::Result::Written);
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const ExportFile::Result result
        = ExportFile::write(path, "new", ExportFile::Overwrite::Replace, &error);
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(result, ExportFile::Result::Failed);
    QCOMPARE(readAll(path), QByteArray("old"));
}

QTEST_GUILESS_MAIN(tst_ThreadRenderer)
#include "tst_threadrenderer.moc"
