#include "DateRange.h"

#include <QLocale>
#include <QTest>

#include <ctime>

namespace {

QDateTime utc(const char *iso)
{
    QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    return time.toUTC();
}

/// Runs with TZ set to \a zone and puts the previous value back when it goes.
class ScopedTz
{
public:
    explicit ScopedTz(const QByteArray &zone)
        : m_old(qgetenv("TZ")), m_had(qEnvironmentVariableIsSet("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~ScopedTz()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }

private:
    QByteArray m_old;
    bool m_had;
};

} // namespace

// Days turned into UTC bounds in zones with and without daylight saving time, presets counted
// from an injected day, and the texts people read.
class tst_DateRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startOfDay_data();
    void startOfDay();
    void boundsInSystemZone_data();
    void boundsInSystemZone();
    void dayLength_data();
    void dayLength();
    void openEnds();
    void containsUsesHalfOpenBounds();
    void customSwapsReversedDays();
    void presets_data();
    void presets();
    void labels_data();
    void labels();
    void dayTextFollowsLocale_data();
    void dayTextFollowsLocale();
};

void tst_DateRange::startOfDay_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("UTC") << QByteArray("UTC") << QDate(2026, 3, 29) << utc("2026-03-29T00:00:00Z");
    QTest::newRow("Berlin winter")
        << QByteArray("Europe/Berlin") << QDate(2026, 1, 15) << utc("2026-01-14T23:00:00Z");
    QTest::newRow("Berlin spring forward day")
        << QByteArray("Europe/Berlin") << QDate(2026, 3, 29) << utc("2026-03-28T23:00:00Z");
    QTest::newRow("Berlin day after spring forward")
        << QByteArray("Europe/Berlin") << QDate(2026, 3, 30) << utc("2026-03-29T22:00:00Z");
    QTest::newRow("Berlin fall back day")
        << QByteArray("Europe/Berlin") << QDate(2026, 10, 25) << utc("2026-10-24T22:00:00Z");
    QTest::newRow("Berlin day after fall back")
        << QByteArray("Europe/Berlin") << QDate(2026, 10, 26) << utc("2026-10-25T23:00:00Z");
    QTest::newRow("New York spring forward")
        << QByteArray("America/New_York") << QDate(2026, 3, 8) << utc("2026-03-08T05:00:00Z");
    QTest::newRow("New York after spring forward")
        << QByteArray("America/New_York") << QDate(2026, 3, 9) << utc("2026-03-09T04:00:00Z");
    QTest::newRow("New York fall back")
        << QByteArray("America/New_York") << QDate(2026, 11, 1) << utc("2026-11-01T04:00:00Z");
    QTest::newRow("Tokyo") << QByteArray("Asia/Tokyo") << QDate(2026, 11, 1)
                           << utc("2026-10-31T15:00:00Z");
    QTest::newRow("Auckland summer")
        << QByteArray("Pacific/Auckland") << QDate(2026, 1, 1) << utc("2025-12-31T11:00:00Z");
    QTest::newRow("Auckland fall back day")
        << QByteArray("Pacific/Auckland") << QDate(2026, 4, 5) << utc("2026-04-04T11:00:00Z");
    QTest::newRow("Auckland spring forward day")
        << QByteArray("Pacific/Auckland") << QDate(2026, 9, 27) << utc("2026-09-26T12:00:00Z");
    // Chile skips from 24:00 to 01:00: the day starts at 01:00 local.
    QTest::newRow("Santiago midnight skipped")
        << QByteArray("America/Santiago") << QDate(2026, 9, 6) << utc("2026-09-06T04:00:00Z");
    // And goes back from 24:00 to 23:00: the day before has 25 hours.
    QTest::newRow("Santiago midnight after fall back")
        << QByteArray("America/Santiago") << QDate(2026, 4, 5) << utc("2026-04-05T04:00:00Z");
    QTest::newRow("Beirut midnight skipped")
        << QByteArray("Asia/Beirut") << QDate(2026, 3, 29) << utc("2026-03-28T22:00:00Z");
    QTest::newRow("Beirut midnight after fall back")
        << QByteArray("Asia/Beirut") << QDate(2026, 10, 25) << utc("2026-10-24T22:00:00Z");
}

