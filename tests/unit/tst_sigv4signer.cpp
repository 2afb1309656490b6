// Tests of SigV4Signer, driven by the public SigV4 vectors in
// CASEBOOK_SHARED_DIR/conformance/sigv4 (one folder per case) and by cases of Casebook's own.
//
// Each vector is checked step by step: canonical request, string to sign, signature, and the
// Authorization line of header-signed-request.txt. Only the header form is used: the query-*.txt
// files describe presigned URLs, which Casebook never makes.
//
// vectorSteps() passes every vector through the public step functions. vectorSign() passes them
// through sign() and skips, with the reason in the skip message:
// - get-relative-unnormalized, get-relative-relative-unnormalized,
//   get-slash-dot-slash-unnormalized, get-slash-pointless-dot-unnormalized,
//   get-slash-unnormalized, get-slashes-unnormalized: their canonical URI keeps dot segments or
//   repeated slashes, as S3 signs it; sign() always normalises, as every other service expects.
// - post-sts-header-after: it sends the session token unsigned; sign() always signs the token,
//   as get-vanilla-with-session-token and post-sts-header-before do.

#include "SigV4Signer.h"

#include <QtTest>

#include <QByteArrayList>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QTimeZone>

#include <algorithm>

namespace {

using Header = std::pair<QByteArray, QByteArray>;

const char secretKey[] = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const char sessionToken[] = "FwoGZXIvYXdzEXAMPLETOKEN";

/// One vector folder, read into the signer's types.
struct Vector
{
    SigV4Request request; ///< the headers a caller hands in, before signing
    AwsCredentials credentials;
    QString region;
    QString service;
    QDateTime timestamp;
    bool normalize = true;
    bool omitSessionToken = false;
};

QString vectorsRoot()
{
    return QDir::cleanPath(QStringLiteral(CASEBOOK_SHARED_DIR "/conformance/sigv4"));
}

QByteArray readVectorFile(const QString &folder, const char *name)
{
    QFile file(QDir(folder).filePath(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void parseRequestLine(const QByteArray &line, SigV4Request &request)
{
    // The target may hold spaces ("/example space/"): it runs from the first space to the last.
    const qsizetype methodEnd = line.indexOf(' ');
    const qsizetype targetEnd = line.lastIndexOf(' ');
    QVERIFY2(methodEnd > 0 && targetEnd > methodEnd, line.constData());

    request.method = line.first(methodEnd);
    const QByteArray target = line.sliced(methodEnd + 1, targetEnd - methodEnd - 1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.first(question);
    request.query = question < 0 ? QByteArray() : target.sliced(question + 1);
}

// A request line, header lines, a blank line and the body. A line that starts with whitespace
// continues the previous header; the line break becomes a space, as HTTP unfolds it.
void parseHttpMessage(QByteArray text, SigV4Request &request)
{
    text.replace("\r\n", "\n");
    const qsizetype blank = text.indexOf("\n\n");
    request.body = blank < 0 ? QByteArray() : text.sliced(blank + 2);

    QByteArrayList lines = (blank < 0 ? text : text.first(blank)).split('\n');
    parseRequestLine(lines.takeFirst(), request);
    if (QTest::currentTestFailed())
        return;

    for (const QByteArray &line : std::as_const(lines)) {
        if (line.isEmpty())
            continue;
        if (line.front() == ' ' || line.front() == '\t') {
            QVERIFY2(!request.headers.isEmpty(), line.constData());
            request.headers.last().second += ' ' + line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        QVERIFY2(colon > 0, line.constData());
        request.headers.append({line.first(colon), line.sliced(colon + 1)});
    }
}

void parseContext(const QByteArray &json, Vector &vector)
{
    QJsonParseError error;
    const QJsonObject context = QJsonDocument::fromJson(json, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

    const QJsonObject credentials = context[u"credentials"].toObject();
    vector.credentials.accessKeyId = credentials[u"access_key_id"].toString();
    vector.credentials.secretAccessKey = credentials[u"secret_access_key"].toString();
    vector.credentials.sessionToken = credentials[u"token"].toString();
    QVERIFY(vector.credentials.isValid());

    vector.region = context[u"region"].toString();
    vector.service = context[u"service"].toString();
    vector.timestamp = QDateTime::fromString(context[u"timestamp"].toString(), Qt::ISODate);
    QVERIFY(vector.timestamp.isValid());
    vector.normalize = context[u"normalize"].toBool(true);
    vector.omitSessionToken = context[u"omit_session_token"].toBool(false);

    // sign() never adds a body hash header: a caller whose service wants one hands it in.
    if (context[u"sign_body"].toBool(false)) {
        const QByteArray hash
            = QCryptographicHash::hash(vector.request.body, QCryptographicHash::Sha256);
        vector.request.headers.append({"X-Amz-Content-Sha256", hash.toHex()});
    }
}

void loadVector(const QString &folder, Vector &vector)
{
    if (!QFileInfo::exists(QDir(folder).filePath(QStringLiteral("request.txt"))))
        QFAIL(qPrintable("No SigV4 vector found: looked in " + folder));

    const QByteArray request = readVectorFile(folder, "request.txt");
    QVERIFY2(!request.isEmpty(), qPrintable("Cannot read request.txt in " + folder));
    parseHttpMessage(request, vector.request);
    if (QTest::currentTestFailed())
        return;

    const QByteArray context = readVectorFile(folder, "context.json");
    QVERIFY2(!context.isEmpty(), qPrintable("Cannot read context.json in " + folder));
    parseContext(context, vector);
}

QByteArray headerValue(const QList<Header> &headers, const QByteArray &name)
{
    for (const auto &[headerName, value] : headers) {
        if (headerName.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

/// The headers of \a after that \a before lacks, names lowercased, in a stable order.
QList<Header> addedHeaders(const QList<Header> &before, const QList<Header> &after)
{
    QList<Header> added;
    for (const auto &[name, value] : after) {
        if (headerValue(before, name).isNull())
            added.append({name.toLower(), value});
    }
    std::sort(added.begin(), added.end());
    return added;
}

QList<Header> lowercasedAndSorted(QList<Header> headers)
{
    for (Header &header : headers)
        header.first = header.first.toLower();
    std::sort(headers.begin(), headers.end());
    return headers;
}

AwsCredentials exampleCredentials(const QString &token = QString())
{
    AwsCredentials credentials;
    credentials.accessKeyId = QStringLiteral("AKIDEXAMPLE");
    credentials.secretAccessKey = QLatin1String(secretKey);
    credentials.sessionToken = token;
    return credentials;
}

QDateTime exampleTime()
{
    return QDateTime(QDate(2015, 8, 30), QTime(12, 36), Qt::UTC);
}

SigV4Request supportRequest(const QByteArray &host)
{
    SigV4Request request;
    request.method = "POST";
    request.headers = {{"Host", host},
                       {"Content-Type", "application/x-amz-json-1.1"},
                       {"X-Amz-Target", "AWSSupport_20130415.DescribeCases"}};
    request.body = R"({"includeResolvedCases":true})";
    return request;
}

/// The canonical request's second line.
QByteArray canonicalUriOf(const SigV4Request &request)
{
    return SigV4Signer::canonicalRequest(request).split('\n').value(1);
}

QByteArray canonicalQueryOf(const SigV4Request &request)
{
    return SigV4Signer::canonicalRequest(request).split('\n').value(2);
}

QStringList capturedMessages;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedMessages.append(message);
}

} // namespace

class tst_SigV4Signer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void vectorSteps_data();
    void vectorSteps();
    void vectorSign_data();
    void vectorSign();

    void hostWithPortIsSignedAsGiven();
    void sessionTokenIsSigned();
    void onlyHandedInHeadersAreSigned();
    void previousSignatureHeadersAreReplaced();
    void canonicalUri_data();
    void canonicalUri();
    void canonicalQuery_data();
    void canonicalQuery();
    void amzDateIgnoresLocale_data();
    void amzDateIgnoresLocale();
    void logsNoSecrets();

private:
    void addVectorRows();

    QLocale m_defaultLocale;
};

void tst_SigV4Signer::initTestCase()
{
    m_defaultLocale = QLocale();
}

void tst_SigV4Signer::cleanup()
{
    QLocale::setDefault(m_defaultLocale);
}

// A missing vector folder fails: a skip would let a broken checkout pass unnoticed.
void tst_SigV4Signer::addVectorRows()
{
    QTest::addColumn<QString>("folder");

    const QDir root(vectorsRoot());
    const QStringList names = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    // A data function cannot fail on its own (Qt Test would run the test without data): a row
    // for the folder itself makes the test fail with the path it looked in.
    if (names.isEmpty())
        QTest::newRow("vector folder missing") << root.absolutePath();

    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << root.filePath(name);
}

void tst_SigV4Signer::vectorSteps_data()
{
    addVectorRows();
}

void tst_SigV4Signer::vectorSteps()
{
    QFETCH(QString, folder);
    Vector vector;
    loadVector(folder, vector);
    if (QTest::currentTestFailed())
        return;

    SigV4Request request = vector.request;
    request.headers.append({"X-Amz-Date", SigV4Signer::amzDate(vector.timestamp)});
    const QString &token = vector.credentials.sessionToken;
    if (!token.isEmpty() && !vector.omitSessionToken)
        request.headers.append({"X-Amz-Security-Token", token.toUtf8()});
    const SigV4Signer signer(vector.region, vector.service);

    const QByteArray canonical = SigV4Signer::canonicalRequest(request, vector.normalize);
    QCOMPARE(canonical, readVectorFile(folder, "header-canonical-request.txt"));
    const QByteArray stringToSign = signer.stringToSign(canonical, vector.timestamp);
    QCOMPARE(stringToSign, readVectorFile(folder, "header-string-to-sign.txt"));
    const QByteArray signature
        = signer.signature(stringToSign, vector.credentials.secretAccessKey, vector.timestamp);
    QCOMPARE(signature, readVectorFile(folder, "header-signature.txt"));

    SigV4Request signedRequest;
    parseHttpMessage(readVectorFile(folder, "header-signed-request.txt"), signedRequest);
    const QByteArray authorization = headerValue(signedRequest.headers, "Authorization");
    const QByteArray signedHeaders = SigV4Signer::signedHeaderList(request);
    QVERIFY2(authorization.contains("SignedHeaders=" + signedHeaders + ','),
             authorization.constData());
    QVERIFY2(authorization.endsWith(", Signature=" + signature), authorization.constData());
}

void tst_SigV4Signer::vectorSign_data()
{
    addVectorRows();
}

void tst_SigV4Signer::vectorSign()
{
    QFETCH(QString, folder);
    Vector vector;
    loadVector(folder, vector);
    if (QTest::currentTestFailed())
        return;

    if (vector.omitSessionToken)
        QSKIP("The vector sends the session token unsigned; sign() always signs it");
    const bool normalizingChangesPath = SigV4Signer::canonicalRequest(vector.request, true)
        != SigV4Signer::canonicalRequest(vector.request, false);
    if (!vector.normalize && normalizingChangesPath)
        QSKIP("The vector signs the path unnormalised, as only S3 does; sign() normalises it "
              "(vectorSteps checks it through canonicalRequest(request, false))");

    const SigV4Signer signer(vector.region, vector.service);
    const SigV4Signature result = signer.sign(vector.request, vector.credentials, vector.timestamp);
    QCOMPARE(result.canonicalRequest, readVectorFile(folder, "header-canonical-request.txt"));
    QCOMPARE(result.stringToSign, readVectorFile(folder, "header-string-to-sign.txt"));
    QCOMPARE(result.signature, readVectorFile(folder, "header-signature.txt"));

    SigV4Request signedRequest;
    parseHttpMessage(readVectorFile(folder, "header-signed-request.txt"), signedRequest);
    QCOMPARE(result.authorization, headerValue(signedRequest.headers, "Authorization"));
    QCOMPARE(lowercasedAndSorted(result.headersToAdd),
             addedHeaders(vector.request.headers, signedRequest.headers));
}

void tst_SigV4Signer::hostWithPortIsSignedAsGiven()
{
    const SigV4Signer signer(QStringLiteral("us-east-1"), QStringLiteral("support"));
    const SigV4Signature result
        = signer.sign(supportRequest("example.com:8443"), exampleCredentials(), exampleTime());

    QVERIFY2(result.canonicalRequest.contains("\nhost:example.com:8443\n"),
             result.canonicalRequest.constData());
    QCOMPARE(result.signedHeaders, "content-type;host;x-amz-date;x-amz-target");
    QVERIFY(result.authorization.contains("SignedHeaders=" + result.signedHeaders + ','));
}

void tst_SigV4Signer::sessionTokenIsSigned()
{
    const SigV4Signer signer(QStringLiteral("us-east-1"), QStringLiteral("support"));
    const AwsCredentials credentials = exampleCredentials(QLatin1String(sessionToken));
    const SigV4Signature result = signer.sign(supportRequest("support.us-east-1.amazonaws.com"),
                                              credentials, exampleTime());

    QCOMPARE(result.signedHeaders,
             "content-type;host;x-amz-date;x-amz-security-token;x-amz-target");
    QVERIFY(result.canonicalRequest.contains(QByteArray("\nx-amz-security-token:") + sessionToken));

    const QList<Header> expected = {{"X-Amz-Date", "20150830T123600Z"},
                                    {"X-Amz-Security-Token", sessionToken},
                                    {"Authorization", result.authorization}};
    QCOMPARE(result.headersToAdd, expected);
}

void tst_SigV4Signer::onlyHandedInHeadersAreSigned()
{
    const SigV4Signer signer(QStringLiteral("us-east-1"), QStringLiteral("support"));
    const SigV4Signature result = signer.sign(supportRequest("support.us-east-1.amazonaws.com"),
                                              exampleCredentials(), exampleTime());

    QCOMPARE(result.signedHeaders, "content-type;host;x-amz-date;x-amz-target");
    for (const char *name : {"user-agent", "connection", "accept-encoding", "content-length",
                             "x-amz-security-token", "authorization"}) {
        QVERIFY2(!result.canonicalRequest.contains(QByteArray("\n") + name + ':'), name);
    }

    const QList<Header> expected
        = {{"X-Amz-Date", "20150830T123600Z"}, {"Authorization", result.authorization}};
    QCOMPARE(result.headersToAdd, expected);
}

void tst_SigV4Signer::previousSignatureHeadersAreReplaced()
{
    SigV4Request request = supportRequest("support.us-east-1.amazonaws.com");
    request.headers.append(Header("x-amz-date", "20000101T000000Z"));
    request.headers.append(Header("X-Amz-Security-Token", "stale"));
    request.headers.append(Header("Authorization", "AWS4-HMAC-SHA256 stale"));
    const SigV4Signer signer(QStringLiteral("us-east-1"), QStringLiteral("support"));

    const SigV4Signature again = signer.sign(request, exampleCredentials(), exampleTime());
    const SigV4Signature fresh = signer.sign(supportRequest("support.us-east-1.amazonaws.com"),
                                             exampleCredentials(), exampleTime());
    QCOMPARE(again.canonicalRequest, fresh.canonicalRequest);
    QCOMPARE(again.authorization, fresh.authorization);
}

void tst_SigV4Signer::canonicalUri_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("root") << QByteArray("/") << QByteArray("/");
    QTest::newRow("empty") << QByteArray() << QByteArray("/");
    QTest::newRow("no leading slash") << QByteArray("a/b") << QByteArray("/a/b");
    QTest::newRow("dot dot keeps directory") << QByteArray("/a/b/..") << QByteArray("/a/");
    QTest::newRow("dot dot above root") << QByteArray("/../a") << QByteArray("/a");
    QTest::newRow("inner dot") << QByteArray("/a/./b") << QByteArray("/a/b");
    QTest::newRow("repeated slashes") << QByteArray("/a///b") << QByteArray("/a/b");
    QTest::newRow("wire encoding doubled") << QByteArray("/a%20b") << QByteArray("/a%2520b");
    QTest::newRow("reserved characters") << QByteArray("/a:b=c") << QByteArray("/a%3Ab%3Dc");
}

void tst_SigV4Signer::canonicalUri()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, expected);

    SigV4Request request;
    request.method = "GET";
    request.path = path;
    QCOMPARE(canonicalUriOf(request), expected);
}

void tst_SigV4Signer::canonicalQuery_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("sorted by key, then value")
        << QByteArray("b=2&a=1&a=0") << QByteArray("a=0&a=1&b=2");
    QTest::newRow("key without value") << QByteArray("flag&a=1") << QByteArray("a=1&flag=");
    QTest::newRow("space and plus") << QByteArray("a b=c+d") << QByteArray("a%20b=c%2Bd");
    QTest::newRow("unreserved decoded") << QByteArray("x=%7e%41") << QByteArray("x=~A");
    QTest::newRow("empty items dropped") << QByteArray("&a=1&&") << QByteArray("a=1");
}

void tst_SigV4Signer::canonicalQuery()
{
    QFETCH(QByteArray, query);
    QFETCH(QByteArray, expected);

    SigV4Request request;
    request.method = "GET";
    request.query = query;
    QCOMPARE(canonicalQueryOf(request), expected);
}

void tst_SigV4Signer::amzDateIgnoresLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QDateTime>("timestamp");

    const QDateTime utc = exampleTime();
    const QDateTime aheadOfUtc(QDate(2015, 8, 31), QTime(1, 36), QTimeZone(13 * 3600));
    QTest::newRow("de_DE, UTC") << QLocale(QLocale::German, QLocale::Germany) << utc;
    QTest::newRow("ar_EG, UTC") << QLocale(QLocale::Arabic, QLocale::Egypt) << utc;
    QTest::newRow("ar_EG, next day at +13:00")
        << QLocale(QLocale::Arabic, QLocale::Egypt) << aheadOfUtc;
    QTest::newRow("fa_IR, Berlin time")
        << QLocale(QLocale::Persian, QLocale::Iran)
        << utc.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Berlin")));
}

void tst_SigV4Signer::amzDateIgnoresLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QDateTime, timestamp);

