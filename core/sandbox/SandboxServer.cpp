#include "SandboxServer.h"

#include "HttpRequestParser.h"
#include "Logging.h"
#include "SandboxService.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

namespace {

constexpr int drainTimeoutMs = 5 * 1000;

// What Qt may hold of a socket's unread input; beyond it the system's flow control holds the
// client back, which is what keeps a paused connection's input bounded.
constexpr qint64 socketReadBufferBytes = 64 * 1024;

// A refused upload is read and thrown away up to this size so that the client, still
// sending, gets to read the refusal instead of a reset connection.
constexpr qint64 maxDrainBytes = 64 * 1024 * 1024;

using RequestHead = HttpRequestHead;
using Refusal = HttpRefusal;
using HttpRequestParser::headEnd;
using HttpRequestParser::parseHead;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

// For the request log: how an injected fault changes the way a reply goes out.
QString deliveryNote(const SandboxResponse &response)
{
    QString note;
    if (response.delayMs > 0)
        note += QStringLiteral(", delayed %1 ms").arg(response.delayMs);
    if (response.delivery == SandboxResponse::Delivery::Truncated)
        note += QStringLiteral(", truncated");
    else if (response.delivery == SandboxResponse::Delivery::Stalled)
        note += QStringLiteral(", stalled");
    return note;
}

QByteArray serialize(const SandboxResponse &response, bool keepAlive, bool http10)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.httpStatus) + ' '
        + reasonPhrase(response.httpStatus) + "\r\n";
    for (const auto &[name, value] : response.headers)
        bytes += name + ": " + value + "\r\n";
    bytes += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    if (!keepAlive)
        bytes += "Connection: close\r\n";
    else if (http10)
        bytes += "Connection: keep-alive\r\n";
    return bytes + "\r\n" + response.body;
}

} // namespace

// ---- SandboxServer::Connection -------------------------------------------------------------

/// One client connection: reads requests off the socket and answers them in order.
class SandboxServer::Connection : public QObject
{
public:
    Connection(QTcpSocket *socket, SandboxServer *server);
    ~Connection() override;

    qint64 pendingOutputBytes() const;

private:
    bool isPaused() const;
    void readRequests();
    void resume();
    void serveBuffered();
    void watchHead();
    bool takeHead();
    void serveRequest();
    void send(const SandboxResponse &response, bool keepAlive, bool http10);
    void refuse(const Refusal &refusal, qint64 bytesToDrain = 0);
    void closeAfterReply(qint64 bytesToDrain);
    void drain();

    QTcpSocket *m_socket;
    SandboxServer *m_server;
    QByteArray m_buffer;
    std::optional<RequestHead> m_head;
    bool m_closing = false;
    bool m_replyPending = false; ///< a delayed reply holds back the requests behind it
    bool m_stalled = false; ///< a stalled reply: nothing more is read or written
    qint64 m_delayedReplyBytes = 0;
    qint64 m_drainRemaining = 0;
    QTimer m_timer;
    QTimer m_headTimer;
};

SandboxServer::Connection::Connection(QTcpSocket *socket, SandboxServer *server)
    : QObject(server), m_socket(socket), m_server(server)
{
    m_server->m_connections.append(this);
    m_socket->setParent(this);
    m_socket->setReadBufferSize(socketReadBufferBytes);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_socket->abort();
        deleteLater();
    });
    m_headTimer.setSingleShot(true);
    connect(&m_headTimer, &QTimer::timeout, this, [this] {
        refuse({408, QStringLiteral("RequestTimeout"),
                QStringLiteral("The request's headers did not arrive in time")});
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::readRequests);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::resume);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_timer.start(m_server->m_limits.idleTimeoutMs);
}

SandboxServer::Connection::~Connection()
{
    m_server->m_connections.removeOne(this);
}

qint64 SandboxServer::Connection::pendingOutputBytes() const
{
    return m_socket->bytesToWrite() + (m_replyPending ? m_delayedReplyBytes : 0);
}

bool SandboxServer::Connection::isPaused() const
{
    return m_replyPending || pendingOutputBytes() > m_server->m_limits.maxPendingOutputBytes;
}

void SandboxServer::Connection::readRequests()
{
    // While paused, input stays with the system, whose flow control holds the client back.
    if (isPaused() && !m_closing && !m_stalled)
        return;

    m_buffer += m_socket->readAll();
    if (m_stalled) {
        m_buffer.clear();
        return;
    }

    m_timer.start(m_closing ? drainTimeoutMs : m_server->m_limits.idleTimeoutMs);
    if (m_closing) {
        drain();
        return;
    }
    serveBuffered();
}

