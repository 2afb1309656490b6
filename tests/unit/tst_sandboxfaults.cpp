#include "SandboxFaults.h"

#include "SandboxService.h"
#include "SigV4Signer.h"
#include "SupportJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString exampleKeyId = QStringLiteral("AKIDEXAMPLE");
const QString exampleSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
const QDateTime serverTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

// The fixture: 25 open cases a day apart; the first has 35 messages, the others 2 each, and
// the first message of the first case carries the one attachment.
constexpr int caseCount = 25;
constexpr int longCaseSize = 35;
const QString longCaseId = QStringLiteral("case-00");
const QString attachmentId = QStringLiteral("att-1");

QString caseId(int n)
{
    return QStringLiteral("case-%1").arg(n, 2, 10, QLatin1Char('0'));
}

QJsonObject caseFile(int n)
{
    QJsonArray communications;
    const int size = n == 0 ? longCaseSize : 2;
    for (int k = 0; k < size; ++k) {
        communications.append(QJsonObject {
            {QStringLiteral("caseId"), caseId(n)},
            {QStringLiteral("body"), QStringLiteral("message %1").arg(k)},
            {QStringLiteral("submittedBy"), QStringLiteral("ops@example.com")},
            {QStringLiteral("timeCreated"), SupportJson::formatTime(base.addSecs(k * 60))}});
    }

    QJsonArray attachments;
    if (n == 0) {
        const QJsonObject file {{QStringLiteral("attachmentId"), attachmentId},
                                {QStringLiteral("fileName"), QStringLiteral("trace.txt")}};
        QJsonObject first = communications.at(0).toObject();
        first.insert(QStringLiteral("attachmentSet"), QJsonArray {file});
        communications.replace(0, first);
        QJsonObject withData = file;
        withData.insert(QStringLiteral("data"), QStringLiteral("aGVsbG8="));
        attachments.append(withData);
    }

    const QJsonObject details {
        {QStringLiteral("caseId"), caseId(n)},
        {QStringLiteral("displayId"), QString::number(n)},
        {QStringLiteral("subject"), QStringLiteral("Case %1").arg(n)},
        {QStringLiteral("status"), QStringLiteral("opened")},
        {QStringLiteral("timeCreated"), SupportJson::formatTime(base.addDays(n))}};
    return {{QStringLiteral("case"), details},
            {QStringLiteral("communications"), communications},
            {QStringLiteral("attachments"), attachments}};
}

bool writeJson(const QString &path, const QJsonObject &json)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(json).toJson()) >= 0
        && file.commit();
}

SandboxRequest request(const QByteArray &operation, const QJsonObject &input)
{
    SandboxRequest request;
    request.method = "POST";
    request.headers = {{"Host", "127.0.0.1:4567"},
                       {"Content-Type", "application/x-amz-json-1.1"},
                       {"X-Amz-Target", "AWSSupport_20130415." + operation}};
    request.body = QJsonDocument(input).toJson(QJsonDocument::Compact);
    return request;
}

SandboxRequest signedRequest(const QByteArray &operation, const QJsonObject &input,
                             const QDateTime &signedAt = serverTime)
{
    SandboxRequest unsignedOne = request(operation, input);
    const SigV4Request toSign {unsignedOne.method, unsignedOne.path, unsignedOne.query,
                               unsignedOne.headers, unsignedOne.body};
    const SigV4Signature signature
        = SigV4Signer(QStringLiteral("us-east-1"), QStringLiteral("support"))
              .sign(toSign, {exampleKeyId, exampleSecret, {}, {}}, signedAt);
    unsignedOne.headers += signature.headersToAdd;
    return unsignedOne;
}

// The requests a row of whichRequestFails() sends, by short name.
SandboxRequest namedRequest(const QString &name)
{
    if (name == QLatin1String("attachment"))
        return signedRequest("DescribeAttachment",
                             {{QStringLiteral("attachmentId"), attachmentId}});
    if (name == QLatin1String("unsigned"))
        return request("DescribeCases", {});
    return signedRequest("DescribeCases", {});
}

