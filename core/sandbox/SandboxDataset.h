#pragma once

#include "Communication.h"
#include "SupportCase.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

/// A file attached to one of the sandbox's communications.
struct SandboxAttachment
{
    QString attachmentId;
    QString fileName;
    QByteArray data;
};

/// One case of the sandbox's dataset together with its whole correspondence.
struct SandboxCase
{
    SupportCase details; ///< without recentCommunications
    QList<Communication> communications; ///< newest first; each carries the case's id
    QString fileName; ///< the file it came from, for messages
};

/// The cases, communications and attachments a sandbox serves, read from JSON files.
///
/// A dataset folder holds `cases/*.json`, one case a file:
/// `{"case": {...}, "communications": [...], "attachments": [...]}`. Loading is all or
/// nothing: the first bad file is named with its reason and the dataset stays as it was.
class SandboxDataset
{
    Q_DECLARE_TR_FUNCTIONS(SandboxDataset)

public:
    /// Reads `directory/cases/*.json`.
    bool loadDirectory(const QString &directory, QString *errorMessage = nullptr);

    /// Reads the dataset compiled into Casebook (resource folder ":/demo/cases").
    bool loadDemo(QString *errorMessage = nullptr);

    /// Reads the given case files, in any order.
    bool loadFiles(const QStringList &filePaths, QString *errorMessage = nullptr);

    /// All cases, newest first by timeCreated.
    const QList<SandboxCase> &cases() const { return m_cases; }

    const SandboxCase *findCase(const QString &caseId) const;
    const SandboxAttachment *findAttachment(const QString &attachmentId) const;

    qsizetype communicationCount() const;
    bool isEmpty() const { return m_cases.isEmpty(); }

    static QString demoDirectory() { return QStringLiteral(":/demo"); }

private:
    bool readCaseFile(const QString &path, QList<SandboxCase> *cases,
                      QHash<QString, SandboxAttachment> *attachments, QString *reason) const;

    QList<SandboxCase> m_cases;
    QHash<QString, qsizetype> m_caseIndex;
    QHash<QString, SandboxAttachment> m_attachments;
};
