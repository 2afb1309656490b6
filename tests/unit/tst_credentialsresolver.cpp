#include "CredentialsResolver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class tst_CredentialsResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void environmentComesFirst();
    void explicitProfileBeatsEnvironment();
    void defaultProfileFromFiles();
    void configProfilesNeedThePrefix();
    void regionAndEndpointOrder_data();
    void regionAndEndpointOrder();
    void missingCredentialsExplained();
    void retryAttemptsAndCaBundle();
    void halfAKeyPairIsAnError();
    void unsupportedProfileKindsAreNamed_data();
    void unsupportedProfileKindsAreNamed();
    void quirkyFile();

private:
    void write(const QString &name, const QByteArray &content);
    QProcessEnvironment environment() const;

    QTemporaryDir m_dir;
};

void tst_CredentialsResolver::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("credentials")));
    QFile::remove(m_dir.filePath(QStringLiteral("config")));
}

void tst_CredentialsResolver::write(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
}

QProcessEnvironment tst_CredentialsResolver::environment() const
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("HOME"), m_dir.path());
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                       m_dir.filePath(QStringLiteral("credentials")));
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), m_dir.filePath(QStringLiteral("config")));
    return environment;
}

void tst_CredentialsResolver::environmentComesFirst()
{
    write(QStringLiteral("credentials"),
          "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = filesecret\n");
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("envsecret"));
    env.insert(QStringLiteral("AWS_SESSION_TOKEN"), QStringLiteral("envtoken"));

    const ResolvedConnection resolved = CredentialsResolver(env).resolve({});
    QVERIFY(resolved.isValid());
    QCOMPARE(resolved.credentials.accessKeyId, QStringLiteral("AKIDENV"));
    QCOMPARE(resolved.credentials.sessionToken, QStringLiteral("envtoken"));
}

void tst_CredentialsResolver::explicitProfileBeatsEnvironment()
{
    write(QStringLiteral("credentials"),
          "[work]\naws_access_key_id=AKIDWORK\naws_secret_access_key=a/b+c=d\n");
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("envsecret"));

    ConnectionOptions options;
    options.profile = QStringLiteral("work");
    const ResolvedConnection resolved = CredentialsResolver(env).resolve(options);
    QVERIFY(resolved.isValid());
    QCOMPARE(resolved.credentials.accessKeyId, QStringLiteral("AKIDWORK"));
    QCOMPARE(resolved.credentials.secretAccessKey, QStringLiteral("a/b+c=d"));
    QCOMPARE(resolved.profile, QStringLiteral("work"));
}

void tst_CredentialsResolver::defaultProfileFromFiles()
{
    write(QStringLiteral("credentials"),
          "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = filesecret\n");
    write(QStringLiteral("config"), "[default]\nregion = eu-west-1\n");

    const ResolvedConnection resolved = CredentialsResolver(environment()).resolve({});
    QVERIFY(resolved.isValid());
    QCOMPARE(resolved.credentials.accessKeyId, QStringLiteral("AKIDFILE"));
    QCOMPARE(resolved.region, QStringLiteral("eu-west-1"));
    QCOMPARE(resolved.endpoint.signingRegion, QStringLiteral("us-east-1"));
}

void tst_CredentialsResolver::configProfilesNeedThePrefix()
{
    write(QStringLiteral("config"),
          "[profile dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = devsecret\n"
          "[ops]\naws_access_key_id = AKIDOPS\naws_secret_access_key = opssecret\n");
    QProcessEnvironment env = environment();

    env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("dev"));
    QCOMPARE(CredentialsResolver(env).resolve({}).credentials.accessKeyId,
             QStringLiteral("AKIDDEV"));

    env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("ops"));
    const ResolvedConnection resolved = CredentialsResolver(env).resolve({});
    QVERIFY(!resolved.isValid());
    QVERIFY(resolved.errorMessage.contains(QLatin1String("ops")));
    QVERIFY(!resolved.diagnostics.isEmpty());
}

void tst_CredentialsResolver::regionAndEndpointOrder_data()
{
    QTest::addColumn<QString>("optionRegion");
    QTest::addColumn<QString>("envRegion");
    QTest::addColumn<QString>("envSupportUrl");
    QTest::addColumn<QString>("envUrl");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("url");

    QTest::newRow("nothing set") << "" << "" << "" << "" << "us-east-1"
                                 << "https://support.us-east-1.amazonaws.com";
    QTest::newRow("option region") << "ap-south-1" << "eu-west-1" << "" << "" << "ap-south-1"
                                   << "https://support.us-east-1.amazonaws.com";
    QTest::newRow("env region") << "" << "cn-north-1" << "" << "" << "cn-north-1"
                                << "https://support.cn-north-1.amazonaws.com.cn";
    QTest::newRow("service url beats global") << "" << "" << "http://127.0.0.1:1"
                                              << "http://127.0.0.1:2" << "us-east-1"
                                              << "http://127.0.0.1:1";
    QTest::newRow("global url") << "" << "" << "" << "http://127.0.0.1:2" << "us-east-1"
                                << "http://127.0.0.1:2";
}

