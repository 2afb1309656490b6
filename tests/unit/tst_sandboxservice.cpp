#include "SandboxService.h"

#include "SigV4Signer.h"
#include "SupportJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

const QString exampleKeyId = QStringLiteral("AKIDEXAMPLE");
const QString exampleSecret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
const QString longCaseId = QStringLiteral("case-long");
const QDateTime base(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
const QDateTime serverTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

// The fixture: one long case of 25 messages an hour apart, and 22 small cases opened a day
// apart (every third resolved) with 0 to 7 messages each.
constexpr int longCaseSize = 25;
constexpr int smallCaseCount = 22;

QString smallCaseId(int n)
{
    return QStringLiteral("case-small-%1").arg(n, 2, 10, QLatin1Char('0'));
}

bool smallCaseResolved(int n)
{
    return n % 3 == 0;
}

int smallCaseSize(int n)
{
    return n % 8;
}

QString time(const QDateTime &t)
{
    return SupportJson::formatTime(t);
}

QJsonObject communication(const QString &caseId, const QDateTime &created, const QString &body)
{
    QJsonObject json {{QStringLiteral("body"), body},
                      {QStringLiteral("submittedBy"), QStringLiteral("ops@example.com")},
                      {QStringLiteral("timeCreated"), time(created)}};
    if (!caseId.isEmpty())
        json.insert(QStringLiteral("caseId"), caseId);
    return json;
}

QJsonObject caseDetails(const QString &caseId, const QDateTime &created, const QString &status)
{
    return {{QStringLiteral("caseId"), caseId},
            {QStringLiteral("displayId"), caseId.right(2)},
            {QStringLiteral("subject"), QStringLiteral("Subject of ") + caseId},
            {QStringLiteral("status"), status},
            {QStringLiteral("timeCreated"), time(created)}};
}

bool writeJson(const QString &path, const QJsonObject &json)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(json).toJson()) >= 0
        && file.commit();
}

QJsonObject caseFile(const QJsonObject &details, const QJsonArray &communications,
                     const QJsonArray &attachments = {})
{
    return {{QStringLiteral("case"), details},
            {QStringLiteral("communications"), communications},
            {QStringLiteral("attachments"), attachments}};
}

// Messages are written in a scrambled order, half without their caseId, as datasets may be.
QJsonObject longCaseFile()
{
    QJsonArray communications;
    for (int i = 0; i < longCaseSize; ++i) {
        const int n = (i * 7) % longCaseSize;
        communications.append(communication(n % 2 ? longCaseId : QString(), base.addSecs(n * 3600),
                                            QStringLiteral("message %1").arg(n)));
    }
    return caseFile(caseDetails(longCaseId, base.addDays(-1), QStringLiteral("opened")),
                    communications);
}

QJsonObject smallCaseFile(int n)
{
    const QString id = smallCaseId(n);
    QJsonArray communications;
    for (int k = 0; k < smallCaseSize(n); ++k)
        communications.append(communication(id, base.addDays(n).addSecs(k * 60),
                                            QStringLiteral("%1 says %2").arg(id).arg(k)));

    QJsonArray attachments;
    if (n == 1) {
        QJsonObject first = communications.at(0).toObject();
        first.insert(
            QStringLiteral("attachmentSet"),
            QJsonArray {QJsonObject {{QStringLiteral("attachmentId"), QStringLiteral("att-1")},
                                     {QStringLiteral("fileName"), QStringLiteral("trace.txt")}}});
        communications.replace(0, first);
        attachments.append(
            QJsonObject {{QStringLiteral("attachmentId"), QStringLiteral("att-1")},
                         {QStringLiteral("fileName"), QStringLiteral("trace.txt")},
                         {QStringLiteral("data"),
                          QString::fromLatin1(QByteArray("hello\0world", 11).toBase64())}});
    }

    const QString status = smallCaseResolved(n) ? QStringLiteral("resolved")
                                                : QStringLiteral("pending-customer-action");
    return caseFile(caseDetails(id, base.addDays(n), status), communications, attachments);
}

/// How a test request is signed.
struct Signing
{
    QString keyId = exampleKeyId;
    QString secret = exampleSecret;
    QString region = QStringLiteral("us-east-1");
    QString service = QStringLiteral("support");
    QDateTime time = serverTime;
};

SandboxRequest unsignedRequest(const QByteArray &operation, const QByteArray &body)
{
    SandboxRequest request;
    request.method = "POST";
    request.headers = {{"Host", "127.0.0.1:4567"},
                       {"Content-Type", "application/x-amz-json-1.1"},
                       {"X-Amz-Target", "AWSSupport_20130415." + operation}};
    request.body = body;
    return request;
}

