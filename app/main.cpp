#include "AccountCommands.h"
#include "AccountConnection.h"
#include "AccountStore.h"
#include "ArchiveStore.h"
#include "CaseListModel.h"
#include "ClockSkew.h"
#include "CommandLine.h"
#include "CredentialsChain.h"
#include "CredentialsProvider.h"
#include "CredentialsResolver.h"
#include "ErrorBanner.h"
#include "HeadlessCommands.h"
#include "LogFile.h"
#include "Logging.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "Settings.h"
#include "StsClient.h"
#include "SupportClient.h"

#include <QApplication>
#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTranslator>

#include <cstdio>
#include <memory>
#include <utility>

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Casebook"));
    QCoreApplication::setApplicationName(QStringLiteral("casebook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEBOOK_VERSION));
}

/// Whether \a resolved names credentials: keys, or a command or role that supplies them.
bool hasCredentials(const ResolvedConnection &resolved)
{
    return resolved.isValid() || CredentialsChain::needsProviders(resolved);
}

/// Where the credentials come from, as the window and --verbose show it.
QString sourceName(const ResolvedConnection &resolved)
{
    if (resolved.assumeRole.isValid()) {
        return QCoreApplication::translate("main", "profile %1 (assume role %2)")
            .arg(resolved.profile, resolved.assumeRole.roleArn);
    }
    if (!resolved.credentialProcess.isEmpty())
        return QCoreApplication::translate("main", "profile %1 (credential_process)")
            .arg(resolved.profile);
    return resolved.credentials.source;
}

/// Turns on --verbose and the log file (from --log-file, or else the preference).
void startLogging(const CommandLine &commandLine)
{
    if (commandLine.verbose)
        LogFile::enableVerbose();

    const Settings settings;
    QString path;
    if (commandLine.logToFile)
        path = commandLine.logFile.isEmpty() ? Settings::defaultLogFile() : commandLine.logFile;
    else if (settings.logToFile())
        path = settings.logFile();
    if (path.isEmpty())
        return;

    QString problem;
    if (!LogFile::install(path, &problem)) {
        const QString text =
            QCoreApplication::translate("main", "The log file %1 cannot be written: %2")
                .arg(path, problem);
        std::fprintf(stderr, "casebook: %s\n", qPrintable(text));
    }
}

/// Loads Casebook's and Qt's translations for \a language (from --lang), or else for the
/// language chosen in the preferences; dates and numbers follow the same locale.
void installTranslations(QCoreApplication *app, const QString &language = {})
{
    const QString code =
        language.isEmpty() ? Settings::languageCode(Settings().language()) : language;
    if (!code.isEmpty())
        QLocale::setDefault(QLocale(code));

    const QLocale locale;
    auto casebook = new QTranslator(app);
    if (casebook->load(locale, QStringLiteral("casebook"), QStringLiteral("_"),
                       QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(casebook);
    auto qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

/// The connection a run uses: a real account, or the in-process sandbox for --demo.
struct Connection
{
    std::unique_ptr<SandboxServer> sandbox;
    ResolvedConnection resolved;
    QString description;
    QString account;  ///< the stored account whose secret is still to be read, if any
};

Connection openConnection(const CommandLine &commandLine)
{
    Connection connection;
    if (!commandLine.demo) {
        connection.resolved = CredentialsResolver().resolve(commandLine.connection);
        const AccountStore store;
        const QString hint = AccountConnection::unchosenAccountsHint(store, commandLine.connection,
                                                                     connection.resolved);
        if (!hasCredentials(connection.resolved) && !hint.isEmpty())
            connection.resolved.errorMessage += u' ' + hint;
        const SupportEndpoint &endpoint = connection.resolved.endpoint;
        connection.description = hasCredentials(connection.resolved)
            ? QCoreApplication::translate("main", "%1 · %2 · credentials: %3")
                  .arg(endpoint.url.toDisplayString(), connection.resolved.region,
                       sourceName(connection.resolved))
            : connection.resolved.errorMessage;
        connection.account
            = AccountConnection::chooseAccount(store, commandLine.connection, connection.resolved);
        if (!connection.account.isEmpty())
            connection.description = AccountConnection::readingDescription(connection.account);
        return connection;
    }

    connection.sandbox = std::make_unique<SandboxServer>();
    QString problem;
    if (!connection.sandbox->loadDemoDataset(&problem) || !connection.sandbox->listen(0)) {
        connection.resolved.errorMessage =
            QCoreApplication::translate("main", "The demo sandbox could not start: %1")
                .arg(problem.isEmpty() ? QStringLiteral("no free loopback port") : problem);
        return connection;
    }

    connection.resolved.region = QStringLiteral("us-east-1");
    connection.resolved.endpoint =
        SupportEndpoint::forRegion(connection.resolved.region, connection.sandbox->url());
    connection.resolved.credentials = {SandboxServer::exampleAccessKeyId(),
                                       SandboxServer::exampleSecretAccessKey(), {},
                                       QCoreApplication::translate("main", "demo example key")};
    connection.description = QCoreApplication::translate("main", "Demo sandbox · %1 · "
                                                                 "credentials: %2")
                                 .arg(connection.sandbox->url().toDisplayString(),
                                      connection.resolved.credentials.source);
    return connection;
}

/// The archive partition of \a connection: the demo keeps its sample cases to itself.
QString archiveAccount(const CommandLine &commandLine, const Connection &connection)
{
    QString name = connection.resolved.profile;
    if (commandLine.demo)
        name = QStringLiteral("demo");
    else if (!connection.account.isEmpty())
        name = connection.account;
    return ArchiveStore::accountKey(name, connection.resolved.endpoint.url);
}

/// Where the archive lives; empty for the standard place. The demo keeps its own file in the
/// cache folder, so that trying Casebook out leaves the real archive untouched.
QString archivePath(const CommandLine &commandLine)
{
    if (!commandLine.demo)
        return {};

    const QString folder = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/demo-archive.sqlite");
}

/// Why the archive is not what it was: a damaged file moved aside, or none usable at all.
QString archiveNotice(const ArchiveStore &archive, bool opened)
{
    if (!opened) {
        return QCoreApplication::translate("main", "The local archive cannot be used, so "
                                                   "nothing is kept for offline reading: %1")
            .arg(archive.errorString());
    }
    return QCoreApplication::translate("main", "The local archive was damaged. It was moved to "
                                               "%1 and a new, empty archive was started.")
        .arg(archive.movedAsidePath());
}

/// Applies \a connection to \a client; returns a sentence when something stands in the way
/// of reaching AWS at all (no TLS, an unreadable CA bundle).
QString configure(SupportClient *client, const Connection &connection)
{
    const ResolvedConnection &resolved = connection.resolved;
    client->setEndpoint(resolved.endpoint);

    // Credentials from a process or a role stay in memory only and are fetched again as they
    // expire; fixed keys are simply set.
    CredentialsProvider *provider = CredentialsChain::create(resolved, client);
    if (provider)
        client->setCredentialsProvider(provider);
    else if (resolved.isValid())
        client->setCredentials(resolved.credentials);
    const QList<StsClient *> stsClients = CredentialsChain::stsClients(provider);

    const int savedAttempts = QSettings().value(QStringLiteral("network/maxAttempts")).toInt();
    client->setTransferTimeout(Settings().transferTimeout());
    for (StsClient *sts : stsClients) {
        sts->setTransferTimeout(Settings().transferTimeout());
        QObject::connect(client, &SupportClient::clockSkewDetected, sts,
                         &StsClient::setClockOffset);
    }
    if (resolved.maxAttempts > 0)
        client->setMaxAttempts(resolved.maxAttempts);
    else if (savedAttempts > 0)
        client->setMaxAttempts(savedAttempts);

    // Plain http (a local sandbox, a proxy on loopback) needs no TLS and no CA bundle, and
    // loading one costs a short command most of its start-up.
    const bool https = resolved.endpoint.url.scheme() == QLatin1String("https");
    if (https && !QSslSocket::supportsSsl()) {
        return QCoreApplication::translate("main",
                                           "This system has no working TLS library, so Casebook "
                                           "cannot talk to AWS over HTTPS. Install OpenSSL "
                                           "(Debian package libssl3) and start Casebook again.");
    }

    if (https && !resolved.caBundle.isEmpty()) {
        const QList<QSslCertificate> certificates =
            QSslCertificate::fromPath(resolved.caBundle, QSsl::Pem);
        if (certificates.isEmpty()) {
            return QCoreApplication::translate("main",
                                               "The CA bundle %1 (AWS_CA_BUNDLE or ca_bundle) "
                                               "holds no readable PEM certificate.")
                .arg(resolved.caBundle);
        }
        client->setCaCertificates(certificates);
        for (StsClient *sts : stsClients)
            sts->setCaCertificates(certificates);
    }
    return {};
}

QString clockSkewNotice(qint64 seconds)
{
    const QString text = seconds > 0
        ? QCoreApplication::translate("main", "This computer's clock is %1 behind AWS; "
                                              "Casebook corrects for it.")
        : QCoreApplication::translate("main", "This computer's clock is %1 ahead of AWS; "
                                              "Casebook corrects for it.");
    return text.arg(ClockSkew::describeOffset(seconds));
}

void reportClockSkew(qint64 seconds)
{
    std::fprintf(stderr, "casebook: note: %s\n", qPrintable(clockSkewNotice(seconds)));
}

/// The application object a headless command needs: a PDF is laid out with fonts, so it
/// takes a GUI application, on the offscreen platform that needs no display.
std::unique_ptr<QCoreApplication> headlessApplication(int &argc, char *argv[],
                                                      const CommandLine &commandLine)
{
    if (commandLine.command != CommandLine::Command::Export
        || commandLine.format != QLatin1String("pdf"))
        return std::make_unique<QCoreApplication>(argc, argv);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

int runHeadless(int argc, char *argv[], const CommandLine &commandLine)
{
    const std::unique_ptr<QCoreApplication> application =
        headlessApplication(argc, argv, commandLine);
    QCoreApplication &app = *application;
    startLogging(commandLine);
    installTranslations(&app, commandLine.language);

    const Connection connection = openConnection(commandLine);
    if (!hasCredentials(connection.resolved) && connection.account.isEmpty()) {
        std::fprintf(stderr, "casebook: %s\n", qPrintable(connection.resolved.errorMessage));
        return 1;
    }

    SupportClient client;
    const QString problem = configure(&client, connection);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "casebook: %s\n", qPrintable(problem));
        return 1;
    }
    QObject::connect(&client, &SupportClient::clockSkewDetected, &reportClockSkew);
    const QString stsNotice = CredentialsResolver::stsEndpointNotice(connection.resolved);
    if (!stsNotice.isEmpty())
        std::fprintf(stderr, "casebook: note: %s\n", qPrintable(stsNotice));
    HeadlessCommands command(commandLine, &client);
    command.setArchiveAccount(archiveAccount(commandLine, connection));
    command.setArchivePath(archivePath(commandLine));
    QObject::connect(&command, &HeadlessCommands::finished, &app, &QCoreApplication::exit);
    AccountStore store;
    AccountConnection account(&store, &client);
    QObject::connect(&account, &AccountConnection::connected, &command, &HeadlessCommands::start);
    QObject::connect(&account, &AccountConnection::connectFailed, &app, [](const QString &text) {
        std::fprintf(stderr, "casebook: %s\n", qPrintable(text));
        QCoreApplication::exit(1);
    });
    if (connection.account.isEmpty())
        command.start();
    else
        account.connectTo(connection.account, commandLine.connection);
    return app.exec();
}

int runAccountCommand(int argc, char *argv[], const CommandLine &commandLine)
{
    QCoreApplication app(argc, argv);
    AccountStore store;
    AccountCommands command(commandLine, &store);
    QObject::connect(&command, &AccountCommands::finished, &app, &QCoreApplication::exit);
    command.start();
    return app.exec();
}

int runWindow(int argc, char *argv[], const CommandLine &commandLine)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Casebook"));
    QApplication::setDesktopFileName(QStringLiteral("io.casebook.Casebook"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/casebook.svg")));
    startLogging(commandLine);
    installTranslations(&app, commandLine.language);

    const Connection connection = openConnection(commandLine);
    SupportClient client;
    const QString problem = configure(&client, connection);

    AccountStore store;
    AccountConnection account(&store, &client);
    if (!connection.account.isEmpty())
        account.connectTo(connection.account, commandLine.connection);

    ArchiveStore archive;
    const bool archiveOpen = archive.open(archivePath(commandLine));
    MainWindow window(&client);
    window.setConnectionDescription(connection.description);
    // Reading a file needs neither network nor credentials: no list, and no error about it.
    const bool noCredentials = !hasCredentials(connection.resolved) && connection.account.isEmpty();
    const bool fileOnly = noCredentials && !commandLine.openFile.isEmpty();
    if (fileOnly) {
        window.setCaseListOffline(QCoreApplication::translate(
            "main", "Cases are not listed: no AWS credentials were found. Reading a file "
                    "needs none."));
    }
    window.setAccountStore(&store);
    if (archiveOpen)
        window.setArchive(&archive, archiveAccount(commandLine, connection));
    bool switchingAccount = false;
    QObject::connect(&window, &MainWindow::accountChosen, &account, [&](const QString &name) {
        window.setConnectionDescription(AccountConnection::readingDescription(name));
        switchingAccount = true;
        account.connectTo(name);
    });
    QObject::connect(&account, &AccountConnection::connected, &window, [&](const QString &text) {
        window.setConnectionDescription(text);
        if (std::exchange(switchingAccount, false)) {
            window.setCaseListOffline({});
            window.refresh();
        }
    });
    QObject::connect(&account, &AccountConnection::connectFailed, &window,
                     [&](const QString &text) {
        window.setConnectionDescription(text);
        // The file opened with --open is read all the same; the list says why it is empty.
        if (!commandLine.openFile.isEmpty() && !window.openedFile().isEmpty()) {
            window.setCaseListOffline(text);
            return;
        }
        QMessageBox::warning(&window, QApplication::applicationDisplayName(), text);
    });
    QObject::connect(&client, &SupportClient::clockSkewDetected, &window, [&window](qint64 s) {
        window.statusBar()->showMessage(clockSkewNotice(s), 30000);
    });
    window.show();
    const QString stsNotice = CredentialsResolver::stsEndpointNotice(connection.resolved);
    if (!stsNotice.isEmpty()) {
        qCDebug(lcAuth).noquote() << stsNotice;
        window.statusBar()->showMessage(stsNotice, 30000);
    }
    if (!problem.isEmpty())
        QMessageBox::warning(&window, QApplication::applicationDisplayName(), problem);
    if (!archive.movedAsidePath().isEmpty() || !archiveOpen)
        QMessageBox::warning(&window, QApplication::applicationDisplayName(),
                             archiveNotice(archive, archiveOpen));
    if (!commandLine.caseId.isEmpty())
        window.openCase(commandLine.caseId);
    QString openProblem;
    if (!commandLine.openFile.isEmpty() && !window.openFile(commandLine.openFile, &openProblem))
        QMessageBox::warning(&window, QApplication::applicationDisplayName(), openProblem);
    if (noCredentials && !fileOnly)
        qCWarning(lcAuth) << "no usable credentials:" << connection.resolved.errorMessage;
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Parsed before any application object exists, so that --help, --version and mistakes
    // are answered without a display, as a command-line tool should.
    setApplicationNames();
    const CommandLine commandLine = CommandLine::parse(arguments);
    if (commandLine.shouldExitEarly()) {
        std::fprintf(commandLine.earlyExitCode == 0 ? stdout : stderr, "%s\n",
                     qPrintable(commandLine.earlyExitText));
        return commandLine.earlyExitCode;
    }

    // The desktop's proxy settings, or https_proxy, http_proxy and no_proxy when it has none.
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    if (commandLine.command == CommandLine::Command::Account)
        return runAccountCommand(argc, argv, commandLine);
    if (commandLine.command != CommandLine::Command::Window)
        return runHeadless(argc, argv, commandLine);
    return runWindow(argc, argv, commandLine);
}
