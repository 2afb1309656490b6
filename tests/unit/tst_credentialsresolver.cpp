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
    void sharedFileQuirks_data();
    void sharedFileQuirks();
    void credentialKinds_data();
    void credentialKinds();
    void assumeRole_data();
    void assumeRole();
    void roleSettings();
    void endpoints_data();
    void endpoints();
    void stsNoticeForLocalSupport_data();
    void stsNoticeForLocalSupport();
    void partitions_data();
    void partitions();
    void sharedFilePathsExpand();

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

    QTest::newRow("sso session") << QByteArray("[profile p]\nsso_session = corp\n")
                                 << "IAM Identity Center";
    QTest::newRow("legacy sso")
        << QByteArray("[profile p]\nsso_start_url = https://corp.awsapps.com/start\n")
        << "sso_start_url";
    QTest::newRow("sso beats a key")
        << QByteArray("[profile p]\nsso_session = corp\naws_access_key_id = AKID\n"
                      "aws_secret_access_key = s\n")
        << "sso_session";
    QTest::newRow("web identity")
        << QByteArray("[profile p]\nweb_identity_token_file = /var/token\n") << "web identity";
    QTest::newRow("role with web identity")
        << QByteArray("[profile p]\nrole_arn = arn:aws:iam::111122223333:role/r\n"
                      "web_identity_token_file = /var/token\n")
        << "web_identity_token_file";
    QTest::newRow("credential_source")
        << QByteArray("[profile p]\nrole_arn = arn:aws:iam::111122223333:role/r\n"
                      "credential_source = Ec2InstanceMetadata\n")
        << "credential_source";
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
          "aws_secret_access_key   =   with=equals/and+plus  \r\n");
    write(QStringLiteral("config"),
          "[default]\nregion = eu-north-1\n\n[preview]\ncloudfront = true\n");

    const ResolvedConnection resolved = CredentialsResolver(environment()).resolve({});
    QVERIFY(resolved.isValid());
    QCOMPARE(resolved.credentials.accessKeyId, QStringLiteral("AKIDQUIRK"));
    QCOMPARE(resolved.credentials.secretAccessKey, QStringLiteral("with=equals/and+plus"));
    QCOMPARE(resolved.diagnostics.size(), 1);
    QVERIFY(resolved.diagnostics.first().contains(QLatin1String("config:4:")));
}

