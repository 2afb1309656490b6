#include "SafeFileName.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString repeated(const QString &unit, int count)
{
    return unit.repeated(count);
}

int utf8Size(const QString &text)
{
    return int(text.toUtf8().size());
}

bool touch(const QDir &dir, const QString &name)
{
    QFile file(dir.filePath(name));
    return file.open(QIODevice::WriteOnly) && file.write("x") == 1;
}

} // namespace

// File names from the service are untrusted; these pin down what Casebook creates from them.
class tst_SafeFileName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromUntrusted_data();
    void fromUntrusted();
    void invariants_data();
    void invariants();
    void randomNamesKeepInvariants();
    void longNamesCutOnCharacterBoundary_data();
    void longNamesCutOnCharacterBoundary();
    void reservedDeviceNames_data();
    void reservedDeviceNames();
    void splitExtension_data();
    void splitExtension();
    void uniqueIn_data();
    void uniqueIn();
    void uniqueInCountsDanglingLinksAsTaken();
    void uniqueInStaysWithinLimit();

private:
    static void checkInvariants(const QString &input, const QString &name);
};

void tst_SafeFileName::fromUntrusted_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    // Names a person would write are kept exactly, whatever their script.
    QTest::newRow("plain") << "report.pdf"
                           << "report.pdf";
    QTest::newRow("spaces inside") << "my final report.docx"
                                   << "my final report.docx";
    QTest::newRow("german") << "Bericht März 2026.pdf"
                            << "Bericht März 2026.pdf";
    QTest::newRow("japanese") << "議事録：第3回（2026年）.txt"
                              << "議事録：第3回（2026年）.txt";
    QTest::newRow("cyrillic") << "Отчёт об ошибке.log"
                              << "Отчёт об ошибке.log";
    QTest::newRow("arabic") << "تقرير.pdf"
                            << "تقرير.pdf";
    QTest::newRow("emoji") << "launch 🚀 plan.png"
                           << "launch 🚀 plan.png";
    QTest::newRow("decomposed accent") << "cafe\u0301.txt"
                                       << "cafe\u0301.txt";
    QTest::newRow("no extension") << "Makefile"
                                  << "Makefile";
    QTest::newRow("brackets and dollars") << "a[1] (copy) $x & y#2.txt"
                                          << "a[1] (copy) $x & y#2.txt";

    // Separators and traversal.
    QTest::newRow("slash") << "a/b.txt"
                           << "a_b.txt";
    QTest::newRow("backslash") << "a\\b.txt"
                               << "a_b.txt";
    QTest::newRow("absolute path") << "/etc/passwd"
                                   << "_etc_passwd";
    QTest::newRow("parent traversal") << "../../evil.sh"
                                      << "__._evil.sh";
    QTest::newRow("windows traversal") << "..\\..\\Windows\\win.ini"
                                       << "__._Windows_win.ini";
    QTest::newRow("drive letter") << "C:\\boot.ini"
                                  << "C__boot.ini";
    QTest::newRow("unc path") << "\\\\server\\share\\x.txt"
                              << "__server_share_x.txt";
    QTest::newRow("only separators") << "///"
                                     << "___";

    // Dots.
    QTest::newRow("dot") << "."
                         << "attachment";
    QTest::newRow("dot dot") << ".."
                             << "attachment";
    QTest::newRow("three dots") << "..."
                                << "attachment";
    QTest::newRow("only dots") << "........"
                               << "attachment";
    QTest::newRow("dots and spaces") << ". . ."
                                     << "attachment";
    QTest::newRow("hidden") << ".hidden"
                            << "_hidden";
    QTest::newRow("hidden with extension") << ".env.local"
                                           << "_env.local";
    QTest::newRow("two leading dots") << "..hidden"
                                      << "_hidden";
    QTest::newRow("space then dot") << "  .bashrc"
                                    << "_bashrc";
    QTest::newRow("inner dot run") << "file..txt"
                                   << "file.txt";
    QTest::newRow("inner long dot run") << "a....b"
                                        << "a.b";
    QTest::newRow("trailing dot") << "report."
                                  << "report";
    QTest::newRow("trailing dots") << "report.pdf..."
                                   << "report.pdf";
    QTest::newRow("trailing spaces") << "report.pdf   "
                                     << "report.pdf";
    QTest::newRow("trailing dots and spaces") << "report.pdf . . "
                                              << "report.pdf";
    QTest::newRow("leading spaces") << "   report.pdf"
                                    << "report.pdf";
    QTest::newRow("trailing no-break space") << "report.pdf\u00a0"
                                             << "report.pdf";

    // Characters that are invisible, control a terminal or reorder the text.
    QTest::newRow("C0 controls") << "a\x01"
                                    "b\x1f.txt"
                                 << "a_b_.txt";
    QTest::newRow("newline") << "line1\nline2.txt"
                             << "line1_line2.txt";
    QTest::newRow("tab") << "a\tb.txt"
                         << "a_b.txt";
    QTest::newRow("escape sequence") << "\x1b[31mred.txt"
                                     << "_[31mred.txt";
    QTest::newRow("NUL inside") << QString::fromUtf16(u"evil.sh\0.txt", 12) << "evil.sh_.txt";
    QTest::newRow("DEL") << "a\x7f.txt"
                         << "a_.txt";
    QTest::newRow("C1 NEL") << "a\u0085b.txt"
                            << "a_b.txt";
    QTest::newRow("C1 CSI") << "a\u009bb.txt"
                            << "a_b.txt";
    QTest::newRow("bidi override") << "report\u202Etxt.exe"
                                   << "reporttxt.exe";
    QTest::newRow("bidi embedding") << "a\u202Ab\u202Bc\u202Cd\u202De.txt"
                                    << "abcde.txt";
    QTest::newRow("bidi isolates") << "invoice\u2066gpj.exe\u2069"
                                   << "invoicegpj.exe";
    QTest::newRow("first strong isolate") << "x\u2068y\u2067z.txt"
                                          << "xyz.txt";
    QTest::newRow("direction marks") << "a\u200Eb\u200Fc\u061C.txt"
                                     << "abc.txt";
    QTest::newRow("byte order mark") << "\uFEFFnotes.txt"
                                     << "notes.txt";
    QTest::newRow("zero width joiner kept") << "👩\u200D💻.png"
                                            << "👩\u200D💻.png";
    QTest::newRow("lone high surrogate") << QString(QChar(0xD800)) + "x.txt"
                                         << "_x.txt";
    QTest::newRow("lone low surrogate") << "x" + QString(QChar(0xDC00)) + ".txt"
                                        << "x_.txt";

    // Characters Windows reserves.
    QTest::newRow("reserved characters") << "a<b>c:d\"e|f?g*h.txt"
                                         << "a_b_c_d_e_f_g_h.txt";
    QTest::newRow("alternate data stream") << "file.txt:Zone.Identifier"
                                           << "file.txt_Zone.Identifier";
    QTest::newRow("wildcards only") << "*.*"
                                    << "_._";

    // Device names, with and without extension, in any case.
    QTest::newRow("CON") << "CON"
                         << "_CON";
    QTest::newRow("con.txt") << "con.txt"
                             << "_con.txt";
    QTest::newRow("LPT9.log") << "LPT9.log"
                              << "_LPT9.log";
    QTest::newRow("NUL trailing space") << "NUL "
                                        << "_NUL";
    QTest::newRow("nul space before dot") << "nul .txt"
                                          << "_nul .txt";
    QTest::newRow("aux.c") << "aux.c"
                           << "_aux.c";
    QTest::newRow("Prn.txt.bak") << "Prn.txt.bak"
                                 << "_Prn.txt.bak";
    QTest::newRow("com1.tar.gz") << "com1.tar.gz"
                                 << "_com1.tar.gz";
    QTest::newRow("COM0") << "COM0"
                          << "_COM0";
    QTest::newRow("superscript port") << "COM\u00b9.txt"
                                      << "_COM\u00b9.txt";
    QTest::newRow("conin$") << "conin$"
                            << "_conin$";
    QTest::newRow("CON trailing dot") << "CON."
                                      << "_CON";
    QTest::newRow("COM10 is fine") << "COM10.txt"
                                   << "COM10.txt";
    QTest::newRow("CONSOLE is fine") << "CONSOLE.txt"
                                     << "CONSOLE.txt";
    QTest::newRow("LPT is fine") << "LPT"
                                 << "LPT";
    QTest::newRow("CON in the middle is fine") << "my CON.txt"
                                               << "my CON.txt";

    // Empty.
    QTest::newRow("empty") << ""
                           << "attachment";
    QTest::newRow("only spaces") << "    "
                                 << "attachment";
    QTest::newRow("only marks") << "\u202E\u2066"
                                << "attachment";
}

