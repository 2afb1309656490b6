#pragma once

#include "CredentialsResolver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

/// What `casebook` was asked to do, read from its arguments.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Command { Window, Cases, Export, Account, Sync };

    Command command = Command::Window;
    bool demo = false;
    ConnectionOptions connection;
    QString caseId;
    bool includeResolved = false;
    QDateTime after;
    QDateTime before;
    QString format;
    QString output;
    bool downloadAttachments = false;  ///< export: save attachments beside the file
    bool force = false;                ///< export: replace a file that is already there
    bool allCases = false;  ///< export: every case in the range; sync: re-check resolved ones
    QString outputDirectory;
    QString openFile;  ///< window: a thread exported earlier to show instead of the service's
    bool verbose = false;
    bool logToFile = false;
    QString logFile; ///< empty with logToFile: the default file in the cache folder
    QString language; ///< --lang: a locale name that overrides the preference; empty if not set

    // casebook account add|list|remove|default [NAME] [--default]
    QString accountAction;
    QString accountName;
    bool makeDefault = false;
    bool replace = false;  ///< account add: replace the keys of an account already stored

    /// Set instead of the fields when parsing stopped: text to print and the exit code.
    QString earlyExitText;
    int earlyExitCode = -1;

    bool shouldExitEarly() const { return earlyExitCode >= 0; }

    /// Whether \a arguments name a headless subcommand (no window, no display needed).
    static bool isHeadless(const QStringList &arguments);

    static CommandLine parse(const QStringList &arguments);
};
