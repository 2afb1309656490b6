#include "ProcessCredentialsProvider.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace std::chrono_literals;

namespace {

const QString secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
const QString token = QStringLiteral("IQoJb3JpZ2luX2VjEXAMPLETOKEN");

QString isoIn(qint64 seconds, const char *format = "yyyy-MM-ddTHH:mm:ssZ")
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds).toString(QLatin1String(format));
}

/// A Version 1 object with the example keys and the given Expiration (none when empty).
QByteArray versionOne(const QString &expiration = {}, const QString &version = "1")
{
    QString json = QStringLiteral("{\"Version\": %1, \"AccessKeyId\": \"AKIDEXAMPLE\", "
                                  "\"SecretAccessKey\": \"%2\", \"SessionToken\": \"%3\"")
                       .arg(version, secret, token);
    if (!expiration.isEmpty())
        json += QStringLiteral(", \"Expiration\": \"%1\"").arg(expiration);
    return (json + u'}').toUtf8();
}

QByteArray printing(const QByteArray &output)
{
    return "cat <<'END'\n" + output + "\nEND\n";
}

QStringList captured;
QList<QtMsgType> capturedTypes;

void capture(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    captured.append(message);
    capturedTypes.append(type);
}

/// Whether process \a pid still runs; a zombie waiting to be reaped counts as gone.
bool isRunning(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype end = line.lastIndexOf(')');
    return end >= 0 && line.mid(end + 2, 1) != "Z";
}

} // namespace

// ProcessCredentialsProvider: the Version 1 format on its own, then real commands (small shell
// scripts) run through QProcess.
class tst_ProcessCredentialsProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void splitsLikeAShell_data();
    void splitsLikeAShell();
    void parsesOutput_data();
    void parsesOutput();
    void runsCommand_data();
    void runsCommand();
    void passesQuotedArgumentWithSpace();
    void stopsCommandAfterTimeout();
    void reportsCommandThatCannotStart();
    void neverAnswersInsideFetch();
    void neverLogsOutput();
    void neverLogsErrorText();
    void stopsWhatTheCommandStarted();

private:
    QString writeScript(const QString &name, const QByteArray &body);
    bool fetch(ProcessCredentialsProvider *provider, QString *failure);

    QTemporaryDir m_dir;
};

void tst_ProcessCredentialsProvider::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString tst_ProcessCredentialsProvider::writeScript(const QString &name, const QByteArray &body)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write("#!/bin/sh\n" + body);
    file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
    return path;
}

/// Runs one fetch to its end; true when it succeeded, else \a failure says why.
bool tst_ProcessCredentialsProvider::fetch(ProcessCredentialsProvider *provider, QString *failure)
{
    QSignalSpy fetched(provider, &CredentialsProvider::fetched);
    QSignalSpy failed(provider, &CredentialsProvider::fetchFailed);
    provider->fetch();
    if (!QTest::qWaitFor([&] { return fetched.size() + failed.size() > 0; }, 10000)) {
        *failure = QStringLiteral("no answer");
        return false;
    }
    if (!failed.isEmpty())
        *failure = failed.first().first().toString();
    return !fetched.isEmpty();
}

void tst_ProcessCredentialsProvider::splitsLikeAShell_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("plain") << "/opt/helper --profile dev" << true
                           << QStringList {"/opt/helper", "--profile", "dev"};
    QTest::newRow("runs of blanks")
        << "  helper \t a   b " << true << QStringList {"helper", "a", "b"};
    QTest::newRow("single quotes")
        << "helper 'my profile' 'a\"b'" << true << QStringList {"helper", "my profile", "a\"b"};
    QTest::newRow("double quotes")
        << "helper \"my profile\" \"it's\"" << true << QStringList {"helper", "my profile", "it's"};
    QTest::newRow("escapes in double quotes") << R"(helper "a\"b" "c\d" "e\\f")" << true
                                              << QStringList {"helper", "a\"b", "c\\d", "e\\f"};
    QTest::newRow("backslash outside quotes")
        << R"(helper my\ profile a\'b)" << true << QStringList {"helper", "my profile", "a'b"};
    QTest::newRow("joined quoted parts")
        << "helper --name='a b'\"c\"d" << true << QStringList {"helper", "--name=a bcd"};
    QTest::newRow("empty argument") << "helper '' x" << true << QStringList {"helper", "", "x"};
    QTest::newRow("no expansion") << "helper $HOME ~ *" << true
                                  << QStringList {"helper", "$HOME", "~", "*"};
    QTest::newRow("empty") << "   " << true << QStringList {};
    QTest::newRow("open single quote") << "helper 'dev" << false << QStringList {};
    QTest::newRow("open double quote") << "helper \"dev" << false << QStringList {};
    QTest::newRow("trailing backslash") << "helper dev\\" << false << QStringList {};
}