void tst_SafeFileName::fromUntrusted()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const QString name = SafeFileName::fromUntrusted(input);

    QCOMPARE(name, expected);
    QCOMPARE(SafeFileName::fromUntrusted(name), name);
    QCOMPARE(SafeFileName::isSafe(input), input == expected);
}

void tst_SafeFileName::invariants_data()
{
    fromUntrusted_data();
}

void tst_SafeFileName::invariants()
{
    QFETCH(QString, input);

    checkInvariants(input, SafeFileName::fromUntrusted(input));
}

void tst_SafeFileName::randomNamesKeepInvariants()
{
    // Names built from the characters that matter most, in every order.
    const QList<char16_t> alphabet = {
        u'a',   u'Z',   u'.',   u'.',   u' ',   u'/',   u'\\',  u':',   u'*',   u'?',
        u'"',   u'<',   u'>',   u'|',   0x00,   0x1f,   0x7f,   0x85,   0x202e, 0x2066,
        0x200f, 0xfeff, 0xd83d, 0xde80, 0xd800, 0x0301, 0x00e4, 0x65e5, u'N',   u'U',
        u'L',   u'C',   u'O',   u'1',   u'$',   0x00a0, 0x3000, u'_',   u'-',   u'\t',
    };
    QRandomGenerator random(20261204);
    for (int round = 0; round < 3000; ++round) {
        QString input;
        const int length = random.bounded(1, round % 10 == 0 ? 400 : 16);
        for (int i = 0; i < length; ++i)
            input += QChar(alphabet.at(random.bounded(int(alphabet.size()))));

        const QString name = SafeFileName::fromUntrusted(input);
        checkInvariants(input, name);
        if (QTest::currentTestFailed())
            return;
    }
}