void sign(SandboxRequest *request, const Signing &signing = {})
{
    const SigV4Signer signer(signing.region, signing.service);
    const SigV4Request toSign {request->method, request->path, request->query, request->headers,
                               request->body};
    const SigV4Signature signature
        = signer.sign(toSign, {signing.keyId, signing.secret, {}, {}}, signing.time);
    request->headers += signature.headersToAdd;
}

SandboxRequest signedRequest(const QByteArray &operation, const QJsonObject &input,
                             const Signing &signing = {})
{
    SandboxRequest request
        = unsignedRequest(operation, QJsonDocument(input).toJson(QJsonDocument::Compact));
    sign(&request, signing);
    return request;
}

QJsonObject bodyOf(const SandboxResponse &response)
{
    return QJsonDocument::fromJson(response.body).object();
}

QStringList bodiesOf(const QJsonArray &communications)
{
    QStringList bodies;
    for (const QJsonValue &value : communications)
        bodies.append(value.toObject().value(QStringLiteral("body")).toString());
    return bodies;
}

QStringList caseIdsOf(const QJsonArray &cases)
{
    QStringList ids;
    for (const QJsonValue &value : cases)
        ids.append(value.toObject().value(QStringLiteral("caseId")).toString());
    return ids;
}

// The long case's bodies, newest first, whose hour lies in [fromHour, toHour).
QStringList longCaseBodies(int fromHour = 0, int toHour = longCaseSize)
{
    QStringList bodies;
    for (int n = toHour - 1; n >= fromHour; --n)
        bodies.append(QStringLiteral("message %1").arg(n));
    return bodies;
}

QStringList smallCaseIds(bool includeResolved)
{
    QStringList ids;
    for (int n = smallCaseCount - 1; n >= 0; --n) {
        if (includeResolved || !smallCaseResolved(n))
            ids.append(smallCaseId(n));
    }
    return ids;
}

} // namespace

Q_DECLARE_METATYPE(Signing)
Q_DECLARE_METATYPE(SandboxRequest)

class tst_SandboxService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void datasetSortsAndCompletesCommunications();
    void datasetRejectsBadFiles_data();
    void datasetRejectsBadFiles();
    void datasetRefusesDevicesAndFifos();
    void demoDatasetLoads();

    void communicationPages_data();
    void communicationPages();
    void maxResultsBounds_data();
    void maxResultsBounds();
    void timeFilters_data();
    void timeFilters();
    void foreignTokensAreRefused_data();
    void foreignTokensAreRefused();

    void casesLeaveOutResolvedByDefault_data();
    void casesLeaveOutResolvedByDefault();
    void casePages();
    void caseFilters_data();
    void caseFilters();
    void recentCommunications_data();
    void recentCommunications();
    void recentTokenContinuesTheThread();
    void withoutCommunications();
    void caseIdListLimit_data();
    void caseIdListLimit();

    void attachment();

    void errors_data();
    void errors();
    void signatures_data();
    void signatures();
    void everyReplyIsLabelled();

private:
    SandboxResponse call(const QByteArray &operation, const QJsonObject &input)
    {
        return m_service.handle(signedRequest(operation, input));
    }

    QTemporaryDir m_dir;
    SandboxService m_service;
};

void tst_SandboxService::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("cases")));
    QVERIFY(writeJson(m_dir.filePath(QStringLiteral("cases/long.json")), longCaseFile()));
    for (int n = 0; n < smallCaseCount; ++n) {
        QVERIFY(writeJson(m_dir.filePath(QStringLiteral("cases/%1.json").arg(smallCaseId(n))),
                          smallCaseFile(n)));
    }

    SandboxDataset dataset;
    QString problem;
    QVERIFY2(dataset.loadDirectory(m_dir.path(), &problem), qPrintable(problem));
    m_service.setDataset(std::move(dataset));
    m_service.setClock([] { return serverTime; });
}

void tst_SandboxService::datasetSortsAndCompletesCommunications()
{
    const SandboxDataset &dataset = m_service.dataset();
    QCOMPARE(dataset.cases().size(), smallCaseCount + 1);
    QCOMPARE(dataset.cases().constFirst().details.caseId, smallCaseId(smallCaseCount - 1));
    QCOMPARE(dataset.cases().constLast().details.caseId, longCaseId);

    const SandboxCase *longCase = dataset.findCase(longCaseId);
    QVERIFY(longCase);
    QStringList bodies;
    for (const Communication &communication : longCase->communications) {
        QCOMPARE(communication.caseId, longCaseId);
        bodies.append(communication.body);
    }
    QCOMPARE(bodies, longCaseBodies());
}