void tst_DateRange::startOfDay()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, day);
    QFETCH(QDateTime, expected);

    const QTimeZone timeZone(zone);
    QVERIFY2(timeZone.isValid(), zone.constData());
    const QDateTime start = DateRange::startOfDay(day, timeZone);
    QCOMPARE(start, expected);
    QCOMPARE(start.timeSpec(), Qt::UTC);

    // The instant is on the day in that zone, and the one before it is not.
    QCOMPARE(start.toTimeZone(timeZone).date(), day);
    QVERIFY(start.addSecs(-1).toTimeZone(timeZone).date() < day);
}

void tst_DateRange::boundsInSystemZone_data()
{
    QTest::addColumn<QByteArray>("tz");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QDateTime>("after");
    QTest::addColumn<QDateTime>("before");

    QTest::newRow("UTC") << QByteArray("UTC") << QDate(2026, 11, 1) << QDate(2026, 11, 30)
                         << utc("2026-11-01T00:00:00Z") << utc("2026-12-01T00:00:00Z");
    QTest::newRow("Berlin across fall back")
        << QByteArray("Europe/Berlin") << QDate(2026, 10, 1) << QDate(2026, 10, 31)
        << utc("2026-09-30T22:00:00Z") << utc("2026-10-31T23:00:00Z");
    QTest::newRow("Berlin March") << QByteArray("Europe/Berlin") << QDate(2026, 3, 29)
                                  << QDate(2026, 3, 29) << utc("2026-03-28T23:00:00Z")
                                  << utc("2026-03-29T22:00:00Z");
    QTest::newRow("New York") << QByteArray("America/New_York") << QDate(2026, 11, 1)
                              << QDate(2026, 11, 30) << utc("2026-11-01T04:00:00Z")
                              << utc("2026-12-01T05:00:00Z");
    QTest::newRow("Tokyo") << QByteArray("Asia/Tokyo") << QDate(2026, 11, 1) << QDate(2026, 11, 30)
                           << utc("2026-10-31T15:00:00Z") << utc("2026-11-30T15:00:00Z");
    QTest::newRow("Auckland") << QByteArray("Pacific/Auckland") << QDate(2026, 4, 1)
                              << QDate(2026, 4, 30) << utc("2026-03-31T11:00:00Z")
                              << utc("2026-04-30T12:00:00Z");
    QTest::newRow("Santiago") << QByteArray("America/Santiago") << QDate(2026, 9, 6)
                              << QDate(2026, 9, 6) << utc("2026-09-06T04:00:00Z")
                              << utc("2026-09-07T03:00:00Z");
}

void tst_DateRange::boundsInSystemZone()
{
    QFETCH(QByteArray, tz);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QDateTime, after);
    QFETCH(QDateTime, before);

    const ScopedTz scoped(tz);
    const DateRange range = DateRange::custom(from, to);
    QCOMPARE(range.after(), after);
    QCOMPARE(range.before(), before);
    QCOMPARE(range.after().timeSpec(), Qt::UTC);

    // The same bounds as the zone-explicit calls and as local time shows them.
    QCOMPARE(range.after(QTimeZone(tz)), after);
    QCOMPARE(range.after().toLocalTime().date(), from);
    QCOMPARE(range.before().addMSecs(-1).toLocalTime().date(), to);
}