// What became of a reply, in a few words: "ok", "broken" (not JSON), "wrongshape", or the
// status and error code; then how it is delivered when that is faulty.
QString outcome(const SandboxResponse &response)
{
    QString text;
    if (!response.errorCode.isEmpty()) {
        text = QStringLiteral("%1 %2").arg(response.httpStatus).arg(response.errorCode);
    } else {
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(response.body, &error).object();
        const bool listed = json.value(QStringLiteral("cases")).isArray()
            || json.value(QStringLiteral("attachment")).isObject();
        text = error.error != QJsonParseError::NoError ? QStringLiteral("broken")
            : listed                                   ? QStringLiteral("ok")
                                                       : QStringLiteral("wrongshape");
    }

    if (response.delivery == SandboxResponse::Delivery::Truncated)
        text += QLatin1String(" truncated");
    else if (response.delivery == SandboxResponse::Delivery::Stalled)
        text += QLatin1String(" stalled");
    return text;
}

QString nextTokenOf(const SandboxResponse &response)
{
    return QJsonDocument::fromJson(response.body)
        .object()
        .value(QStringLiteral("nextToken"))
        .toString();
}

} // namespace

Q_DECLARE_METATYPE(SandboxFaults)

class tst_SandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void writesWhatItReads_data();
    void writesWhatItReads();

    void whichRequestFails_data();
    void whichRequestFails();
    void setFaultsCountsAgain();
    void slowDelaysEveryReply();
    void clockOffsetMovesSigningAndDate();
    void repeatedToken_data();
    void repeatedToken();

private:
    QTemporaryDir m_dir;
    SandboxDataset m_dataset;
    std::unique_ptr<SandboxService> m_service;
};

void tst_SandboxFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("cases")));
    for (int n = 0; n < caseCount; ++n) {
        const QString path = m_dir.filePath(QStringLiteral("cases/%1.json").arg(caseId(n)));
        QVERIFY(writeJson(path, caseFile(n)));
    }

    QString problem;
    QVERIFY2(m_dataset.loadDirectory(m_dir.path(), &problem), qPrintable(problem));
}

void tst_SandboxFaults::init()
{
    m_service = std::make_unique<SandboxService>();
    m_service->setDataset(m_dataset);
    m_service->setClock([] { return serverTime; });
}

void tst_SandboxFaults::parse_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only commas and blanks") << QStringLiteral(" , ,") << QString();
    QTest::newRow("throttle") << QStringLiteral("throttle=3") << QStringLiteral("throttle=3");
    QTest::newRow("error500") << QStringLiteral("error500=5") << QStringLiteral("error500=5");
    QTest::newRow("error503") << QStringLiteral("error503=1") << QStringLiteral("error503=1");
    QTest::newRow("slow") << QStringLiteral("slow=2000") << QStringLiteral("slow=2000");
    QTest::newRow("stall") << QStringLiteral("stall=4") << QStringLiteral("stall=4");
    QTest::newRow("truncate") << QStringLiteral("truncate=4") << QStringLiteral("truncate=4");
    QTest::newRow("malformed") << QStringLiteral("malformed=6") << QStringLiteral("malformed=6");
    QTest::newRow("wrongshape") << QStringLiteral("wrongshape=2") << QStringLiteral("wrongshape=2");
    QTest::newRow("clock behind") << QStringLiteral("clock=-1200") << QStringLiteral("clock=-1200");
    QTest::newRow("clock ahead, with +")
        << QStringLiteral("clock=+900") << QStringLiteral("clock=900");
    QTest::newRow("clock zero") << QStringLiteral("clock=0") << QString();
    QTest::newRow("repeat-token") << QStringLiteral("repeat-token=2")
                                  << QStringLiteral("repeat-token=2");
    QTest::newRow("subscription") << QStringLiteral("subscription")
                                  << QStringLiteral("subscription");
    QTest::newRow("expired-token")
        << QStringLiteral("expired-token=7") << QStringLiteral("expired-token=7");
    QTest::newRow("attachment-limit")
        << QStringLiteral("attachment-limit=2") << QStringLiteral("attachment-limit=2");
    QTest::newRow("blanks and a trailing comma")
        << QStringLiteral(" slow = 10 , throttle=2 ,") << QStringLiteral("throttle=2,slow=10");
    QTest::newRow("all of them")
        << QStringLiteral("throttle=3,error500=5,slow=2000,truncate=4,malformed=6,clock=-1200,"
                          "repeat-token=2,subscription,expired-token=7,attachment-limit=2,"
                          "error503=8,stall=9,wrongshape=10")
        << QStringLiteral("throttle=3,error500=5,error503=8,expired-token=7,subscription,"
                          "attachment-limit=2,malformed=6,wrongshape=10,repeat-token=2,stall=9,"
                          "truncate=4,slow=2000,clock=-1200");
}