// Each row is a pair of shared files and what the AWS CLI makes of them (checked against
// botocore's own reader): the key it finds, the region, or the reason it refuses to start.
void tst_CredentialsResolver::sharedFileQuirks_data()
{
    QTest::addColumn<QByteArray>("credentials");
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("accessKeyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("diagnostic");

    const QByteArray keys = "aws_access_key_id = AKIDOK\naws_secret_access_key = ok\n";
    const QByteArray defaultKeys = "[default]\n" + keys;

    QTest::newRow("comments of both kinds, indented too")
        << QByteArray("# one\n; two\n[default]\n   # three\n  ; four\n" + keys) << QByteArray()
        << "" << "AKIDOK" << "ok" << "us-east-1" << "" << "";
    QTest::newRow("no spaces around =; = / + in the value")
        << QByteArray("[default]\naws_access_key_id=AKIDA\naws_secret_access_key=a=b/c+d==\n")
        << QByteArray() << "" << "AKIDA" << "a=b/c+d==" << "us-east-1" << "" << "";
    QTest::newRow("colon separates like =")
        << QByteArray("[default]\naws_access_key_id : AKIDC\naws_secret_access_key:x:y\n")
        << QByteArray() << "" << "AKIDC" << "x:y" << "us-east-1" << "" << "";
    QTest::newRow("= before : wins")
        << QByteArray("[default]\naws_access_key_id = AKID:1\naws_secret_access_key = s\n")
        << QByteArray() << "" << "AKID:1" << "s" << "us-east-1" << "" << "";
    QTest::newRow("inline # is part of the value")
        << defaultKeys << QByteArray("[default]\nregion = eu-west-1 # Ireland\n") << ""
        << "AKIDOK" << "ok" << "eu-west-1 # Ireland" << "" << "";
    QTest::newRow("inline ; is part of the value")
        << QByteArray("[default]\naws_access_key_id = AKIDS\naws_secret_access_key = ab ;cd\n")
        << QByteArray() << "" << "AKIDS" << "ab ;cd" << "us-east-1" << "" << "";
    QTest::newRow("CRLF") << QByteArray("[default]\r\naws_access_key_id = AKIDCR\r\n"
                                        "aws_secret_access_key = s\r\n")
                          << QByteArray("[default]\r\nregion = ca-central-1\r\n") << ""
                          << "AKIDCR" << "s" << "ca-central-1" << "" << "";
    QTest::newRow("lone CR ends lines")
        << QByteArray("[default]\raws_access_key_id = AKIDR\raws_secret_access_key = s\r")
        << QByteArray() << "" << "AKIDR" << "s" << "us-east-1" << "" << "";
    QTest::newRow("no newline at the end")
        << QByteArray("[default]\naws_access_key_id = AKIDE\naws_secret_access_key = s")
        << QByteArray() << "" << "AKIDE" << "s" << "us-east-1" << "" << "";
    QTest::newRow("keys in any case")
        << QByteArray("[default]\nAWS_ACCESS_KEY_ID = AKIDU\nAws_Secret_Access_Key = s\n")
        << QByteArray("[default]\nREGION = us-west-1\n") << "" << "AKIDU" << "s"
        << "us-west-1" << "" << "";
    QTest::newRow("section names keep their case")
        << QByteArray("[Default]\n" + keys) << QByteArray() << "" << "" << "" << "us-east-1"
        << "No AWS credentials" << "";
    QTest::newRow("spaces inside the brackets make another name")
        << QByteArray("[ default ]\n" + keys) << QByteArray() << "" << "" << "" << "us-east-1"
        << "No AWS credentials" << "";
    QTest::newRow("header with a comment after it")
        << QByteArray("[default] ; main account\n" + keys) << QByteArray() << "" << "AKIDOK"
        << "ok" << "us-east-1" << "" << "";
    QTest::newRow("indented settings under a header")
        << QByteArray("[default]\n    aws_access_key_id = AKIDI\n    aws_secret_access_key = s\n")
        << QByteArray() << "" << "AKIDI" << "s" << "us-east-1" << "" << "";
    QTest::newRow("deeper indent continues the value")
        << defaultKeys << QByteArray("[default]\nregion = us-west-2\n  extra\n") << ""
        << "AKIDOK" << "ok" << "us-west-2\nextra" << "" << "";
    QTest::newRow("nested block")
        << defaultKeys
        << QByteArray("[default]\ns3 =\n  max_concurrent_requests = 20\n\n  # tuned\n"
                      "  addressing_style = path\nregion = ap-southeast-2\n")
        << "" << "AKIDOK" << "ok" << "ap-southeast-2" << "" << "";
    QTest::newRow("blank lines and trailing spaces")
        << QByteArray("\n\n[default]   \n\n" + keys + "\n\n") << QByteArray() << "" << "AKIDOK"
        << "ok" << "us-east-1" << "" << "";
    QTest::newRow("[DEFAULT] settings apply to every profile")
        << QByteArray("[dev]\n" + keys) << QByteArray("[DEFAULT]\nregion = sa-east-1\n"
                                                     "[profile dev]\noutput = json\n")
        << "dev" << "AKIDOK" << "ok" << "sa-east-1" << "" << "";
    QTest::newRow("[profile default] in the config file")
        << QByteArray() << QByteArray("[profile default]\n" + keys) << "" << "AKIDOK" << "ok"
        << "us-east-1" << "" << "";
    QTest::newRow("a later [profile default] replaces [default]")
        << defaultKeys
        << QByteArray("[default]\nregion = eu-west-1\n[profile default]\nregion = eu-west-2\n")
        << "" << "AKIDOK" << "ok" << "eu-west-2" << "" << "config:3: profile 'default'";
    QTest::newRow("config section without 'profile' is passed over")
        << QByteArray() << QByteArray("[work]\n" + keys) << "work" << "" << "" << "us-east-1"
        << "'work' was not found" << "config:1: section [work] ignored";
    QTest::newRow("credentials file takes names as written")
        << QByteArray("[profile work]\n" + keys) << QByteArray() << "work" << "" << ""
        << "us-east-1" << "'work' was not found" << "";
    QTest::newRow("quoted profile name")
        << QByteArray() << QByteArray("[profile \"my work\"]\n" + keys) << "my work" << "AKIDOK"
        << "ok" << "us-east-1" << "" << "";
    QTest::newRow("spaces around the profile name")
        << QByteArray() << QByteArray("[profile   dev  ]\n" + keys) << "dev" << "AKIDOK" << "ok"
        << "us-east-1" << "" << "";
    QTest::newRow("three words are no profile")
        << QByteArray() << QByteArray("[profile a b]\n" + keys) << "a b" << "" << ""
        << "us-east-1" << "'a b' was not found" << "section [profile a b] ignored";
    QTest::newRow("open quote is no profile")
        << QByteArray() << QByteArray("[profile \"dev]\n" + keys) << "\"dev" << "" << ""
        << "us-east-1" << "was not found" << "ignored";
    QTest::newRow("credentials file beats config file")
        << QByteArray("[default]\naws_access_key_id = AKIDCRED\naws_secret_access_key = c\n")
        << QByteArray("[default]\naws_access_key_id = AKIDCONF\naws_secret_access_key = f\n")
        << "" << "AKIDCRED" << "c" << "us-east-1" << "" << "";
    QTest::newRow("key in config file only")
        << QByteArray() << QByteArray("[profile ops]\n" + keys + "region = eu-south-1\n")
        << "ops" << "AKIDOK" << "ok" << "eu-south-1" << "" << "";
    QTest::newRow("half a key pair")
        << QByteArray("[default]\naws_access_key_id = AKIDHALF\n") << QByteArray() << "" << ""
        << "" << "us-east-1" << "no aws_secret_access_key" << "";
    QTest::newRow("repeated key")
        << QByteArray("[default]\naws_access_key_id = A\naws_access_key_id = B\n") << QByteArray()
        << "" << "" << "" << "us-east-1" << "line 3, cannot be read" << "";
    QTest::newRow("repeated key in another case")
        << defaultKeys << QByteArray("[default]\nregion = x\nRegion = y\n") << "" << "" << ""
        << "us-east-1" << "config, line 3" << "";
    QTest::newRow("repeated section")
        << QByteArray(defaultKeys + "[default]\nregion = x\n") << QByteArray() << "" << "" << ""
        << "us-east-1" << "line 4, cannot be read" << "";
    QTest::newRow("setting before any section")
        << QByteArray("region = x\n" + defaultKeys) << QByteArray() << "" << "" << ""
        << "us-east-1" << "line 1, cannot be read" << "";
    QTest::newRow("line that is no setting")
        << QByteArray(defaultKeys + "just words\n") << QByteArray() << "" << "" << ""
        << "us-east-1" << "line 4, cannot be read" << "";
    QTest::newRow("setting without a name")
        << QByteArray(defaultKeys + "= value\n") << QByteArray() << "" << "" << "" << "us-east-1"
        << "line 4" << "";
    QTest::newRow("a broken config file stops environment credentials too")
        << QByteArray() << QByteArray("[default]\nregion\n") << "" << "" << "" << "us-east-1"
        << "config, line 2" << "";
    QTest::newRow("byte order mark")
        << QByteArray("\xEF\xBB\xBF" + defaultKeys) << QByteArray() << "" << "" << ""
        << "us-east-1" << "byte order mark" << "";
    QTest::newRow("not UTF-8")
        << QByteArray("[default]\n" + keys + "# caf\xE9\n") << QByteArray() << "" << "" << ""
        << "us-east-1" << "not UTF-8" << "";
    QTest::newRow("session token and its old name")
        << QByteArray("[default]\n" + keys + "aws_security_token = old\n") << QByteArray() << ""
        << "AKIDOK" << "ok" << "us-east-1" << "" << "";
    QTest::newRow("no files at all")
        << QByteArray() << QByteArray() << "" << "" << "" << "us-east-1"
        << "No AWS credentials" << "";
}

void tst_CredentialsResolver::sharedFileQuirks()
{
    QFETCH(QByteArray, credentials);
    QFETCH(QByteArray, config);
    QFETCH(QString, profile);
    QFETCH(QString, accessKeyId);
    QFETCH(QString, secret);
    QFETCH(QString, region);
    QFETCH(QString, error);
    QFETCH(QString, diagnostic);

    if (!credentials.isEmpty())
        write(QStringLiteral("credentials"), credentials);
    if (!config.isEmpty())
        write(QStringLiteral("config"), config);
    QProcessEnvironment env = environment();
    if (!profile.isEmpty())
        env.insert(QStringLiteral("AWS_PROFILE"), profile);
    if (QByteArray(QTest::currentDataTag()).contains("environment")) {
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("env"));
    }

    const ResolvedConnection resolved = CredentialsResolver(env).resolve({});
    QCOMPARE(resolved.credentials.accessKeyId, accessKeyId);
    QCOMPARE(resolved.credentials.secretAccessKey, secret);
    QCOMPARE(resolved.isValid(), error.isEmpty());
    QVERIFY2(resolved.errorMessage.contains(error), qPrintable(resolved.errorMessage));
    if (error.isEmpty())
        QCOMPARE(resolved.region, region);
    const QString diagnostics = resolved.diagnostics.join(u'\n');
    QVERIFY2(diagnostic.isEmpty() ? diagnostics.isEmpty() : diagnostics.contains(diagnostic),
             qPrintable(diagnostics));
}

