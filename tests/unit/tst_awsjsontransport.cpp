#include "AwsJsonTransport.h"
#include "SupportClient.h"
#include "SupportEndpoint.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTest>

class tst_AwsJsonTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpointByPartition_data();
    void endpointByPartition();
    void hostHeaderKeepsNonDefaultPort_data();
    void hostHeaderKeepsNonDefaultPort();
    void signsOnlyOwnedHeaders();
    void signsSessionToken();
    void appliesClockOffset();
    void buildsQueryBodies();

private:
    static QByteArray signedHeadersOf(const QNetworkRequest &request);
};

QByteArray tst_AwsJsonTransport::signedHeadersOf(const QNetworkRequest &request)
{
    const QByteArray authorization = request.rawHeader("Authorization");
    const qsizetype start = authorization.indexOf("SignedHeaders=") + 14;
    return authorization.mid(start, authorization.indexOf(',', start) - start);
}

void tst_AwsJsonTransport::endpointByPartition_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("signingRegion");

    QTest::newRow("commercial default") << "us-east-1"
                                        << "https://support.us-east-1.amazonaws.com"
                                        << "us-east-1";
    QTest::newRow("commercial elsewhere") << "eu-central-1"
                                          << "https://support.us-east-1.amazonaws.com"
                                          << "us-east-1";
    QTest::newRow("govcloud") << "us-gov-east-1"
                              << "https://support.us-gov-west-1.amazonaws.com"
                              << "us-gov-west-1";
    QTest::newRow("china") << "cn-northwest-1" << "https://support.cn-north-1.amazonaws.com.cn"
                           << "cn-north-1";
}

void tst_AwsJsonTransport::endpointByPartition()
{
    QFETCH(QString, region);
    QFETCH(QString, url);
    QFETCH(QString, signingRegion);

    const SupportEndpoint endpoint = SupportEndpoint::forRegion(region);
    QCOMPARE(endpoint.url, QUrl(url));
    QCOMPARE(endpoint.signingRegion, signingRegion);
    QVERIFY(!endpoint.overridden);

    const QUrl custom(QStringLiteral("http://127.0.0.1:4566"));
    const SupportEndpoint overridden = SupportEndpoint::forRegion(region, custom);
    QCOMPARE(overridden.url, custom);
    QCOMPARE(overridden.signingRegion, signingRegion);
    QVERIFY(overridden.overridden);
}

void tst_AwsJsonTransport::hostHeaderKeepsNonDefaultPort_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("host");

    QTest::newRow("https default") << "https://support.us-east-1.amazonaws.com"
                                   << QByteArray("support.us-east-1.amazonaws.com");
    QTest::newRow("https explicit 443") << "https://example.com:443"
                                        << QByteArray("example.com");
    QTest::newRow("http default") << "http://example.com" << QByteArray("example.com");
    QTest::newRow("loopback port") << "http://127.0.0.1:8443" << QByteArray("127.0.0.1:8443");
    QTest::newRow("https odd port") << "https://example.com:8443"
                                    << QByteArray("example.com:8443");
    QTest::newRow("ipv6") << "http://[::1]:9000" << QByteArray("[::1]:9000");
}

void tst_AwsJsonTransport::hostHeaderKeepsNonDefaultPort()
{
    QFETCH(QString, url);
    QFETCH(QByteArray, host);

    QCOMPARE(SupportEndpoint::forRegion(QStringLiteral("us-east-1"), QUrl(url)).hostHeader(),
             host);
}

