#include "CommandLine.h"

#include "SupportJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

const QString casesCommand = QStringLiteral("cases");
const QString exportCommand = QStringLiteral("export");
const QString syncCommand = QStringLiteral("sync");

// A bare date means the start of that day in UTC; anything else is read as ISO 8601.
QDateTime parseTimeArgument(const QString &text)
{
    static const QRegularExpression bareDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (bareDate.match(text.trimmed()).hasMatch()) {
        const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
        return date.isValid() ? QDateTime(date, QTime(0, 0), Qt::UTC) : QDateTime();
    }
    return SupportJson::parseTime(text);
}

CommandLine exitWith(const QString &text, int code)
{
    CommandLine result;
    result.earlyExitText = text;
    result.earlyExitCode = code;
    return result;
}

/// Every option casebook knows; the headless ones are offered only to subcommands.
struct Options
{
    QCommandLineOption demo{QStringLiteral("demo"),
                            tr("Use the built-in sandbox with sample cases.")};
    QCommandLineOption profile{QStringLiteral("profile"),
                               tr("Use this profile from the AWS shared files."), tr("name")};
    QCommandLineOption region{QStringLiteral("region"), tr("AWS region."), tr("region")};
    QCommandLineOption endpoint{QStringLiteral("endpoint-url"),
                                tr("Send requests to this URL instead of AWS."), tr("url")};
    QCommandLineOption caseId{QStringLiteral("case-id"), tr("The case to open or export."),
                              tr("id")};
    QCommandLineOption includeResolved{QStringLiteral("include-resolved"),
                                       tr("List resolved cases too.")};
    QCommandLineOption after{QStringLiteral("after"),
                             tr("Only what was created at or after this time (ISO 8601)."),
                             tr("time")};
    QCommandLineOption before{QStringLiteral("before"),
                              tr("Only what was created before this time (ISO 8601)."),
                              tr("time")};
    QCommandLineOption format{QStringLiteral("format"),
                              tr("Output format: json, or txt for cases."), tr("format")};
    QCommandLineOption output{QStringLiteral("output"),
                              tr("File to write, or - for standard output."), tr("path")};
    QCommandLineOption allCases{QStringLiteral("all-cases"),
                                tr("sync: also ask again for resolved cases already archived.")};
};

/// Reads the options every command shares; returns why they are unusable, or nothing.
QString readCommon(const QCommandLineParser &parser, const Options &options, CommandLine *result)
{
    result->demo = parser.isSet(options.demo);
    result->connection.profile = parser.value(options.profile);
    result->connection.region = parser.value(options.region);
    result->caseId = parser.value(options.caseId);
    if (!parser.isSet(options.endpoint))
        return {};

    const QUrl url(parser.value(options.endpoint), QUrl::StrictMode);
    const bool web =
        url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    if (!url.isValid() || url.host().isEmpty() || !web)
        return tr("Not an http or https URL: %1").arg(parser.value(options.endpoint));
    result->connection.endpointUrl = url;
    return {};
}

QString readHeadless(const QCommandLineParser &parser, const Options &options,
                     CommandLine *result)
{
    result->includeResolved = parser.isSet(options.includeResolved);
    result->format = parser.value(options.format).toLower();
    result->output = parser.value(options.output);
    result->allCases = result->command == CommandLine::Command::Sync
        && parser.isSet(options.allCases);

    for (const auto &[option, target] : {std::pair{&options.after, &result->after},
                                         std::pair{&options.before, &result->before}}) {
        if (!parser.isSet(*option))
            continue;
        *target = parseTimeArgument(parser.value(*option));
        if (!target->isValid())
            return tr("Not a date or ISO 8601 time: %1").arg(parser.value(*option));
    }
    if (result->after.isValid() && result->before.isValid() && result->after >= result->before)
        return tr("--after must be earlier than --before.");
    return {};
}

QString checkCases(CommandLine *result)
{
    if (!result->caseId.isEmpty())
        return tr("cases lists every case; to read one, use: casebook export --case-id ID");
    if (result->format.isEmpty())
        result->format = QStringLiteral("txt");
    if (result->format != QLatin1String("json") && result->format != QLatin1String("txt"))
        return tr("Cases can be listed as json or txt, not %1.").arg(result->format);
    return {};
}