void tst_SandboxService::datasetRejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");

    const QJsonObject good
        = caseFile(caseDetails(QStringLiteral("c"), base, QStringLiteral("opened")),
                   {communication({}, base, QStringLiteral("hi"))});
    const auto bytes = [](QJsonObject json) {
        return QJsonDocument(json).toJson();
    };
    const auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject json = good;
        json.insert(key, value);
        return bytes(json);
    };
    const auto withMessage = [&](const QString &key, const QJsonValue &value) {
        QJsonObject message = communication({}, base, QStringLiteral("hi"));
        if (value.isUndefined())
            message.remove(key);
        else
            message.insert(key, value);
        return with(QStringLiteral("communications"), QJsonArray {message});
    };

    QTest::newRow("not JSON") << QByteArray("{\"case\":") << "not valid JSON";
    QTest::newRow("not an object") << QByteArray("[]") << "not hold a JSON object";
    QTest::newRow("no case") << bytes({{QStringLiteral("communications"), QJsonArray()}})
                             << "\"case\" is missing";
    QTest::newRow("misspelt key") << with(QStringLiteral("comunications"), QJsonArray())
                                  << "unknown key \"comunications\"";
    QTest::newRow("case without time") << with(
        QStringLiteral("case"), QJsonObject {{QStringLiteral("caseId"), QStringLiteral("c")}})
                                       << "timeCreated";
    QTest::newRow("message of another case")
        << withMessage(QStringLiteral("caseId"), QStringLiteral("other"))
        << "communication 1 belongs to case other";
    QTest::newRow("message without time")
        << withMessage(QStringLiteral("timeCreated"), QJsonValue::Undefined)
        << "communication 1 has no readable \"timeCreated\"";
    QTest::newRow("empty body") << withMessage(QStringLiteral("body"), QString())
                                << "body of 0 characters";
    QTest::newRow("body too long")
        << withMessage(QStringLiteral("body"), QString(8001, u'x')) << "body of 8001 characters";
    QTest::newRow("missing attachment") << withMessage(
        QStringLiteral("attachmentSet"),
        QJsonArray {QJsonObject {{QStringLiteral("attachmentId"), QStringLiteral("a")},
                                 {QStringLiteral("fileName"), QStringLiteral("f")}}})
                                        << "lists attachment a";
    QTest::newRow("bad base64") << with(
        QStringLiteral("attachments"),
        QJsonArray {QJsonObject {{QStringLiteral("attachmentId"), QStringLiteral("a")},
                                 {QStringLiteral("fileName"), QStringLiteral("f")},
                                 {QStringLiteral("data"), QStringLiteral("**")}}})
                                << "attachment 1 has no \"data\" in base64";
    QTest::newRow("duplicate case") << bytes(good) << "also defined in another file";
}

void tst_SandboxService::datasetRejectsBadFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("cases")));
    const QJsonObject good
        = caseFile(caseDetails(QStringLiteral("c"), base, QStringLiteral("opened")),
                   {communication({}, base, QStringLiteral("hi"))});
    QVERIFY(writeJson(dir.filePath(QStringLiteral("cases/a-good.json")), good));
    QFile bad(dir.filePath(QStringLiteral("cases/b-bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(content);
    bad.close();

    SandboxDataset dataset;
    QString problem;
    QVERIFY(!dataset.loadDirectory(dir.path(), &problem));
    QVERIFY2(problem.contains(QLatin1String("b-bad.json")), qPrintable(problem));
    QVERIFY2(problem.contains(reason), qPrintable(problem));
    QVERIFY(dataset.isEmpty());
}

void tst_SandboxService::datasetRefusesDevicesAndFifos()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("cases")));
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), dir.filePath(QStringLiteral("cases/z.json"))));

    SandboxDataset dataset;
    QString problem;
    QVERIFY(!dataset.loadDirectory(dir.path(), &problem));  // and returns: nothing read forever
    QVERIFY2(problem.contains(QLatin1String("z.json")), qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("not a regular file")), qPrintable(problem));
}

void tst_SandboxService::demoDatasetLoads()
{
    SandboxDataset dataset;
    QString problem;
    QVERIFY2(dataset.loadDemo(&problem), qPrintable(problem));
    QVERIFY(!dataset.isEmpty());
    for (const SandboxCase &supportCase : dataset.cases()) {
        const QList<Communication> &thread = supportCase.communications;
        QVERIFY(std::is_sorted(thread.cbegin(), thread.cend(), [](const auto &a, const auto &b) {
            return a.timeCreated > b.timeCreated;
        }));
    }
}