void tst_SandboxFaults::parse()
{
    QFETCH(QString, spec);
    QFETCH(QString, canonical);

    QString problem;
    const std::optional<SandboxFaults> faults = SandboxFaults::parse(spec, &problem);
    QVERIFY2(faults, qPrintable(problem));
    QCOMPARE(faults->toString(), canonical);
    QCOMPARE(faults->isEmpty(), canonical.isEmpty());
}

void tst_SandboxFaults::rejects_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown") << QStringLiteral("throttle=2,explode=1")
                             << QStringLiteral("unknown fault \"explode\"; known faults are: "
                                               "throttle, error500, error503, expired-token, "
                                               "subscription, attachment-limit, malformed, "
                                               "wrongshape, repeat-token, stall, truncate, "
                                               "slow, clock");
    QTest::newRow("case matters") << QStringLiteral("Throttle=2")
                                  << QStringLiteral("unknown fault \"Throttle\"");
    QTest::newRow("no name") << QStringLiteral("=3")
                             << QStringLiteral("an item has no name before its \"=\"");
    QTest::newRow("no value") << QStringLiteral("throttle")
                              << QStringLiteral("throttle needs a value, as in throttle=N");
    QTest::newRow("empty value") << QStringLiteral("slow=")
                                 << QStringLiteral("slow wants a whole number from 1 to "
                                                   "600000, not \"\"");
    QTest::newRow("zero period") << QStringLiteral("error500=0")
                                 << QStringLiteral("error500 wants a whole number from 1 to "
                                                   "1000000, not \"0\"");
    QTest::newRow("negative period")
        << QStringLiteral("truncate=-2") << QStringLiteral("truncate wants a whole number");
    QTest::newRow("not a number") << QStringLiteral("stall=often")
                                  << QStringLiteral("stall wants a whole number");
    QTest::newRow("trailing letters")
        << QStringLiteral("throttle=3x") << QStringLiteral("throttle wants a whole number");
    QTest::newRow("fraction") << QStringLiteral("slow=1.5")
                              << QStringLiteral("slow wants a whole number");
    QTest::newRow("too slow") << QStringLiteral("slow=600001")
                              << QStringLiteral("slow wants a whole number");
    QTest::newRow("huge") << QStringLiteral("throttle=99999999999999999999")
                          << QStringLiteral("throttle wants a whole number");
    QTest::newRow("first page") << QStringLiteral("repeat-token=1")
                                << QStringLiteral("repeat-token wants a whole number from 2");
    QTest::newRow("clock past ten years") << QStringLiteral("clock=-315360001")
                                          << QStringLiteral("clock wants a whole number from "
                                                            "-315360000 to 315360000");
    QTest::newRow("flag with value")
        << QStringLiteral("subscription=1") << QStringLiteral("subscription takes no value");
    QTest::newRow("twice") << QStringLiteral("throttle=2,slow=5,throttle=3")
                           << QStringLiteral("throttle is given twice");
    QTest::newRow("semicolons") << QStringLiteral("throttle=2;slow=5")
                                << QStringLiteral("throttle wants a whole number");
}

