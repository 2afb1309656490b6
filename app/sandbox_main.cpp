// casebook-sandbox: a local AWS Support API endpoint serving a dataset on 127.0.0.1.

#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <optional>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "casebook-sandbox: %s\n", qUtf8Printable(message));
}

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

// Only async-signal-safe work here: the event loop picks the byte up and quits.
void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

void quitOnTerminationSignals(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;

    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, &QCoreApplication::quit);

    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
#else
// Elsewhere the default handlers end the process, which is all a stop needs.
void quitOnTerminationSignals(QCoreApplication *) { }
#endif

bool readPort(const QString &text, quint16 *port)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    *port = quint16(value);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("casebook-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEBOOK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Serves the AWS Support API on 127.0.0.1 from a dataset, for trying Casebook "
        "and for tests."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("main", "Port to listen on; 0 picks a free one."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption dataOption(
        QStringLiteral("data"),
        QCoreApplication::translate("main",
                                    "Dataset folder holding cases/*.json; without it "
                                    "the built-in demo cases are served."),
        QStringLiteral("DIR"));
    const QCommandLineOption faultsOption(
        QStringLiteral("faults"),
        QCoreApplication::translate("main",
                                    "Faults to inject, comma-separated, for example "
                                    "throttle=3,slow=2000,subscription (see the README)."),
        QStringLiteral("SPEC"));
    parser.addOption(portOption);
    parser.addOption(dataOption);
    parser.addOption(faultsOption);
    parser.process(app);

    quint16 port = 0;
    if (!readPort(parser.value(portOption), &port)) {
        printError(QCoreApplication::translate("main", "--port wants a number from 0 to 65535"));
        return 1;
    }

    QString errorMessage;
    const std::optional<SandboxFaults> faults
        = SandboxFaults::parse(parser.value(faultsOption), &errorMessage);
    if (!faults) {
        printError(QCoreApplication::translate("main", "--faults: %1").arg(errorMessage));
        return 1;
    }

    SandboxServer server;
    server.setFaults(*faults);
    const bool loaded = parser.isSet(dataOption)
        ? server.loadDataset(parser.value(dataOption), &errorMessage)
        : server.loadDemoDataset(&errorMessage);
    if (!loaded) {
        printError(
            QCoreApplication::translate("main", "cannot load the dataset: %1").arg(errorMessage));
        return 1;
    }

    if (!server.listen(port)) {
        printError(QCoreApplication::translate("main", "cannot listen on 127.0.0.1:%1: %2")
                       .arg(port)
                       .arg(server.errorString()));
        return 1;
    }

    // Scripts read the URL from this first line, so it goes out before anything else.
    std::printf("listening on %s\n", qUtf8Printable(server.url().toString()));
    std::fflush(stdout);
    if (!faults->isEmpty()) {
        printError(
            QCoreApplication::translate("main", "injecting faults: %1").arg(faults->toString()));
    }

    quitOnTerminationSignals(&app);
    return app.exec() == 0 ? 0 : 1;
}