// Where a profile's credentials come from, in the AWS CLI's order.
void tst_CredentialsResolver::credentialKinds_data()
{
    QTest::addColumn<QByteArray>("credentials");
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("accessKeyId");
    QTest::addColumn<QString>("process");

    const QByteArray key = "[p]\naws_access_key_id = AKIDCRED\naws_secret_access_key = s\n";
    const QByteArray process = "credential_process = /usr/bin/helper --profile \"p q\"\n";
    const QByteArray configKey = "aws_access_key_id = AKIDCONF\naws_secret_access_key = s\n";

    QTest::newRow("credentials file key beats credential_process")
        << key << QByteArray("[profile p]\n" + process) << "AKIDCRED" << "";
    QTest::newRow("credential_process beats config file key")
        << QByteArray() << QByteArray("[profile p]\n" + configKey + process) << ""
        << "/usr/bin/helper --profile \"p q\"";
    QTest::newRow("credential_process in the credentials file")
        << QByteArray("[p]\n" + process) << QByteArray() << ""
        << "/usr/bin/helper --profile \"p q\"";
    QTest::newRow("config file key") << QByteArray() << QByteArray("[profile p]\n" + configKey)
                                     << "AKIDCONF" << "";
}

void tst_CredentialsResolver::credentialKinds()
{
    QFETCH(QByteArray, credentials);
    QFETCH(QByteArray, config);
    QFETCH(QString, accessKeyId);
    QFETCH(QString, process);

    if (!credentials.isEmpty())
        write(QStringLiteral("credentials"), credentials);
    write(QStringLiteral("config"), config);
    ConnectionOptions options;
    options.profile = QStringLiteral("p");

    const ResolvedConnection resolved = CredentialsResolver(environment()).resolve(options);
    QVERIFY2(resolved.isValid(), qPrintable(resolved.errorMessage));
    QCOMPARE(resolved.credentials.accessKeyId, accessKeyId);
    QCOMPARE(resolved.credentialProcess, process);
    QCOMPARE(resolved.profile, QStringLiteral("p"));
    QVERIFY(!resolved.assumeRole.isValid());
}