// The client reading its replies counts as activity and may let held-back requests through.
void SandboxServer::Connection::resume()
{
    if (m_closing || m_stalled || m_replyPending)
        return;
    m_timer.start(m_server->m_limits.idleTimeoutMs);
    if (!isPaused())
        readRequests();
}

void SandboxServer::Connection::serveBuffered()
{
    // Pipelined requests wait in the buffer and are answered one after another.
    while (!m_closing && !m_stalled && !isPaused()) {
        if (!m_head && !takeHead())
            break;
        if (m_buffer.size() < m_head->contentLength)
            break;
        serveRequest();
    }
    watchHead();
}

// Once a head has begun it must be complete by a fixed deadline, however it trickles in; the
// deadline does not run while the server itself holds the connection back.
void SandboxServer::Connection::watchHead()
{
    const bool awaitingHead
        = !m_closing && !m_stalled && !isPaused() && !m_head && !m_buffer.isEmpty();
    if (!awaitingHead)
        m_headTimer.stop();
    else if (!m_headTimer.isActive())
        m_headTimer.start(m_server->m_limits.headTimeoutMs);
}

bool SandboxServer::Connection::takeHead()
{
    // HTTP asks servers to skip stray line breaks between requests.
    while (m_buffer.startsWith('\n') || m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, m_buffer.startsWith('\n') ? 1 : 2);

    qsizetype separatorLength = 0;
    const qsizetype end = headEnd(m_buffer, &separatorLength);
    if (end > maxHeaderBytes || (end < 0 && m_buffer.size() > maxHeaderBytes)) {
        refuse({413, QStringLiteral("RequestHeaderTooLarge"),
                QStringLiteral("The request's headers exceed 64 KiB")});
        return false;
    }
    if (end < 0)
        return false;

    RequestHead head;
    const std::optional<Refusal> refusal = parseHead(m_buffer.left(end), &head);
    m_buffer.remove(0, end + separatorLength);
    if (refusal) {
        refuse(*refusal);
        return false;
    }
    if (head.contentLength > maxBodyBytes) {
        refuse({413, QStringLiteral("RequestEntityTooLarge"),
                QStringLiteral("The request body exceeds 1 MiB")},
               head.contentLength);
        return false;
    }

    if (head.expectsContinue && head.contentLength > m_buffer.size())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_head = std::move(head);
    return true;
}

void SandboxServer::Connection::serveRequest()
{
    RequestHead head = std::move(*m_head);
    m_head.reset();
    head.request.body = m_buffer.left(head.contentLength);
    m_buffer.remove(0, head.contentLength);

    const SandboxResponse response = m_server->serve(head.request);
    if (response.delayMs <= 0) {
        send(response, head.keepAlive, head.http10);
        return;
    }

    // The idle timeout pauses meanwhile, so that a delay longer than it still gets out.
    m_replyPending = true;
    m_delayedReplyBytes = serialize(response, head.keepAlive, head.http10).size();
    m_timer.stop();
    QTimer::singleShot(response.delayMs, Qt::PreciseTimer, this,
                       [this, response, keepAlive = head.keepAlive, http10 = head.http10] {
                           m_replyPending = false;
                           m_timer.start(m_server->m_limits.idleTimeoutMs);
                           send(response, keepAlive, http10);
                           readRequests();
                       });
}

void SandboxServer::Connection::send(const SandboxResponse &response, bool keepAlive, bool http10)
{
    const QByteArray bytes = serialize(response, keepAlive, http10);
    // Cut replies keep the head and the first half of the body.
    const qsizetype cut = bytes.size() - (response.body.size() - response.body.size() / 2);

    switch (response.delivery) {
    case SandboxResponse::Delivery::Whole:
        m_socket->write(bytes);
        if (!keepAlive)
            closeAfterReply(0);
        return;
    case SandboxResponse::Delivery::Truncated:
        m_socket->write(bytes.left(cut));
        closeAfterReply(0);
        return;
    case SandboxResponse::Delivery::Stalled:
        m_socket->write(bytes.left(cut));
        m_stalled = true;
        m_buffer.clear();
        return;
    }
}

void SandboxServer::Connection::refuse(const Refusal &refusal, qint64 bytesToDrain)
{
    const SandboxResponse response
        = m_server->refuse(refusal.httpStatus, refusal.code, refusal.message);
    m_socket->write(serialize(response, false, false));
    closeAfterReply(bytesToDrain);
}

