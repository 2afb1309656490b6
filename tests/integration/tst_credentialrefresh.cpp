#include "DemoSandbox.h"

#include "ProcessCredentialsProvider.h"
#include "SupportClient.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// clang-format off
const char scriptTemplate[] = R"sh(#!/bin/sh
echo run >> '%1'
key=AKIDEXAMPLE
lifetime=3600
if [ "$(wc -l < '%1')" -eq 1 ]; then key=%2; lifetime=%3; fi
cat <<END
{"Version": 1, "AccessKeyId": "$key", "SecretAccessKey": "%4",
 "SessionToken": "token-$(wc -l < '%1' | tr -d ' ')",
 "Expiration": "$(date -u -d "+$lifetime seconds" +%Y-%m-%dT%H:%M:%SZ)"}
END
)sh";
// clang-format on

/// A credential_process script that counts its runs in a file beside it and prints the
/// sandbox's example key. Run 1 prints \a firstKey and expires after \a firstLifetime
/// seconds; later runs print the example key, valid for an hour.
QByteArray helperScript(const QString &countFile, const QString &firstKey, int firstLifetime)
{
    const QString script = QString::fromLatin1(scriptTemplate);
    return script
        .arg(countFile, firstKey, QString::number(firstLifetime),
             SandboxServer::exampleSecretAccessKey())
        .toUtf8();
}

} // namespace

// SupportClient with credentials from a credential_process against the sandbox: credentials
// are fetched before they are needed and again when they run out or the service says so.
class tst_CredentialRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void fetchesBeforeFirstCallOnly();
    void refreshesCredentialsThatExpireSoon();
    void usesShortLivedCredentialsUntilTheyExpire();
    void refreshesAfterExpiredTokenRefusal();
    void refreshesOnlyOncePerCall();
    void failedFetchFailsWaitingCalls();
    void staticCredentialsReplaceProvider();

private:
    ProcessCredentialsProvider *makeProvider(const QString &firstKey = "AKIDEXAMPLE",
                                             int firstLifetime = 3600);
    void setFaults(const QString &spec);
    int runs() const;
    static SupportError callCases(SupportClient *client, int *attempts = nullptr);

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SupportClient> m_client;
};

void tst_CredentialRefresh::initTestCase()
{
    m_sandbox = DemoSandbox::start();
    QVERIFY(m_sandbox);
}

void tst_CredentialRefresh::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_client = std::make_unique<SupportClient>();
    DemoSandbox::configure(m_client.get(), *m_sandbox);
    m_client->setRetryBaseDelay(std::chrono::milliseconds(1));
}

void tst_CredentialRefresh::cleanup()
{
    m_client.reset();
    m_sandbox->setFaults({});
}