void tst_SandboxService::communicationPages_data()
{
    QTest::addColumn<QJsonValue>("maxResults");
    QTest::addColumn<QList<int>>("pageSizes");

    QTest::newRow("default is 10") << QJsonValue() << QList<int> {10, 10, 5};
    QTest::newRow("10") << QJsonValue(10) << QList<int> {10, 10, 5};
    QTest::newRow("13") << QJsonValue(13) << QList<int> {13, 12};
    QTest::newRow("25, one full page") << QJsonValue(25) << QList<int> {25};
    QTest::newRow("100") << QJsonValue(100) << QList<int> {25};
}

void tst_SandboxService::communicationPages()
{
    QFETCH(QJsonValue, maxResults);
    QFETCH(QList<int>, pageSizes);

    QJsonObject input {{QStringLiteral("caseId"), longCaseId}};
    if (!maxResults.isNull())
        input.insert(QStringLiteral("maxResults"), maxResults);

    QStringList bodies;
    QList<int> sizes;
    QString token;
    do {
        if (!token.isEmpty())
            input.insert(QStringLiteral("nextToken"), token);
        const SandboxResponse response = call("DescribeCommunications", input);
        QCOMPARE(response.httpStatus, 200);
        const QJsonObject page = bodyOf(response);
        const QJsonArray communications = page.value(QStringLiteral("communications")).toArray();
        sizes.append(communications.size());
        bodies += bodiesOf(communications);
        token = page.value(QStringLiteral("nextToken")).toString();
        QCOMPARE(page.contains(QStringLiteral("nextToken")), !token.isEmpty());
    } while (!token.isEmpty() && sizes.size() < 10);

    QCOMPARE(sizes, pageSizes);
    QCOMPARE(bodies, longCaseBodies());
}

void tst_SandboxService::maxResultsBounds_data()
{
    QTest::addColumn<QByteArray>("operation");
    QTest::addColumn<QJsonValue>("maxResults");
    QTest::addColumn<QString>("errorCode");

    for (const QByteArray operation : {"DescribeCommunications", "DescribeCases"}) {
        const auto row = [&](const char *name) -> QTestData & {
            return QTest::addRow("%s %s", operation.constData(), name) << operation;
        };
        row("9") << QJsonValue(9) << QStringLiteral("ValidationException");
        row("10") << QJsonValue(10) << QString();
        row("100") << QJsonValue(100) << QString();
        row("101") << QJsonValue(101) << QStringLiteral("ValidationException");
        row("fraction") << QJsonValue(10.5) << QStringLiteral("SerializationException");
        row("text") << QJsonValue(QStringLiteral("10")) << QStringLiteral("SerializationException");
    }
}

void tst_SandboxService::maxResultsBounds()
{
    QFETCH(QByteArray, operation);
    QFETCH(QJsonValue, maxResults);
    QFETCH(QString, errorCode);

    QJsonObject input {{QStringLiteral("maxResults"), maxResults}};
    if (operation == "DescribeCommunications")
        input.insert(QStringLiteral("caseId"), longCaseId);

    const SandboxResponse response = call(operation, input);
    QCOMPARE(response.errorCode, errorCode);
    QCOMPARE(response.httpStatus, errorCode.isEmpty() ? 200 : 400);
    if (errorCode.isEmpty()) {
        const QString list = operation == "DescribeCases" ? QStringLiteral("cases")
                                                          : QStringLiteral("communications");
        QCOMPARE(bodyOf(response).value(list).toArray().size(),
                 std::min(maxResults.toInt(), operation == "DescribeCases" ? 15 : longCaseSize));
    }
}

void tst_SandboxService::timeFilters_data()
{
    QTest::addColumn<QString>("afterTime");
    QTest::addColumn<QString>("beforeTime");
    QTest::addColumn<QStringList>("bodies");

    const auto at = [](int hour) {
        return time(base.addSecs(hour * 3600));
    };
    QTest::newRow("none") << QString() << QString() << longCaseBodies();
    QTest::newRow("after, inclusive") << at(20) << QString() << longCaseBodies(20);
    QTest::newRow("before, exclusive") << QString() << at(3) << longCaseBodies(0, 3);
    QTest::newRow("window of 14") << at(5) << at(19) << longCaseBodies(5, 19);
    QTest::newRow("between two messages")
        << time(base.addSecs(5 * 3600 + 1)) << time(base.addSecs(7 * 3600 - 1))
        << longCaseBodies(6, 7);
    QTest::newRow("upside down") << at(10) << at(5) << QStringList();
    QTest::newRow("after the last") << at(30) << QString() << QStringList();
    QTest::newRow("no milliseconds")
        << QStringLiteral("2026-01-01T20:00:00Z") << QString() << longCaseBodies(20);
    QTest::newRow("offset") << QStringLiteral("2026-01-01T22:00:00+02:00") << QString()
                            << longCaseBodies(20);
}