void tst_CredentialsResolver::assumeRole_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("roles");  ///< role names, first assumed first; empty: none
    QTest::addColumn<QString>("accessKeyId");
    QTest::addColumn<QString>("process");
    QTest::addColumn<QString>("error");

    const auto role = [](const char *name, const char *source) {
        return QByteArray("[profile ") + name + "]\nrole_arn = arn:aws:iam::111122223333:role/"
            + name + "\nsource_profile = " + source + '\n';
    };
    const QByteArray base = "[profile base]\naws_access_key_id = AKIDBASE\n"
                            "aws_secret_access_key = s\n";
    const QByteArray helper = "[profile helper]\ncredential_process = /bin/helper\n";

    QTest::newRow("source has a key") << role("p", "base") + base << "p" << "AKIDBASE" << ""
                                      << "";
    QTest::newRow("source runs a process")
        << role("p", "helper") + helper << "p" << "" << "/bin/helper" << "";
    QTest::newRow("chain of three")
        << role("p", "mid") + role("mid", "low") + role("low", "base") + base << "low,mid,p"
        << "AKIDBASE" << "" << "";
    QTest::newRow("a source's key beats its role")
        << role("p", "mid") + role("mid", "base") + "aws_access_key_id = AKIDMID\n"
               "aws_secret_access_key = m\n" + base
        << "p" << "AKIDMID" << "" << "";
    QTest::newRow("the role beats the profile's own key")
        << role("p", "base") + "aws_access_key_id = AKIDOWN\naws_secret_access_key = o\n" + base
        << "p" << "AKIDBASE" << "" << "";
    QTest::newRow("a profile may be its own source with a key")
        << role("p", "p") + "aws_access_key_id = AKIDSELF\naws_secret_access_key = o\n" << "p"
        << "AKIDSELF" << "" << "";
    QTest::newRow("its own source without a key") << role("p", "p") << "" << "" << ""
                                                  << "loop";
    QTest::newRow("loop of two") << role("p", "q") + role("q", "p") << "" << "" << ""
                                 << "p -> q -> p";
    QTest::newRow("loop further down")
        << role("p", "q") + role("q", "r") + role("r", "q") << "" << "" << "" << "q -> r -> q";
    QTest::newRow("missing source") << role("p", "nowhere") << "" << "" << ""
                                    << "'nowhere' named in profile 'p' does not exist";
    QTest::newRow("source without credentials")
        << role("p", "empty") + "[profile empty]\nregion = eu-west-1\n" << "" << "" << ""
        << "'empty' has no credentials";
    QTest::newRow("no source_profile")
        << QByteArray("[profile p]\nrole_arn = arn:aws:iam::111122223333:role/p\n") << "" << ""
        << "" << "no source_profile";
    QTest::newRow("source_profile and credential_source")
        << role("p", "base") + "credential_source = Environment\n" + base << "" << "" << ""
        << "both source_profile and credential_source";
    QTest::newRow("MFA") << role("p", "base") + "mfa_serial = arn:aws:iam::1:mfa/me\n" + base
                         << "" << "" << "" << "mfa_serial";
    QTest::newRow("source needs sign-in")
        << role("p", "corp") + "[profile corp]\nsso_session = corp\n" << "" << "" << ""
        << "IAM Identity Center";
}

