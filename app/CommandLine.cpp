#include "CommandLine.h"

#include "SupportJson.h"
#include "ThreadExport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace {

const QString casesCommand = QStringLiteral("cases");
const QString exportCommand = QStringLiteral("export");
const QString accountCommand = QStringLiteral("account");
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

// A mistake reads like every other casebook error, on one line, and says where the options
// are explained.
CommandLine failWith(const QString &problem)
{
    return exitWith(QStringLiteral("casebook: ") + problem + u' '
                        + CommandLine::tr("See: casebook --help"), 2);
}

/// Every option casebook knows; the headless ones are offered only to subcommands.
struct Options
{
    QCommandLineOption demo {QStringLiteral("demo"),
                             CommandLine::tr("Use the built-in sandbox with sample cases.")};
    QCommandLineOption profile {QStringLiteral("profile"),
                                CommandLine::tr("Use this profile from the AWS shared files."),
                                CommandLine::tr("name")};
    QCommandLineOption region {QStringLiteral("region"), CommandLine::tr("AWS region."),
                               CommandLine::tr("region")};
    QCommandLineOption endpoint {QStringLiteral("endpoint-url"),
                                 CommandLine::tr("Send requests to this URL instead of AWS."),
                                 CommandLine::tr("url")};
    QCommandLineOption caseId {QStringLiteral("case-id"),
                               CommandLine::tr("The case to open or export."),
                               CommandLine::tr("id")};
    QCommandLineOption includeResolved {QStringLiteral("include-resolved"),
                                        CommandLine::tr("List resolved cases too.")};
    QCommandLineOption after {
        QStringLiteral("after"),
        CommandLine::tr("Only what was created at or after this time (ISO 8601)."),
        CommandLine::tr("time")};
    QCommandLineOption before {
        QStringLiteral("before"),
        CommandLine::tr("Only what was created before this time (ISO 8601)."),
        CommandLine::tr("time")};
    QCommandLineOption format {
        QStringLiteral("format"),
        CommandLine::tr("Output format: json or txt for cases; json, md, html, txt, "
                        "pdf or mbox for export."),
        CommandLine::tr("format")};
    QCommandLineOption output {QStringLiteral("output"),
                               CommandLine::tr("File to write, or - for standard output."),
                               CommandLine::tr("path")};
    QCommandLineOption attachments {
        QStringLiteral("attachments"),
        CommandLine::tr("Export: also save the attachments, in a folder beside "
                        "the file, and link them.")};
    QCommandLineOption force {QStringLiteral("force"),
                              CommandLine::tr("Replace files that already exist.")};
    QCommandLineOption verbose {
        QStringLiteral("verbose"),
        CommandLine::tr("Log debug messages of every casebook.* category.")};
    QCommandLineOption logFile {
        QStringLiteral("log-file"),
        CommandLine::tr("Also write the log to a file; without a path, to casebook.log "
                        "in the cache folder."),
        CommandLine::tr("path")};
    QCommandLineOption allCases {
        QStringLiteral("all-cases"),
        CommandLine::tr("export: every case created in the time range, one file each; "
                        "sync: also ask again for resolved cases already archived.")};
    QCommandLineOption outputDirectory {
        QStringLiteral("output-dir"),
        CommandLine::tr("Folder for --all-cases; created when missing."),
        CommandLine::tr("folder")};
    QCommandLineOption open {
        QStringLiteral("open"),
        CommandLine::tr("Show a thread exported as JSON, or saved from aws support "
                        "describe-communications, without connecting."),
        CommandLine::tr("file")};
    QCommandLineOption account {
        QStringLiteral("account"),
        CommandLine::tr("Use this account stored by Casebook (see: casebook account)."),
        CommandLine::tr("name")};
    QCommandLineOption language {QStringLiteral("lang"),
                                 CommandLine::tr("Show Casebook in this language and format dates "
                                                 "and numbers for it: de, ja, en or a locale "
                                                 "name such as de_CH; overrides the preference."),
                                 CommandLine::tr("code")};
    QCommandLineOption makeDefault {
        QStringLiteral("default"),
        CommandLine::tr("account add: make the account the default one.")};
    QCommandLineOption replace {
        QStringLiteral("replace"),
        CommandLine::tr("account add: replace the keys of an account already stored, "
                        "keeping its region and endpoint unless given.")};
};

// QCommandLineParser has no options with optional values: a bare --log-file (last, or followed
// by another option) gets an empty value, which means the default file.
QStringList withLogFileValue(QStringList arguments)
{
    const QString logFile = QStringLiteral("--log-file");
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--"))
            break;
        const bool bare = arguments.at(i) == logFile
            && (i + 1 == arguments.size() || arguments.at(i + 1).startsWith(u'-'));
        if (bare)
            arguments[i] = logFile + u'=';
    }
    return arguments;
}

// QLocale falls back to the C locale for a name it does not know; "C" itself is English.
bool isLanguage(const QString &name)
{
    return name == QLatin1String("C") || QLocale(name).language() != QLocale::C;
}