void tst_SandboxService::timeFilters()
{
    QFETCH(QString, afterTime);
    QFETCH(QString, beforeTime);
    QFETCH(QStringList, bodies);

    QJsonObject input {{QStringLiteral("caseId"), longCaseId}};
    if (!afterTime.isEmpty())
        input.insert(QStringLiteral("afterTime"), afterTime);
    if (!beforeTime.isEmpty())
        input.insert(QStringLiteral("beforeTime"), beforeTime);

    QStringList received;
    QString token;
    do {
        input.insert(QStringLiteral("nextToken"), token);
        const SandboxResponse response = call("DescribeCommunications", input);
        QCOMPARE(response.httpStatus, 200);
        received += bodiesOf(bodyOf(response).value(QStringLiteral("communications")).toArray());
        token = bodyOf(response).value(QStringLiteral("nextToken")).toString();
    } while (!token.isEmpty());
    QCOMPARE(received, bodies);
}

void tst_SandboxService::foreignTokensAreRefused_data()
{
    QTest::addColumn<QByteArray>("operation");
    QTest::addColumn<QJsonObject>("input");

    const QJsonObject page1 {{QStringLiteral("caseId"), longCaseId}};
    const SandboxResponse first = call("DescribeCommunications", page1);
    const QString token = bodyOf(first).value(QStringLiteral("nextToken")).toString();
    QVERIFY(!token.isEmpty());

    const auto withToken = [](QJsonObject input, const QString &nextToken) {
        input.insert(QStringLiteral("nextToken"), nextToken);
        return input;
    };
    const QJsonObject filtered {{QStringLiteral("caseId"), longCaseId},
                                {QStringLiteral("afterTime"), time(base)}};
    const QByteArray forged = QByteArray("{\"o\":5000,\"q\":\"0000000000000000\"}")
                                  .toBase64(QByteArray::Base64UrlEncoding);

    QTest::newRow("garbage") << QByteArray("DescribeCommunications")
                             << withToken(page1, QStringLiteral("not a token!"));
    QTest::newRow("forged") << QByteArray("DescribeCommunications")
                            << withToken(page1, QString::fromLatin1(forged));
    QTest::newRow("other filters")
        << QByteArray("DescribeCommunications") << withToken(filtered, token);
    QTest::newRow("other operation") << QByteArray("DescribeCases") << withToken({}, token);
}

void tst_SandboxService::foreignTokensAreRefused()
{
    QFETCH(QByteArray, operation);
    QFETCH(QJsonObject, input);

    const SandboxResponse response = call(operation, input);
    QCOMPARE(response.httpStatus, 400);
    QCOMPARE(response.errorCode, QStringLiteral("ValidationException"));
    QVERIFY(bodyOf(response)
                .value(QStringLiteral("message"))
                .toString()
                .contains(QLatin1String("invalid nextToken")));
}

void tst_SandboxService::casesLeaveOutResolvedByDefault_data()
{
    QTest::addColumn<QJsonValue>("includeResolvedCases");
    QTest::addColumn<QStringList>("caseIds");

    QTest::newRow("absent") << QJsonValue() << smallCaseIds(false) + QStringList {longCaseId};
    QTest::newRow("false") << QJsonValue(false) << smallCaseIds(false) + QStringList {longCaseId};
    QTest::newRow("true") << QJsonValue(true) << smallCaseIds(true) + QStringList {longCaseId};
}

void tst_SandboxService::casesLeaveOutResolvedByDefault()
{
    QFETCH(QJsonValue, includeResolvedCases);
    QFETCH(QStringList, caseIds);

    QJsonObject input {{QStringLiteral("maxResults"), 100}};
    if (!includeResolvedCases.isNull())
        input.insert(QStringLiteral("includeResolvedCases"), includeResolvedCases);

    const SandboxResponse response = call("DescribeCases", input);
    QCOMPARE(response.httpStatus, 200);
    QCOMPARE(caseIdsOf(bodyOf(response).value(QStringLiteral("cases")).toArray()), caseIds);
    QVERIFY(!bodyOf(response).contains(QStringLiteral("nextToken")));
}

void tst_SandboxService::casePages()
{
    QJsonObject input {{QStringLiteral("includeResolvedCases"), true}};
    QStringList ids;
    QList<int> sizes;
    QString token;
    do {
        input.insert(QStringLiteral("nextToken"), token);
        const QJsonObject page = bodyOf(call("DescribeCases", input));
        const QJsonArray cases = page.value(QStringLiteral("cases")).toArray();
        sizes.append(cases.size());
        ids += caseIdsOf(cases);
        token = page.value(QStringLiteral("nextToken")).toString();
    } while (!token.isEmpty() && sizes.size() < 10);

    QCOMPARE(sizes, (QList<int> {10, 10, 3}));
    QCOMPARE(ids, smallCaseIds(true) + QStringList {longCaseId});
}

