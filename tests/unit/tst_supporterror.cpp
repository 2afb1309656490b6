#include "SupportError.h"

#include <QSet>
#include <QTest>

Q_DECLARE_METATYPE(SupportError::Kind)

class tst_SupportError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesReply_data();
    void decodesReply();
    void normalizesCode_data();
    void normalizesCode();
    void classifiesNetworkFailures_data();
    void classifiesNetworkFailures();
    void everyKindHasASentence();
    void detailsCarryTheRawFacts();
};

void tst_SupportError::decodesReply_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("typeHeader");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<SupportError::Kind>("kind");

    using Kind = SupportError::Kind;
    QTest::newRow("plain __type and message")
        << 400 << QByteArray(R"({"__type":"CaseIdNotFound","message":"No such case"})")
        << QByteArray() << "CaseIdNotFound" << "No such case" << Kind::NotFound;
    QTest::newRow("namespaced __type")
        << 400
        << QByteArray(R"({"__type":"com.amazonaws.support#AttachmentIdNotFound",)"
                      R"("message":"gone"})")
        << QByteArray() << "AttachmentIdNotFound" << "gone" << Kind::NotFound;
    QTest::newRow("capital Message")
        << 400
        << QByteArray(R"({"__type":"UnrecognizedClientException","Message":"bad key"})")
        << QByteArray() << "UnrecognizedClientException" << "bad key" << Kind::Authentication;
    QTest::newRow("type only in header")
        << 400 << QByteArray(R"({"message":"Rate exceeded"})")
        << QByteArray("ThrottlingException") << "ThrottlingException" << "Rate exceeded"
        << Kind::Throttling;
    QTest::newRow("header with url suffix")
        << 400 << QByteArray("{}")
        << QByteArray("InvalidSignatureException:http://internal.amazon.com/coral/")
        << "InvalidSignatureException" << "" << Kind::Authentication;
    QTest::newRow("header wins over body")
        << 400 << QByteArray(R"({"__type":"Something","message":"m"})")
        << QByteArray("ValidationException") << "ValidationException" << "m"
        << Kind::Validation;
    QTest::newRow("subscription required")
        << 400 << QByteArray(R"({"__type":"SubscriptionRequiredException","message":"x"})")
        << QByteArray() << "SubscriptionRequiredException" << "x"
        << Kind::SubscriptionRequired;
    QTest::newRow("access denied")
        << 403 << QByteArray(R"({"__type":"AccessDeniedException","Message":"no"})")
        << QByteArray() << "AccessDeniedException" << "no" << Kind::AccessDenied;
    QTest::newRow("expired token")
        << 400 << QByteArray(R"({"__type":"ExpiredTokenException","message":"old"})")
        << QByteArray() << "ExpiredTokenException" << "old" << Kind::Authentication;
    QTest::newRow("internal server error")
        << 500 << QByteArray(R"({"__type":"InternalServerError","message":"oops"})")
        << QByteArray() << "InternalServerError" << "oops" << Kind::Service;
    QTest::newRow("attachment limit")
        << 400
        << QByteArray(R"({"__type":"DescribeAttachmentLimitExceeded","message":"slow"})")
        << QByteArray() << "DescribeAttachmentLimitExceeded" << "slow" << Kind::Throttling;
    QTest::newRow("html from a proxy")
        << 502 << QByteArray("<html><body>Bad Gateway</body></html>") << QByteArray()
        << "HTTP 502" << "" << Kind::Service;
    QTest::newRow("bare 403 from a proxy")
        << 403 << QByteArray() << QByteArray() << "HTTP 403" << "" << Kind::NotAwsReply;
    QTest::newRow("redirect to a login page")
        << 302 << QByteArray("<html>moved</html>") << QByteArray() << "HTTP 302" << ""
        << Kind::NotAwsReply;
    QTest::newRow("unknown code")
        << 400 << QByteArray(R"({"__type":"BrandNewException"})") << QByteArray()
        << "BrandNewException" << "" << Kind::Unknown;
    QTest::newRow("429 without a type")
        << 429 << QByteArray() << QByteArray() << "HTTP 429" << "" << Kind::Throttling;
    QTest::newRow("json array body")
        << 400 << QByteArray("[1,2]") << QByteArray() << "HTTP 400" << "" << Kind::NotAwsReply;
}

void tst_SupportError::decodesReply()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, typeHeader);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(SupportError::Kind, kind);

    const SupportError error =
        SupportError::fromHttpReply(status, body, typeHeader, "0f1e2d3c-request");

    QVERIFY(error.isError());
    QCOMPARE(error.code(), code);
    QCOMPARE(error.message(), message);
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.httpStatus(), status);
    QCOMPARE(error.requestId(), QStringLiteral("0f1e2d3c-request"));
}

void tst_SupportError::normalizesCode_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("code");

    QTest::newRow("bare") << "CaseIdNotFound" << "CaseIdNotFound";
    QTest::newRow("namespace") << "com.amazonaws.support#CaseIdNotFound" << "CaseIdNotFound";
    QTest::newRow("suffix") << "CaseIdNotFound:http://x/" << "CaseIdNotFound";
    QTest::newRow("both") << "aws#CaseIdNotFound:http://x/" << "CaseIdNotFound";
    QTest::newRow("spaces") << "  CaseIdNotFound " << "CaseIdNotFound";
    QTest::newRow("empty") << "" << "";
}