QString checkExport(CommandLine *result)
{
    if (result->includeResolved)
        return tr("--include-resolved belongs to cases, not export.");
    if (result->caseId.isEmpty())
        return tr("export needs --case-id.");
    if (result->format.isEmpty())
        result->format = QStringLiteral("json");
    if (result->format != QLatin1String("json"))
        return tr("This version of Casebook exports json only, not %1.").arg(result->format);
    if (result->output.isEmpty())
        return tr("export needs --output PATH, or --output - for standard output.");
    return {};
}

QString checkSync(const CommandLine *result)
{
    if (!result->caseId.isEmpty() || !result->format.isEmpty() || !result->output.isEmpty())
        return tr("sync archives every case; it takes no --case-id, --format or --output.");
    if (result->includeResolved)
        return tr("sync always includes resolved cases; --all-cases also re-checks archived ones.");
    return {};
}

} // namespace

// The position of the subcommand: the first argument that is neither an option nor the value
// of one, so that `casebook --region eu-west-1 cases` works as well as `casebook cases`.
int commandPosition(const QStringList &arguments)
{
    static const QStringList optionsWithValues = {
        QStringLiteral("--profile"), QStringLiteral("--region"), QStringLiteral("--endpoint-url"),
        QStringLiteral("--case-id"), QStringLiteral("--after"),  QStringLiteral("--before"),
        QStringLiteral("--format"),  QStringLiteral("--output")};

    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return -1;
        if (optionsWithValues.contains(argument)) {
            ++i;  // its value follows
            continue;
        }
        if (!argument.startsWith(u'-'))
            return argument == casesCommand || argument == exportCommand
                    || argument == syncCommand
                ? i
                : -1;
    }
    return -1;
}

bool CommandLine::isHeadless(const QStringList &arguments)
{
    return commandPosition(arguments) > 0;
}

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QStringList rest = arguments;
    const int position = commandPosition(arguments);
    if (position > 0) {
        const QString command = rest.takeAt(position);
        result.command = command == casesCommand ? Command::Cases : Command::Export;
        if (command == syncCommand)
            result.command = Command::Sync;
    }
    const bool headless = result.command != Command::Window;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Casebook reads AWS Support cases.\n\n"
           "  casebook [options]              open the window\n"
           "  casebook cases [options]        list cases\n"
           "  casebook export [options]       write a case's correspondence to a file\n"
           "  casebook sync [options]         copy every case into the local archive"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const Options options;
    parser.addOptions({options.demo, options.profile, options.region, options.endpoint,
                       options.caseId});
    if (headless) {
        parser.addOptions({options.includeResolved, options.after, options.before,
                           options.format, options.output});
    }
    if (result.command == Command::Sync)
        parser.addOption(options.allCases);

    if (!parser.parse(rest))
        return exitWith(parser.errorText(), 2);
    if (parser.isSet(helpOption)) {
        // Parsed before the application object exists, Qt cannot know the program's name.
        const QString program =
            QFileInfo(arguments.value(0, QStringLiteral("casebook"))).fileName();
        return exitWith(parser.helpText().replace(QLatin1String("<executable_name>"), program), 0);
    }
    if (parser.isSet(versionOption)) {
        return exitWith(QCoreApplication::applicationName() + u' '
                            + QCoreApplication::applicationVersion(), 0);
    }
    if (!parser.positionalArguments().isEmpty())
        return exitWith(tr("Unexpected argument: %1").arg(parser.positionalArguments().first()), 2);

    QString problem = readCommon(parser, options, &result);
    if (problem.isEmpty() && headless)
        problem = readHeadless(parser, options, &result);
    if (problem.isEmpty() && result.command == Command::Cases)
        problem = checkCases(&result);
    if (problem.isEmpty() && result.command == Command::Export)
        problem = checkExport(&result);
    if (problem.isEmpty() && result.command == Command::Sync)
        problem = checkSync(&result);
    return problem.isEmpty() ? result : exitWith(problem, 2);
}