void tst_SandboxFaults::rejects()
{
    QFETCH(QString, spec);
    QFETCH(QString, message);

    QString problem;
    QVERIFY(!SandboxFaults::parse(spec, &problem));
    QVERIFY2(problem.startsWith(message), qPrintable(problem));
    QVERIFY(!SandboxFaults::parse(spec)); // without a place for the message
}

void tst_SandboxFaults::writesWhatItReads_data()
{
    QTest::addColumn<SandboxFaults>("faults");

    SandboxFaults some;
    some.throttleEvery = 4;
    some.clockOffsetSeconds = -30;
    some.subscriptionRequired = true;
    QTest::newRow("none") << SandboxFaults();
    QTest::newRow("some") << some;
    QTest::newRow("all") << *SandboxFaults::parse(
        QStringLiteral("throttle=1,error500=2,error503=3,expired-token=4,subscription,"
                       "attachment-limit=5,malformed=6,wrongshape=7,repeat-token=8,stall=9,"
                       "truncate=10,slow=11,clock=-12"));
}

void tst_SandboxFaults::writesWhatItReads()
{
    QFETCH(SandboxFaults, faults);

    const std::optional<SandboxFaults> again = SandboxFaults::parse(faults.toString());
    QVERIFY(again);
    QCOMPARE(again->toString(), faults.toString());
    QVERIFY(*again == faults);
}

void tst_SandboxFaults::whichRequestFails_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QStringList>("requests");
    QTest::addColumn<QStringList>("outcomes");

    const QString ok = QStringLiteral("ok");
    const QString cases = QStringLiteral("cases");
    const QString attachment = QStringLiteral("attachment");
    const QString throttled = QStringLiteral("400 ThrottlingException");
    const QString internal = QStringLiteral("500 InternalServerError");
    const QString expired = QStringLiteral("400 ExpiredTokenException");
    const QString subscription = QStringLiteral("400 SubscriptionRequiredException");
    const QString overLimit = QStringLiteral("400 DescribeAttachmentLimitExceeded");
    const QString broken = QStringLiteral("broken");
    const QString wrongShape = QStringLiteral("wrongshape");
    const auto times = [](int n, const QString &name) {
        return QStringList(n, name);
    };

    QTest::newRow("no faults") << QString() << times(3, cases) << times(3, ok);
    QTest::newRow("throttle=3") << QStringLiteral("throttle=3") << times(7, cases)
                                << QStringList {ok, ok, throttled, ok, ok, throttled, ok};
    QTest::newRow("error500=2") << QStringLiteral("error500=2") << times(4, cases)
                                << QStringList {ok, internal, ok, internal};
    QTest::newRow("error503=3") << QStringLiteral("error503=3") << times(3, cases)
                                << QStringList {ok, ok, QStringLiteral("503 ServiceUnavailable")};
    QTest::newRow("expired-token=1")
        << QStringLiteral("expired-token=1") << times(2, cases) << times(2, expired);
    QTest::newRow("subscription") << QStringLiteral("subscription") << times(3, attachment)
                                  << times(3, subscription);
    QTest::newRow("subscription before throttle")
        << QStringLiteral("throttle=1,subscription") << times(2, cases) << times(2, subscription);
    QTest::newRow("expired token before throttle")
        << QStringLiteral("throttle=2,expired-token=2") << times(4, cases)
        << QStringList {ok, expired, ok, expired};
    QTest::newRow("throttle before error500")
        << QStringLiteral("throttle=2,error500=3") << times(6, cases)
        << QStringList {ok, throttled, internal, throttled, ok, throttled};
    QTest::newRow("unsigned requests are not counted")
        << QStringLiteral("throttle=2")
        << QStringList {cases, QStringLiteral("unsigned"), cases, cases}
        << QStringList {ok, QStringLiteral("400 MissingAuthenticationToken"), throttled, ok};
    QTest::newRow("attachment-limit counts DescribeAttachment")
        << QStringLiteral("attachment-limit=2")
        << QStringList {attachment, cases, attachment, attachment, attachment}
        << QStringList {ok, ok, overLimit, ok, overLimit};
    QTest::newRow("throttle before attachment-limit")
        << QStringLiteral("attachment-limit=2,throttle=2") << times(4, attachment)
        << QStringList {ok, throttled, ok, throttled};
    QTest::newRow("malformed=2") << QStringLiteral("malformed=2")
                                 << QStringList {cases, cases, attachment, attachment}
                                 << QStringList {ok, broken, ok, broken};
    QTest::newRow("malformed counts 200 replies only")
        << QStringLiteral("malformed=2,throttle=2") << times(5, cases)
        << QStringList {ok, throttled, broken, throttled, ok};
    QTest::newRow("wrongshape=1") << QStringLiteral("wrongshape=1")
                                  << QStringList {cases, attachment}
                                  << QStringList {wrongShape, wrongShape};
    QTest::newRow("malformed before wrongshape")
        << QStringLiteral("wrongshape=1,malformed=2") << times(3, cases)
        << QStringList {wrongShape, broken, wrongShape};
    QTest::newRow("truncate=2") << QStringLiteral("truncate=2") << times(3, cases)
                                << QStringList {ok, QStringLiteral("ok truncated"), ok};
    QTest::newRow("stall=3") << QStringLiteral("stall=3") << times(3, cases)
                             << QStringList {ok, ok, QStringLiteral("ok stalled")};
    QTest::newRow("errors are truncated too")
        << QStringLiteral("truncate=2,throttle=2") << times(2, cases)
        << QStringList {ok, throttled + QStringLiteral(" truncated")};
    QTest::newRow("stall before truncate")
        << QStringLiteral("truncate=1,stall=2") << times(2, cases)
        << QStringList {QStringLiteral("ok truncated"), QStringLiteral("ok stalled")};
}