void tst_DateRange::dayLength_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("hours");

    QTest::newRow("Berlin ordinary") << QByteArray("Europe/Berlin") << QDate(2026, 3, 28) << 24;
    QTest::newRow("Berlin spring") << QByteArray("Europe/Berlin") << QDate(2026, 3, 29) << 23;
    QTest::newRow("Berlin autumn") << QByteArray("Europe/Berlin") << QDate(2026, 10, 25) << 25;
    QTest::newRow("New York spring") << QByteArray("America/New_York") << QDate(2026, 3, 8) << 23;
    QTest::newRow("New York autumn") << QByteArray("America/New_York") << QDate(2026, 11, 1) << 25;
    QTest::newRow("Tokyo") << QByteArray("Asia/Tokyo") << QDate(2026, 3, 29) << 24;
    QTest::newRow("Auckland autumn") << QByteArray("Pacific/Auckland") << QDate(2026, 4, 5) << 25;
    QTest::newRow("Auckland spring") << QByteArray("Pacific/Auckland") << QDate(2026, 9, 27) << 23;
    QTest::newRow("Santiago spring") << QByteArray("America/Santiago") << QDate(2026, 9, 6) << 23;
    QTest::newRow("Santiago autumn eve")
        << QByteArray("America/Santiago") << QDate(2026, 4, 4) << 25;
    QTest::newRow("Beirut spring") << QByteArray("Asia/Beirut") << QDate(2026, 3, 29) << 23;
    QTest::newRow("UTC") << QByteArray("UTC") << QDate(2026, 3, 29) << 24;
}

void tst_DateRange::dayLength()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, day);
    QFETCH(int, hours);

    const QTimeZone timeZone(zone);
    const DateRange range = DateRange::custom(day, day);
    QCOMPARE(range.after(timeZone).secsTo(range.before(timeZone)), qint64(hours) * 3600);
}

void tst_DateRange::openEnds()
{
    const QTimeZone berlin("Europe/Berlin");

    const DateRange all;
    QVERIFY(all.isAllTime());
    QCOMPARE(all.preset(), DateRange::Preset::AllTime);
    QVERIFY(!all.after(berlin).isValid());
    QVERIFY(!all.before(berlin).isValid());

    const DateRange since = DateRange::custom(QDate(2026, 11, 1), {});
    QVERIFY(!since.isAllTime());
    QCOMPARE(since.after(berlin), utc("2026-10-31T23:00:00Z"));
    QVERIFY(!since.before(berlin).isValid());

    const DateRange until = DateRange::custom({}, QDate(2026, 11, 30));
    QVERIFY(!until.after(berlin).isValid());
    QCOMPARE(until.before(berlin), utc("2026-11-30T23:00:00Z"));
}

void tst_DateRange::containsUsesHalfOpenBounds()
{
    const QTimeZone tokyo("Asia/Tokyo");
    const DateRange november = DateRange::custom(QDate(2026, 11, 1), QDate(2026, 11, 30));

    QVERIFY(!november.contains(utc("2026-10-31T14:59:59.999Z"), tokyo));
    QVERIFY(november.contains(utc("2026-10-31T15:00:00Z"), tokyo));
    QVERIFY(november.contains(utc("2026-11-30T14:59:59.999Z"), tokyo));
    QVERIFY(!november.contains(utc("2026-11-30T15:00:00Z"), tokyo));
    QVERIFY(!november.contains(QDateTime(), tokyo));
    QVERIFY(DateRange().contains(QDateTime(), tokyo));
}

void tst_DateRange::customSwapsReversedDays()
{
    const DateRange range = DateRange::custom(QDate(2026, 11, 30), QDate(2026, 11, 1));
    QCOMPARE(range.from(), QDate(2026, 11, 1));
    QCOMPARE(range.to(), QDate(2026, 11, 30));
    QCOMPARE(range.preset(), DateRange::Preset::Custom);
}

