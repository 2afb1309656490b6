#include "AccountStore.h"
#include "KeychainCredentialsProvider.h"
#include "Settings.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <qt6keychain/keychain.h>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

const QString testService = QStringLiteral("casebook-test");
const QString noDaemonVariable = QStringLiteral("CASEBOOK_TEST_NO_DAEMON_CHILD");

// Recognizable, so that a search of files and output can find any copy of it.
QString uniqueSecret()
{
    return QStringLiteral("tstSecret") + QUuid::createUuid().toString(QUuid::Id128);
}

QString uniqueName()
{
    return QStringLiteral("tst-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// Lists files under \a root that contain \a needle.
QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits.append(file.fileName());
    }
    return hits;
}

// A socket file nobody listens on: connecting to it is refused.
bool makeDeadSocket(const QString &path)
{
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    const QByteArray bytes = QFile::encodeName(path);
    if (size_t(bytes.size()) >= sizeof(address.sun_path)) {
        ::close(fd);
        return false;
    }
    qstrcpy(address.sun_path, bytes.constData());
    const bool bound = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    ::close(fd);
    return bound;
}

} // namespace

// Only the tests that need a working keychain skip without one; noDaemon() never does.
#define REQUIRE_SECRET_SERVICE()                                                                   \
    do {                                                                                           \
        if (!m_secretService)                                                                      \
            QSKIP(skipReason().constData());                                                       \
    } while (false)

// AccountStore against the Secret Service of the session bus (gnome-keyring in CI).
class tst_AccountStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void missingEntryIsReportedAsSuch();
    void settingsHoldNoSecret();
    void defaultIsTheMarkedOrTheOnlyAccount();
    void providerFetchesTheSecret();
    void classifiesKeychainFailures_data();
    void classifiesKeychainFailures();
    void rejectsBadNames_data();
    void rejectsBadNames();
    void noDaemon();
    void noDaemonChild();

private:
    QByteArray skipReason() const;
    static bool save(AccountStore *store, const StoredAccount &account, const AccountSecret &secret,
                     KeychainProblem *problem = nullptr);
    static bool read(AccountStore *store, const QString &name, AccountSecret *secret,
                     KeychainProblem *problem);

    bool m_secretService = false;
    QString m_reachabilityNote;
};

bool tst_AccountStore::save(AccountStore *store, const StoredAccount &account,
                            const AccountSecret &secret, KeychainProblem *problem)
{
    QSignalSpy saved(store, &AccountStore::accountSaved);
    QSignalSpy failed(store, &AccountStore::accountSaveFailed);
    store->saveAccount(account, secret);
    if (!saved.isEmpty() || !failed.isEmpty())
        qFatal("a result arrived inside saveAccount()");
    if (!QTest::qWaitFor([&] { return !saved.isEmpty() || !failed.isEmpty(); }, 20000))
        return false;
    if (problem && !failed.isEmpty())
        *problem = failed.first().at(1).value<KeychainProblem>();
    return !saved.isEmpty();
}

bool tst_AccountStore::read(AccountStore *store, const QString &name, AccountSecret *secret,
                            KeychainProblem *problem)
{
    QSignalSpy done(store, &AccountStore::secretRead);
    QSignalSpy failed(store, &AccountStore::secretReadFailed);
    store->readSecret(name);
    if (!done.isEmpty() || !failed.isEmpty())
        qFatal("a result arrived inside readSecret()");
    if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 20000))
        return false;
    if (!failed.isEmpty())
        *problem = failed.first().at(1).value<KeychainProblem>();
    if (!done.isEmpty())
        *secret = done.first().at(1).value<AccountSecret>();
    return !done.isEmpty();
}

void tst_AccountStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Casebook"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_accountstore"));
    QSettings().clear();

    // A read of a name that was never stored tells whether a Secret Service answers.
    AccountStore store;
    store.setKeychainService(testService);
    AccountSecret secret;
    KeychainProblem problem;
    read(&store, uniqueName(), &secret, &problem);
    m_secretService = problem.kind == KeychainProblem::Kind::EntryMissing;
    m_reachabilityNote = problem.detail;
}