void tst_SafeFileName::longNamesCutOnCharacterBoundary_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ascii") << repeated("a", 300) + ".txt" << repeated("a", 196) + ".txt";
    QTest::newRow("two-byte letters") << repeated("ä", 300) + ".pdf" << repeated("ä", 98) + ".pdf";
    QTest::newRow("three-byte letters")
        << repeated("日", 150) + ".png" << repeated("日", 65) + ".png";
    QTest::newRow("four-byte emoji") << repeated("🚀", 100) + ".txt" << repeated("🚀", 49) + ".txt";
    QTest::newRow("letters with accents")
        << repeated("e\u0301", 100) + ".txt" << repeated("e\u0301", 65) + ".txt";
    QTest::newRow("mixed widths") << repeated("aä日", 60) + ".csv"
                                  << repeated("aä日", 32) + "aä.csv";
    QTest::newRow("compound extension")
        << repeated("x", 300) + ".tar.gz" << repeated("x", 193) + ".tar.gz";
    QTest::newRow("extension too long to keep") << repeated("a", 10) + "." + repeated("b", 300)
                                                << repeated("a", 10) + "." + repeated("b", 189);
    QTest::newRow("no extension") << repeated("n", 250) << repeated("n", 200);
    QTest::newRow("cut leaves trailing spaces") << "a" + repeated(" ", 300) + ".txt"
                                                << "a.txt";
    QTest::newRow("cut leaves trailing dot") << "x" + repeated("ab.", 100) + "txt"
                                             << "x" + repeated("ab.", 64) + "ab.txt";
    QTest::newRow("exactly at limit") << repeated("a", 196) + ".txt" << repeated("a", 196) + ".txt";
    QTest::newRow("one enormous cluster") << "e" + repeated("\u0301", 150) + ".txt"
                                          << "e" + repeated("\u0301", 97) + ".txt";
}