void tst_ProcessCredentialsProvider::splitsLikeAShell()
{
    QFETCH(QString, command);
    QFETCH(bool, ok);
    QFETCH(QStringList, words);

    QStringList result;
    QCOMPARE(ProcessCredentialsProvider::splitCommand(command, &result), ok);
    if (ok)
        QCOMPARE(result, words);
}

void tst_ProcessCredentialsProvider::parsesOutput_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("problem"); // a part of the message; empty: accepted
    QTest::addColumn<QDateTime>("expiration");

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime inAnHour = QDateTime::fromString(isoIn(3600), Qt::ISODate);
    const QString noon = QStringLiteral("2099-06-01T12:00:00");
    const QDateTime noonUtc(QDate(2099, 6, 1), QTime(12, 0), Qt::UTC);

    QTest::newRow("without expiration") << versionOne() << QString() << QDateTime();
    QTest::newRow("Z") << versionOne(isoIn(3600)) << QString() << inAnHour;
    QTest::newRow("milliseconds") << versionOne(noon + ".250Z") << QString()
                                  << noonUtc.addMSecs(250);
    QTest::newRow("offset") << versionOne(noon + "+02:00") << QString() << noonUtc.addSecs(-7200);
    QTest::newRow("negative offset")
        << versionOne(noon + "-05:30") << QString() << noonUtc.addSecs(5 * 3600 + 1800);
    QTest::newRow("no token") << QByteArray(
        R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":"S"})")
                              << QString() << QDateTime();
    QTest::newRow("expired") << versionOne(isoIn(-60)) << "expired at" << QDateTime();
    QTest::newRow("expires now") << versionOne(now.toString(Qt::ISODate)) << "expired at"
                                 << QDateTime();
    QTest::newRow("no zone") << versionOne(noon) << "not an ISO 8601 time" << QDateTime();
    QTest::newRow("not a time") << versionOne("tomorrow") << "not an ISO 8601 time" << QDateTime();
    QTest::newRow("version 2") << versionOne({}, "2") << "Version 2" << QDateTime();
    QTest::newRow("version as string") << versionOne({}, "\"1\"") << "Version 1;" << QDateTime();
    QTest::newRow("no version") << QByteArray(R"({"AccessKeyId":"A","SecretAccessKey":"S"})")
                                << "no Version" << QDateTime();
    QTest::newRow("no access key")
        << QByteArray(R"({"Version":1,"SecretAccessKey":"S"})") << "no AccessKeyId" << QDateTime();
    QTest::newRow("empty secret") << QByteArray(
        R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":""})")
                                  << "no SecretAccessKey" << QDateTime();
    QTest::newRow("token not a string")
        << QByteArray(R"({"Version":1,"AccessKeyId":"A","SecretAccessKey":"S","SessionToken":7})")
        << "SessionToken that is not a string" << QDateTime();
    QTest::newRow("malformed") << versionOne().chopped(1) << "not valid JSON" << QDateTime();
    QTest::newRow("array") << QByteArray("[1]") << "not a JSON object" << QDateTime();
    QTest::newRow("empty") << QByteArray() << "not valid JSON" << QDateTime();
}

void tst_ProcessCredentialsProvider::parsesOutput()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, problem);
    QFETCH(QDateTime, expiration);

    QString message;
    const auto credentials = ProcessCredentialsProvider::parseOutput(
        output, QDateTime::currentDateTimeUtc(), &message);
    QCOMPARE(credentials.has_value(), problem.isEmpty());
    if (!credentials) {
        QVERIFY2(message.contains(problem), qPrintable(message));
        QVERIFY(!message.contains(secret));
        return;
    }

    QVERIFY(credentials->isValid());
    QCOMPARE(credentials->expiration, expiration);
    if (expiration.isValid())
        QCOMPARE(credentials->expiration.timeSpec(), Qt::UTC);
    if (output.contains(token.toUtf8()))
        QCOMPARE(credentials->sessionToken, token);
}

