#include "ProcessCredentialsProvider.h"

#include "Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTimer>

#include <utility>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace {

// Standard error is only quoted, in part, so keeping more of it than this is pointless.
constexpr qsizetype maxErrorCapture = 16 * 1024;

/// Kills \a process and, on Unix, the process group it leads (see launch()), so that what the
/// command started in the background goes too.
void killGroup(QProcess *process)
{
#ifdef Q_OS_UNIX
    const qint64 pid = process->processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
#endif
    process->kill();
}

/// A string field of the output; an absent field is an empty string, a wrong type a problem.
bool readString(const QJsonObject &json, const char *name, QString *value, QString *problem)
{
    const QJsonValue field = json.value(QLatin1String(name));
    if (field.isUndefined() || field.isNull())
        return true;
    if (!field.isString()) {
        *problem = ProcessCredentialsProvider::tr("its output has a %1 that is not a string.")
                       .arg(QLatin1String(name));
        return false;
    }
    *value = field.toString();
    return true;
}

bool readRequired(const QJsonObject &json, const char *name, QString *value, QString *problem)
{
    if (!readString(json, name, value, problem))
        return false;
    if (value->isEmpty()) {
        *problem = ProcessCredentialsProvider::tr("its output has no %1.").arg(QLatin1String(name));
        return false;
    }
    return true;
}

bool checkVersion(const QJsonObject &json, QString *problem)
{
    const QJsonValue version = json.value(QLatin1String("Version"));
    if (version.isDouble() && version.toDouble() == 1.0)
        return true;

    if (version.isUndefined()) {
        *problem = ProcessCredentialsProvider::tr(
            "its output has no Version; Casebook reads Version 1.");
    } else {
        const QString shown = version.toVariant().toString().left(20);
        *problem = ProcessCredentialsProvider::tr(
                       "its output has Version %1; Casebook reads only Version 1.")
                       .arg(shown.isEmpty() ? QStringLiteral("\"\"") : shown);
    }
    return false;
}

/// Reads an ISO 8601 time that names its zone: `Z` or an offset such as `+02:00`.
bool readExpiration(const QString &text, const QDateTime &now, QDateTime *expiration,
                    QString *problem)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid() || time.timeSpec() == Qt::LocalTime) {
        *problem = ProcessCredentialsProvider::tr(
                       "its Expiration \"%1\" is not an ISO 8601 time with Z or an "
                       "offset.")
                       .arg(text.left(40));
        return false;
    }

    *expiration = time.toUTC();
    if (*expiration <= now) {
        *problem = ProcessCredentialsProvider::tr("the credentials it printed expired at %1.")
                       .arg(expiration->toString(Qt::ISODate));
        return false;
    }
    return true;
}

/// Splits a command line into words the way a POSIX shell treats quotes and backslashes,
/// without expanding variables, globs or anything else.
class WordSplitter
{
public:
    bool split(const QString &command, QStringList *words)
    {
        for (const QChar c : command)
            take(c);
        if (m_quote != Quote::None || m_escaped)
            return false;

        endWord();
        *words = m_words;
        return true;
    }

private:
    enum class Quote { None, Single, Double };

    void take(QChar c)
    {
        if (m_escaped)
            takeEscaped(c);
        else if (m_quote == Quote::Single)
            takeSingleQuoted(c);
        else if (m_quote == Quote::Double)
            takeDoubleQuoted(c);
        else
            takeUnquoted(c);
    }

    void takeEscaped(QChar c)
    {
        // Inside double quotes a backslash escapes only these; before others it stays.
        if (m_quote == Quote::Double && !QStringView(u"\\\"$`").contains(c))
            m_word += u'\\';
        m_word += c;
        m_escaped = false;
    }

    void takeSingleQuoted(QChar c)
    {
        if (c == u'\'')
            m_quote = Quote::None;
        else
            m_word += c;
    }

    void takeDoubleQuoted(QChar c)
    {
        if (c == u'"')
            m_quote = Quote::None;
        else if (c == u'\\')
            m_escaped = true;
        else
            m_word += c;
    }