// The shape every region name has, in each partition: us-east-1, us-gov-west-1, cn-north-1,
// us-isob-east-1, eusc-de-east-1. Only the shape is checked, so new regions need no update.
bool isRegionName(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z]{2,4}(-[a-z]+)+-[0-9]{1,2}$"));
    return shape.match(text).hasMatch();
}

/// Reads the options every command shares; returns why they are unusable, or nothing.
QString readCommon(const QCommandLineParser &parser, const Options &options, CommandLine *result)
{
    result->demo = parser.isSet(options.demo);
    result->connection.profile = parser.value(options.profile);
    result->connection.region = parser.value(options.region);
    result->caseId = parser.value(options.caseId);
    result->verbose = parser.isSet(options.verbose);
    result->logToFile = parser.isSet(options.logFile);
    result->logFile = parser.value(options.logFile);
    result->connection.account = parser.value(options.account);
    result->language = parser.value(options.language);
    if (!result->language.isEmpty() && !isLanguage(result->language))
        return CommandLine::tr("Not a language or locale name: %1").arg(result->language);
    if (!result->connection.account.isEmpty() && !result->connection.profile.isEmpty())
        return CommandLine::tr("--account and --profile both name credentials; choose one.");
    if (!result->connection.region.isEmpty() && !isRegionName(result->connection.region)) {
        return CommandLine::tr("Not an AWS region: %1. Regions look like us-east-1, eu-west-2, "
                  "us-gov-west-1 or cn-north-1.")
            .arg(result->connection.region);
    }
    if (!parser.isSet(options.endpoint))
        return {};

    const QUrl url(parser.value(options.endpoint), QUrl::StrictMode);
    const bool web =
        url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    if (!url.isValid() || url.host().isEmpty() || !web)
        return CommandLine::tr("Not an http or https URL: %1").arg(parser.value(options.endpoint));
    result->connection.endpointUrl = url;
    return {};
}

QString readHeadless(const QCommandLineParser &parser, const Options &options,
                     CommandLine *result)
{
    result->includeResolved = parser.isSet(options.includeResolved);
    result->format = parser.value(options.format).toLower();
    result->output = parser.value(options.output);
    result->downloadAttachments = parser.isSet(options.attachments);
    result->allCases = parser.isSet(options.allCases);
    result->outputDirectory = parser.value(options.outputDirectory);
    result->force = parser.isSet(options.force);

    for (const auto &[option, target] : {std::pair{&options.after, &result->after},
                                         std::pair{&options.before, &result->before}}) {
        if (!parser.isSet(*option))
            continue;
        *target = parseTimeArgument(parser.value(*option));
        if (!target->isValid())
            return CommandLine::tr("Not a date or ISO 8601 time: %1").arg(parser.value(*option));
    }
    if (result->after.isValid() && result->before.isValid() && result->after >= result->before)
        return CommandLine::tr("--after must be earlier than --before.");
    return {};
}

QString checkCases(CommandLine *result)
{
    if (!result->caseId.isEmpty())
        return CommandLine::tr(
            "cases lists every case; to read one, use: casebook export --case-id ID");
    if (result->downloadAttachments)
        return CommandLine::tr("--attachments belongs to export, not cases.");
    if (result->format.isEmpty())
        result->format = QStringLiteral("txt");
    if (result->format != QLatin1String("json") && result->format != QLatin1String("txt"))
        return CommandLine::tr("Cases can be listed as json or txt, not %1.").arg(result->format);
    return {};
}

// --all-cases writes one file per case into a folder, in any format.
QString checkExportAll(CommandLine *result)
{
    if (!result->caseId.isEmpty())
        return CommandLine::tr("--all-cases exports every case; leave out --case-id.");
    if (!result->output.isEmpty())
        return CommandLine::tr(
            "--all-cases writes one file per case: use --output-dir, not --output.");
    if (result->outputDirectory.isEmpty())
        return CommandLine::tr("--all-cases needs --output-dir FOLDER.");
    if (result->format.isEmpty())
        result->format = QStringLiteral("json");
    if (!ExportFormats::fromName(result->format))
        return CommandLine::tr("Unknown format %1; use one of: %2.")
            .arg(result->format, ExportFormats::names().join(QLatin1String(", ")));
    return {};
}

QString checkExport(CommandLine *result)
{
    if (result->allCases)
        return checkExportAll(result);
    if (!result->outputDirectory.isEmpty())
        return CommandLine::tr("--output-dir belongs to --all-cases; for one case use --output.");
    if (result->includeResolved)
        return CommandLine::tr("--include-resolved belongs to cases, not export.");
    if (result->caseId.isEmpty())
        return CommandLine::tr("export needs --case-id.");
    if (result->format.isEmpty())
        result->format = QStringLiteral("json");
    if (!ExportFormats::fromName(result->format)) {
        return CommandLine::tr("Cases can be exported as %1, not %2.")
            .arg(ExportFormats::names().join(QLatin1String(", ")), result->format);
    }
    if (result->downloadAttachments && result->output == QLatin1String("-"))
        return CommandLine::tr(
            "--attachments saves files beside the export, so it needs --output PATH.");
    return {};
}

