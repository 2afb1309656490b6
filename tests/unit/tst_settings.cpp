#include "ConsoleLink.h"
#include "Settings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Settings over an ini file of its own; ConsoleLink's partitions beside it.
class tst_Settings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaults();
    void roundTrip();
    void clampsOnWrite_data();
    void clampsOnWrite();
    void clampsAndRejectsOnRead_data();
    void clampsAndRejectsOnRead();
    void unknownNamesGiveDefaults();
    void storedAccountsFromGroupsAndKeys();
    void defaultAccountMovesToOneKey();
    void defaultLogFileIsNotStored();
    void languageCodes();
    void persistsThroughTheFile();

    void consoleLink_data();
    void consoleLink();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;
    QString m_file;
};

void tst_Settings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_Settings::init()
{
    m_file = m_dir.filePath(QStringLiteral("%1.ini").arg(QTest::currentTestFunction()));
    QFile::remove(m_file);
    m_store = std::make_unique<QSettings>(m_file, QSettings::IniFormat);
}

void tst_Settings::cleanup()
{
    m_store.reset();
}

void tst_Settings::defaults()
{
    const Settings settings(m_store.get());
    QCOMPARE(settings.defaultAccount(), QString());
    QCOMPARE(settings.storedAccounts(), QStringList());
    QCOMPARE(settings.pageSize(), 100);
    QCOMPARE(settings.oldestFirst(), false);
    QCOMPARE(settings.theme(), Settings::Theme::System);
    QCOMPARE(settings.threadFontSize(), 0);
    QCOMPARE(settings.lastCase(), QString());
    QCOMPARE(settings.transferTimeout(), 60);
    QCOMPARE(settings.maxAttempts(), 3);
    QVERIFY(!settings.hasMaxAttempts());
    QCOMPARE(settings.downloadFolder(),
             QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    QCOMPARE(settings.language(), Settings::Language::System);
    QCOMPARE(settings.logToFile(), false);
    QCOMPARE(settings.logFile(), Settings::defaultLogFile());
    QVERIFY(Settings::defaultLogFile().endsWith(QLatin1String("/casebook.log")));
    QVERIFY(Settings::defaultLogFile().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::CacheLocation)));
    QCOMPARE(settings.fileName(), m_file);
}

void tst_Settings::roundTrip()
{
    Settings settings(m_store.get());
    settings.setDefaultAccount(QStringLiteral("  production "));
    settings.setPageSize(25);
    settings.setOldestFirst(true);
    settings.setTheme(Settings::Theme::Dark);
    settings.setThreadFontSize(13);
    settings.setLastCase(QStringLiteral("case-1"));
    settings.setTransferTimeout(90);
    settings.setMaxAttempts(5);
    settings.setDownloadFolder(QStringLiteral("/tmp/cases"));
    settings.setLanguage(Settings::Language::Japanese);
    settings.setLogToFile(true);
    settings.setLogFile(QStringLiteral("/tmp/casebook-test.log"));

    QCOMPARE(settings.defaultAccount(), QStringLiteral("production"));
    QCOMPARE(settings.pageSize(), 25);
    QCOMPARE(settings.oldestFirst(), true);
    QCOMPARE(settings.theme(), Settings::Theme::Dark);
    QCOMPARE(settings.threadFontSize(), 13);
    QCOMPARE(settings.lastCase(), QStringLiteral("case-1"));
    QCOMPARE(settings.transferTimeout(), 90);
    QCOMPARE(settings.maxAttempts(), 5);
    QVERIFY(settings.hasMaxAttempts());
    QCOMPARE(settings.downloadFolder(), QStringLiteral("/tmp/cases"));
    QCOMPARE(settings.language(), Settings::Language::Japanese);
    QCOMPARE(settings.logToFile(), true);
    QCOMPARE(settings.logFile(), QStringLiteral("/tmp/casebook-test.log"));

    // The keys are the documented ones, with readable values.
    QCOMPARE(m_store->value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));
    QCOMPARE(m_store->value(QStringLiteral("general/language")).toString(), QStringLiteral("ja"));
    QCOMPARE(m_store->value(QStringLiteral("network/maxAttempts")).toInt(), 5);
    QCOMPARE(m_store->value(QStringLiteral("view/oldestFirst")).toBool(), true);
}