QByteArray tst_AccountStore::skipReason() const
{
    return QStringLiteral("no Secret Service on the session bus (%1); run inside "
                          "dbus-run-session with gnome-keyring, as `make test` does")
        .arg(m_reachabilityNote)
        .toUtf8();
}

void tst_AccountStore::roundTrip()
{
    REQUIRE_SECRET_SERVICE();
    AccountStore store;
    store.setKeychainService(testService);
    const StoredAccount account {uniqueName(), QStringLiteral("eu-west-1"), {}, {}, false};
    const AccountSecret first {QStringLiteral("AKIDFIRST"), uniqueSecret(),
                               QStringLiteral("tokenForThisRun")};

    QVERIFY(save(&store, account, first));
    QVERIFY(store.contains(account.name));
    QCOMPARE(store.account(account.name).partition, QStringLiteral("aws"));
    AccountSecret secret;
    KeychainProblem problem;
    QVERIFY2(read(&store, account.name, &secret, &problem), qPrintable(problem.userMessage()));
    QCOMPARE(secret.accessKeyId, first.accessKeyId);
    QCOMPARE(secret.secretAccessKey, first.secretAccessKey);
    QCOMPARE(secret.sessionToken, first.sessionToken);

    // Another store is another run: the token stayed in memory, the key pair did not.
    AccountStore nextRun;
    nextRun.setKeychainService(testService);
    QVERIFY(read(&nextRun, account.name, &secret, &problem));
    QVERIFY(secret.sessionToken.isEmpty());

    const AccountSecret second {QStringLiteral("AKIDSECOND"), uniqueSecret(), {}};
    QVERIFY(save(&store, account, second));
    QVERIFY(read(&store, account.name, &secret, &problem));
    QCOMPARE(secret.secretAccessKey, second.secretAccessKey);

    StoredAccount moved = account;
    moved.region = QStringLiteral("us-gov-west-1");
    moved.endpointUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    QVERIFY(store.updateAccount(moved));
    QCOMPARE(store.account(account.name).partition, QStringLiteral("aws-us-gov"));
    QCOMPARE(store.account(account.name).endpointUrl, moved.endpointUrl);

    QSignalSpy removed(&store, &AccountStore::accountRemoved);
    store.removeAccount(account.name);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 20000);
    QVERIFY(!store.contains(account.name));
    QVERIFY(!read(&store, account.name, &secret, &problem));
    QCOMPARE(problem.kind, KeychainProblem::Kind::EntryMissing);
}

void tst_AccountStore::missingEntryIsReportedAsSuch()
{
    REQUIRE_SECRET_SERVICE();
    AccountStore store;
    store.setKeychainService(testService);
    const StoredAccount account {uniqueName(), QStringLiteral("us-east-1"), {}, {}, false};
    QVERIFY(save(&store, account, {QStringLiteral("AKIDGONE"), uniqueSecret(), {}}));

    // As after a change of keyring: the settings remain, the secret does not.
    auto *job = new QKeychain::DeletePasswordJob(testService);
    job->setKey(account.name);
    QSignalSpy deleted(job, &QKeychain::Job::finished);
    job->start();
    QVERIFY(deleted.wait(20000));
    QCOMPARE(job->error(), QKeychain::NoError);

    AccountSecret secret;
    KeychainProblem problem;
    QVERIFY(!read(&store, account.name, &secret, &problem));
    QCOMPARE(problem.kind, KeychainProblem::Kind::EntryMissing);
    QVERIFY2(problem.userMessage().contains(QStringLiteral("is saved but its secret can't be "
                                                           "read")),
             qPrintable(problem.userMessage()));
    QVERIFY(problem.userMessage().contains(account.name));

    QSignalSpy removed(&store, &AccountStore::accountRemoved);
    store.removeAccount(account.name);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 20000);
}

