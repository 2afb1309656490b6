#pragma once

#include "SandboxFaults.h"

#include <QList>
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
///
/// A client cannot make the server hold much for it: a connection with more than a MiB of
/// replies unsent is read no further until the client catches up; a request head must arrive
/// within 30 seconds of its first byte (408 otherwise); and past 256 open connections a new
/// one is answered 503 ServiceUnavailable and closed at once.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype maxHeaderBytes = 64 * 1024;
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

    /// Each connection holds a socket and its buffers; a flood must not exhaust either.
    static constexpr int defaultMaxConnections = 256;
    /// Pipelining without reading the replies must not make them pile up in memory.
    static constexpr qint64 defaultMaxPendingOutputBytes = 1024 * 1024;
    /// A head trickled a line at a time must not keep a connection open forever.
    static constexpr int defaultHeadTimeoutMs = 30 * 1000;
    /// Long enough between requests for someone stepping through a client by hand.
    static constexpr int defaultIdleTimeoutMs = 60 * 1000;

    /// How much one client may hold of the server.
    struct Limits
    {
        int maxConnections = defaultMaxConnections;
        qint64 maxPendingOutputBytes = defaultMaxPendingOutputBytes;
        int headTimeoutMs = defaultHeadTimeoutMs;
        int idleTimeoutMs = defaultIdleTimeoutMs;
    };

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    bool loadDemoDataset(QString *errorMessage = nullptr);
    bool loadDataset(const QString &directory, QString *errorMessage = nullptr);
    void addKey(const QString &accessKeyId, const QString &secretAccessKey);

    /// Replaces the faults to inject; requests are numbered from 1 again.
    void setFaults(const SandboxFaults &faults);
    const SandboxFaults &faults() const;

    /// Takes effect from the next connection, timer or reply on.
    void setLimits(const Limits &limits);
    const Limits &limits() const;

    int connectionCount() const;
    /// Reply bytes written or decided but not yet handed to the system, over all connections.
    qint64 pendingOutputBytes() const;

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
    void turnAway(QTcpSocket *socket);
    SandboxResponse serve(const SandboxRequest &request);
    SandboxResponse refuse(int httpStatus, const QString &code, const QString &message);

    QTcpServer *m_server = nullptr;
    std::unique_ptr<SandboxService> m_service;
    Limits m_limits;
    QList<Connection *> m_connections;
};
