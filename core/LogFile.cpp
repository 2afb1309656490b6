#include "LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>

namespace {

struct Sink
{
    QMutex mutex;
    QFile file;
    QtMessageHandler previous = nullptr;
    bool installed = false;
};

Sink &sink()
{
    static Sink instance;
    return instance;
}

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    Sink &s = sink();
    {
        const QMutexLocker locker(&s.mutex);
        if (s.file.isOpen()) {
            const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            const QString line = time + u' ' + qFormatLogMessage(type, context, message) + u'\n';
            s.file.write(line.toUtf8());
            s.file.flush();
        }
    }
    // Standard error keeps getting everything, as without a log file.
    if (s.previous)
        s.previous(type, context, message);
}

} // namespace

bool LogFile::install(const QString &path, QString *problem)
{
    Sink &s = sink();
    const QMutexLocker locker(&s.mutex);
    s.file.close();

    const QFileInfo info(path);
    QDir().mkpath(info.absolutePath());
    // A log that has grown large is of little use to anyone; start it again.
    const QIODevice::OpenMode mode = info.size() > maxSize()
        ? QIODevice::WriteOnly | QIODevice::Truncate
        : QIODevice::WriteOnly | QIODevice::Append;
    s.file.setFileName(path);
    if (!s.file.open(mode | QIODevice::Text)) {
        if (problem)
            *problem = s.file.errorString();
        return false;
    }

    if (!s.installed) {
        s.previous = qInstallMessageHandler(&handleMessage);
        s.installed = true;
    }
    return true;
}

void LogFile::uninstall()
{
    Sink &s = sink();
    const QMutexLocker locker(&s.mutex);
    s.file.close();
    if (!s.installed)
        return;
    qInstallMessageHandler(s.previous);
    s.previous = nullptr;
    s.installed = false;
}

QString LogFile::path()
{
    Sink &s = sink();
    const QMutexLocker locker(&s.mutex);
    return s.file.isOpen() ? s.file.fileName() : QString();
}

void LogFile::enableVerbose()
{
    // Each level is switched on by its own rule: debug alone would leave info messages out.
    QLoggingCategory::setFilterRules(QStringLiteral("casebook.*.debug=true\n"
                                                    "casebook.*.info=true"));
}