void tst_ProcessCredentialsProvider::runsCommand_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QString>("problem"); // a part of the failure message; empty: fetched

    QTest::newRow("good") << printing(versionOne(isoIn(3600))) << QString();
    QTest::newRow("good with offset")
        << printing(versionOne(isoIn(3600 + 7200, "yyyy-MM-ddTHH:mm:ss+02:00"))) << QString();
    QTest::newRow("no expiration") << printing(versionOne()) << QString();
    QTest::newRow("expired") << printing(versionOne(isoIn(-5))) << "expired at";
    QTest::newRow("wrong version") << printing(versionOne({}, "2")) << "Version 2";
    QTest::newRow("missing field")
        << printing(R"({"Version": 1, "AccessKeyId": "AKIDEXAMPLE"})") << "no SecretAccessKey";
    QTest::newRow("malformed JSON") << printing(versionOne().chopped(3)) << "not valid JSON";
    QTest::newRow("fails with stderr")
        << QByteArray("echo '  the SSO session for dev has expired;' >&2\n"
                      "echo 'run aws sso login' >&2\nexit 3\n")
        << "exited with code 3. It said: the SSO session for dev has expired; run aws sso login";
    QTest::newRow("fails silently") << QByteArray("exit 1\n") << "exited with code 1.";
    QTest::newRow("long stderr") << QByteArray(
        "head -c 100000 /dev/zero | tr '\\0' x >&2\nexit 2\n")
                                 << "xxx…";
    QTest::newRow("huge output") << QByteArray("head -c 1000000 /dev/zero | tr '\\0' ' '\n")
                                 << "printed more than 64 KiB";
    QTest::newRow("killed") << QByteArray("kill -9 $$\n") << "stopped by a signal";
}

void tst_ProcessCredentialsProvider::runsCommand()
{
    QFETCH(QByteArray, script);
    QFETCH(QString, problem);

    const QString path = writeScript(QString::fromLatin1(QTest::currentDataTag()), script);
    QVERIFY(!path.isEmpty());
    ProcessCredentialsProvider provider(QLatin1Char('\'') + path + QLatin1Char('\''));
    provider.setSourceName(QStringLiteral("profile dev (credential_process)"));

    QString failure;
    const bool fetched = fetch(&provider, &failure);
    QVERIFY2(fetched == problem.isEmpty(), qPrintable(failure));
    QVERIFY(!provider.isFetching());
    if (!fetched) {
        QVERIFY2(failure.startsWith(QLatin1String("profile dev (credential_process): ")),
                 qPrintable(failure));
        QVERIFY2(failure.contains(problem), qPrintable(failure));
        QVERIFY(!failure.contains(secret));
        QVERIFY(failure.size() < ProcessCredentialsProvider::maxErrorLength + 200);
        QVERIFY(provider.needsRefresh());
        return;
    }

    const AwsCredentials credentials = provider.credentials();
    QCOMPARE(credentials.accessKeyId, QStringLiteral("AKIDEXAMPLE"));
    QCOMPARE(credentials.secretAccessKey, secret);
    QCOMPARE(credentials.sessionToken, token);
    QCOMPARE(credentials.source, QStringLiteral("profile dev (credential_process)"));
    QVERIFY(!provider.needsRefresh());
}

void tst_ProcessCredentialsProvider::passesQuotedArgumentWithSpace()
{
    const QString path
        = writeScript(QStringLiteral("quoted"),
                      "[ $# -eq 2 ] && [ \"$1\" = 'my profile' ] && [ \"$2\" = '--x' ] || exit 9\n"
                          + printing(versionOne()));
    ProcessCredentialsProvider provider(path + QStringLiteral(" 'my profile' \"--x\""));

    QString failure;
    QVERIFY2(fetch(&provider, &failure), qPrintable(failure));
    QCOMPARE(provider.credentials().source, QStringLiteral("credential_process"));
}

void tst_ProcessCredentialsProvider::stopsCommandAfterTimeout()
{
    const QString path = writeScript(QStringLiteral("hanging"),
                                     "echo 'waiting for a browser sign-in' >&2\nexec sleep 60\n");
    ProcessCredentialsProvider provider(path);
    QCOMPARE(provider.timeout(), ProcessCredentialsProvider::defaultTimeout);
    QCOMPARE(provider.timeout(), 30s);
    provider.setTimeout(300ms);

    QElapsedTimer timer;
    timer.start();
    QString failure;
    QVERIFY(!fetch(&provider, &failure));
    QVERIFY2(timer.elapsed() < 5000, "the command was not stopped in time");
    QVERIFY2(failure.contains(QLatin1String("did not finish within 0.3 seconds and was stopped")),
             qPrintable(failure));
    QVERIFY2(failure.contains(QLatin1String("waiting for a browser sign-in")), qPrintable(failure));

    // A later fetch starts the command afresh.
    QVERIFY(!fetch(&provider, &failure));
    QVERIFY(failure.contains(QLatin1String("did not finish")));
}