void tst_AccountStore::settingsHoldNoSecret()
{
    REQUIRE_SECRET_SERVICE();
    AccountStore store;
    store.setKeychainService(testService);
    const StoredAccount account {uniqueName(), QStringLiteral("cn-north-1"), {}, {}, false};
    const QString secretKey = uniqueSecret();
    QVERIFY(save(&store, account, {QStringLiteral("AKIDSETTINGS"), secretKey, {}}));
    store.setDefaultAccountName(account.name);

    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains(account.name.toUtf8()));
    QVERIFY(content.contains("aws-cn"));
    QVERIFY(!content.contains(secretKey.toUtf8()));
    QVERIFY(!content.contains("AKIDSETTINGS"));
    const QString configRoot = QStandardPaths::writableLocation(QStandardPaths::ConfigLocation);
    QCOMPARE(filesContaining(configRoot, secretKey.toUtf8()), QStringList());

    QSignalSpy removed(&store, &AccountStore::accountRemoved);
    store.removeAccount(account.name);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 20000);
    QVERIFY(!QSettings().contains(QStringLiteral("accounts/default")));
}

void tst_AccountStore::defaultIsTheMarkedOrTheOnlyAccount()
{
    REQUIRE_SECRET_SERVICE();
    QSettings().clear();
    AccountStore store;
    store.setKeychainService(testService);
    QCOMPARE(store.defaultAccountName(), QString());

    const StoredAccount one {
        QStringLiteral("one-") + uniqueName(), QStringLiteral("us-east-1"), {}, {}, false};
    const StoredAccount two {
        QStringLiteral("two-") + uniqueName(), QStringLiteral("us-east-1"), {}, {}, false};
    QVERIFY(save(&store, one, {QStringLiteral("AKID1"), uniqueSecret(), {}}));
    QCOMPARE(store.defaultAccountName(), one.name);
    QVERIFY(save(&store, two, {QStringLiteral("AKID2"), uniqueSecret(), {}}));
    QCOMPARE(store.defaultAccountName(), QString());
    store.setDefaultAccountName(two.name);
    QCOMPARE(store.defaultAccountName(), two.name);
    QCOMPARE(Settings().defaultAccount(), two.name); // what Edit > Preferences shows

    QSignalSpy removed(&store, &AccountStore::accountRemoved);
    store.removeAccount(two.name);
    store.removeAccount(one.name);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 2, 20000);
    QCOMPARE(store.defaultAccountName(), QString());
}

void tst_AccountStore::providerFetchesTheSecret()
{
    REQUIRE_SECRET_SERVICE();
    AccountStore store;
    store.setKeychainService(testService);
    const StoredAccount account {uniqueName(), QStringLiteral("us-east-1"), {}, {}, false};
    const QString secretKey = uniqueSecret();
    QVERIFY(save(&store, account, {QStringLiteral("AKIDPROVIDER"), secretKey, {}}));

    KeychainCredentialsProvider provider(&store, account.name);
    QSignalSpy fetched(&provider, &CredentialsProvider::fetched);
    provider.fetch();
    QVERIFY(fetched.isEmpty());
    QVERIFY(fetched.wait(20000));
    QCOMPARE(provider.credentials().secretAccessKey, secretKey);
    QCOMPARE(provider.credentials().source,
             QStringLiteral("account %1 (keychain)").arg(account.name));

    KeychainCredentialsProvider unknown(&store, uniqueName());
    QSignalSpy failed(&unknown, &CredentialsProvider::fetchFailed);
    unknown.fetch();
    QVERIFY(failed.wait(20000));

    QSignalSpy removed(&store, &AccountStore::accountRemoved);
    store.removeAccount(account.name);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 20000);
}

void tst_AccountStore::classifiesKeychainFailures_data()
{
    using Kind = KeychainProblem::Kind;
    using Operation = KeychainProblem::Operation;
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<Operation>("operation");
    QTest::addColumn<Kind>("kind");

    QTest::newRow("missing") << int(QKeychain::EntryNotFound) << QString() << Operation::Read
                             << Kind::EntryMissing;
    QTest::newRow("denied by user")
        << int(QKeychain::AccessDeniedByUser) << QString() << Operation::Read << Kind::Denied;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString()
                                << Operation::Write << Kind::NoBackend;
    QTest::newRow("no session bus")
        << int(QKeychain::OtherError)
        << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY") << Operation::Read
        << Kind::NoBackend;
    QTest::newRow("dead bus") << int(QKeychain::OtherError)
                              << QStringLiteral("Could not connect: Connection refused")
                              << Operation::Write << Kind::NoBackend;
    QTest::newRow("no secret service")
        << int(QKeychain::OtherError)
        << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service "
                          "files")
        << Operation::Read << Kind::NoBackend;
    QTest::newRow("locked") << int(QKeychain::OtherError)
                            << QStringLiteral("Cannot create an item in a locked collection")
                            << Operation::Write << Kind::Denied;
    QTest::newRow("write refused") << int(QKeychain::OtherError) << QStringLiteral("disk full")
                                   << Operation::Write << Kind::WriteRefused;
    QTest::newRow("delete refused") << int(QKeychain::CouldNotDeleteEntry) << QString()
                                    << Operation::Delete << Kind::WriteRefused;
}

