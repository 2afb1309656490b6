#pragma once

#include <QCoreApplication>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

/// Reads the INI dialect of the AWS shared files the way the AWS CLI does, quirks included.
///
/// Keys are lower-cased; sections keep their case. "=" and ":" both separate a key from its
/// value, and "#" or ";" start a comment only at the start of a line, so a value may hold
/// either. A line indented deeper than the setting above it continues that setting's value
/// ("s3 =" followed by indented lines is a nested block). Settings in a [DEFAULT] section
/// apply to every other section. What the CLI refuses (a repeated section or key, a setting
/// before any section, a line that is not "key = value", a byte order mark, bytes that are
/// not UTF-8) makes the whole file unreadable, as it does for the CLI.
class SharedFileParser
{
    Q_DECLARE_TR_FUNCTIONS(SharedFileParser)

public:
    /// One [section] with its settings and the line each setting started on.
    struct Section
    {
        QString name;
        int line = 0;
        QHash<QString, QString> values;
        QHash<QString, int> lines;
    };

    struct Result
    {
        QList<Section> sections; ///< in the order they first appear; [DEFAULT] left out
        QString error; ///< empty when the file could be read
        int errorLine = 0;

        bool ok() const { return error.isEmpty(); }
    };

    static Result parse(const QByteArray &bytes);

    /// The settings of a nested block ("\nkey = value\n..."); false when a line has no "=".
    static bool parseNested(const QString &value, QHash<QString, QString> *settings);

    /// Splits \a text into words the way a POSIX shell does (quotes, backslashes); false
    /// when a quote is left open or a backslash ends the text.
    static bool splitWords(const QString &text, QStringList *words);
};