void tst_SandboxService::caseFilters_data()
{
    QTest::addColumn<QJsonObject>("input");
    QTest::addColumn<QStringList>("caseIds");

    const QJsonArray someIds {smallCaseId(2), smallCaseId(3), longCaseId, smallCaseId(2)};
    QTest::newRow("caseIdList, newest first, resolved left out")
        << QJsonObject {{QStringLiteral("caseIdList"), someIds}}
        << QStringList {smallCaseId(2), longCaseId};
    QTest::newRow("caseIdList with resolved")
        << QJsonObject {{QStringLiteral("caseIdList"), someIds},
                        {QStringLiteral("includeResolvedCases"), true}}
        << QStringList {smallCaseId(3), smallCaseId(2), longCaseId};
    QTest::newRow("displayId") << QJsonObject {{QStringLiteral("displayId"), QStringLiteral("05")}}
                               << QStringList {smallCaseId(5)};
    QTest::newRow("after, inclusive")
        << QJsonObject {{QStringLiteral("afterTime"), time(base.addDays(19))}}
        << QStringList {smallCaseId(20), smallCaseId(19)};
    QTest::newRow("before, exclusive")
        << QJsonObject {{QStringLiteral("beforeTime"), time(base.addDays(2))}}
        << QStringList {smallCaseId(1), longCaseId};
    QTest::newRow("language is ignored")
        << QJsonObject {{QStringLiteral("language"), QStringLiteral("ja")},
                        {QStringLiteral("caseIdList"), QJsonArray {longCaseId}}}
        << QStringList {longCaseId};
}

void tst_SandboxService::caseFilters()
{
    QFETCH(QJsonObject, input);
    QFETCH(QStringList, caseIds);

    const SandboxResponse response = call("DescribeCases", input);
    QCOMPARE(response.httpStatus, 200);
    QCOMPARE(caseIdsOf(bodyOf(response).value(QStringLiteral("cases")).toArray()), caseIds);
}

void tst_SandboxService::recentCommunications_data()
{
    QTest::addColumn<int>("caseNumber");

    for (int n = 0; n < 8; ++n)
        QTest::addRow("%d messages", smallCaseSize(n)) << n;
}

void tst_SandboxService::recentCommunications()
{
    QFETCH(int, caseNumber);

    const QJsonObject input {{QStringLiteral("caseIdList"), QJsonArray {smallCaseId(caseNumber)}},
                             {QStringLiteral("includeResolvedCases"), true}};
    const QJsonArray cases
        = bodyOf(call("DescribeCases", input)).value(QStringLiteral("cases")).toArray();
    QCOMPARE(cases.size(), 1);
    const QJsonObject recent
        = cases.at(0).toObject().value(QStringLiteral("recentCommunications")).toObject();

    QStringList expected;
    for (int k = smallCaseSize(caseNumber) - 1; k >= 0 && expected.size() < 5; --k)
        expected.append(QStringLiteral("%1 says %2").arg(smallCaseId(caseNumber)).arg(k));
    QCOMPARE(bodiesOf(recent.value(QStringLiteral("communications")).toArray()), expected);
    QCOMPARE(recent.contains(QStringLiteral("nextToken")), smallCaseSize(caseNumber) > 5);
}

void tst_SandboxService::recentTokenContinuesTheThread()
{
    const QJsonObject input {{QStringLiteral("caseIdList"), QJsonArray {longCaseId}}};
    const QJsonObject recent = bodyOf(call("DescribeCases", input))
                                   .value(QStringLiteral("cases"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("recentCommunications"))
                                   .toObject();
    const QString token = recent.value(QStringLiteral("nextToken")).toString();
    QVERIFY(!token.isEmpty());

    const SandboxResponse next = call("DescribeCommunications",
                                      {{QStringLiteral("caseId"), longCaseId},
                                       {QStringLiteral("nextToken"), token},
                                       {QStringLiteral("maxResults"), 100}});
    QCOMPARE(next.httpStatus, 200);
    QCOMPARE(bodiesOf(recent.value(QStringLiteral("communications")).toArray())
                 + bodiesOf(bodyOf(next).value(QStringLiteral("communications")).toArray()),
             longCaseBodies());
}

void tst_SandboxService::withoutCommunications()
{
    const QJsonObject input {{QStringLiteral("includeCommunications"), false}};
    const QJsonArray cases
        = bodyOf(call("DescribeCases", input)).value(QStringLiteral("cases")).toArray();
    QCOMPARE(cases.size(), 10);
    for (const QJsonValue &supportCase : cases) {
        QVERIFY(!supportCase.toObject().contains(QStringLiteral("recentCommunications")));
        QVERIFY(supportCase.toObject().contains(QStringLiteral("subject")));
    }
}

void tst_SandboxService::caseIdListLimit_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("errorCode");

    QTest::newRow("100") << 100 << QString();
    QTest::newRow("101") << 101 << QStringLiteral("ValidationException");
}

