#include "SupportJson.h"

#include <QJsonDocument>
#include <QLocale>
#include <QTest>

class tst_SupportJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTimes_data();
    void parsesTimes();
    void formatsTimesWhateverTheLocale();
    void readsCommunication();
    void rejectsWrongShapes_data();
    void rejectsWrongShapes();
    void roundTripsCommunications();
    void readsCaseWithRecentCommunications();
    void readsAttachmentBytes();
    void rejectsBadBase64();
};

static QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

void tst_SupportJson::parsesTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("service format") << "2020-05-12T23:12:35.000Z" << utc(2020, 5, 12, 23, 12, 35);
    QTest::newRow("milliseconds") << "2020-05-12T23:12:35.123Z"
                                  << utc(2020, 5, 12, 23, 12, 35, 123);
    QTest::newRow("no fraction") << "2020-05-12T23:12:35Z" << utc(2020, 5, 12, 23, 12, 35);
    QTest::newRow("microseconds") << "2020-05-12T23:12:35.123456Z"
                                  << utc(2020, 5, 12, 23, 12, 35, 123);
    QTest::newRow("positive offset") << "2020-05-13T01:12:35+02:00"
                                     << utc(2020, 5, 12, 23, 12, 35);
    QTest::newRow("negative offset") << "2020-05-12T18:12:35-0500"
                                     << utc(2020, 5, 12, 23, 12, 35);
    QTest::newRow("hour offset") << "2020-05-13T08:12:35+09" << utc(2020, 5, 12, 23, 12, 35);
    QTest::newRow("no zone means UTC") << "2020-05-12T23:12:35" << utc(2020, 5, 12, 23, 12, 35);
    QTest::newRow("space separator") << "2020-05-12 23:12:35Z" << utc(2020, 5, 12, 23, 12, 35);
    QTest::newRow("no seconds") << "2020-05-12T23:12Z" << utc(2020, 5, 12, 23, 12, 0);
    QTest::newRow("garbage") << "yesterday" << QDateTime();
    QTest::newRow("empty") << "" << QDateTime();
    QTest::newRow("bad month") << "2020-13-12T23:12:35Z" << QDateTime();
    QTest::newRow("bad hour") << "2020-05-12T25:12:35Z" << QDateTime();
    QTest::newRow("before year 1 in UTC") << "0001-01-01T00:30+01:00" << QDateTime();
    QTest::newRow("after year 9999 in UTC") << "9999-12-31T23:30-01:00" << QDateTime();
}

void tst_SupportJson::parsesTimes()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);

    const QDateTime parsed = SupportJson::parseTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed.toUTC(), expected);
}

void tst_SupportJson::formatsTimesWhateverTheLocale()
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));

    const QString text = SupportJson::formatTime(utc(2021, 1, 2, 3, 4, 5, 6));
    QLocale::setDefault(saved);

    QCOMPARE(text, QStringLiteral("2021-01-02T03:04:05.006Z"));
    QVERIFY(SupportJson::formatTime(QDateTime()).isEmpty());
}

void tst_SupportJson::readsCommunication()
{
    const QJsonObject json = QJsonDocument::fromJson(R"({
        "caseId": "case-1", "body": "Hello\r\n\tworld", "submittedBy": "Amazon Web Services",
        "timeCreated": "2020-05-12T23:12:35.000Z",
        "attachmentSet": [{"attachmentId": "a-1", "fileName": "log.txt"}]})").object();

    Communication communication;
    QString error;
    QVERIFY2(SupportJson::readCommunication(json, &communication, &error), qPrintable(error));
    QCOMPARE(communication.caseId, QStringLiteral("case-1"));
    QCOMPARE(communication.body, QStringLiteral("Hello\r\n\tworld"));
    QVERIFY(communication.isFromAws());
    QCOMPARE(communication.timeCreated, utc(2020, 5, 12, 23, 12, 35));
    QCOMPARE(communication.attachments.size(), 1);
    QCOMPARE(communication.attachments.first().fileName, QStringLiteral("log.txt"));
}