void tst_SandboxFaults::whichRequestFails()
{
    QFETCH(QString, spec);
    QFETCH(QStringList, requests);
    QFETCH(QStringList, outcomes);

    m_service->setFaults(*SandboxFaults::parse(spec));
    QStringList seen;
    for (const QString &name : requests) {
        const SandboxResponse response = m_service->handle(namedRequest(name));
        seen.append(outcome(response));
        QCOMPARE(response.header("x-amzn-ErrorType"), response.errorCode.toLatin1());
        QVERIFY(!response.header("Date").isEmpty());
    }
    QCOMPARE(seen, outcomes);
}

void tst_SandboxFaults::setFaultsCountsAgain()
{
    m_service->setFaults(*SandboxFaults::parse(QStringLiteral("throttle=2")));
    QCOMPARE(m_service->handle(namedRequest(QStringLiteral("cases"))).httpStatus, 200);

    m_service->setFaults(*SandboxFaults::parse(QStringLiteral("throttle=2")));
    QCOMPARE(m_service->handle(namedRequest(QStringLiteral("cases"))).httpStatus, 200);
    QCOMPARE(m_service->handle(namedRequest(QStringLiteral("cases"))).errorCode,
             QStringLiteral("ThrottlingException"));

    m_service->setFaults({});
    QCOMPARE(m_service->handle(namedRequest(QStringLiteral("cases"))).httpStatus, 200);
}

void tst_SandboxFaults::slowDelaysEveryReply()
{
    QCOMPARE(m_service->handle(namedRequest(QStringLiteral("cases"))).delayMs, 0);

    m_service->setFaults(*SandboxFaults::parse(QStringLiteral("slow=1500,throttle=2")));
    for (const QString &name : {QStringLiteral("cases"), QStringLiteral("cases"),
                                QStringLiteral("unsigned"), QStringLiteral("attachment")}) {
        const SandboxResponse response = m_service->handle(namedRequest(name));
        QCOMPARE(response.delayMs, 1500);
        QCOMPARE(response.delivery, SandboxResponse::Delivery::Whole);
    }
}