void tst_CredentialsResolver::regionAndEndpointOrder()
{
    QFETCH(QString, optionRegion);
    QFETCH(QString, envRegion);
    QFETCH(QString, envSupportUrl);
    QFETCH(QString, envUrl);
    QFETCH(QString, region);
    QFETCH(QString, url);

    QProcessEnvironment env = environment();
    if (!envRegion.isEmpty())
        env.insert(QStringLiteral("AWS_REGION"), envRegion);
    if (!envSupportUrl.isEmpty())
        env.insert(QStringLiteral("AWS_ENDPOINT_URL_SUPPORT"), envSupportUrl);
    if (!envUrl.isEmpty())
        env.insert(QStringLiteral("AWS_ENDPOINT_URL"), envUrl);

    ConnectionOptions options;
    options.region = optionRegion;
    const ResolvedConnection resolved = CredentialsResolver(env).resolve(options);
    QCOMPARE(resolved.region, region);
    QCOMPARE(resolved.endpoint.url, QUrl(url));

    options.endpointUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    QCOMPARE(CredentialsResolver(env).resolve(options).endpoint.url, options.endpointUrl);
}

void tst_CredentialsResolver::missingCredentialsExplained()
{
    const ResolvedConnection resolved = CredentialsResolver(environment()).resolve({});
    QVERIFY(!resolved.isValid());
    QVERIFY(resolved.errorMessage.contains(QLatin1String("AWS_ACCESS_KEY_ID")));

    ConnectionOptions options;
    options.profile = QStringLiteral("nowhere");
    QVERIFY(CredentialsResolver(environment())
                .resolve(options)
                .errorMessage.contains(QLatin1String("nowhere")));
}

void tst_CredentialsResolver::retryAttemptsAndCaBundle()
{
    write(QStringLiteral("config"),
          "[default]\nmax_attempts = 7\nca_bundle = /etc/corp/ca.pem\n");
    ResolvedConnection resolved = CredentialsResolver(environment()).resolve({});
    QCOMPARE(resolved.maxAttempts, 7);
    QCOMPARE(resolved.caBundle, QStringLiteral("/etc/corp/ca.pem"));

    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("2"));
    env.insert(QStringLiteral("AWS_CA_BUNDLE"), QStringLiteral("/tmp/other.pem"));
    resolved = CredentialsResolver(env).resolve({});
    QCOMPARE(resolved.maxAttempts, 2);
    QCOMPARE(resolved.caBundle, QStringLiteral("/tmp/other.pem"));

    env.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("many"));
    resolved = CredentialsResolver(env).resolve({});
    QCOMPARE(resolved.maxAttempts, 0);
    QVERIFY(resolved.diagnostics.join(u'\n').contains(QLatin1String("many")));
}

void tst_CredentialsResolver::halfAKeyPairIsAnError()
{
    // A [default] profile is there, but it may be another account: do not fall back on it.
    write(QStringLiteral("credentials"),
          "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = filesecret\n");
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDPROD"));

    ResolvedConnection resolved = CredentialsResolver(env).resolve({});
    QVERIFY(!resolved.isValid());
    QVERIFY(resolved.errorMessage.contains(QLatin1String("AWS_SECRET_ACCESS_KEY is not")));

    env.remove(QStringLiteral("AWS_ACCESS_KEY_ID"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("secret"));
    resolved = CredentialsResolver(env).resolve({});
    QVERIFY(!resolved.isValid());
    QVERIFY(resolved.errorMessage.contains(QLatin1String("AWS_ACCESS_KEY_ID is not")));
    QVERIFY(!resolved.errorMessage.contains(QLatin1String("secret")));
}

void tst_CredentialsResolver::unsupportedProfileKindsAreNamed_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("named");

    QTest::newRow("credential_process")
        << QByteArray("[profile p]\ncredential_process = /usr/bin/helper\n")
        << "credential_process";
    QTest::newRow("assume role")
        << QByteArray("[profile p]\nrole_arn = arn:aws:iam::111122223333:role/r\n"
                      "source_profile = default\n")
        << "role_arn";
    QTest::newRow("sso") << QByteArray("[profile p]\nsso_session = corp\n") << "sso_session";
}

void tst_CredentialsResolver::unsupportedProfileKindsAreNamed()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, named);

    write(QStringLiteral("config"), config);
    ConnectionOptions options;
    options.profile = QStringLiteral("p");
    const ResolvedConnection resolved = CredentialsResolver(environment()).resolve(options);
    QVERIFY(!resolved.isValid());
    QVERIFY2(resolved.errorMessage.contains(named), qPrintable(resolved.errorMessage));
}

void tst_CredentialsResolver::quirkyFile()
{
    write(QStringLiteral("credentials"),
          "# comment\n; another comment\n\n[default]\r\n"
          "aws_access_key_id=AKIDQUIRK   \r\n"
          "aws_secret_access_key   =   with=equals/and+plus  \r\n"
          "this line has no equals sign\n");

    const ResolvedConnection resolved = CredentialsResolver(environment()).resolve({});
    QVERIFY(resolved.isValid());
    QCOMPARE(resolved.credentials.accessKeyId, QStringLiteral("AKIDQUIRK"));
    QCOMPARE(resolved.credentials.secretAccessKey, QStringLiteral("with=equals/and+plus"));
    QCOMPARE(resolved.diagnostics.size(), 1);
    QVERIFY(resolved.diagnostics.first().contains(QLatin1String(":7:")));
}

QTEST_GUILESS_MAIN(tst_CredentialsResolver)
#include "tst_credentialsresolver.moc"