void tst_SupportError::normalizesCode()
{
    QFETCH(QString, raw);
    QFETCH(QString, code);

    QCOMPARE(SupportError::normalizeCode(raw), code);
}

void tst_SupportError::classifiesNetworkFailures_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("networkError");
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<bool>("withCertificateProblem");
    QTest::addColumn<SupportError::Kind>("kind");
    QTest::addColumn<QString>("code");

    using Kind = SupportError::Kind;
    QTest::newRow("dns") << QNetworkReply::HostNotFoundError << false << false << Kind::Network
                         << "HostNotFound";
    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << false << false
                             << Kind::Network << "ConnectionRefused";
    QTest::newRow("cut off") << QNetworkReply::RemoteHostClosedError << false << false
                             << Kind::Network << "ConnectionClosed";
    QTest::newRow("transfer timeout") << QNetworkReply::OperationCanceledError << false << false
                                      << Kind::Timeout << "RequestTimeout";
    QTest::newRow("timeout") << QNetworkReply::TimeoutError << false << false << Kind::Timeout
                             << "RequestTimeout";
    QTest::newRow("user abort") << QNetworkReply::OperationCanceledError << true << false
                                << Kind::Cancelled << "RequestCancelled";
    QTest::newRow("tls handshake") << QNetworkReply::SslHandshakeFailedError << false << true
                                   << Kind::Tls << "TlsHandshakeFailed";
    QTest::newRow("proxy") << QNetworkReply::ProxyConnectionRefusedError << false << false
                           << Kind::Network << "ProxyError";
    QTest::newRow("proxy auth") << QNetworkReply::ProxyAuthenticationRequiredError << false
                                << false << Kind::Network << "ProxyError";
    QTest::newRow("offline") << QNetworkReply::TemporaryNetworkFailureError << false << false
                             << Kind::Network << "NetworkUnavailable";
    QTest::newRow("other") << QNetworkReply::UnknownNetworkError << false << false
                           << Kind::Network << "NetworkError";
}

void tst_SupportError::classifiesNetworkFailures()
{
    QFETCH(QNetworkReply::NetworkError, networkError);
    QFETCH(bool, cancelled);
    QFETCH(bool, withCertificateProblem);
    QFETCH(SupportError::Kind, kind);
    QFETCH(QString, code);

    QList<QSslError> sslErrors;
    if (withCertificateProblem)
        sslErrors << QSslError(QSslError::SelfSignedCertificate);
    const SupportError error = SupportError::fromNetworkFailure(
        networkError, QStringLiteral("raw text"), cancelled, sslErrors);

    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.code(), code);
    QCOMPARE(error.httpStatus(), 0);
    if (withCertificateProblem)
        QVERIFY(error.userMessage().contains(QSslError(QSslError::SelfSignedCertificate)
                                                 .errorString()));
}

void tst_SupportError::everyKindHasASentence()
{
    using Kind = SupportError::Kind;
    const QList<Kind> kinds = {Kind::Network,        Kind::Tls,   Kind::Timeout,
                               Kind::Cancelled,      Kind::Protocol,
                               Kind::Authentication, Kind::AccessDenied,
                               Kind::SubscriptionRequired, Kind::NotFound,
                               Kind::Throttling,     Kind::Validation,
                               Kind::Service,        Kind::NotAwsReply,
                               Kind::Unknown};
    for (Kind kind : kinds) {
        const SupportError error(kind, QStringLiteral("Code"), QStringLiteral("raw"));
        QVERIFY2(error.userMessage().endsWith(u'.'), qPrintable(error.userMessage()));
        // Only a TLS failure repeats the raw text: it names the certificate problem.
        QCOMPARE(error.userMessage().contains(QLatin1String("raw")), kind == Kind::Tls);
    }

    // Each network failure says something of its own.
    QSet<QString> networkSentences;
    for (const char *code : {"HostNotFound", "ConnectionRefused", "ConnectionClosed",
                             "ProxyError", "NetworkUnavailable", "NetworkError"}) {
        networkSentences.insert(SupportError(Kind::Network, QString::fromLatin1(code), {})
                                    .userMessage());
    }
    QCOMPARE(networkSentences.size(), 6);

    // Credentials that could not be fetched: the source's own sentence is the useful part.
    const SupportError noCredentials(Kind::Authentication,
                                     QStringLiteral("CredentialsUnavailable"),
                                     QStringLiteral("profile dev: the command exited."));
    QVERIFY(noCredentials.userMessage().endsWith(noCredentials.message()));

    QVERIFY(SupportError().userMessage().isEmpty());
    QVERIFY(!SupportError().isError());
}

void tst_SupportError::detailsCarryTheRawFacts()
{
    const SupportError error(SupportError::Kind::NotFound, QStringLiteral("CaseIdNotFound"),
                             QStringLiteral("Invalid case id"), 400,
                             QStringLiteral("4b1c-req"));
    const QString details = error.details();

    QVERIFY(details.contains(QLatin1String("CaseIdNotFound")));
    QVERIFY(details.contains(QLatin1String("Invalid case id")));
    QVERIFY(details.contains(QLatin1String("400")));
    QVERIFY(details.contains(QLatin1String("4b1c-req")));
}

QTEST_GUILESS_MAIN(tst_SupportError)
#include "tst_supporterror.moc"
