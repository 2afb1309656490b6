#include "DemoSandbox.h"

#include "AssumeRoleCredentialsProvider.h"
#include "SandboxService.h"
#include "StsClient.h"
#include "SupportClient.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

// StsClient and AssumeRoleCredentialsProvider against a real sandbox over loopback, then the
// assumed credentials used for Support calls.
class tst_AssumeRole : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void requestBody();
    void parsesReplies_data();
    void parsesReplies();
    void assumesRole();
    void refusals_data();
    void refusals();
    void supportAcceptsAssumedKeys();
    void supportRefusesWrongOrMissingToken();
    void supportRefusesExpiredKeys();
    void providerCachesUntilNearExpiry();
    void providerNeverAnswersInsideTheCall();
    void chainedRoles();
    void sourceFailureIsReported();
    void sourceGoingAwayIsReported();
    void debugLogHoldsNoSecret();

private:
    AssumeRoleResult assume(const AssumeRoleParameters &role, const AwsCredentials &source);
    AwsCredentials assumedCredentials();
    SupportError describeCasesWith(const AwsCredentials &credentials);
    SupportEndpoint stsEndpoint() const;
    static AwsCredentials exampleKeys();
    static AssumeRoleParameters role(int durationSeconds = 3600);

    std::unique_ptr<SandboxServer> m_sandbox;
};

void tst_AssumeRole::initTestCase()
{
    m_sandbox = DemoSandbox::start();
    QVERIFY(m_sandbox);
    // Refusals are the point of several rows here; their warnings would only be noise.
    QLoggingCategory::setFilterRules(QStringLiteral("casebook.auth.warning=false"));
}

void tst_AssumeRole::init()
{
    m_sandbox->service()->setClock([] { return QDateTime::currentDateTimeUtc(); });
}

AwsCredentials tst_AssumeRole::exampleKeys()
{
    return {SandboxServer::exampleAccessKeyId(),
            SandboxServer::exampleSecretAccessKey(),
            {},
            QStringLiteral("profile base")};
}

AssumeRoleParameters tst_AssumeRole::role(int durationSeconds)
{
    AssumeRoleParameters parameters;
    parameters.roleArn = QStringLiteral("arn:aws:iam::111122223333:role/SupportReader");
    parameters.durationSeconds = durationSeconds;
    return parameters;
}

SupportEndpoint tst_AssumeRole::stsEndpoint() const
{
    return SupportEndpoint::forSts(QStringLiteral("eu-west-1"), m_sandbox->url());
}

AssumeRoleResult tst_AssumeRole::assume(const AssumeRoleParameters &parameters,
                                        const AwsCredentials &source)
{
    StsClient sts;
    sts.setEndpoint(stsEndpoint());
    QSignalSpy assumed(&sts, &StsClient::roleAssumed);
    QSignalSpy failed(&sts, &StsClient::assumeRoleFailed);
    sts.assumeRole(parameters, QStringLiteral("casebook-test"), source);
    if (!QTest::qWaitFor([&] { return assumed.size() + failed.size() > 0; }, 10000))
        return {};
    QSignalSpy &done = assumed.isEmpty() ? failed : assumed;
    return done.first().first().value<AssumeRoleResult>();
}

AwsCredentials tst_AssumeRole::assumedCredentials()
{
    return assume(role(), exampleKeys()).credentials;
}

SupportError tst_AssumeRole::describeCasesWith(const AwsCredentials &credentials)
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    client.setCredentials(credentials);
    client.setMaxAttempts(1);
    std::unique_ptr<CasesReply> reply(client.describeCases({}));
    QSignalSpy finished(reply.get(), &SupportReply::finished);
    if (!finished.wait(10000))
        return SupportError(SupportError::Kind::Timeout, QStringLiteral("test"), {});
    return reply->error();
}

