#pragma once

#include "CredentialsProvider.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

class QTimer;

/// Credentials printed by a profile's credential_process command, fetched again on expiry.
///
/// The command is split into words as a POSIX shell would for simple quoting and run without
/// a shell. It must print a Version 1 JSON object: Version, AccessKeyId, SecretAccessKey and
/// optionally SessionToken and Expiration (ISO 8601 with `Z` or an offset). Its output holds
/// the secret, so it is never logged; a failure reports the exit code and what the command
/// wrote on standard error to the user, and only the exit code to the log. The command leads
/// its own process group, which is killed as a whole when the command is stopped.
class ProcessCredentialsProvider : public CredentialsProvider
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultTimeout = std::chrono::seconds(30);

    /// Largest standard output accepted; a Version 1 object needs a few KiB at most.
    static constexpr qsizetype maxOutputSize = 64 * 1024;

    /// Characters of the command's standard error quoted in a failure message.
    static constexpr qsizetype maxErrorLength = 400;

    explicit ProcessCredentialsProvider(const QString &command, QObject *parent = nullptr);
    ~ProcessCredentialsProvider() override;

    QString command() const;

    /// How the credentials' source is shown, such as "profile dev (credential_process)".
    void setSourceName(const QString &name);
    QString sourceName() const;

    /// How long the command may run before it is stopped and the fetch fails.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;

    /// Splits \a command into words as a POSIX shell treats quotes: single quotes keep
    /// everything, double quotes keep all but backslash escapes, and a backslash outside
    /// quotes keeps the next character; nothing is expanded. Returns false for a quote that
    /// is never closed or a trailing backslash.
    static bool splitCommand(const QString &command, QStringList *words);

    /// Reads a command's Version 1 output. Returns nothing and says why in \a problem when it
    /// is not usable, including credentials that expired before \a now.
    static std::optional<AwsCredentials> parseOutput(const QByteArray &output, const QDateTime &now,
                                                     QString *problem);

protected:
    void startFetch() override;

private:
    void launch();
    void readOutput();
    void readErrors();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void onTimedOut();
    void stop(const QString &message, const QString &reason);
    void endProcess();
    QString quotedErrors() const;

    QString m_command;
    QString m_sourceName;
    std::chrono::milliseconds m_timeout = defaultTimeout;
    QProcess *m_process = nullptr;
    QTimer *m_timer = nullptr;
    QByteArray m_output;
    QByteArray m_errors;
};
