#include "LogFile.h"
#include "Logging.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

namespace {

QStringList seenByPrevious;

void recordingHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    seenByPrevious.append(message);
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

// The log file: a copy of what the categories let through, with stderr still served.
class tst_LogFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void copiesMessagesAndKeepsThePreviousHandler();
    void createsTheFolderAndAppends();
    void verboseTurnsOnDebugMessages();
    void refusesAnUnwritablePath();
    void startsAfreshWhenLarge();

private:
    QTemporaryDir m_dir;
    QtMessageHandler m_original = nullptr;
};

void tst_LogFile::init()
{
    seenByPrevious.clear();
    QLoggingCategory::setFilterRules(QString());
    m_original = qInstallMessageHandler(&recordingHandler);
}

void tst_LogFile::cleanup()
{
    LogFile::uninstall();
    qInstallMessageHandler(m_original);
}

void tst_LogFile::copiesMessagesAndKeepsThePreviousHandler()
{
    const QString path = m_dir.filePath(QStringLiteral("copy.log"));
    QString problem;
    QVERIFY2(LogFile::install(path, &problem), qPrintable(problem));
    QCOMPARE(LogFile::path(), path);

    qCWarning(lcNetwork) << "request failed with" << 503;
    QVERIFY(seenByPrevious.join(u'\n').contains(QLatin1String("request failed with 503")));
    const QString text = readAll(path);
    QVERIFY2(text.contains(QLatin1String("casebook.network: request failed with 503")),
             qPrintable(text));

    LogFile::uninstall();
    QCOMPARE(LogFile::path(), QString());
    qCWarning(lcNetwork) << "after the file closed";
    QVERIFY(!readAll(path).contains(QLatin1String("after the file closed")));
    QVERIFY(seenByPrevious.last().contains(QLatin1String("after the file closed")));
}

void tst_LogFile::createsTheFolderAndAppends()
{
    const QString path = m_dir.filePath(QStringLiteral("deep/er/append.log"));
    QVERIFY(LogFile::install(path));
    qCWarning(lcUi) << "first run";
    LogFile::uninstall();

    QVERIFY(LogFile::install(path));
    qCWarning(lcUi) << "second run";
    const QString text = readAll(path);
    QVERIFY(text.contains(QLatin1String("first run")));
    QVERIFY(text.contains(QLatin1String("second run")));
}

void tst_LogFile::verboseTurnsOnDebugMessages()
{
    const QString path = m_dir.filePath(QStringLiteral("verbose.log"));
    QVERIFY(LogFile::install(path));

    qCDebug(lcAuth) << "hidden by default";
    QVERIFY(!lcAuth().isDebugEnabled());
    QVERIFY(!lcAuth().isInfoEnabled());
    LogFile::enableVerbose();
    QVERIFY(lcAuth().isDebugEnabled());
    QVERIFY(lcAuth().isInfoEnabled());
    QVERIFY(lcSandbox().isDebugEnabled());
    QVERIFY(lcArchive().isInfoEnabled());
    qCDebug(lcAuth) << "shown when verbose";

    const QString text = readAll(path);
    QVERIFY(!text.contains(QLatin1String("hidden by default")));
    QVERIFY(text.contains(QLatin1String("casebook.auth: shown when verbose")));
}

void tst_LogFile::refusesAnUnwritablePath()
{
    const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();

    QString problem;
    QVERIFY(!LogFile::install(blocker + QStringLiteral("/below/casebook.log"), &problem));
    QVERIFY(!problem.isEmpty());
    QCOMPARE(LogFile::path(), QString());
}

void tst_LogFile::startsAfreshWhenLarge()
{
    const QString path = m_dir.filePath(QStringLiteral("large.log"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(LogFile::maxSize() + 1));
    file.close();

    QVERIFY(LogFile::install(path));
    qCWarning(lcUi) << "fresh";
    QVERIFY(QFileInfo(path).size() < 1024);
}

QTEST_GUILESS_MAIN(tst_LogFile)
#include "tst_logfile.moc"