void tst_CredentialsResolver::assumeRole()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, roles);
    QFETCH(QString, accessKeyId);
    QFETCH(QString, process);
    QFETCH(QString, error);

    write(QStringLiteral("config"), config);
    ConnectionOptions options;
    options.profile = QStringLiteral("p");
    const ResolvedConnection resolved = CredentialsResolver(environment()).resolve(options);
    QVERIFY2(resolved.errorMessage.contains(error), qPrintable(resolved.errorMessage));
    QCOMPARE(resolved.isValid(), error.isEmpty());
    QCOMPARE(resolved.credentials.accessKeyId, accessKeyId);
    QCOMPARE(resolved.credentialProcess, process);

    QStringList assumed;
    for (const AssumeRoleParameters &role : resolved.sourceRoles)
        assumed.append(role.roleArn.section(u'/', -1));
    if (resolved.assumeRole.isValid())
        assumed.append(resolved.assumeRole.roleArn.section(u'/', -1));
    QCOMPARE(assumed.join(u','), roles);
}

void tst_CredentialsResolver::roleSettings()
{
    write(QStringLiteral("credentials"), "[base]\naws_access_key_id = AKIDBASE\n"
                                         "aws_secret_access_key = s\n");
    write(QStringLiteral("config"),
          "[profile admin]\nrole_arn = arn:aws:iam::111122223333:role/Admin\n"
          "source_profile = base\nexternal_id = a=b\nrole_session_name = alice\n"
          "duration_seconds = 1800\n"
          "[profile slow]\nrole_arn = arn:aws:iam::111122223333:role/Slow\n"
          "source_profile = base\nduration_seconds = 2h\n");
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("admin"));

    ResolvedConnection resolved = CredentialsResolver(env).resolve({});
    QVERIFY(resolved.isValid());
    QCOMPARE(resolved.profile, QStringLiteral("admin"));
    QCOMPARE(resolved.assumeRole.roleArn, QStringLiteral("arn:aws:iam::111122223333:role/Admin"));
    QCOMPARE(resolved.assumeRole.externalId, QStringLiteral("a=b"));
    QCOMPARE(resolved.assumeRole.roleSessionName, QStringLiteral("alice"));
    QCOMPARE(resolved.assumeRole.durationSeconds, 1800);
    QCOMPARE(resolved.credentials.source, QStringLiteral("profile base"));

    env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("slow"));
    resolved = CredentialsResolver(env).resolve({});
    QVERIFY(resolved.isValid());
    QCOMPARE(resolved.assumeRole.durationSeconds, 3600);
    QVERIFY2(resolved.diagnostics.join(u'\n').contains(QLatin1String("config:10: duration")),
             qPrintable(resolved.diagnostics.join(u'\n')));
}

