#pragma once

// Shared by the integration and GUI tests: a sandbox on loopback serving the demo dataset, and
// facts about that dataset read straight from its files, so tests never hard-code counts.

#include "SandboxServer.h"
#include "SupportClient.h"
#include "SupportJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace DemoSandbox {

/// The demo's long thread, which needs several pages.
inline const QString longCaseId = QStringLiteral("case-111122223333-muen-2026-d1c0ffee5a1e7700");

/// Starts a sandbox with the demo dataset; fails the calling test if it cannot.
inline std::unique_ptr<SandboxServer> start()
{
    auto sandbox = std::make_unique<SandboxServer>();
    QString problem;
    if (!sandbox->loadDemoDataset(&problem) || !sandbox->listen(0)) {
        qWarning("demo sandbox did not start: %s", qPrintable(problem));
        return nullptr;
    }
    return sandbox;
}

inline void configure(SupportClient *client, const SandboxServer &sandbox,
                      const QString &secret = SandboxServer::exampleSecretAccessKey(),
                      const QString &accessKeyId = SandboxServer::exampleAccessKeyId())
{
    client->setEndpoint(SupportEndpoint::forRegion(QStringLiteral("us-east-1"), sandbox.url()));
    client->setCredentials({accessKeyId, secret, {}, QStringLiteral("test")});
}

/// Every case file of the demo dataset, parsed.
inline QList<QJsonObject> caseFiles()
{
    QList<QJsonObject> files;
    QDir dir(QStringLiteral(":/demo/cases"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files.append(QJsonDocument::fromJson(file.readAll()).object());
    }
    return files;
}

inline QJsonObject caseFile(const QString &caseId)
{
    for (const QJsonObject &file : caseFiles()) {
        if (file.value(QLatin1String("case")).toObject().value(QLatin1String("caseId"))
            == caseId)
            return file;
    }
    return {};
}

inline int communicationCount(const QString &caseId)
{
    return int(caseFile(caseId).value(QLatin1String("communications")).toArray().size());
}

} // namespace DemoSandbox