ProcessCredentialsProvider *tst_CredentialRefresh::makeProvider(const QString &firstKey,
                                                                int firstLifetime)
{
    const QString path = m_dir->filePath(QStringLiteral("helper"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return nullptr;
    file.write(helperScript(m_dir->filePath(QStringLiteral("runs")), firstKey, firstLifetime));
    file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    file.close();

    auto provider = new ProcessCredentialsProvider(path, m_client.get());
    provider->setSourceName(QStringLiteral("profile dev (credential_process)"));
    return provider;
}

void tst_CredentialRefresh::setFaults(const QString &spec)
{
    QString problem;
    const auto faults = SandboxFaults::parse(spec, &problem);
    QVERIFY2(faults, qPrintable(problem));
    m_sandbox->setFaults(*faults);
}

int tst_CredentialRefresh::runs() const
{
    QFile file(m_dir->filePath(QStringLiteral("runs")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return int(file.readAll().count('\n'));
}

SupportError tst_CredentialRefresh::callCases(SupportClient *client, int *attempts)
{
    std::unique_ptr<CasesReply> reply(client->describeCases({}));
    QSignalSpy finished(reply.get(), &SupportReply::finished);
    if (!finished.wait(15000))
        return SupportError(SupportError::Kind::Timeout, QStringLiteral("TestTimeout"), {});
    if (attempts)
        *attempts = reply->attempts();
    if (!reply->hasError() && reply->page().cases.isEmpty())
        return SupportError(SupportError::Kind::Protocol, QStringLiteral("NoCases"), {});
    return reply->error();
}

void tst_CredentialRefresh::fetchesBeforeFirstCallOnly()
{
    m_client->setCredentials({});
    ProcessCredentialsProvider *provider = makeProvider();
    m_client->setCredentialsProvider(provider);
    QCOMPARE(m_client->credentialsProvider(), provider);
    QCOMPARE(runs(), 0);

    const SupportError first = callCases(m_client.get());
    QVERIFY2(!first.isError(), qPrintable(first.details()));
    QCOMPARE(runs(), 1);
    QCOMPARE(m_client->credentials().sessionToken, QStringLiteral("token-1"));
    QCOMPARE(m_client->credentials().source, QStringLiteral("profile dev (credential_process)"));

    const SupportError second = callCases(m_client.get());
    QVERIFY2(!second.isError(), qPrintable(second.details()));
    QCOMPARE(runs(), 1);
}

void tst_CredentialRefresh::refreshesCredentialsThatExpireSoon()
{
    // Run 1 hands out a key the sandbox does not know, valid for four more minutes: a call
    // signed with it would fail, so passing proves the client fetched again first.
    ProcessCredentialsProvider *provider = makeProvider(QStringLiteral("AKIDSTALE"), 240);
    QSignalSpy fetched(provider, &CredentialsProvider::fetched);
    provider->fetch();
    QVERIFY(fetched.wait(10000));
    QCOMPARE(provider->credentials().accessKeyId, QStringLiteral("AKIDSTALE"));
    QVERIFY(provider->needsRefresh());

    m_client->setCredentialsProvider(provider);
    const SupportError error = callCases(m_client.get());
    QVERIFY2(!error.isError(), qPrintable(error.details()));
    QCOMPARE(runs(), 2);
    QCOMPARE(m_client->credentials().accessKeyId, QStringLiteral("AKIDEXAMPLE"));
}

void tst_CredentialRefresh::usesShortLivedCredentialsUntilTheyExpire()
{
    // A process that only ever hands out a few minutes must not run before every request.
    m_client->setCredentialsProvider(makeProvider(QStringLiteral("AKIDEXAMPLE"), 120));

    for (int i = 0; i < 3; ++i) {
        const SupportError error = callCases(m_client.get());
        QVERIFY2(!error.isError(), qPrintable(error.details()));
    }
    QCOMPARE(runs(), 1);
}

void tst_CredentialRefresh::refreshesAfterExpiredTokenRefusal()
{
    m_client->setCredentialsProvider(makeProvider());
    setFaults(QStringLiteral("expired-token=2"));

    int attempts = 0;
    SupportError error = callCases(m_client.get(), &attempts);
    QVERIFY2(!error.isError(), qPrintable(error.details()));
    QCOMPARE(runs(), 1);
    QCOMPARE(attempts, 1);

    // The sandbox refuses the second request as signed with an expired token.
    error = callCases(m_client.get(), &attempts);
    QVERIFY2(!error.isError(), qPrintable(error.details()));
    QCOMPARE(runs(), 2);
    QCOMPARE(attempts, 2);
    QCOMPARE(m_client->credentials().sessionToken, QStringLiteral("token-2"));
}

void tst_CredentialRefresh::refreshesOnlyOncePerCall()
{
    m_client->setCredentialsProvider(makeProvider());
    setFaults(QStringLiteral("expired-token=1"));

    int attempts = 0;
    const SupportError error = callCases(m_client.get(), &attempts);
    QCOMPARE(error.code(), QStringLiteral("ExpiredTokenException"));
    QCOMPARE(error.kind(), SupportError::Kind::Authentication);
    QCOMPARE(attempts, 2);
    QCOMPARE(runs(), 2);
}

void tst_CredentialRefresh::failedFetchFailsWaitingCalls()
{
    const QString path = m_dir->filePath(QStringLiteral("failing"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\necho 'The SSO session for dev has expired.' >&2\nexit 2\n");
    file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    file.close();
    auto provider = new ProcessCredentialsProvider(path, m_client.get());
    provider->setSourceName(QStringLiteral("profile dev (credential_process)"));
    m_client->setCredentialsProvider(provider);

    std::unique_ptr<CasesReply> first(m_client->describeCases({}));
    std::unique_ptr<CasesReply> second(m_client->describeCases({}));
    QSignalSpy failed(provider, &CredentialsProvider::fetchFailed);
    QTRY_VERIFY_WITH_TIMEOUT(first->isFinished() && second->isFinished(), 10000);
    QCOMPARE(failed.size(), 1); // the second call joined the first one's fetch

    for (const CasesReply *reply : {first.get(), second.get()}) {
        const SupportError error = reply->error();
        QCOMPARE(error.kind(), SupportError::Kind::Authentication);
        QCOMPARE(error.code(), QStringLiteral("CredentialsUnavailable"));
        QCOMPARE(reply->attempts(), 0);
        QVERIFY2(error.userMessage().contains(
                     QLatin1String("profile dev (credential_process): the command exited with "
                                   "code 2. It said: The SSO session for dev has expired.")),
                 qPrintable(error.userMessage()));
    }
}

void tst_CredentialRefresh::staticCredentialsReplaceProvider()
{
    m_client->setCredentialsProvider(makeProvider());
    m_client->setCredentials({SandboxServer::exampleAccessKeyId(),
                              SandboxServer::exampleSecretAccessKey(),
                              {},
                              QStringLiteral("test")});
    QCOMPARE(m_client->credentialsProvider(), nullptr);

    const SupportError error = callCases(m_client.get());
    QVERIFY2(!error.isError(), qPrintable(error.details()));
    QCOMPARE(runs(), 0);
}

QTEST_GUILESS_MAIN(tst_CredentialRefresh)
#include "tst_credentialrefresh.moc"