void tst_SandboxService::caseIdListLimit()
{
    QFETCH(int, count);
    QFETCH(QString, errorCode);

    QJsonArray ids;
    for (int i = 0; i < count; ++i)
        ids.append(i % 2 ? longCaseId : smallCaseId(i % smallCaseCount));
    const SandboxResponse response = call("DescribeCases", {{QStringLiteral("caseIdList"), ids}});
    QCOMPARE(response.errorCode, errorCode);
}

void tst_SandboxService::attachment()
{
    const SandboxResponse response
        = call("DescribeAttachment", {{QStringLiteral("attachmentId"), QStringLiteral("att-1")}});
    QCOMPARE(response.httpStatus, 200);
    const QJsonObject attachment = bodyOf(response).value(QStringLiteral("attachment")).toObject();
    QCOMPARE(attachment.value(QStringLiteral("fileName")).toString(), QStringLiteral("trace.txt"));
    QCOMPARE(QByteArray::fromBase64(attachment.value(QStringLiteral("data")).toString().toLatin1()),
             QByteArray("hello\0world", 11));
}

void tst_SandboxService::errors_data()
{
    QTest::addColumn<SandboxRequest>("request");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("errorCode");

    const auto describe = [](const QByteArray &operation, const QJsonObject &input) {
        return signedRequest(operation, input);
    };
    const auto row = [](const char *name, const SandboxRequest &request, const char *code) {
        QTest::newRow(name) << request << 400 << QString::fromLatin1(code);
    };

    row("unknown operation", describe("CreateCase", {}), "UnknownOperationException");
    SandboxRequest get = unsignedRequest("DescribeCases", {});
    get.method = "GET";
    sign(&get);
    row("GET", get, "UnknownOperationException");

    SandboxRequest plainText = unsignedRequest("DescribeCases", "{}");
    plainText.headers[1].second = "text/plain";
    sign(&plainText);
    row("wrong content type", plainText, "SerializationException");
    SandboxRequest notJson = unsignedRequest("DescribeCases", "{caseId:");
    sign(&notJson);
    row("body not JSON", notJson, "SerializationException");
    SandboxRequest array = unsignedRequest("DescribeCases", "[]");
    sign(&array);
    row("body an array", array, "SerializationException");
    row("caseId of the wrong type",
        describe("DescribeCommunications", {{QStringLiteral("caseId"), 5}}),
        "SerializationException");

    row("caseId missing", describe("DescribeCommunications", {}), "ValidationException");
    row("afterTime unreadable",
        describe("DescribeCommunications",
                 {{QStringLiteral("caseId"), longCaseId},
                  {QStringLiteral("afterTime"), QStringLiteral("soon")}}),
        "ValidationException");
    row("attachmentId missing", describe("DescribeAttachment", {}), "ValidationException");
    row("unknown case in DescribeCommunications",
        describe("DescribeCommunications", {{QStringLiteral("caseId"), QStringLiteral("nope")}}),
        "CaseIdNotFound");
    row("unknown case in caseIdList",
        describe("DescribeCases",
                 {{QStringLiteral("caseIdList"), QJsonArray {longCaseId, QStringLiteral("nope")}}}),
        "CaseIdNotFound");
    row("unknown attachment",
        describe("DescribeAttachment", {{QStringLiteral("attachmentId"), QStringLiteral("nope")}}),
        "AttachmentIdNotFound");

    row("no Authorization", unsignedRequest("DescribeCases", "{}"),
        "MissingAuthenticationToken");
    SandboxRequest garbled = unsignedRequest("DescribeCases", "{}");
    garbled.headers.append(
        {QByteArray("Authorization"), "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE"});
    garbled.headers.append({QByteArray("X-Amz-Date"), "20260301T120000Z"});
    row("garbled Authorization", garbled, "IncompleteSignatureException");
    SandboxRequest noDate = describe("DescribeCases", {});
    noDate.headers.removeIf([](const auto &header) { return header.first == "X-Amz-Date"; });
    row("no X-Amz-Date", noDate, "IncompleteSignatureException");
}