void tst_ProcessCredentialsProvider::reportsCommandThatCannotStart()
{
    ProcessCredentialsProvider missing(m_dir.filePath(QStringLiteral("no-such-helper")));
    QString failure;
    QVERIFY(!fetch(&missing, &failure));
    QVERIFY2(failure.contains(QLatin1String("could not be started")), qPrintable(failure));

    ProcessCredentialsProvider unbalanced(QStringLiteral("helper 'dev"));
    QVERIFY(!fetch(&unbalanced, &failure));
    QVERIFY2(failure.contains(QLatin1String("never closed")), qPrintable(failure));

    ProcessCredentialsProvider empty(QStringLiteral("  "));
    QVERIFY(!fetch(&empty, &failure));
    QVERIFY2(failure.contains(QLatin1String("empty")), qPrintable(failure));
}

void tst_ProcessCredentialsProvider::neverAnswersInsideFetch()
{
    ProcessCredentialsProvider provider(m_dir.filePath(QStringLiteral("no-such-helper")));
    QSignalSpy failed(&provider, &CredentialsProvider::fetchFailed);
    provider.fetch();
    provider.fetch(); // joins the first
    QCOMPARE(failed.size(), 0);
    QVERIFY(provider.isFetching());
    QTRY_COMPARE(failed.size(), 1);
    QTest::qWait(50);
    QCOMPARE(failed.size(), 1);
}

void tst_ProcessCredentialsProvider::neverLogsOutput()
{
    const QString good = writeScript(QStringLiteral("logged-good"), printing(versionOne()));
    const QString bad
        = writeScript(QStringLiteral("logged-bad"), printing(versionOne().chopped(2)));
    QLoggingCategory::setFilterRules(QStringLiteral("casebook.*=true"));
    captured.clear();
    const QtMessageHandler previous = qInstallMessageHandler(capture);

    QString failure;
    ProcessCredentialsProvider goodProvider(good);
    const bool goodFetched = fetch(&goodProvider, &failure);
    ProcessCredentialsProvider badProvider(bad);
    const bool badFetched = fetch(&badProvider, &failure);

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules({});
    QVERIFY(goodFetched);
    QVERIFY(!badFetched);
    QVERIFY(!captured.isEmpty());
    for (const QString &line : std::as_const(captured)) {
        QVERIFY2(!line.contains(secret) && !line.contains(token), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("wJalr")), qPrintable(line));
    }
}

void tst_ProcessCredentialsProvider::neverLogsErrorText()
{
    // Standard error may hold anything, a secret included: the user is told, the log is not.
    const QString path = writeScript(QStringLiteral("stderr-secret"),
                                     "echo 'token sso-cache-PRIVATE-42 rejected' >&2\nexit 3\n");
    QLoggingCategory::setFilterRules(QStringLiteral("casebook.*=true"));
    captured.clear();
    capturedTypes.clear();
    const QtMessageHandler previous = qInstallMessageHandler(capture);

    ProcessCredentialsProvider provider(path);
    provider.setSourceName(QStringLiteral("profile dev (credential_process)"));
    QString failure;
    const bool fetched = fetch(&provider, &failure);

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules({});
    QVERIFY(!fetched);
    QVERIFY2(failure.contains(QLatin1String("sso-cache-PRIVATE-42")), qPrintable(failure));
    const QString logged = captured.join(u'\n');
    QVERIFY2(!logged.contains(QLatin1String("PRIVATE")), qPrintable(logged));
    QVERIFY2(logged.contains(QLatin1String("profile dev (credential_process): exit code 3")),
             qPrintable(logged));

    // The caller shows the failure; a warning would print it a second time.
    QVERIFY(!capturedTypes.contains(QtWarningMsg));
}

void tst_ProcessCredentialsProvider::stopsWhatTheCommandStarted()
{
    const QString pidFile = m_dir.filePath(QStringLiteral("background.pid"));
    const QString path = writeScript(QStringLiteral("background"),
                                     "sleep 60 &\necho $! > '" + pidFile.toUtf8() + "'\nwait\n");
    qint64 pid = 0;
    {
        ProcessCredentialsProvider provider(path);
        provider.setTimeout(500ms);
        QString failure;
        QVERIFY(!fetch(&provider, &failure));
        QVERIFY2(failure.contains(QLatin1String("did not finish")), qPrintable(failure));

        QFile file(pidFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        pid = file.readAll().trimmed().toLongLong();
        QVERIFY(pid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!isRunning(pid), 5000);
    }

    // Destroyed while the command runs: its background children go with it.
    QFile::remove(pidFile);
    {
        ProcessCredentialsProvider provider(path);
        provider.fetch();
        QTRY_VERIFY_WITH_TIMEOUT(QFile(pidFile).size() > 0, 5000);
    }
    QFile file(pidFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    pid = file.readAll().trimmed().toLongLong();
    QVERIFY(pid > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!isRunning(pid), 5000);
}

QTEST_GUILESS_MAIN(tst_ProcessCredentialsProvider)
#include "tst_processcredentialsprovider.moc"