void tst_AssumeRole::requestBody()
{
    AssumeRoleParameters parameters = role(900);
    parameters.externalId = QStringLiteral("a+b=c/d e");
    QCOMPARE(StsClient::requestBody(parameters, QStringLiteral("me@corp")),
             QByteArray("Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A"
                        "111122223333%3Arole%2FSupportReader&RoleSessionName=me%40corp&"
                        "ExternalId=a%2Bb%3Dc%2Fd%20e&DurationSeconds=900"));
    QVERIFY(StsClient::defaultSessionName().startsWith(QLatin1String("casebook-")));
}

void tst_AssumeRole::parsesReplies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("accessKeyId");
    QTest::addColumn<QString>("message");

    QTest::newRow("success")
        << 200
        << QByteArray("<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\">"
                      "<AssumeRoleResult><AssumedRoleUser><Arn>arn:x</Arn></AssumedRoleUser>"
                      "<Credentials><AccessKeyId>ASIAX</AccessKeyId><SecretAccessKey>s"
                      "</SecretAccessKey><SessionToken>t</SessionToken><Expiration>"
                      "2030-01-01T00:00:00.000Z</Expiration></Credentials></AssumeRoleResult>"
                      "</AssumeRoleResponse>")
        << "ASIAX"
        << "";
    QTest::newRow("error") << 403
                           << QByteArray("<ErrorResponse><Error><Type>Sender</Type><Code>"
                                         "AccessDenied</Code><Message>not allowed &amp; "
                                         "logged</Message></Error><RequestId>r</RequestId>"
                                         "</ErrorResponse>")
                           << ""
                           << "not allowed & logged (AccessDenied, HTTP 403)";
    QTest::newRow("html from a proxy") << 502 << QByteArray("<html><body>Bad gateway") << ""
                                       << "HTTP 502";
    QTest::newRow("no expiration")
        << 200
        << QByteArray("<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>A"
                      "</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t"
                      "</SessionToken></Credentials></AssumeRoleResult></AssumeRoleResponse>")
        << ""
        << "not an AssumeRole response";
    QTest::newRow("empty") << 200 << QByteArray() << ""
                           << "not an AssumeRole response";
}

void tst_AssumeRole::parsesReplies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, accessKeyId);
    QFETCH(QString, message);

    const AssumeRoleResult result = StsClient::parseResponse(status, body);
    QCOMPARE(result.credentials.accessKeyId, accessKeyId);
    QCOMPARE(result.ok(), message.isEmpty());
    QVERIFY2(result.errorMessage.contains(message), qPrintable(result.errorMessage));
    if (result.ok())
        QCOMPARE(result.credentials.expiration, QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
}

void tst_AssumeRole::assumesRole()
{
    const AssumeRoleResult result = assume(role(900), exampleKeys());
    QVERIFY2(result.ok(), qPrintable(result.errorMessage));
    QVERIFY(result.credentials.accessKeyId.startsWith(QLatin1String("ASIA")));
    QCOMPARE(result.credentials.secretAccessKey.size(), 40);
    QVERIFY(!result.credentials.sessionToken.isEmpty());
    QCOMPARE(result.assumedRoleArn,
             QStringLiteral("arn:aws:sts::111122223333:assumed-role/SupportReader/casebook-test"));

    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(result.credentials.expiration);
    QVERIFY2(left > 840 && left <= 900, qPrintable(QString::number(left)));
}

void tst_AssumeRole::refusals_data()
{
    QTest::addColumn<QString>("roleArn");
    QTest::addColumn<int>("duration");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("accessKeyId");
    QTest::addColumn<QString>("code");

    const QString arn = role().roleArn;
    const QString secret = SandboxServer::exampleSecretAccessKey();
    const QString key = SandboxServer::exampleAccessKeyId();
    QTest::newRow("too short") << arn << 899 << secret << key << "ValidationError";
    QTest::newRow("too long") << arn << 43201 << secret << key << "ValidationError";
    QTest::newRow("longest") << arn << 43200 << secret << key << "";
    QTest::newRow("not a role ARN")
        << "arn:aws:iam::1:user/x" << 900 << secret << key << "ValidationError";
    QTest::newRow("wrong secret") << arn << 900 << "wrong" << key << "SignatureDoesNotMatch";
    QTest::newRow("unknown key") << arn << 900 << secret << "AKIDUNKNOWN"
                                 << "InvalidClientTokenId";
}

