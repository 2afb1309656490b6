#include "HeadlessCommands.h"

#include "CaseListModel.h"
#include "CommunicationModel.h"
#include "JsonExporter.h"
#include "SupportClient.h"
#include "SupportJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

HeadlessCommands::HeadlessCommands(const CommandLine &commandLine, SupportClient *client,
                                   QObject *parent)
    : QObject(parent)
    , m_commandLine(commandLine)
    , m_client(client)
{
}

void HeadlessCommands::start()
{
    // Through the event loop, so that a caller can connect to finished() first.
    QTimer::singleShot(0, this, [this] {
        if (m_commandLine.command == CommandLine::Command::Cases)
            listCases();
        else if (m_commandLine.command == CommandLine::Command::Sync)
            syncArchive();
        else
            exportCase();
    });
}

void HeadlessCommands::listCases()
{
    auto model = new CaseListModel(m_client, this);
    model->setIncludeResolved(m_commandLine.includeResolved);
    model->setTimeRange(m_commandLine.after, m_commandLine.before);

    connect(model, &CaseListModel::loadFailed, this, &HeadlessCommands::fail);
    connect(model, &CaseListModel::loadCompleted, this, [this, model] {
        QByteArray content;
        if (m_commandLine.format == QLatin1String("json")) {
            QJsonArray cases;
            for (const SupportCase &supportCase : model->cases())
                cases.append(SupportJson::toJson(supportCase));
            content = QJsonDocument(QJsonObject{{QLatin1String("cases"), cases}})
                          .toJson(QJsonDocument::Indented);
        } else {
            for (const SupportCase &c : model->cases()) {
                const QString line = QStringLiteral("%1  %2  %3  %4  %5")
                                         .arg(c.displayId, -12)
                                         .arg(SupportJson::formatTime(c.timeCreated).left(10), -10)
                                         .arg(c.status, -24)
                                         .arg(c.severityCode, -8)
                                         .arg(c.subject);
                content += printable(line).toUtf8() + '\n';
            }
        }
        Q_EMIT finished(writeOutput(content) ? 0 : 1);
    });
    model->fetchAll();
}

void HeadlessCommands::exportCase()
{
    auto model = new CommunicationModel(m_client, this);
    model->setCase(m_commandLine.caseId, m_commandLine.after, m_commandLine.before);

    connect(model, &CommunicationModel::loadFailed, this, &HeadlessCommands::fail);
    connect(model, &CommunicationModel::loadCompleted, this, [this, model] {
        const QByteArray content = JsonExporter::toJson(model->communications());
        Q_EMIT finished(writeOutput(content) ? 0 : 1);
    });
    model->fetchAll();
}

bool HeadlessCommands::writeOutput(const QByteArray &content)
{
    const QString path = m_commandLine.output;
    if (path.isEmpty() || path == QLatin1String("-")) {
        // A full disk or a reader that went away shows only when the buffer is flushed.
        const bool written = std::fwrite(content.constData(), 1, size_t(content.size()), stdout)
                == size_t(content.size())
            && std::fflush(stdout) == 0 && !std::ferror(stdout);
        if (!written)
            failWith(tr("Cannot write to standard output: %1.")
                         .arg(QString::fromLocal8Bit(std::strerror(errno))));
        return written;
    }

    QString errorMessage;
    if (!JsonExporter::writeFile(path, content, &errorMessage)) {
        failWith(errorMessage);
        return false;
    }
    return true;
}

void HeadlessCommands::fail(const SupportError &error)
{
    // For a refused or unreadable request the service's own words say what to change.
    QString reason = error.userMessage();
    const bool detailHelps = error.kind() == SupportError::Kind::Validation
        || error.kind() == SupportError::Kind::Protocol;
    if (detailHelps && !error.message().isEmpty())
        reason += u' ' + error.message();
    reason += QStringLiteral(" (") + error.code();
    if (!error.requestId().isEmpty())
        reason += tr(", request id %1").arg(error.requestId());
    reason += u')';
    failWith(reason);
    Q_EMIT finished(1);
}

void HeadlessCommands::failWith(const QString &reason)
{
    std::fprintf(stderr, "casebook: %s\n", qPrintable(printable(reason)));
}

QString HeadlessCommands::printable(const QString &text)
{
    // Text from the service reaches a terminal: no escape sequence, carriage return or
    // direction override in it may act on the terminal or break one-case-per-line output.
    QString safe = text;
    std::replace_if(
        safe.begin(), safe.end(),
        [](QChar c) {
            const char16_t u = c.unicode();
            return c.category() == QChar::Other_Control || (u >= 0x202a && u <= 0x202e)
                || (u >= 0x2066 && u <= 0x2069);
        },
        QChar(u' '));
    return safe;
}
