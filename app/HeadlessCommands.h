#pragma once

#include "CommandLine.h"

#include <QObject>

class SupportClient;
class SupportError;

/// Runs `casebook cases`, `export` and `sync` without a window and reports an exit code.
class HeadlessCommands : public QObject
{
    Q_OBJECT

public:
    HeadlessCommands(const CommandLine &commandLine, SupportClient *client,
                     QObject *parent = nullptr);

    /// The archive partition `sync` writes to (see archiveAccountKey()).
    void setArchiveAccount(const QString &account) { m_archiveAccount = account; }
    /// The archive file for sync; empty for the standard place.
    void setArchivePath(const QString &path) { m_archivePath = path; }

    /// Starts the command; finished() follows once it has succeeded or failed.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void listCases();
    void exportCase();
    void exportAllCases();
    void syncArchive(); // in SyncCommand.cpp
    bool writeOutput(const QByteArray &content);
    void fail(const SupportError &error);
    void failWith(const QString &reason);
    static QString printable(const QString &text);

    CommandLine m_commandLine;
    SupportClient *m_client;
    QString m_archiveAccount;
    QString m_archivePath;
};