// Closing with unread bytes in the socket makes the system reset the connection, which can
// destroy the reply before the client reads it; so a refused body is read to its end first.
void SandboxServer::Connection::closeAfterReply(qint64 bytesToDrain)
{
    m_closing = true;
    m_drainRemaining = bytesToDrain > maxDrainBytes ? 0 : bytesToDrain;
    m_timer.start(drainTimeoutMs);
    drain();
}

void SandboxServer::Connection::drain()
{
    m_drainRemaining -= m_buffer.size();
    m_buffer.clear();
    if (m_drainRemaining <= 0 && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->disconnectFromHost();
}

// ---- SandboxServer -------------------------------------------------------------------------

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this)), m_service(new SandboxService)
{
    connect(m_server, &QTcpServer::newConnection, this, &SandboxServer::acceptConnections);
}

// Connections leave the list as they go, which must happen while it still exists.
SandboxServer::~SandboxServer()
{
    qDeleteAll(QList<Connection *>(m_connections));
}

bool SandboxServer::loadDemoDataset(QString *errorMessage)
{
    SandboxDataset dataset;
    if (!dataset.loadDemo(errorMessage))
        return false;
    m_service->setDataset(std::move(dataset));
    return true;
}

bool SandboxServer::loadDataset(const QString &directory, QString *errorMessage)
{
    SandboxDataset dataset;
    if (!dataset.loadDirectory(directory, errorMessage))
        return false;
    m_service->setDataset(std::move(dataset));
    return true;
}

void SandboxServer::addKey(const QString &accessKeyId, const QString &secretAccessKey)
{
    m_service->addKey(accessKeyId, secretAccessKey);
}

void SandboxServer::setFaults(const SandboxFaults &faults)
{
    m_service->setFaults(faults);
    qCDebug(lcSandbox).noquote() << "Faults:"
                                 << (faults.isEmpty() ? QStringLiteral("none") : faults.toString());
}

const SandboxFaults &SandboxServer::faults() const
{
    return m_service->faults();
}

void SandboxServer::setLimits(const Limits &limits)
{
    m_limits = limits;
}

const SandboxServer::Limits &SandboxServer::limits() const
{
    return m_limits;
}

int SandboxServer::connectionCount() const
{
    return int(m_connections.size());
}

qint64 SandboxServer::pendingOutputBytes() const
{
    qint64 bytes = 0;
    for (const Connection *connection : m_connections)
        bytes += connection->pendingOutputBytes();
    return bytes;
}

bool SandboxServer::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    qCDebug(lcSandbox) << "Listening on" << url().toString();
    return true;
}

QUrl SandboxServer::url() const
{
    if (!m_server->isListening())
        return {};
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

QString SandboxServer::errorString() const
{
    return m_server->errorString();
}

SandboxService *SandboxServer::service() const
{
    return m_service.get();
}

QString SandboxServer::exampleAccessKeyId()
{
    return QStringLiteral("AKIDEXAMPLE");
}

QString SandboxServer::exampleSecretAccessKey()
{
    return QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
}

void SandboxServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections.size() >= m_limits.maxConnections)
            turnAway(socket);
        else
            new Connection(socket, this);
    }
}

// A refusal the client can read and retry on, rather than a connection that just vanishes.
// Nothing is read from it, so the system may reset it if the client has already written.
void SandboxServer::turnAway(QTcpSocket *socket)
{
    const SandboxResponse response = refuse(503, QStringLiteral("ServiceUnavailable"),
                                            QStringLiteral("Too many open connections"));
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(drainTimeoutMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
    socket->write(serialize(response, false, false));
    socket->disconnectFromHost();
}

SandboxResponse SandboxServer::serve(const SandboxRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    const SandboxResponse response = m_service->handle(request);
    const double ms = timer.nsecsElapsed() / 1e6;

    qCDebug(lcSandbox).noquote().nospace()
        << (response.operation.isEmpty() ? QStringLiteral("-") : response.operation) << ' '
        << response.httpStatus << ' ' << response.requestId << ' ' << QString::number(ms, 'f', 3)
        << " ms" << deliveryNote(response);
    Q_EMIT requestServed(response.operation, response.httpStatus);
    return response;
}

SandboxResponse SandboxServer::refuse(int httpStatus, const QString &code, const QString &message)
{
    const SandboxResponse response = m_service->errorResponse(httpStatus, code, message);
    qCDebug(lcSandbox).noquote().nospace()
        << "- " << httpStatus << ' ' << response.requestId << " refused: " << code;
    Q_EMIT requestServed(QString(), httpStatus);
    return response;
}