// casebook account ACTION [NAME]: which action, and whether it has the name it needs.
QString checkAccount(const QStringList &positional, CommandLine *result)
{
    static const QStringList named = {QStringLiteral("add"), QStringLiteral("remove"),
                                      QStringLiteral("default")};
    result->accountAction = positional.value(0);
    result->accountName = positional.value(1);
    const bool list = result->accountAction == QLatin1String("list");
    if (!list && !named.contains(result->accountAction))
        return CommandLine::tr("Use: casebook account add|list|remove|default [NAME]");
    if (positional.size() > (list ? 1 : 2))
        return CommandLine::tr("Unexpected argument: %1").arg(positional.last());
    if (!list && result->accountName.isEmpty())
        return CommandLine::tr("casebook account %1 needs the account's name.")
            .arg(result->accountAction);
    if (result->makeDefault && result->accountAction != QLatin1String("add"))
        return CommandLine::tr("--default belongs to account add.");
    if (result->replace && result->accountAction != QLatin1String("add"))
        return CommandLine::tr("--replace belongs to account add.");
    return {};
}

QString checkSync(const CommandLine *result)
{
    if (!result->caseId.isEmpty() || !result->format.isEmpty() || !result->output.isEmpty())
        return CommandLine::tr(
            "sync archives every case; it takes no --case-id, --format or --output.");
    if (result->includeResolved)
        return CommandLine::tr("sync always includes resolved cases; --all-cases also re-checks "
                               "archived ones.");
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
        QStringLiteral("--format"),  QStringLiteral("--output"), QStringLiteral("--log-file"),
        QStringLiteral("--output-dir"), QStringLiteral("--open"), QStringLiteral("--account"),
        QStringLiteral("--lang")};

    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            return -1;
        const bool bareLogFile = argument == QLatin1String("--log-file")
            && (i + 1 == arguments.size() || arguments.at(i + 1).startsWith(u'-'));
        if (optionsWithValues.contains(argument) && !bareLogFile) {
            ++i;  // its value follows
            continue;
        }
        if (!argument.startsWith(u'-'))
            return argument == casesCommand || argument == exportCommand
                    || argument == accountCommand
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
    QStringList rest = withLogFileValue(arguments);
    const int position = commandPosition(rest);
    if (position > 0) {
        const QString command = rest.takeAt(position);
        result.command = command == casesCommand ? Command::Cases : Command::Export;
        if (command == accountCommand)
            result.command = Command::Account;
        if (command == syncCommand)
            result.command = Command::Sync;
    }
    const bool headless = result.command != Command::Window && result.command != Command::Account;

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Casebook reads AWS Support cases.\n\n"
           "  casebook [options]              open the window\n"
           "  casebook cases [options]        list cases\n"
           "  casebook export [options]       write a case's correspondence to a file\n"
           "  casebook account add NAME       store an account; reads the access key id and\n"
           "                                  the secret from standard input (two lines)\n"
           "  casebook account list|remove NAME|default NAME\n"

           "  casebook sync [options]         copy every case into the local archive"));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const Options options;
    parser.addOptions({options.demo, options.profile, options.region, options.endpoint,
                       options.caseId, options.account});
    parser.addOptions({options.verbose, options.logFile});
    parser.addOption(options.language);
    if (result.command == Command::Account)
        parser.addOptions({options.makeDefault, options.replace});
    if (headless) {
        parser.addOptions({options.includeResolved, options.after, options.before,
                           options.format, options.output});
        parser.addOptions(
            {options.attachments, options.force, options.allCases, options.outputDirectory});
    } else {
        parser.addOption(options.open);
    }
    if (result.command == Command::Sync)
        parser.addOption(options.allCases);

    if (!parser.parse(rest))
        return failWith(parser.errorText());
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
    if (result.command == Command::Account) {
        result.makeDefault = parser.isSet(options.makeDefault);
        result.replace = parser.isSet(options.replace);
        const QString problem = readCommon(parser, options, &result);
        const QString accountProblem = checkAccount(parser.positionalArguments(), &result);
        if (!problem.isEmpty() || !accountProblem.isEmpty())
            return failWith(problem.isEmpty() ? accountProblem : problem);
        return result;
    }
    if (!parser.positionalArguments().isEmpty())
        return failWith(tr("Unexpected argument: %1").arg(parser.positionalArguments().first()));

    if (!headless)
        result.openFile = parser.value(options.open);
    QString problem = readCommon(parser, options, &result);
    if (problem.isEmpty() && headless)
        problem = readHeadless(parser, options, &result);
    if (problem.isEmpty() && result.command == Command::Cases)
        problem = checkCases(&result);
    if (problem.isEmpty() && result.command == Command::Export)
        problem = checkExport(&result);
    if (problem.isEmpty() && result.command == Command::Sync)
        problem = checkSync(&result);
    return problem.isEmpty() ? result : failWith(problem);
}