void tst_CredentialsResolver::endpoints_data()
{
    QTest::addColumn<QStringList>("variables");  ///< NAME=value
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("explicitUrl");
    QTest::addColumn<QString>("supportUrl");
    QTest::addColumn<QString>("stsUrl");

    const QString support = QStringLiteral("https://support.us-east-1.amazonaws.com");
    const QString sts = QStringLiteral("https://sts.us-east-1.amazonaws.com");
    const QByteArray keys = "aws_access_key_id = AKID\naws_secret_access_key = s\n";

    QTest::newRow("defaults") << QStringList() << QByteArray() << "" << support << sts;
    QTest::newRow("global variable serves both")
        << QStringList {"AWS_ENDPOINT_URL=http://127.0.0.1:1"} << QByteArray() << ""
        << "http://127.0.0.1:1" << "http://127.0.0.1:1";
    QTest::newRow("service variables beat the global one")
        << QStringList {"AWS_ENDPOINT_URL=http://127.0.0.1:1",
                        "AWS_ENDPOINT_URL_SUPPORT=http://127.0.0.1:2",
                        "AWS_ENDPOINT_URL_STS=http://127.0.0.1:3"}
        << QByteArray() << "" << "http://127.0.0.1:2" << "http://127.0.0.1:3";
    QTest::newRow("explicit URL is for Support only")
        << QStringList {"AWS_ENDPOINT_URL_SUPPORT=http://127.0.0.1:2"} << QByteArray()
        << "http://127.0.0.1:9" << "http://127.0.0.1:9" << sts;
    QTest::newRow("profile endpoint_url")
        << QStringList() << QByteArray("[default]\nendpoint_url = http://127.0.0.1:4\n" + keys)
        << "" << "http://127.0.0.1:4" << "http://127.0.0.1:4";
    QTest::newRow("variable beats profile")
        << QStringList {"AWS_ENDPOINT_URL=http://127.0.0.1:1"}
        << QByteArray("[default]\nendpoint_url = http://127.0.0.1:4\n") << ""
        << "http://127.0.0.1:1" << "http://127.0.0.1:1";
    QTest::newRow("services section")
        << QStringList()
        << QByteArray("[default]\nservices = local\nendpoint_url = http://127.0.0.1:4\n"
                      "[services local]\nsupport =\n  endpoint_url = http://127.0.0.1:5\n")
        << "" << "http://127.0.0.1:5" << "http://127.0.0.1:4";
    QTest::newRow("ignored by variable")
        << QStringList {"AWS_ENDPOINT_URL=http://127.0.0.1:1",
                        "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=True"}
        << QByteArray("[default]\nendpoint_url = http://127.0.0.1:4\n") << "" << support << sts;
    QTest::newRow("ignored by profile, explicit kept")
        << QStringList {"AWS_ENDPOINT_URL_STS=http://127.0.0.1:3"}
        << QByteArray("[default]\nignore_configured_endpoint_urls = true\n")
        << "http://127.0.0.1:9" << "http://127.0.0.1:9" << sts;
    QTest::newRow("variable false overrides profile true")
        << QStringList {"AWS_ENDPOINT_URL_STS=http://127.0.0.1:3",
                        "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=false"}
        << QByteArray("[default]\nignore_configured_endpoint_urls = true\n") << "" << support
        << "http://127.0.0.1:3";
}

void tst_CredentialsResolver::endpoints()
{
    QFETCH(QStringList, variables);
    QFETCH(QByteArray, config);
    QFETCH(QString, explicitUrl);
    QFETCH(QString, supportUrl);
    QFETCH(QString, stsUrl);

    if (!config.isEmpty())
        write(QStringLiteral("config"), config);
    QProcessEnvironment env = environment();
    for (const QString &variable : variables)
        env.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    ConnectionOptions options;
    options.endpointUrl = QUrl(explicitUrl);

    const ResolvedConnection resolved = CredentialsResolver(env).resolve(options);
    QCOMPARE(resolved.endpoint.url, QUrl(supportUrl));
    QCOMPARE(resolved.stsEndpoint.url, QUrl(stsUrl));
}