void tst_AssumeRole::refusals()
{
    QFETCH(QString, roleArn);
    QFETCH(int, duration);
    QFETCH(QString, secret);
    QFETCH(QString, accessKeyId);
    QFETCH(QString, code);

    AssumeRoleParameters parameters = role(duration);
    parameters.roleArn = roleArn;
    const AssumeRoleResult result = assume(parameters, {accessKeyId, secret, {}, {}});
    QCOMPARE(result.errorCode, code);
    QCOMPARE(result.ok(), code.isEmpty());
    if (!code.isEmpty())
        QVERIFY(result.errorMessage.startsWith(QLatin1String("STS refused")));
}

void tst_AssumeRole::supportAcceptsAssumedKeys()
{
    AssumeRoleCredentialsProvider provider(new StaticCredentialsProvider(exampleKeys(), this),
                                           role(), stsEndpoint());
    provider.setProfileName(QStringLiteral("reader"));
    QSignalSpy fetched(&provider, &CredentialsProvider::fetched);
    provider.fetch();
    QVERIFY(fetched.wait(10000));

    const AwsCredentials credentials = provider.credentials();
    QVERIFY(credentials.accessKeyId.startsWith(QLatin1String("ASIA")));
    QCOMPARE(credentials.source,
             QStringLiteral("profile reader (assume role %1)").arg(role().roleArn));
    QVERIFY(!provider.needsRefresh());

    const SupportError error = describeCasesWith(credentials);
    QVERIFY2(error.kind() == SupportError::Kind::None, qPrintable(error.details()));
}

void tst_AssumeRole::supportRefusesWrongOrMissingToken()
{
    AwsCredentials credentials = assumedCredentials();
    QVERIFY(credentials.isValid());

    credentials.sessionToken.chop(4);
    QCOMPARE(describeCasesWith(credentials).code(), QStringLiteral("UnrecognizedClientException"));
    credentials.sessionToken.clear();
    QCOMPARE(describeCasesWith(credentials).code(), QStringLiteral("UnrecognizedClientException"));
}

void tst_AssumeRole::supportRefusesExpiredKeys()
{
    const AwsCredentials credentials = assumedCredentials();
    QVERIFY(credentials.isValid());

    // The sandbox's clock moves past the expiration; the client signs with the same offset.
    const qint64 later = 2 * 3600;
    m_sandbox->service()->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(later); });
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    client.setCredentials(credentials);
    client.setMaxAttempts(1);
    std::unique_ptr<CasesReply> reply(client.describeCases({}));
    QSignalSpy finished(reply.get(), &SupportReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error().code(), QStringLiteral("ExpiredTokenException"));
}

void tst_AssumeRole::providerCachesUntilNearExpiry()
{
    QSignalSpy served(m_sandbox.get(), &SandboxServer::requestServed);
    AssumeRoleCredentialsProvider provider(new StaticCredentialsProvider(exampleKeys(), this),
                                           role(900), stsEndpoint());
    QSignalSpy fetched(&provider, &CredentialsProvider::fetched);

    provider.fetch();
    QVERIFY(fetched.wait(10000));
    const QString first = provider.credentials().accessKeyId;
    provider.fetch();
    QTRY_COMPARE(fetched.size(), 2);
    QCOMPARE(provider.credentials().accessKeyId, first);
    QCOMPARE(served.size(), 1);

    provider.invalidate();
    provider.fetch();
    QTRY_COMPARE(fetched.size(), 3);
    QVERIFY(provider.credentials().accessKeyId != first);
    QCOMPARE(served.size(), 2);
}