void tst_SafeFileName::longNamesCutOnCharacterBoundary()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    const QString name = SafeFileName::fromUntrusted(input);

    QCOMPARE(name, expected);
    QVERIFY(utf8Size(name) <= SafeFileName::maxBytes);
    QCOMPARE(QString::fromUtf8(name.toUtf8()), name); // nothing torn apart
    checkInvariants(input, name);
}

void tst_SafeFileName::reservedDeviceNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("reserved");

    for (const char *device : {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}) {
        const QString name = QString::fromLatin1(device);
        QTest::addRow("%s", device) << name << true;
        QTest::addRow("%s lower with extension", device) << name.toLower() + ".txt" << true;
    }
    for (int digit = 0; digit <= 9; ++digit) {
        QTest::addRow("COM%d", digit) << QStringLiteral("COM%1").arg(digit) << true;
        QTest::addRow("lpt%d.log", digit) << QStringLiteral("lpt%1.log").arg(digit) << true;
    }
    QTest::newRow("COM10") << "COM10" << false;
    QTest::newRow("CONX") << "CONX.txt" << false;
    QTest::newRow("XCON") << "XCON" << false;
    QTest::newRow("empty") << "" << false;
}

void tst_SafeFileName::reservedDeviceNames()
{
    QFETCH(QString, name);
    QFETCH(bool, reserved);

    QCOMPARE(SafeFileName::isReservedDeviceName(name), reserved);
    if (reserved)
        QCOMPARE(SafeFileName::fromUntrusted(name), "_" + name);
}

void tst_SafeFileName::splitExtension_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stem");
    QTest::addColumn<QString>("extension");

    QTest::newRow("simple") << "report.pdf"
                            << "report"
                            << ".pdf";
    QTest::newRow("two dots") << "report.v2.pdf"
                              << "report.v2"
                              << ".pdf";
    QTest::newRow("tar.gz") << "logs.tar.gz"
                            << "logs"
                            << ".tar.gz";
    QTest::newRow("TAR.XZ") << "LOGS.TAR.XZ"
                            << "LOGS"
                            << ".TAR.XZ";
    QTest::newRow("only tar.gz") << ".tar.gz"
                                 << ".tar"
                                 << ".gz";
    QTest::newRow("none") << "README"
                          << "README"
                          << "";
    QTest::newRow("leading dot") << ".profile"
                                 << ".profile"
                                 << "";
    QTest::newRow("trailing dot") << "name."
                                  << "name."
                                  << "";
    QTest::newRow("space in last part") << "Mr. Smith"
                                        << "Mr. Smith"
                                        << "";
    QTest::newRow("long last part") << "a." + repeated("b", 40) << "a." + repeated("b", 40) << "";
}

void tst_SafeFileName::splitExtension()
{
    QFETCH(QString, name);
    QFETCH(QString, stem);
    QFETCH(QString, extension);

    const auto [actualStem, actualExtension] = SafeFileName::splitExtension(name);
    QCOMPARE(actualStem, stem);
    QCOMPARE(actualExtension, extension);
}