    void takeUnquoted(QChar c)
    {
        if (c.isSpace()) {
            endWord();
            return;
        }

        m_inWord = true;
        if (c == u'\'')
            m_quote = Quote::Single;
        else if (c == u'"')
            m_quote = Quote::Double;
        else if (c == u'\\')
            m_escaped = true;
        else
            m_word += c;
    }

    void endWord()
    {
        if (m_inWord)
            m_words.append(m_word);
        m_word.clear();
        m_inWord = false;
    }

    QStringList m_words;
    QString m_word;
    Quote m_quote = Quote::None;
    bool m_inWord = false;
    bool m_escaped = false;
};

} // namespace

ProcessCredentialsProvider::ProcessCredentialsProvider(const QString &command, QObject *parent)
    : CredentialsProvider(parent), m_command(command), m_sourceName(tr("credential_process"))
{ }

ProcessCredentialsProvider::~ProcessCredentialsProvider()
{
    // Commands still running (the current one, or ones killed and not yet gone) are stopped
    // and reaped before QObject deletes them, and none may call back into this object.
    const auto processes = findChildren<QProcess *>(Qt::FindDirectChildrenOnly);
    for (QProcess *process : processes) {
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            killGroup(process);
            process->waitForFinished(1000);
        }
    }
}

QString ProcessCredentialsProvider::command() const
{
    return m_command;
}

void ProcessCredentialsProvider::setSourceName(const QString &name)
{
    m_sourceName = name;
}

QString ProcessCredentialsProvider::sourceName() const
{
    return m_sourceName;
}

void ProcessCredentialsProvider::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

std::chrono::milliseconds ProcessCredentialsProvider::timeout() const
{
    return m_timeout;
}

bool ProcessCredentialsProvider::splitCommand(const QString &command, QStringList *words)
{
    return WordSplitter().split(command, words);
}

std::optional<AwsCredentials> ProcessCredentialsProvider::parseOutput(const QByteArray &output,
                                                                      const QDateTime &now,
                                                                      QString *problem)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (!document.isObject()) {
        // The parser's message names a position, never the text: the text may hold the secret.
        *problem = parseError.error != QJsonParseError::NoError
            ? tr("its output is not valid JSON (%1 at byte %2).")
                  .arg(parseError.errorString())
                  .arg(parseError.offset)
            : tr("its output is not a JSON object.");
        return std::nullopt;
    }

    const QJsonObject json = document.object();
    AwsCredentials credentials;
    QString expiration;
    if (!checkVersion(json, problem)
        || !readRequired(json, "AccessKeyId", &credentials.accessKeyId, problem)
        || !readRequired(json, "SecretAccessKey", &credentials.secretAccessKey, problem)
        || !readString(json, "SessionToken", &credentials.sessionToken, problem)
        || !readString(json, "Expiration", &expiration, problem))
        return std::nullopt;

    if (!expiration.isEmpty() && !readExpiration(expiration, now, &credentials.expiration, problem))
        return std::nullopt;
    return credentials;
}

void ProcessCredentialsProvider::startFetch()
{
    // Even a command that cannot start must fail after fetch() has returned.
    QTimer::singleShot(0, this, &ProcessCredentialsProvider::launch);
}

void ProcessCredentialsProvider::launch()
{
    QStringList words;
    if (!splitCommand(m_command, &words)) {
        failFetch(tr("%1: the command has a quote that is never closed.").arg(m_sourceName),
                  m_sourceName + QStringLiteral(": unclosed quote"));
        return;
    }
    if (words.isEmpty()) {
        failFetch(tr("%1: the command is empty.").arg(m_sourceName),
                  m_sourceName + QStringLiteral(": empty command"));
        return;
    }

    m_output.clear();
    m_errors.clear();
    m_process = new QProcess(this);
    m_process->setStandardInputFile(QProcess::nullDevice());
#ifdef Q_OS_UNIX
    // Its own process group, so that a stop also ends what the command started in turn.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            &ProcessCredentialsProvider::readOutput);
    connect(m_process, &QProcess::readyReadStandardError, this,
            &ProcessCredentialsProvider::readErrors);
    connect(m_process, &QProcess::finished, this, &ProcessCredentialsProvider::onFinished);
    connect(m_process, &QProcess::errorOccurred, this,
            &ProcessCredentialsProvider::onErrorOccurred);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ProcessCredentialsProvider::onTimedOut);
    m_timer->start(m_timeout);

    const QString program = words.takeFirst();
    qCDebug(lcAuth) << "running credential_process" << program << "for" << m_sourceName;
    m_process->start(program, words);
}