void tst_AssumeRole::providerNeverAnswersInsideTheCall()
{
    AssumeRoleCredentialsProvider provider(nullptr, role(), stsEndpoint());
    QSignalSpy failed(&provider, &CredentialsProvider::fetchFailed);
    provider.fetch();
    QCOMPARE(failed.size(), 0);
    QTRY_COMPARE(failed.size(), 1);
}

void tst_AssumeRole::chainedRoles()
{
    auto *first = new AssumeRoleCredentialsProvider(
        new StaticCredentialsProvider(exampleKeys(), this), role(), stsEndpoint(), this);
    AssumeRoleParameters second = role();
    second.roleArn = QStringLiteral("arn:aws:iam::444455556666:role/Auditor");
    AssumeRoleCredentialsProvider chained(first, second, stsEndpoint());
    QSignalSpy fetched(&chained, &CredentialsProvider::fetched);
    chained.fetch();
    QVERIFY(fetched.wait(10000));
    QVERIFY(chained.credentials().accessKeyId != first->credentials().accessKeyId);
    QVERIFY(describeCasesWith(chained.credentials()).kind() == SupportError::Kind::None);

    // STS allows a chained role an hour at most.
    AssumeRoleCredentialsProvider tooLong(first, role(7200), stsEndpoint());
    QSignalSpy failed(&tooLong, &CredentialsProvider::fetchFailed);
    tooLong.fetch();
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.first().first().toString().contains(QLatin1String("role chaining")),
             qPrintable(failed.first().first().toString()));
}

void tst_AssumeRole::sourceFailureIsReported()
{
    AssumeRoleCredentialsProvider provider(new StaticCredentialsProvider({}, this), role(),
                                           stsEndpoint());
    QSignalSpy failed(&provider, &CredentialsProvider::fetchFailed);
    provider.fetch();
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().toString().contains(QLatin1String("source credentials")));
}

void tst_AssumeRole::sourceGoingAwayIsReported()
{
    auto *source = new AssumeRoleCredentialsProvider(
        new StaticCredentialsProvider(exampleKeys(), this), role(), stsEndpoint(), this);
    AssumeRoleCredentialsProvider provider(source, role(), stsEndpoint());
    QSignalSpy failed(&provider, &CredentialsProvider::fetchFailed);
    provider.fetch();
    delete source;
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(!provider.isFetching());
}

static QStringList capturedLog;

static void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &text)
{
    capturedLog.append(QString::fromLatin1(context.category) + u' ' + text);
}

void tst_AssumeRole::debugLogHoldsNoSecret()
{
    QLoggingCategory::setFilterRules(QStringLiteral("casebook.*.debug=true"));
    capturedLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

    AssumeRoleCredentialsProvider provider(new StaticCredentialsProvider(exampleKeys(), this),
                                           role(), stsEndpoint());
    QSignalSpy fetched(&provider, &CredentialsProvider::fetched);
    provider.fetch();
    const bool assumed = fetched.wait(10000);
    const AwsCredentials credentials = provider.credentials();
    const bool called = describeCasesWith(credentials).kind() == SupportError::Kind::None;
    const AssumeRoleResult refused
        = assume(role(), {exampleKeys().accessKeyId, QStringLiteral("a-wrong-secret"), {}, {}});

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QStringLiteral("casebook.auth.warning=false"));
    QVERIFY(assumed && called && !refused.ok());

    const QString log = capturedLog.join(u'\n');
    QVERIFY2(log.contains(QLatin1String("AssumeRole")), "the debug log should say what happened");
    QVERIFY(!log.contains(SandboxServer::exampleSecretAccessKey()));
    QVERIFY(!log.contains(QLatin1String("a-wrong-secret")));
    QVERIFY(!log.contains(credentials.secretAccessKey));
    QVERIFY(!log.contains(credentials.sessionToken));
    QVERIFY(!log.contains(QLatin1String("Signature=")));
}

QTEST_GUILESS_MAIN(tst_AssumeRole)
#include "tst_assumerole.moc"