void tst_SafeFileName::uniqueIn_data()
{
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("free") << QStringList() << "report.pdf"
                          << "report.pdf";
    QTest::newRow("taken") << QStringList {"report.pdf"} << "report.pdf"
                           << "report (2).pdf";
    QTest::newRow("two taken") << QStringList {"report.pdf", "report (2).pdf"} << "report.pdf"
                               << "report (3).pdf";
    QTest::newRow("gap") << QStringList {"report.pdf", "report (3).pdf"} << "report.pdf"
                         << "report (2).pdf";
    QTest::newRow("other name taken") << QStringList {"other.pdf"} << "report.pdf"
                                      << "report.pdf";
    QTest::newRow("compound extension") << QStringList {"logs.tar.gz"} << "logs.tar.gz"
                                        << "logs (2).tar.gz";
    QTest::newRow("no extension") << QStringList {"README"} << "README"
                                  << "README (2)";
    QTest::newRow("hostile name is made safe") << QStringList() << "../../evil.sh"
                                               << "__._evil.sh";
    QTest::newRow("hostile name taken") << QStringList {"__._evil.sh"} << "../../evil.sh"
                                        << "__._evil (2).sh";
    QTest::newRow("device name") << QStringList {"_con.txt"} << "con.txt"
                                 << "_con (2).txt";
    QTest::newRow("empty name") << QStringList {"attachment"} << ""
                                << "attachment (2)";
}

void tst_SafeFileName::uniqueIn()
{
    QFETCH(QStringList, existing);
    QFETCH(QString, name);
    QFETCH(QString, expected);

    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QDir dir(temp.path());
    for (const QString &file : existing)
        QVERIFY(touch(dir, file));

    QCOMPARE(SafeFileName::uniqueIn(dir, name), expected);
}

void tst_SafeFileName::uniqueInCountsDanglingLinksAsTaken()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QDir dir(temp.path());
    QVERIFY(QFile::link(dir.filePath("nowhere"), dir.filePath("notes.txt")));
    QVERIFY(dir.mkdir("photo.png"));

    QCOMPARE(SafeFileName::uniqueIn(dir, "notes.txt"), "notes (2).txt");
    QCOMPARE(SafeFileName::uniqueIn(dir, "photo.png"), "photo (2).png");
}

void tst_SafeFileName::uniqueInStaysWithinLimit()
{
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QDir dir(temp.path());
    const QString longName = SafeFileName::fromUntrusted(repeated("日", 100) + ".txt");
    QVERIFY(touch(dir, longName));

    const QString unique = SafeFileName::uniqueIn(dir, longName);

    QVERIFY(unique != longName);
    QVERIFY(unique.endsWith(" (2).txt"));
    QVERIFY(utf8Size(unique) <= SafeFileName::maxBytes);
    QVERIFY(touch(dir, unique));
}

void tst_SafeFileName::checkInvariants(const QString &input, const QString &name)
{
    const QByteArray context = "input " + input.toUtf8().toPercentEncoding();

    QVERIFY2(!name.isEmpty(), context);
    QVERIFY2(utf8Size(name) <= SafeFileName::maxBytes, context);
    QVERIFY2(!name.contains(QLatin1String("..")), context);
    QVERIFY2(!name.startsWith(u'.'), context);
    QVERIFY2(!name.endsWith(u'.') && !name.endsWith(u' '), context);
    QVERIFY2(!SafeFileName::isReservedDeviceName(name), context);
    QVERIFY2(SafeFileName::isSafe(name), context);
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        QVERIFY2(!QStringLiteral("/\\<>:\"|?*").contains(c), context);
        QVERIFY2(u >= 0x20 && !(u >= 0x7f && u <= 0x9f), context);
        QVERIFY2(!(u >= 0x202a && u <= 0x202e) && !(u >= 0x2066 && u <= 0x2069), context);
    }
    QVERIFY2(QString::fromUtf8(name.toUtf8()) == name, context); // no lone surrogates
}

QTEST_APPLESS_MAIN(tst_SafeFileName)
#include "tst_safefilename.moc"