void tst_SandboxService::errors()
{
    QFETCH(SandboxRequest, request);
    QFETCH(int, httpStatus);
    QFETCH(QString, errorCode);

    const SandboxResponse response = m_service.handle(request);
    QCOMPARE(response.httpStatus, httpStatus);
    QCOMPARE(response.errorCode, errorCode);
    QCOMPARE(response.header("x-amzn-ErrorType"), errorCode.toLatin1());
    const QJsonObject body = bodyOf(response);
    QCOMPARE(body.value(QStringLiteral("__type")).toString(), errorCode);
    QVERIFY(!body.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(!QUuid::fromString(QLatin1String(response.header("x-amzn-RequestId"))).isNull());
    QCOMPARE(response.header("content-type"), QByteArray("application/x-amz-json-1.1"));
}

void tst_SandboxService::signatures_data()
{
    QTest::addColumn<Signing>("signing");
    QTest::addColumn<QByteArray>("tamperedBody");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("messageStart");

    const auto signing = [](auto change) {
        Signing s;
        change(s);
        return s;
    };
    const QString invalid = QStringLiteral("InvalidSignatureException");

    QTest::newRow("good") << Signing() << QByteArray() << QString() << QString();
    QTest::newRow("other region") << signing(
        [](Signing &s) { s.region = QStringLiteral("eu-west-1"); })
                                  << QByteArray() << QString() << QString();
    QTest::newRow("added key") << signing([](Signing &s) {
        s.keyId = QStringLiteral("AKIDSECOND");
        s.secret = QStringLiteral("second-secret");
    }) << QByteArray() << QString()
                               << QString();
    QTest::newRow("4 minutes slow")
        << signing([](Signing &s) { s.time = serverTime.addSecs(-240); }) << QByteArray()
        << QString() << QString();
    QTest::newRow("wrong secret") << signing([](Signing &s) {
        s.secret = QStringLiteral("not-the-secret");
    }) << QByteArray() << invalid << QString();
    QTest::newRow("unknown key") << signing([](Signing &s) {
        s.keyId = QStringLiteral("AKIDNOPE");
    }) << QByteArray() << QStringLiteral("UnrecognizedClientException")
                                 << QString();
    QTest::newRow("body changed after signing")
        << Signing() << QByteArray("{\"maxResults\":11}") << invalid << QString();
    QTest::newRow("other service") << signing([](Signing &s) { s.service = QStringLiteral("ec2"); })
                                   << QByteArray() << invalid << QString();
    QTest::newRow("expired, 6 minutes slow")
        << signing([](Signing &s) { s.time = serverTime.addSecs(-360); }) << QByteArray() << invalid
        << QStringLiteral("Signature expired");
    QTest::newRow("expired, 6 minutes fast")
        << signing([](Signing &s) { s.time = serverTime.addSecs(360); }) << QByteArray() << invalid
        << QStringLiteral("Signature expired");
}

void tst_SandboxService::signatures()
{
    QFETCH(Signing, signing);
    QFETCH(QByteArray, tamperedBody);
    QFETCH(QString, errorCode);
    QFETCH(QString, messageStart);

    SandboxService service;
    service.setDataset(m_service.dataset());
    service.setClock([] { return serverTime; });
    service.addKey(QStringLiteral("AKIDSECOND"), QStringLiteral("second-secret"));

    SandboxRequest request = signedRequest("DescribeCases", {}, signing);
    if (!tamperedBody.isEmpty())
        request.body = tamperedBody;
    const SandboxResponse response = service.handle(request);

    QCOMPARE(response.errorCode, errorCode);
    QCOMPARE(response.httpStatus, errorCode.isEmpty() ? 200 : 400);
    QCOMPARE(response.operation, QStringLiteral("DescribeCases"));
    const QString message = bodyOf(response).value(QStringLiteral("message")).toString();
    if (!messageStart.isEmpty())
        QVERIFY2(message.startsWith(messageStart), qPrintable(message));
    else if (errorCode == QLatin1String("InvalidSignatureException"))
        QVERIFY2(!message.startsWith(QLatin1String("Signature expired")), qPrintable(message));
}

void tst_SandboxService::everyReplyIsLabelled()
{
    const SandboxResponse first = call("DescribeCases", {});
    const SandboxResponse second = call("DescribeCases", {});
    QCOMPARE(first.httpStatus, 200);
    QCOMPARE(first.header("Content-Type"), QByteArray("application/x-amz-json-1.1"));
    QVERIFY(first.header("x-amzn-ErrorType").isNull());
    QVERIFY(!QUuid::fromString(QLatin1String(first.header("x-amzn-RequestId"))).isNull());
    QCOMPARE(first.requestId, first.header("x-amzn-RequestId"));
    QVERIFY(first.requestId != second.requestId);
    QCOMPARE(first.header("Date"), QByteArray("Sun, 01 Mar 2026 12:00:00 GMT"));
}

QTEST_GUILESS_MAIN(tst_SandboxService)
#include "tst_sandboxservice.moc"
