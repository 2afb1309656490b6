#pragma once

#include "CredentialsResolver.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

/// What `casebook` was asked to do, read from its arguments.
struct CommandLine
{
    enum class Command { Window, Cases, Export, Sync };

    Command command = Command::Window;
    bool demo = false;
    ConnectionOptions connection;
    QString caseId;
    bool includeResolved = false;
    bool allCases = false; ///< sync: also re-check resolved cases already archived whole
    QDateTime after;
    QDateTime before;
    QString format;
    QString output;

    /// Set instead of the fields when parsing stopped: text to print and the exit code.
    QString earlyExitText;
    int earlyExitCode = -1;

    bool shouldExitEarly() const { return earlyExitCode >= 0; }

    /// Whether \a arguments name a headless subcommand (no window, no display needed).
    static bool isHeadless(const QStringList &arguments);

    static CommandLine parse(const QStringList &arguments);
};