void tst_Settings::clampsOnWrite_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("written");
    QTest::addColumn<int>("read");

    QTest::newRow("page size below 10") << "pageSize" << 3 << 10;
    QTest::newRow("page size above 100") << "pageSize" << 500 << 100;
    QTest::newRow("page size in range") << "pageSize" << 50 << 50;
    QTest::newRow("font size 2") << "font" << 2 << 6;
    QTest::newRow("font size 99") << "font" << 99 << 32;
    QTest::newRow("font size 0 is the system's") << "font" << 0 << 0;
    QTest::newRow("font size negative is the system's") << "font" << -4 << 0;
    QTest::newRow("timeout 0") << "timeout" << 0 << 5;
    QTest::newRow("timeout a day") << "timeout" << 86400 << 600;
    QTest::newRow("attempts 0") << "attempts" << 0 << 1;
    QTest::newRow("attempts 50") << "attempts" << 50 << 10;
}

void tst_Settings::clampsOnWrite()
{
    QFETCH(QString, what);
    QFETCH(int, written);
    QFETCH(int, read);

    Settings settings(m_store.get());
    if (what == QLatin1String("pageSize")) {
        settings.setPageSize(written);
        QCOMPARE(settings.pageSize(), read);
    } else if (what == QLatin1String("font")) {
        settings.setThreadFontSize(written);
        QCOMPARE(settings.threadFontSize(), read);
    } else if (what == QLatin1String("timeout")) {
        settings.setTransferTimeout(written);
        QCOMPARE(settings.transferTimeout(), read);
    } else {
        settings.setMaxAttempts(written);
        QCOMPARE(settings.maxAttempts(), read);
    }
}

void tst_Settings::clampsAndRejectsOnRead_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<int>("read");

    // Values edited by hand, or written by another version.
    QTest::newRow("page size text") << "view/pageSize" << QVariant("many") << 100;
    QTest::newRow("page size 7") << "view/pageSize" << QVariant(7) << 10;
    QTest::newRow("page size 1000 as text") << "view/pageSize" << QVariant("1000") << 100;
    QTest::newRow("page size empty") << "view/pageSize" << QVariant(QString()) << 100;
    QTest::newRow("font size 3") << "view/threadFontSize" << QVariant(3) << 6;
    QTest::newRow("font size -1") << "view/threadFontSize" << QVariant(-1) << 0;
    QTest::newRow("font size words") << "view/threadFontSize" << QVariant("big") << 0;
    QTest::newRow("timeout negative") << "network/transferTimeout" << QVariant(-5) << 5;
    QTest::newRow("timeout list") << "network/transferTimeout" << QVariant(QStringList {"1", "2"})
                                  << 60;
    QTest::newRow("attempts 0") << "network/maxAttempts" << QVariant(0) << 1;
    QTest::newRow("attempts 2.5 text") << "network/maxAttempts" << QVariant("2.5") << 3;
}

void tst_Settings::clampsAndRejectsOnRead()
{
    QFETCH(QString, key);
    QFETCH(QVariant, stored);
    QFETCH(int, read);

    m_store->setValue(key, stored);
    const Settings settings(m_store.get());
    int value = 0;
    if (key == QLatin1String("view/pageSize"))
        value = settings.pageSize();
    else if (key == QLatin1String("view/threadFontSize"))
        value = settings.threadFontSize();
    else if (key == QLatin1String("network/transferTimeout"))
        value = settings.transferTimeout();
    else
        value = settings.maxAttempts();
    QCOMPARE(value, read);
}

void tst_Settings::unknownNamesGiveDefaults()
{
    m_store->setValue(QStringLiteral("view/theme"), QStringLiteral("purple"));
    m_store->setValue(QStringLiteral("general/language"), QStringLiteral("klingon"));
    m_store->setValue(QStringLiteral("view/oldestFirst"), QStringLiteral("perhaps"));
    const Settings settings(m_store.get());
    QCOMPARE(settings.theme(), Settings::Theme::System);
    QCOMPARE(settings.language(), Settings::Language::System);
    QCOMPARE(settings.oldestFirst(), false);
    m_store->setValue(QStringLiteral("diagnostics/logToFile"), QStringLiteral(" TRUE "));
    QCOMPARE(settings.logToFile(), true);

    // Case does not matter to names typed by hand.
    m_store->setValue(QStringLiteral("view/theme"), QStringLiteral("Light"));
    m_store->setValue(QStringLiteral("general/language"), QStringLiteral("DE"));
    QCOMPARE(settings.theme(), Settings::Theme::Light);
    QCOMPARE(settings.language(), Settings::Language::German);
}