void tst_SandboxFaults::clockOffsetMovesSigningAndDate()
{
    m_service->setFaults(*SandboxFaults::parse(QStringLiteral("clock=-1200")));
    const QDateTime offsetTime = serverTime.addSecs(-1200);
    QCOMPARE(m_service->now(), offsetTime);

    // A client with the right time is 20 minutes ahead of this server.
    const SandboxResponse refused = m_service->handle(signedRequest("DescribeCases", {}));
    QCOMPARE(refused.errorCode, QStringLiteral("InvalidSignatureException"));
    const QString message = QJsonDocument::fromJson(refused.body)
                                .object()
                                .value(QStringLiteral("message"))
                                .toString();
    QVERIFY2(message.startsWith(QLatin1String("Signature expired")), qPrintable(message));
    QCOMPARE(refused.header("Date"), QByteArray("Sun, 01 Mar 2026 11:40:00 GMT"));

    // One that follows the Date header gets in, and that request is the first one counted.
    m_service->setFaults(*SandboxFaults::parse(QStringLiteral("clock=-1200,throttle=2")));
    const SandboxResponse first = m_service->handle(signedRequest("DescribeCases", {}, offsetTime));
    QCOMPARE(first.httpStatus, 200);
    QCOMPARE(first.header("Date"), QByteArray("Sun, 01 Mar 2026 11:40:00 GMT"));
    const SandboxResponse second
        = m_service->handle(signedRequest("DescribeCases", {}, offsetTime));
    QCOMPARE(second.errorCode, QStringLiteral("ThrottlingException"));
}

void tst_SandboxFaults::repeatedToken_data()
{
    QTest::addColumn<QByteArray>("operation");
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<int>("page");

    const QJsonObject thread {{QStringLiteral("caseId"), longCaseId}};
    const QJsonObject cases {{QStringLiteral("includeCommunications"), false}};
    QTest::newRow("communications, page 2") << QByteArray("DescribeCommunications") << thread << 2;
    QTest::newRow("communications, page 4") << QByteArray("DescribeCommunications") << thread << 4;
    QTest::newRow("cases, page 2") << QByteArray("DescribeCases") << cases << 2;
    QTest::newRow("cases, page 3") << QByteArray("DescribeCases") << cases << 3;
}

void tst_SandboxFaults::repeatedToken()
{
    QFETCH(QByteArray, operation);
    QFETCH(QJsonObject, input);
    QFETCH(int, page);

    m_service->setFaults(*SandboxFaults::parse(QStringLiteral("repeat-token=%1").arg(page)));
    QStringList tokens; // tokens.at(i) is what page i + 1 handed out
    for (int i = 1; i <= page + 2; ++i) {
        QJsonObject pageInput = input;
        if (!tokens.isEmpty())
            pageInput.insert(QStringLiteral("nextToken"), tokens.constLast());
        const SandboxResponse response = m_service->handle(signedRequest(operation, pageInput));
        QCOMPARE(response.httpStatus, 200);
        tokens.append(nextTokenOf(response));
        QVERIFY(!tokens.constLast().isEmpty());
    }

    // Pages before N hand out fresh tokens; page N and every retry of it hand back the last.
    for (int i = 1; i < page - 1; ++i)
        QVERIFY(tokens.at(i) != tokens.at(i - 1));
    for (int i = page - 1; i < tokens.size(); ++i)
        QCOMPARE(tokens.at(i), tokens.at(page - 2));

    // Without the fault, the same walk reaches the end.
    m_service->setFaults({});
    QJsonObject pageInput = input;
    pageInput.insert(QStringLiteral("nextToken"), tokens.at(page - 2));
    const SandboxResponse clean = m_service->handle(signedRequest(operation, pageInput));
    QVERIFY(nextTokenOf(clean) != tokens.at(page - 2));
}

QTEST_GUILESS_MAIN(tst_SandboxFaults)
#include "tst_sandboxfaults.moc"