void tst_SupportJson::rejectsWrongShapes_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("communications not a list") << QByteArray(R"({"communications": {}})");
    QTest::newRow("communication not an object") << QByteArray(R"({"communications": [1]})");
    QTest::newRow("body a number") << QByteArray(R"({"communications": [{"body": 5}]})");
    QTest::newRow("attachment set not a list")
        << QByteArray(R"({"communications": [{"attachmentSet": "x"}]})");
    QTest::newRow("attachment without id")
        << QByteArray(R"({"communications": [{"attachmentSet": [{"fileName": "a"}]}]})");
    QTest::newRow("token a list") << QByteArray(R"({"communications": [], "nextToken": []})");
}

void tst_SupportJson::rejectsWrongShapes()
{
    QFETCH(QByteArray, json);

    CommunicationPage page;
    QString error;
    QVERIFY(!SupportJson::readCommunicationPage(QJsonDocument::fromJson(json).object(), &page,
                                                &error));
    QVERIFY(!error.isEmpty());
}

void tst_SupportJson::roundTripsCommunications()
{
    Communication original;
    original.caseId = QStringLiteral("case-9");
    original.body = QStringLiteral("Ünïcödé <b>not html</b>\n日本語");
    original.submittedBy = QStringLiteral("ops@example.com");
    original.timeCreatedText = QStringLiteral("2024-02-29T12:00:00.5Z");
    original.attachments = {{QStringLiteral("att-1"), QStringLiteral("graph.png")}};

    Communication copy;
    QString error;
    QVERIFY(SupportJson::readCommunication(SupportJson::toJson(original), &copy, &error));
    QCOMPARE(copy, original);
    QCOMPARE(SupportJson::toJson(copy).value(QLatin1String("timeCreated")).toString(),
             original.timeCreatedText);
    QVERIFY(!copy.isFromAws());
}

void tst_SupportJson::readsCaseWithRecentCommunications()
{
    const QJsonObject json = QJsonDocument::fromJson(R"({
        "caseId": "case-2", "displayId": "123", "subject": "S", "status": "resolved",
        "ccEmailAddresses": ["a@example.com"], "timeCreated": "2020-01-01T00:00:00Z",
        "recentCommunications": {"communications": [{"body": "x"}], "nextToken": "t"}})")
                                 .object();

    SupportCase supportCase;
    QString error;
    QVERIFY2(SupportJson::readCase(json, &supportCase, &error), qPrintable(error));
    QVERIFY(supportCase.isResolved());
    QCOMPARE(supportCase.ccEmailAddresses, QStringList{QStringLiteral("a@example.com")});
    QCOMPARE(supportCase.recentCommunications.communications.size(), 1);
    QCOMPARE(supportCase.recentCommunications.nextToken, QStringLiteral("t"));

    QVERIFY(!SupportJson::readCase(QJsonObject{}, &supportCase, &error));
}

void tst_SupportJson::readsAttachmentBytes()
{
    const QByteArray bytes("\x89PNG\r\n\x1a\n\0\xff", 10);
    Attachment attachment;
    QString error;
    QVERIFY(SupportJson::readAttachment(
        SupportJson::toJson(Attachment{QStringLiteral("a.png"), bytes}), &attachment, &error));
    QCOMPARE(attachment.data, bytes);
    QCOMPARE(attachment.fileName, QStringLiteral("a.png"));
}

void tst_SupportJson::rejectsBadBase64()
{
    Attachment attachment;
    QString error;
    const QJsonObject json{{QLatin1String("fileName"), QStringLiteral("x")},
                           {QLatin1String("data"), QStringLiteral("@@not base64@@")}};
    QVERIFY(!SupportJson::readAttachment(json, &attachment, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_SupportJson)
#include "tst_supportjson.moc"
