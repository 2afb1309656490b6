#include "HostileThread.h"
#include "PdfExporter.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The PDF is checked through what pdftotext (poppler) reads out of it: the text a reader can
// search and copy, page by page.
class tst_PdfExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textSurvives_data();
    void textSurvives();
    void everyPageHasHeaderAndFooter();
    void markupStaysText();

private:
    QString m_text;
};

void tst_PdfExporter::initTestCase()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (Debian package poppler-utils) is not installed");

    const QByteArray pdf = PdfExporter::toPdf(HostileThread::thread());
    QVERIFY(pdf.startsWith("%PDF-"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("thread.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(pdf) == pdf.size());
    file.close();

    QProcess process;
    process.start(pdftotext,
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    // NFKC undoes what PDF text extraction adds: ligatures ("fi") and CJK radical forms.
    m_text = QString::fromUtf8(process.readAllStandardOutput())
                 .normalized(QString::NormalizationForm_KC);
}

void tst_PdfExporter::textSurvives_data()
{
    QTest::addColumn<QString>("line");

    QTest::newRow("markup") << "Hello **team**, see _this_ and # not a heading";
    QTest::newRow("script") << "<script>alert('x')</script>";
    QTest::newRow("entities") << "Tom & Jerry: 1 < 2 > 0, &amp; stays &amp;";
    QTest::newRow("tab") << "indented with a tab";
    QTest::newRow("japanese") << "日本語のテキストです。障害は解決しました。";
    QTest::newRow("hebrew") << "שלום עולם";
    QTest::newRow("first long line") << "Line 0000";
    QTest::newRow("last long line") << "Line 0099";
    QTest::newRow("fence") << "not the end of the fence";
    QTest::newRow("from line") << "From the start of a line";
    QTest::newRow("sender") << "Jürgen Müller <jurgen.muller@example.com>";
    QTest::newRow("attachment") << "<b>report</b> & \"notes\".txt";
    QTest::newRow("oldest first") << "5, oldest first";
}

void tst_PdfExporter::textSurvives()
{
    QFETCH(QString, line);
    QVERIFY2(m_text.contains(line), qPrintable(line));
}

void tst_PdfExporter::everyPageHasHeaderAndFooter()
{
    const QStringList pages = m_text.split(u'\f', Qt::SkipEmptyParts);
    QVERIFY(pages.size() >= 3);
    static const QRegularExpression footer(QStringLiteral("Page (\\d+) of (\\d+)"));
    for (int i = 0; i < pages.size(); ++i) {
        const QRegularExpressionMatch match = footer.match(pages.at(i));
        QVERIFY2(match.hasMatch(), qPrintable(QString::number(i)));
        QCOMPARE(match.captured(1).toInt(), i + 1);
        QCOMPARE(match.captured(2).toInt(), int(pages.size()));
        QVERIFY(pages.at(i).contains(QLatin1String("Outage <script>alert(\"s\")</script>")));
    }
}

void tst_PdfExporter::markupStaysText()
{
    QVERIFY(!m_text.contains(QLatin1String("&lt;")));
    QVERIFY(!m_text.contains(QLatin1String("&amp;amp;")));
}

QTEST_MAIN(tst_PdfExporter)
#include "tst_pdfexporter.moc"