void tst_AccountStore::classifiesKeychainFailures()
{
    QFETCH(int, code);
    QFETCH(QString, detail);
    QFETCH(KeychainProblem::Operation, operation);
    QFETCH(KeychainProblem::Kind, kind);

    const KeychainProblem problem
        = KeychainProblem::fromKeychain(code, detail, operation, QStringLiteral("prod"));
    QCOMPARE(problem.kind, kind);
    QVERIFY(!problem.userMessage().isEmpty());
}

void tst_AccountStore::rejectsBadNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("usable");
    QTest::newRow("plain") << QStringLiteral("prod") << true;
    QTest::newRow("dotted") << QStringLiteral("team.prod-2") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("reserved") << QStringLiteral("default") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("leading dash") << QStringLiteral("-x") << false;
    QTest::newRow("too long") << QString(65, u'a') << false;
}

void tst_AccountStore::rejectsBadNames()
{
    QFETCH(QString, name);
    QFETCH(bool, usable);
    QCOMPARE(AccountStore::nameProblem(name).isEmpty(), usable);
}

void tst_AccountStore::noDaemon()
{
    // libsecret keeps its bus connection for the life of the process, so the case without
    // a Secret Service runs in a child process of its own.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString socketPath = home.filePath(QStringLiteral("dead-bus"));
    QVERIFY(makeDeadSocket(socketPath));
    const QString secretKey = uniqueSecret();

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + socketPath);
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("casebook.*.debug=true"));
    environment.insert(noDaemonVariable, secretKey);

    QProcess child;
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("noDaemonChild")});
    QVERIFY(child.waitForFinished(60000));
    const QByteArray output = child.readAllStandardOutput() + child.readAllStandardError();
    QVERIFY2(child.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : tst_AccountStore::noDaemonChild()"), output.constData());
    QVERIFY(!output.contains(secretKey.toUtf8()));
    QCOMPARE(filesContaining(home.path(), secretKey.toUtf8()), QStringList());
}

void tst_AccountStore::noDaemonChild()
{
    const QString secretKey = qEnvironmentVariable(qPrintable(noDaemonVariable));
    if (secretKey.isEmpty())
        QSKIP("runs only as the child process of noDaemon()");

    QSettings().clear();
    AccountStore store;
    const StoredAccount account {
        QStringLiteral("offline"), QStringLiteral("us-east-1"), {}, {}, false};
    const AccountSecret secret {QStringLiteral("AKIDOFFLINE"), secretKey, {}};
    KeychainProblem problem;
    QVERIFY(!save(&store, account, secret, &problem));
    QCOMPARE(problem.kind, KeychainProblem::Kind::NoBackend);
    QVERIFY(problem.userMessage().contains(QStringLiteral("session only")));
    QVERIFY(!store.contains(account.name));

    AccountSecret readBack;
    QVERIFY(!read(&store, account.name, &readBack, &problem));
    QCOMPARE(problem.kind, KeychainProblem::Kind::NoBackend);

    StoredAccount sessionOnly = account;
    sessionOnly.sessionOnly = true;
    QVERIFY(save(&store, sessionOnly, secret));
    QVERIFY(store.contains(account.name));
    QVERIFY(read(&store, account.name, &readBack, &problem));
    QCOMPARE(readBack.secretAccessKey, secretKey);
    QCOMPARE(store.defaultAccountName(), account.name);
    QSettings().sync();
}

QTEST_GUILESS_MAIN(tst_AccountStore)
#include "tst_accountstore.moc"