void tst_AwsJsonTransport::signsOnlyOwnedHeaders()
{
    QNetworkAccessManager network;
    AwsJsonTransport transport(&network, QStringLiteral("AWSSupport_20130415"),
                               QStringLiteral("support"));
    transport.setEndpoint(SupportEndpoint::forRegion(
        QStringLiteral("eu-west-1"), QUrl(QStringLiteral("http://127.0.0.1:8443"))));
    transport.setCredentials({QStringLiteral("AKIDEXAMPLE"), QStringLiteral("secret"), {}, {}});

    const QDateTime now(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
    const QNetworkRequest request =
        transport.buildRequest(QStringLiteral("DescribeCases"), "{}", now);

    QCOMPARE(request.rawHeader("X-Amz-Target"),
             QByteArray("AWSSupport_20130415.DescribeCases"));
    QCOMPARE(request.rawHeader("Content-Type"), QByteArray("application/x-amz-json-1.1"));
    QCOMPARE(request.rawHeader("Host"), QByteArray("127.0.0.1:8443"));
    QCOMPARE(request.rawHeader("X-Amz-Date"), QByteArray("20240301T100000Z"));
    QCOMPARE(signedHeadersOf(request), QByteArray("content-type;host;x-amz-date;x-amz-target"));

    const QByteArray authorization = request.rawHeader("Authorization");
    QVERIFY(authorization.startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240301/"
                                     "us-east-1/support/aws4_request"));
    QVERIFY(!authorization.contains("secret"));
}

void tst_AwsJsonTransport::signsSessionToken()
{
    QNetworkAccessManager network;
    AwsJsonTransport transport(&network, QStringLiteral("AWSSupport_20130415"),
                               QStringLiteral("support"));
    transport.setEndpoint(SupportEndpoint::forRegion(QStringLiteral("us-east-1")));
    transport.setCredentials({QStringLiteral("ASIAEXAMPLE"), QStringLiteral("secret"),
                              QStringLiteral("token/with+chars="), {}});

    const QNetworkRequest request = transport.buildRequest(
        QStringLiteral("DescribeCases"), "{}", QDateTime::currentDateTimeUtc());

    QCOMPARE(request.rawHeader("X-Amz-Security-Token"), QByteArray("token/with+chars="));
    QCOMPARE(signedHeadersOf(request),
             QByteArray("content-type;host;x-amz-date;x-amz-security-token;x-amz-target"));
}

void tst_AwsJsonTransport::appliesClockOffset()
{
    QNetworkAccessManager network;
    AwsJsonTransport transport(&network, QStringLiteral("AWSSupport_20130415"),
                               QStringLiteral("support"));
    transport.setEndpoint(SupportEndpoint::forRegion(QStringLiteral("us-east-1")));
    transport.setCredentials({QStringLiteral("AKIDEXAMPLE"), QStringLiteral("secret"), {}, {}});
    transport.setClockOffset(-3600);

    const QDateTime now(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC);
    const QNetworkRequest request =
        transport.buildRequest(QStringLiteral("DescribeCases"), "{}", now);
    QCOMPARE(request.rawHeader("X-Amz-Date"), QByteArray("20240301T090000Z"));
}

void tst_AwsJsonTransport::buildsQueryBodies()
{
    CommunicationsQuery communications;
    communications.caseId = QStringLiteral("case-1");
    communications.after = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    communications.maxResults = 500;
    const QJsonObject body = SupportClient::toJson(communications);
    QCOMPARE(body.value(QLatin1String("maxResults")).toInt(), 100);
    QCOMPARE(body.value(QLatin1String("afterTime")).toString(),
             QStringLiteral("2024-01-01T00:00:00.000Z"));
    QVERIFY(!body.contains(QLatin1String("beforeTime")));
    QVERIFY(!body.contains(QLatin1String("nextToken")));

    CasesQuery cases;
    cases.caseIds = {QStringLiteral("case-1")};
    const QJsonObject casesBody = SupportClient::toJson(cases);
    QVERIFY(!casesBody.contains(QLatin1String("maxResults")));
    QCOMPARE(casesBody.value(QLatin1String("includeResolvedCases")).toBool(), false);
    QCOMPARE(casesBody.value(QLatin1String("includeCommunications")).toBool(), false);
}

QTEST_GUILESS_MAIN(tst_AwsJsonTransport)
#include "tst_awsjsontransport.moc"
