#pragma once

#include <QString>

/// Copies Casebook's log messages into a file, while they still go to standard error.
///
/// One file per process, opened for appending; a file grown past maxSize() starts afresh.
/// What reaches it is what the logging categories let through, and they never carry secrets.
class LogFile
{
public:
    /// Opens \a path (creating its folder) and installs the message handler. Returns false
    /// and says why in \a problem when the file cannot be opened.
    static bool install(const QString &path, QString *problem = nullptr);
    /// Closes the file and puts the previous message handler back.
    static void uninstall();
    /// The file messages are copied to, or an empty string.
    static QString path();

    /// Turns on the debug messages of every casebook.* category. QT_LOGGING_RULES, when set,
    /// still has the last word.
    static void enableVerbose();

    static constexpr qint64 maxSize() { return 8 * 1024 * 1024; }
};