    const SigV4Signer signer(QStringLiteral("us-east-1"), QStringLiteral("support"));
    const SigV4Request request = supportRequest("support.us-east-1.amazonaws.com");
    const SigV4Signature inC = signer.sign(request, exampleCredentials(), exampleTime());

    QLocale::setDefault(locale);
    QVERIFY2(QLocale().toString(20150830) != QLatin1String("20150830"),
             "The row's locale formats numbers as C does, so it proves nothing");

    QCOMPARE(SigV4Signer::amzDate(timestamp), "20150830T123600Z");
    const SigV4Signature inLocale = signer.sign(request, exampleCredentials(), timestamp);
    QCOMPARE(inLocale.amzDate, "20150830T123600Z");
    QCOMPARE(inLocale.authorization, inC.authorization);
}

void tst_SigV4Signer::logsNoSecrets()
{
    QLoggingCategory::setFilterRules(QStringLiteral("casebook.auth.debug=true"));
    capturedMessages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

    const SigV4Signer signer(QStringLiteral("us-east-1"), QStringLiteral("support"));
    const SigV4Signature result
        = signer.sign(supportRequest("support.us-east-1.amazonaws.com"),
                      exampleCredentials(QLatin1String(sessionToken)), exampleTime());

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(!capturedMessages.isEmpty());
    const QString log = capturedMessages.join(u'\n');
    QVERIFY(!log.contains(QLatin1String(secretKey)));
    QVERIFY(!log.contains(QLatin1String(sessionToken)));
    QVERIFY(!log.contains(QLatin1String(result.signature)));
    QVERIFY(!log.contains(QLatin1String("Credential=")));
}

QTEST_GUILESS_MAIN(tst_SigV4Signer)
#include "tst_sigv4signer.moc"