void tst_Settings::storedAccountsFromGroupsAndKeys()
{
    m_store->setValue(QStringLiteral("accounts/staging/region"), QStringLiteral("eu-west-1"));
    m_store->setValue(QStringLiteral("accounts/Production/region"), QStringLiteral("us-east-1"));
    m_store->setValue(QStringLiteral("accounts/archive"), true);
    m_store->setValue(QStringLiteral("other/notAnAccount"), 1);

    const Settings settings(m_store.get());
    QCOMPARE(settings.storedAccounts(), (QStringList {"archive", "Production", "staging"}));
    // Reading the group leaves the settings where they were.
    QCOMPARE(m_store->group(), QString());
}

void tst_Settings::defaultAccountMovesToOneKey()
{
    // The accounts dialog once kept its default under accounts/; Preferences read account/.
    m_store->setValue(QStringLiteral("accounts/default"), QStringLiteral("production"));
    m_store->setValue(QStringLiteral("accounts/production/region"), QStringLiteral("eu-west-1"));
    Settings settings(m_store.get());
    QCOMPARE(settings.defaultAccount(), QStringLiteral("production"));
    QCOMPARE(settings.storedAccounts(), QStringList {QStringLiteral("production")});
    QVERIFY(!m_store->contains(QStringLiteral("accounts/default")));
    QCOMPARE(m_store->value(QStringLiteral("account/default")).toString(),
             QStringLiteral("production"));

    // A default chosen since wins over one left under the old key.
    m_store->setValue(QStringLiteral("accounts/default"), QStringLiteral("staging"));
    QCOMPARE(settings.defaultAccount(), QStringLiteral("production"));
    QVERIFY(!m_store->contains(QStringLiteral("accounts/default")));
}

void tst_Settings::defaultLogFileIsNotStored()
{
    Settings settings(m_store.get());
    settings.setLogFile(QStringLiteral("/tmp/elsewhere.log"));
    QVERIFY(m_store->contains(QStringLiteral("diagnostics/logFile")));

    settings.setLogFile(Settings::defaultLogFile());
    QVERIFY(!m_store->contains(QStringLiteral("diagnostics/logFile")));
    settings.setLogFile(QString());
    QCOMPARE(settings.logFile(), Settings::defaultLogFile());
}

void tst_Settings::languageCodes()
{
    QCOMPARE(Settings::languageCode(Settings::Language::System), QString());
    QCOMPARE(Settings::languageCode(Settings::Language::English), QStringLiteral("en"));
    QCOMPARE(Settings::languageCode(Settings::Language::German), QStringLiteral("de"));
    QCOMPARE(Settings::languageCode(Settings::Language::Japanese), QStringLiteral("ja"));
    QCOMPARE(Settings::themeKey(Settings::Theme::System), QStringLiteral("system"));
    QCOMPARE(Settings::themeKey(Settings::Theme::Light), QStringLiteral("light"));
}

void tst_Settings::persistsThroughTheFile()
{
    {
        Settings settings(m_store.get());
        settings.setPageSize(40);
        settings.setTheme(Settings::Theme::Light);
        m_store->sync();
    }
    m_store = std::make_unique<QSettings>(m_file, QSettings::IniFormat);
    const Settings settings(m_store.get());
    QCOMPARE(settings.pageSize(), 40);
    QCOMPARE(settings.theme(), Settings::Theme::Light);
}

void tst_Settings::consoleLink_data()
{
    QTest::addColumn<QString>("partition");
    QTest::addColumn<QString>("displayId");
    QTest::addColumn<QString>("url");

    QTest::newRow("commercial") << "aws"
                                << "12345678901"
                                << "https://support.console.aws.amazon.com/support/home"
                                   "#/case/?displayId=12345678901";
    QTest::newRow("GovCloud") << "aws-us-gov"
                              << "42"
                              << "https://console.amazonaws-us-gov.com/support/home"
                                 "?region=us-gov-west-1#/case/?displayId=42";
    QTest::newRow("China") << "aws-cn"
                           << "7"
                           << "https://console.amazonaws.cn/support/home"
                              "?region=cn-north-1#/case/?displayId=7";
    QTest::newRow("unknown partition") << "aws-iso"
                                       << "7"
                                       << "https://support.console.aws.amazon.com/support/home"
                                          "#/case/?displayId=7";
    QTest::newRow("no number") << "aws"
                               << ""
                               << "https://support.console.aws.amazon.com/support/home#/";
    QTest::newRow("not a number") << "aws"
                                  << "1&x=/../evil"
                                  << "https://support.console.aws.amazon.com/support/home#/";
}

void tst_Settings::consoleLink()
{
    QFETCH(QString, partition);
    QFETCH(QString, displayId);
    QFETCH(QString, url);

    QCOMPARE(ConsoleLink::forCase(partition, displayId).toString(), url);
}

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