void tst_DateRange::presets_data()
{
    QTest::addColumn<DateRange::Preset>("preset");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");

    const QDate today(2026, 12, 4);
    QTest::newRow("all time") << DateRange::Preset::AllTime << today << QDate() << QDate();
    QTest::newRow("custom is open") << DateRange::Preset::Custom << today << QDate() << QDate();
    QTest::newRow("7 days") << DateRange::Preset::Last7Days << today << QDate(2026, 11, 28)
                            << today;
    QTest::newRow("30 days") << DateRange::Preset::Last30Days << today << QDate(2026, 11, 5)
                             << today;
    QTest::newRow("12 months") << DateRange::Preset::Last12Months << today << QDate(2025, 12, 5)
                               << today;
    QTest::newRow("30 days over new year") << DateRange::Preset::Last30Days << QDate(2027, 1, 10)
                                           << QDate(2026, 12, 12) << QDate(2027, 1, 10);
    QTest::newRow("12 months from leap day")
        << DateRange::Preset::Last12Months << QDate(2028, 2, 29) << QDate(2027, 3, 1)
        << QDate(2028, 2, 29);
}

void tst_DateRange::presets()
{
    QFETCH(DateRange::Preset, preset);
    QFETCH(QDate, today);
    QFETCH(QDate, from);
    QFETCH(QDate, to);

    const DateRange range = DateRange::fromPreset(preset, today);
    QCOMPARE(range.preset(), preset);
    QCOMPARE(range.from(), from);
    QCOMPARE(range.to(), to);
}

void tst_DateRange::labels_data()
{
    QTest::addColumn<DateRange>("range");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("days");
    QTest::addColumn<QString>("empty");

    const QDate today(2026, 12, 4);
    QTest::newRow("all time") << DateRange() << QStringLiteral("All time")
                              << QStringLiteral("All time")
                              << QStringLiteral("No messages in this case.");
    QTest::newRow("last 30 days") << DateRange::fromPreset(DateRange::Preset::Last30Days, today)
                                  << QStringLiteral("Last 30 days")
                                  << QStringLiteral("5 Nov 2026 \u2013 4 Dec 2026")
                                  << QStringLiteral("No messages between 5 Nov 2026 and 4 Dec "
                                                    "2026.");
    QTest::newRow("november") << DateRange::custom(QDate(2026, 11, 1), QDate(2026, 11, 30))
                              << QStringLiteral("1 Nov 2026 \u2013 30 Nov 2026")
                              << QStringLiteral("1 Nov 2026 \u2013 30 Nov 2026")
                              << QStringLiteral("No messages between 1 Nov 2026 and 30 Nov "
                                                "2026.");
    QTest::newRow("one day") << DateRange::custom(QDate(2026, 3, 29), QDate(2026, 3, 29))
                             << QStringLiteral("29 Mar 2026") << QStringLiteral("29 Mar 2026")
                             << QStringLiteral("No messages on 29 Mar 2026.");
    QTest::newRow("since") << DateRange::custom(QDate(2026, 11, 1), {})
                           << QStringLiteral("From 1 Nov 2026") << QStringLiteral("From 1 Nov 2026")
                           << QStringLiteral("No messages since 1 Nov 2026.");
    QTest::newRow("until") << DateRange::custom({}, QDate(2026, 11, 30))
                           << QStringLiteral("Until 30 Nov 2026")
                           << QStringLiteral("Until 30 Nov 2026")
                           << QStringLiteral("No messages until 30 Nov 2026.");
}

void tst_DateRange::labels()
{
    QFETCH(DateRange, range);
    QFETCH(QString, label);
    QFETCH(QString, days);
    QFETCH(QString, empty);

    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(range.label(locale), label);
    QCOMPARE(range.daysText(locale), days);
    QCOMPARE(range.noMessagesText(locale), empty);
}

void tst_DateRange::dayTextFollowsLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");

    QTest::newRow("C") << QLocale::c() << QStringLiteral("1 Nov 2026");
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                           << QStringLiteral("1 Nov 2026");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates)
                           << QStringLiteral("Nov 1, 2026");
    QTest::newRow("ja_JP") << QLocale(QLocale::Japanese, QLocale::Japan)
                           << QStringLiteral("2026年11月1日");
}

void tst_DateRange::dayTextFollowsLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);

    QCOMPARE(DateRange::dayText(QDate(2026, 11, 1), locale), expected);
}

QTEST_GUILESS_MAIN(tst_DateRange)
#include "tst_daterange.moc"
