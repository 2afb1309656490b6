#include "ClockSkew.h"

#include <QLocale>
#include <QTest>

class tst_ClockSkew : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognisesSkewErrors_data();
    void recognisesSkewErrors();
    void readsDateHeader_data();
    void readsDateHeader();
    void readsDateHeaderWhateverTheLocale();
    void describesOffsets_data();
    void describesOffsets();
};

void tst_ClockSkew::recognisesSkewErrors_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("skew");

    QTest::newRow("expired") << "InvalidSignatureException"
                             << "Signature expired: 20240101T000000Z is now earlier than ..."
                             << true;
    QTest::newRow("not yet current") << "InvalidSignatureException"
                                     << "Signature not yet current: 20990101T000000Z is still "
                                        "later than ..."
                                     << true;
    QTest::newRow("too skewed") << "RequestTimeTooSkewed" << "" << true;
    QTest::newRow("wrong secret") << "InvalidSignatureException"
                                  << "The request signature we calculated does not match"
                                  << false;
    QTest::newRow("other code") << "ValidationException" << "Signature expired" << false;
}

void tst_ClockSkew::recognisesSkewErrors()
{
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(bool, skew);

    QCOMPARE(ClockSkew::isSkewError(code, message), skew);
}

void tst_ClockSkew::readsDateHeader_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("offset");

    QTest::newRow("20 minutes ahead") << QByteArray("Fri, 04 Dec 2026 12:20:00 GMT") << true
                                      << qint64(1200);
    QTest::newRow("an hour behind") << QByteArray("Fri, 04 Dec 2026 11:00:00 GMT") << true
                                    << qint64(-3600);
    QTest::newRow("same") << QByteArray("Fri, 04 Dec 2026 12:00:00 GMT") << true << qint64(0);
    QTest::newRow("garbage") << QByteArray("yesterday-ish") << false << qint64(0);
    QTest::newRow("empty") << QByteArray() << false << qint64(0);
}

void tst_ClockSkew::readsDateHeader()
{
    QFETCH(QByteArray, header);
    QFETCH(bool, valid);
    QFETCH(qint64, offset);

    const QDateTime now(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
    const auto result = ClockSkew::offsetFromDateHeader(header, now);
    QCOMPARE(result.has_value(), valid);
    if (valid)
        QCOMPARE(*result, offset);
}

void tst_ClockSkew::readsDateHeaderWhateverTheLocale()
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const auto result = ClockSkew::offsetFromDateHeader(
        "Fri, 04 Dec 2026 12:00:30 GMT", QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC));
    QLocale::setDefault(saved);

    QVERIFY(result.has_value());
    QCOMPARE(*result, qint64(30));
}

void tst_ClockSkew::describesOffsets_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");

    QTest::newRow("seconds") << qint64(45) << "45 s";
    QTest::newRow("minutes, behind") << qint64(-1200) << "20 min";
    QTest::newRow("hours and minutes") << qint64(7500) << "2 h 5 min";
    QTest::newRow("days and hours") << qint64(93600) << "1 d 2 h";
}

void tst_ClockSkew::describesOffsets()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);

    QCOMPARE(ClockSkew::describeOffset(seconds), text);
}

QTEST_GUILESS_MAIN(tst_ClockSkew)
#include "tst_clockskew.moc"
