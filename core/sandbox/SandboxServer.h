#pragma once

#include "SandboxFaults.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QTcpServer;
class QTcpSocket;
class SandboxService;
struct SandboxRequest;
struct SandboxResponse;

/// A local Support API endpoint: HTTP/1.1 on 127.0.0.1 in front of a SandboxService.
///
/// Connections are kept alive and may pipeline; each connection's requests are answered one
/// after another, in order. Headers are limited to 64 KiB and bodies to 1 MiB. Injected
/// faults may delay a reply (on a timer: other connections go on being served), cut it short
/// and close, or stall it with the connection left open until the client gives up or the
/// server's idle timeout of a minute drops it.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype maxHeaderBytes = 64 * 1024;
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    bool loadDemoDataset(QString *errorMessage = nullptr);
    bool loadDataset(const QString &directory, QString *errorMessage = nullptr);
    void addKey(const QString &accessKeyId, const QString &secretAccessKey);

    /// Replaces the faults to inject; requests are numbered from 1 again.
    void setFaults(const SandboxFaults &faults);
    const SandboxFaults &faults() const;

    /// Listens on 127.0.0.1 only; port 0 picks a free port.
    bool listen(quint16 port = 0);
    QUrl url() const; ///< http://127.0.0.1:PORT, or empty when not listening
    QString errorString() const;

    SandboxService *service() const;

    static QString exampleAccessKeyId();
    static QString exampleSecretAccessKey();

Q_SIGNALS:
    /// Emitted once each reply is decided, before any delay; \a operation is empty when none
    /// was understood.
    void requestServed(const QString &operation, int httpStatus);

private:
    class Connection;

    void acceptConnections();
    SandboxResponse serve(const SandboxRequest &request);
    SandboxResponse refuse(int httpStatus, const QString &code, const QString &message);

    QTcpServer *m_server = nullptr;
    std::unique_ptr<SandboxService> m_service;
};