void ProcessCredentialsProvider::readOutput()
{
    m_output += m_process->readAllStandardOutput();
    if (m_output.size() > maxOutputSize) {
        stop(tr("%1: the command printed more than %2 KiB, more than any credentials need; "
                "it was stopped.")
                 .arg(m_sourceName, QString::number(maxOutputSize / 1024)),
             QStringLiteral("output too large"));
    }
}

void ProcessCredentialsProvider::readErrors()
{
    const QByteArray chunk = m_process->readAllStandardError();
    m_errors += chunk.left(maxErrorCapture - m_errors.size());
}

void ProcessCredentialsProvider::onFinished(int exitCode, QProcess::ExitStatus status)
{
    readOutput();
    if (!m_process) // readOutput() found too much and has already failed the fetch
        return;
    readErrors();

    const QByteArray output = std::exchange(m_output, {});
    endProcess();

    if (status == QProcess::CrashExit) {
        failFetch(
            tr("%1: the command was stopped by a signal.%2").arg(m_sourceName, quotedErrors()),
            m_sourceName + QStringLiteral(": stopped by a signal"));
        return;
    }
    if (exitCode != 0) {
        failFetch(tr("%1: the command exited with code %2.%3")
                      .arg(m_sourceName, QString::number(exitCode), quotedErrors()),
                  m_sourceName + QStringLiteral(": exit code %1").arg(exitCode));
        return;
    }

    QString problem;
    std::optional<AwsCredentials> credentials
        = parseOutput(output, QDateTime::currentDateTimeUtc(), &problem);
    if (!credentials) {
        failFetch(tr("%1: %2").arg(m_sourceName, problem),
                  m_sourceName + QStringLiteral(": unusable output"));
        return;
    }
    credentials->source = m_sourceName;
    finishFetch(*credentials);
}

void ProcessCredentialsProvider::onErrorOccurred(QProcess::ProcessError error)
{
    // Crashes and exits end in finished(); only a command that never ran ends here.
    if (error != QProcess::FailedToStart)
        return;

    const QString reason = m_process->errorString();
    endProcess();
    failFetch(tr("%1: the command could not be started (%2).").arg(m_sourceName, reason),
              m_sourceName + QStringLiteral(": could not be started"));
}

void ProcessCredentialsProvider::onTimedOut()
{
    const double seconds = double(m_timeout.count()) / 1000.0;
    stop(tr("%1: the command did not finish within %2 seconds and was stopped.%3")
             .arg(m_sourceName, QString::number(seconds), quotedErrors()),
         QStringLiteral("timed out"));
}

void ProcessCredentialsProvider::stop(const QString &message, const QString &reason)
{
    m_output.clear();
    endProcess();
    failFetch(message, m_sourceName + QStringLiteral(": stopped, ") + reason);
}

void ProcessCredentialsProvider::endProcess()
{
    m_timer->stop();
    m_timer->deleteLater();
    m_timer = nullptr;

    // A killed command is reaped when it has gone, so that nothing waits for it here.
    QProcess *process = std::exchange(m_process, nullptr);
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    killGroup(process);
}

QString ProcessCredentialsProvider::quotedErrors() const
{
    QString text = QString::fromLocal8Bit(m_errors).simplified();
    if (text.isEmpty())
        return {};
    if (text.size() > maxErrorLength)
        text = text.left(maxErrorLength) + QStringLiteral("…");
    return QLatin1Char(' ') + tr("It said: %1").arg(text);
}
