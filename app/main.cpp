#include "ArchiveStore.h"
#include "ClockSkew.h"
#include "CommandLine.h"
#include "CredentialsResolver.h"
#include "HeadlessCommands.h"
#include "Logging.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "SupportClient.h"

#include <QApplication>
#include <QMessageBox>
#include <QSettings>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStatusBar>

#include <cstdio>
#include <memory>

namespace {

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Casebook"));
    QCoreApplication::setApplicationName(QStringLiteral("casebook"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEBOOK_VERSION));
}

/// The connection a run uses: a real account, or the in-process sandbox for --demo.
struct Connection
{
    std::unique_ptr<SandboxServer> sandbox;
    ResolvedConnection resolved;
    QString description;
};

Connection openConnection(const CommandLine &commandLine)
{
    Connection connection;
    if (!commandLine.demo) {
        connection.resolved = CredentialsResolver().resolve(commandLine.connection);
        const SupportEndpoint &endpoint = connection.resolved.endpoint;
        connection.description = connection.resolved.isValid()
            ? QCoreApplication::translate("main", "%1 · %2 · credentials: %3")
                  .arg(endpoint.url.toDisplayString(), connection.resolved.region,
                       connection.resolved.credentials.source)
            : connection.resolved.errorMessage;
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
    const QString profile = commandLine.demo ? QStringLiteral("demo") : connection.resolved.profile;
    return ArchiveStore::accountKey(profile, connection.resolved.endpoint.url);
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
    if (resolved.isValid())
        client->setCredentials(resolved.credentials);

    const int savedAttempts = QSettings().value(QStringLiteral("network/maxAttempts")).toInt();
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

int runHeadless(int argc, char *argv[], const CommandLine &commandLine)
{
    QCoreApplication app(argc, argv);

    const Connection connection = openConnection(commandLine);
    if (!connection.resolved.isValid()) {
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
    HeadlessCommands command(commandLine, &client);
    command.setArchiveAccount(archiveAccount(commandLine, connection));
    QObject::connect(&command, &HeadlessCommands::finished, &app, &QCoreApplication::exit);
    command.start();
    return app.exec();
}

int runWindow(int argc, char *argv[], const CommandLine &commandLine)
{
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Casebook"));
    QApplication::setDesktopFileName(QStringLiteral("casebook"));

    const Connection connection = openConnection(commandLine);
    SupportClient client;
    const QString problem = configure(&client, connection);

    ArchiveStore archive;
    const bool archiveOpen = archive.open();
    MainWindow window(&client);
    window.setConnectionDescription(connection.description);
    if (archiveOpen)
        window.setArchive(&archive, archiveAccount(commandLine, connection));
    QObject::connect(&client, &SupportClient::clockSkewDetected, &window, [&window](qint64 s) {
        window.statusBar()->showMessage(clockSkewNotice(s), 30000);
    });
    window.show();
    if (!problem.isEmpty())
        QMessageBox::warning(&window, QApplication::applicationDisplayName(), problem);
    if (!archive.movedAsidePath().isEmpty() || !archiveOpen)
        QMessageBox::warning(&window, QApplication::applicationDisplayName(),
                             archiveNotice(archive, archiveOpen));
    if (!commandLine.caseId.isEmpty())
        window.openCase(commandLine.caseId);
    if (!connection.resolved.isValid())
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

    if (commandLine.command != CommandLine::Command::Window)
        return runHeadless(argc, argv, commandLine);
    return runWindow(argc, argv, commandLine);
}
