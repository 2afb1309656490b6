#include "SandboxServer.h"

#include "Logging.h"
#include "SandboxService.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

namespace {

constexpr int idleTimeoutMs = 60 * 1000;
constexpr int drainTimeoutMs = 5 * 1000;

// A refused upload is read and thrown away up to this size so that the client, still
// sending, gets to read the refusal instead of a reset connection.
constexpr qint64 maxDrainBytes = 64 * 1024 * 1024;

/// The request line and headers of a request whose body may still be on its way.
struct RequestHead
{
    SandboxRequest request;
    qint64 contentLength = 0;
    bool http10 = false;
    bool keepAlive = true;
    bool expectsContinue = false;
};

/// Why a request cannot be read as HTTP/1.1; answered, then the connection is closed.
struct Refusal
{
    int httpStatus = 400;
    QString code;
    QString message;
};

Refusal malformed(const QString &message)
{
    return {400, QStringLiteral("MalformedHttpRequest"), message};
}

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

// RFC 9110's tchar: what a method or a header name may consist of.
bool isToken(const QByteArray &text)
{
    static const QByteArray extra = "!#$%&'*+-.^_`|~";
    if (text.isEmpty())
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
            || extra.contains(c);
    });
}

bool isVisible(const QByteArray &text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](char c) { return uchar(c) > 0x20 && uchar(c) != 0x7f; });
}

bool hasToken(const QByteArray &list, const QByteArray &token)
{
    for (const QByteArray &item : list.split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Where the header section ends: the index of its blank line, and how long that line is.
qsizetype headEnd(const QByteArray &buffer, qsizetype *separatorLength)
{
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (lf >= 0 && (crlf < 0 || lf < crlf)) {
        *separatorLength = 2;
        return lf;
    }
    *separatorLength = 4;
    return crlf;
}

std::optional<Refusal> parseRequestLine(const QByteArray &line, RequestHead *head)
{
    const QByteArrayList parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || !parts.at(1).startsWith('/')
        || !isVisible(parts.at(1)))
        return malformed(QStringLiteral("The request line is not \"METHOD /path HTTP/1.1\""));

    const QByteArray &version = parts.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (!version.startsWith("HTTP/"))
            return malformed(QStringLiteral("The request line names no HTTP version"));
        return Refusal {505, QStringLiteral("HttpVersionNotSupported"),
                        QStringLiteral("This endpoint speaks HTTP/1.1 only")};
    }

    const QByteArray &target = parts.at(1);
    const qsizetype question = target.indexOf('?');
    head->request.method = parts.at(0);
    head->request.path = question < 0 ? target : target.left(question);
    head->request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    head->http10 = version == "HTTP/1.0";
    return std::nullopt;
}

std::optional<Refusal> parseHeaderLine(const QByteArray &line, RequestHead *head)
{
    // Folded continuation lines are obsolete and a classic way to smuggle headers.
    const qsizetype colon = line.indexOf(':');
    if (line.startsWith(' ') || line.startsWith('\t') || colon <= 0 || !isToken(line.left(colon)))
        return malformed(QStringLiteral("A header line is not \"Name: value\""));

    head->request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    return std::nullopt;
}

// Zero when absent; several Content-Length headers must agree.
std::optional<qint64> contentLength(const SandboxRequest &request)
{
    const auto isDigit = [](char c) {
        return c >= '0' && c <= '9';
    };
    QByteArray length;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("content-length", Qt::CaseInsensitive) != 0)
            continue;
        if (value.isEmpty() || value.size() > 15
            || !std::all_of(value.cbegin(), value.cend(), isDigit)
            || (!length.isNull() && value != length))
            return std::nullopt;
        length = value;
    }
    return length.toLongLong();
}

std::optional<Refusal> readFraming(RequestHead *head)
{
    const SandboxRequest &request = head->request;
    if (!request.header("transfer-encoding").isNull()) {
        if (!request.header("content-length").isNull())
            return malformed(QStringLiteral("Both Transfer-Encoding and Content-Length given"));
        return Refusal {411, QStringLiteral("LengthRequired"),
                        QStringLiteral("Send the body with a Content-Length, not chunked")};
    }

    std::optional<qint64> length = contentLength(request);
    if (!length)
        return malformed(QStringLiteral("Content-Length is not one decimal number"));
    head->contentLength = *length;

    const QByteArray connection = request.header("connection");
    head->keepAlive
        = head->http10 ? hasToken(connection, "keep-alive") : !hasToken(connection, "close");
    head->expectsContinue = hasToken(request.header("expect"), "100-continue");
    return std::nullopt;
}

std::optional<Refusal> parseHead(const QByteArray &text, RequestHead *head)
{
    QByteArrayList lines = text.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }

    if (std::optional<Refusal> refusal = parseRequestLine(lines.constFirst(), head))
        return refusal;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (std::optional<Refusal> refusal = parseHeaderLine(lines.at(i), head))
            return refusal;
    }
    return readFraming(head);
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

private:
    void readRequests();
    bool takeHead();
    void serveRequest();
    void refuse(const Refusal &refusal, qint64 bytesToDrain = 0);
    void closeAfterReply(qint64 bytesToDrain);
    void drain();

    QTcpSocket *m_socket;
    SandboxServer *m_server;
    QByteArray m_buffer;
    std::optional<RequestHead> m_head;
    bool m_closing = false;
    qint64 m_drainRemaining = 0;
    QTimer m_timer;
};

SandboxServer::Connection::Connection(QTcpSocket *socket, SandboxServer *server)
    : QObject(server), m_socket(socket), m_server(server)
{
    m_socket->setParent(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_socket->abort();
        deleteLater();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::readRequests);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    m_timer.start(idleTimeoutMs);
}

void SandboxServer::Connection::readRequests()
{
    m_buffer += m_socket->readAll();
    m_timer.start(m_closing ? drainTimeoutMs : idleTimeoutMs);
    if (m_closing) {
        drain();
        return;
    }

    // Pipelined requests wait in the buffer and are answered one after another.
    while (!m_closing) {
        if (!m_head && !takeHead())
            return;
        if (m_buffer.size() < m_head->contentLength)
            return;
        serveRequest();
    }
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
    m_socket->write(serialize(response, head.keepAlive, head.http10));
    if (!head.keepAlive)
        closeAfterReply(0);
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

SandboxServer::~SandboxServer() = default;

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
    while (QTcpSocket *socket = m_server->nextPendingConnection())
        new Connection(socket, this);
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
        << " ms";
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