void tst_CredentialsResolver::stsNoticeForLocalSupport_data()
{
    QTest::addColumn<QStringList>("variables");  ///< NAME=value
    QTest::addColumn<QString>("explicitUrl");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("notice");

    QTest::newRow("loopback, STS not moved") << QStringList() << "http://127.0.0.1:9" << "role"
                                             << true;
    QTest::newRow("localhost") << QStringList() << "http://localhost:9" << "role" << true;
    QTest::newRow("private network") << QStringList() << "https://192.168.1.20" << "role"
                                     << true;
    QTest::newRow("STS moved too")
        << QStringList {"AWS_ENDPOINT_URL_STS=http://127.0.0.1:3"} << "http://127.0.0.1:9"
        << "role" << false;
    QTest::newRow("no role") << QStringList() << "http://127.0.0.1:9" << "base" << false;
    QTest::newRow("public endpoint") << QStringList() << "https://proxy.example.com" << "role"
                                     << false;
    QTest::newRow("no endpoint") << QStringList() << "" << "role" << false;
}

void tst_CredentialsResolver::stsNoticeForLocalSupport()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, explicitUrl);
    QFETCH(QString, profile);
    QFETCH(bool, notice);

    write(QStringLiteral("config"),
          "[profile role]\nrole_arn = arn:aws:iam::111122223333:role/R\nsource_profile = base\n"
          "[profile base]\naws_access_key_id = AKIDBASE\naws_secret_access_key = s\n");
    QProcessEnvironment env = environment();
    for (const QString &variable : variables)
        env.insert(variable.section(u'=', 0, 0), variable.section(u'=', 1));
    ConnectionOptions options;
    options.profile = profile;
    options.endpointUrl = QUrl(explicitUrl);

    const ResolvedConnection resolved = CredentialsResolver(env).resolve(options);
    QVERIFY2(resolved.isValid(), qPrintable(resolved.errorMessage));
    const QString text = CredentialsResolver::stsEndpointNotice(resolved);
    QCOMPARE(!text.isEmpty(), notice);
    if (notice) {
        QVERIFY2(text.contains(QLatin1String("https://sts.us-east-1.amazonaws.com")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("AWS_ENDPOINT_URL_STS")), qPrintable(text));
    }
}

void tst_CredentialsResolver::partitions_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("partition");
    QTest::addColumn<QString>("supportUrl");
    QTest::addColumn<QString>("supportSigningRegion");
    QTest::addColumn<QString>("stsUrl");

    QTest::newRow("aws") << "eu-central-1" << "aws" << "https://support.us-east-1.amazonaws.com"
                         << "us-east-1" << "https://sts.eu-central-1.amazonaws.com";
    QTest::newRow("aws-cn") << "cn-northwest-1" << "aws-cn"
                            << "https://support.cn-north-1.amazonaws.com.cn" << "cn-north-1"
                            << "https://sts.cn-northwest-1.amazonaws.com.cn";
    QTest::newRow("aws-us-gov") << "us-gov-east-1" << "aws-us-gov"
                                << "https://support.us-gov-west-1.amazonaws.com"
                                << "us-gov-west-1" << "https://sts.us-gov-east-1.amazonaws.com";
}

void tst_CredentialsResolver::partitions()
{
    QFETCH(QString, region);
    QFETCH(QString, partition);
    QFETCH(QString, supportUrl);
    QFETCH(QString, supportSigningRegion);
    QFETCH(QString, stsUrl);

    ConnectionOptions options;
    options.region = region;
    const ResolvedConnection resolved = CredentialsResolver(environment()).resolve(options);
    QCOMPARE(resolved.endpoint.partition, partition);
    QCOMPARE(resolved.endpoint.url, QUrl(supportUrl));
    QCOMPARE(resolved.endpoint.signingRegion, supportSigningRegion);
    QCOMPARE(resolved.stsEndpoint.partition, partition);
    QCOMPARE(resolved.stsEndpoint.url, QUrl(stsUrl));
    QCOMPARE(resolved.stsEndpoint.signingRegion, region);
}

void tst_CredentialsResolver::sharedFilePathsExpand()
{
    write(QStringLiteral("credentials"), "[default]\naws_access_key_id = AKIDVAR\n"
                                         "aws_secret_access_key = s\n");
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("CASEBOOK_TEST_DIR"), m_dir.path());
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
               QStringLiteral("${CASEBOOK_TEST_DIR}/credentials"));
    QCOMPARE(CredentialsResolver(env).resolve({}).credentials.accessKeyId,
             QStringLiteral("AKIDVAR"));
}

QTEST_GUILESS_MAIN(tst_CredentialsResolver)
#include "tst_credentialsresolver.moc"
