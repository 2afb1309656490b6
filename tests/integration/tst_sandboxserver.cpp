#include "SandboxServer.h"

#include "SandboxService.h"
#include "SigV4Signer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <algorithm>

#include <memory>
#include <optional>

namespace {

/// A reply read off a raw socket.
struct RawResponse
{
    int status = 0;
    QByteArray head;
    QByteArray body;

    bool closes() const { return head.toLower().contains("\r\nconnection: close\r\n"); }
};

// Takes one whole response off the front of \a buffer, if it holds one.
std::optional<RawResponse> takeResponse(QByteArray *buffer)
{
    const qsizetype end = buffer->indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;

    RawResponse response;
    response.head = buffer->left(end + 2);
    response.status = response.head.mid(9, 3).toInt();
    qsizetype length = 0;
    for (const QByteArray &line : response.head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffer->size() < end + 4 + length)
        return std::nullopt;

    response.body = buffer->mid(end + 4, length);
    buffer->remove(0, end + 4 + length);
    return response;
}

// The server lives on this thread, so waiting must keep the event loop running.
QList<RawResponse> readResponses(QTcpSocket *socket, int count)
{
    QList<RawResponse> responses;
    QByteArray buffer;
    [[maybe_unused]] const bool complete = QTest::qWaitFor(
        [&] {
            buffer += socket->readAll();
            while (std::optional<RawResponse> response = takeResponse(&buffer))
                responses.append(*response);
            return responses.size() >= count;
        },
        10000);
    return responses;
}

QByteArray hostHeader(const QUrl &url)
{
    return url.host().toLatin1() + ':' + QByteArray::number(url.port());
}

/// The header lines of a signed Support request, ready for a raw socket or a QNetworkRequest.
QList<std::pair<QByteArray, QByteArray>> signedHeaders(const QUrl &url, const QByteArray &operation,
                                                       const QByteArray &body)
{
    SigV4Request request {"POST", "/", {}, {}, body};
    request.headers = {{"Host", hostHeader(url)},
                       {"Content-Type", "application/x-amz-json-1.1"},
                       {"X-Amz-Target", "AWSSupport_20130415." + operation}};
    const AwsCredentials credentials {
        SandboxServer::exampleAccessKeyId(), SandboxServer::exampleSecretAccessKey(), {}, {}};
    const SigV4Signature signature
        = SigV4Signer(QStringLiteral("us-east-1"), QStringLiteral("support"))
              .sign(request, credentials, QDateTime::currentDateTimeUtc());
    return request.headers + signature.headersToAdd;
}

QNetworkRequest networkRequest(const QUrl &url, const QByteArray &operation, const QByteArray &body)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : signedHeaders(url, operation, body)) {
        if (name != "Host")
            request.setRawHeader(name, value);
    }
    return request;
}

QByteArray rawRequest(const QUrl &url, const QByteArray &operation, const QByteArray &body,
                      const QByteArray &extraHeaders = {})
{
    QByteArray text = "POST / HTTP/1.1\r\n";
    for (const auto &[name, value] : signedHeaders(url, operation, body))
        text += name + ": " + value + "\r\n";
    return text + extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
        + body;
}

int openConnections(const SandboxServer &server)
{
    return int(server.findChildren<QTcpSocket *>().size());
}

std::unique_ptr<QTcpSocket> connectedSocket(const SandboxServer &server)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, quint16(server.url().port()));
    socket->waitForConnected(5000);
    return socket;
}

} // namespace

class tst_SandboxServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void listensOnLoopbackOnly();
    void keepAliveOverSeveralRequests();
    void severalClientsAtOnce();
    void pipelinedRequestsAnsweredInOrder();
    void malformedRequests_data();
    void malformedRequests();
    void bodyLimit_data();
    void bodyLimit();
    void clientVanishingMidBody();
    void connectionCloseAndHttp10_data();
    void connectionCloseAndHttp10();
    void wrongSecretOverTheNetwork();
    void unreadRepliesHoldBackPipelinedRequests();
    void slowHeadTimesOut();
    void connectionLimit();

private:
    QNetworkReply *post(const QByteArray &operation, const QByteArray &body)
    {
        return m_network->post(networkRequest(m_server->url(), operation, body), body);
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void tst_SandboxServer::init()
{
    m_server = std::make_unique<SandboxServer>();
    QString problem;
    QVERIFY2(m_server->loadDemoDataset(&problem), qPrintable(problem));
    QVERIFY(m_server->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
}

void tst_SandboxServer::cleanup()
{
    m_network.reset();
    m_server.reset();
}

void tst_SandboxServer::listensOnLoopbackOnly()
{
    const QUrl url = m_server->url();
    QCOMPARE(url.scheme(), QStringLiteral("http"));
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);

    SandboxServer second;
    QVERIFY(!second.listen(quint16(url.port())));
    QVERIFY(!second.errorString().isEmpty());
    QVERIFY(second.url().isEmpty());
}

void tst_SandboxServer::keepAliveOverSeveralRequests()
{
    QSignalSpy served(m_server.get(), &SandboxServer::requestServed);
    for (int i = 0; i < 5; ++i) {
        std::unique_ptr<QNetworkReply> reply(post("DescribeCases", "{}"));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(
            QJsonDocument::fromJson(reply->readAll()).object().contains(QStringLiteral("cases")));
        QVERIFY(!QUuid::fromString(QLatin1String(reply->rawHeader("x-amzn-RequestId"))).isNull());
    }

    QCOMPARE(openConnections(*m_server), 1);
    QCOMPARE(served.size(), 5);
    QCOMPARE(served.at(0).at(0).toString(), QStringLiteral("DescribeCases"));
    QCOMPARE(served.at(0).at(1).toInt(), 200);
}

void tst_SandboxServer::severalClientsAtOnce()
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> clients;
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    for (int i = 0; i < 4; ++i) {
        clients.push_back(std::make_unique<QNetworkAccessManager>());
        for (int j = 0; j < 3; ++j) {
            const QByteArray body = "{\"includeResolvedCases\":true}";
            replies.emplace_back(
                clients.back()->post(networkRequest(m_server->url(), "DescribeCases", body), body));
        }
    }

    for (const auto &reply : replies) {
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    }
    QVERIFY(openConnections(*m_server) >= 4);
}

void tst_SandboxServer::pipelinedRequestsAnsweredInOrder()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_server->url().port()));
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);

    const QUrl url = m_server->url();
    socket.write(rawRequest(url, "DescribeCases", "{}")
                 + rawRequest(url, "DescribeAttachment", "{\"attachmentId\":\"nope\"}")
                 + rawRequest(url, "DescribeCases", "{\"maxResults\":3}")
                 + rawRequest(url, "DescribeCases", "{}", "Connection: close\r\n"));
    const QList<RawResponse> responses = readResponses(&socket, 4);

    QCOMPARE(responses.size(), 4);
    QCOMPARE(responses.at(0).status, 200);
    QCOMPARE(responses.at(1).status, 400);
    QVERIFY(responses.at(1).body.contains("AttachmentIdNotFound"));
    QCOMPARE(responses.at(2).status, 400);
    QVERIFY(responses.at(2).body.contains("ValidationException"));
    QCOMPARE(responses.at(3).status, 200);
    QVERIFY(!responses.at(0).closes());
    QVERIFY(responses.at(3).closes());
    QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
}

void tst_SandboxServer::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("code");

    QTest::newRow("garbage request line")
        << QByteArray("HELLO THERE\r\n\r\n") << 400 << QByteArray("MalformedHttpRequest");
    QTest::newRow("no leading slash") << QByteArray("POST index HTTP/1.1\r\nHost: x\r\n\r\n") << 400
                                      << QByteArray("MalformedHttpRequest");
    QTest::newRow("HTTP/2") << QByteArray("POST / HTTP/2.0\r\nHost: x\r\n\r\n") << 505
                            << QByteArray("HttpVersionNotSupported");
    QTest::newRow("header without colon") << QByteArray("POST / HTTP/1.1\r\nHost x\r\n\r\n") << 400
                                          << QByteArray("MalformedHttpRequest");
    QTest::newRow("folded header") << QByteArray("POST / HTTP/1.1\r\nHost: x\r\n  folded\r\n\r\n")
                                   << 400 << QByteArray("MalformedHttpRequest");
    QTest::newRow("two lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2\r\n"
                                               "Content-Length: 3\r\n\r\n{}")
                                 << 400 << QByteArray("MalformedHttpRequest");
    QTest::newRow("negative length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n")
                                     << 400 << QByteArray("MalformedHttpRequest");
    QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "2\r\n{}\r\n0\r\n\r\n")
                             << 411 << QByteArray("LengthRequired");
    QTest::newRow("headers over 64 KiB")
        << "POST / HTTP/1.1\r\nX-Padding: " + QByteArray(70 * 1024, 'a') + "\r\n\r\n"
        << 413 << QByteArray("RequestHeaderTooLarge");
    QTest::newRow("unsigned") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}") << 400
                              << QByteArray("MissingAuthenticationToken");
}

void tst_SandboxServer::malformedRequests()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QByteArray, code);

    QSignalSpy served(m_server.get(), &SandboxServer::requestServed);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_server->url().port()));
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    socket.write(request);
    const QList<RawResponse> responses = readResponses(&socket, 1);

    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.at(0).status, status);
    const QJsonObject body = QJsonDocument::fromJson(responses.at(0).body).object();
    QCOMPARE(body.value(QStringLiteral("__type")).toString().toLatin1(), code);
    QVERIFY(responses.at(0).head.contains("x-amzn-ErrorType: " + code));
    QVERIFY(responses.at(0).head.contains("x-amzn-RequestId: "));
    QCOMPARE(served.size(), 1);
    QCOMPARE(served.at(0).at(1).toInt(), status);

    // The server still answers others.
    std::unique_ptr<QNetworkReply> reply(post("DescribeCases", "{}"));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void tst_SandboxServer::bodyLimit_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<int>("status");

    QTest::newRow("1 MiB") << SandboxServer::maxBodyBytes << 200;
    QTest::newRow("1 MiB + 1") << SandboxServer::maxBodyBytes + 1 << 413;
    QTest::newRow("4 MiB") << 4 * SandboxServer::maxBodyBytes << 413;
}

void tst_SandboxServer::bodyLimit()
{
    QFETCH(qsizetype, size);
    QFETCH(int, status);

    // Whitespace after the object keeps the body valid JSON of any size.
    const QByteArray body = QByteArray("{}").leftJustified(size, ' ');
    std::unique_ptr<QNetworkReply> reply(post("DescribeCases", body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));

    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    if (status == 413) {
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(json.value(QStringLiteral("__type")).toString(),
                 QStringLiteral("RequestEntityTooLarge"));
    }
}

void tst_SandboxServer::clientVanishingMidBody()
{
    QSignalSpy served(m_server.get(), &SandboxServer::requestServed);
    for (int i = 0; i < 3; ++i) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(m_server->url().port()));
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        const QByteArray whole
            = rawRequest(m_server->url(), "DescribeCases", QByteArray(5000, ' '));
        socket.write(whole.left(whole.size() - 1000 * i - 10));
        QTRY_COMPARE(socket.bytesToWrite(), 0);
        QTRY_COMPARE(openConnections(*m_server), 1);
        i % 2 ? socket.abort() : socket.disconnectFromHost();
        QTRY_COMPARE(openConnections(*m_server), 0);
    }
    QCOMPARE(served.size(), 0);

    std::unique_ptr<QNetworkReply> reply(post("DescribeCases", "{}"));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void tst_SandboxServer::connectionCloseAndHttp10_data()
{
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QByteArray>("connection");
    QTest::addColumn<bool>("closes");

    QTest::newRow("1.1") << QByteArray("HTTP/1.1") << QByteArray() << false;
    QTest::newRow("1.1 close") << QByteArray("HTTP/1.1") << QByteArray("close") << true;
    QTest::newRow("1.0") << QByteArray("HTTP/1.0") << QByteArray() << true;
    QTest::newRow("1.0 keep-alive") << QByteArray("HTTP/1.0") << QByteArray("Keep-Alive") << false;
}

void tst_SandboxServer::connectionCloseAndHttp10()
{
    QFETCH(QByteArray, version);
    QFETCH(QByteArray, connection);
    QFETCH(bool, closes);

    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_server->url().port()));
    QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
    const QByteArray extra
        = connection.isEmpty() ? QByteArray() : "Connection: " + connection + "\r\n";
    socket.write(rawRequest(m_server->url(), "DescribeCases", "{}", extra)
                     .replace("HTTP/1.1\r\n", version + "\r\n"));
    const QList<RawResponse> responses = readResponses(&socket, 1);

    QCOMPARE(responses.size(), 1);
    QCOMPARE(responses.at(0).status, 200);
    QCOMPARE(responses.at(0).closes(), closes);
    if (closes) {
        QTRY_COMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    } else {
        QTest::qWait(100);
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
    }
}

void tst_SandboxServer::wrongSecretOverTheNetwork()
{
    m_server->addKey(QStringLiteral("AKIDOTHER"), QStringLiteral("other-secret"));
    QNetworkRequest request = networkRequest(m_server->url(), "DescribeCases", "{}");
    request.setRawHeader("Authorization",
                         request.rawHeader("Authorization").replace("AKIDEXAMPLE", "AKIDOTHER"));
    std::unique_ptr<QNetworkReply> reply(m_network->post(request, QByteArray("{}")));
    QTRY_VERIFY(reply->isFinished());

    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
    QCOMPARE(reply->rawHeader("x-amzn-ErrorType"), QByteArray("InvalidSignatureException"));
}

void tst_SandboxServer::unreadRepliesHoldBackPipelinedRequests()
{
    SandboxServer::Limits limits;
    limits.maxPendingOutputBytes = 64 * 1024;
    m_server->setLimits(limits);
    QSignalSpy served(m_server.get(), &SandboxServer::requestServed);
    const std::unique_ptr<QTcpSocket> socket = connectedSocket(*m_server);
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    socket->setReadBufferSize(4096); // else Qt keeps reading on the client's behalf

    // Far more reply than the system's socket buffers and the server's limit together hold.
    const QByteArray request = rawRequest(m_server->url(), "DescribeCases",
                                          "{\"includeResolvedCases\":true,"
                                          "\"includeCommunications\":true}");
    const int count = 200;
    for (int i = 0; i < count; ++i)
        socket->write(request);

    // Serving stops once the client falls behind, with the unsent output still bounded.
    qint64 mostPending = 0;
    int settled = 0;
    for (int round = 0; round < 50 && settled < 3; ++round) {
        const qsizetype before = served.size();
        QTest::qWait(100);
        mostPending = std::max(mostPending, m_server->pendingOutputBytes());
        settled = served.size() == before ? settled + 1 : 0;
    }
    QCOMPARE(settled, 3);
    QVERIFY2(served.size() < count, qPrintable(QString::number(served.size())));
    QVERIFY(mostPending > limits.maxPendingOutputBytes);

    socket->setReadBufferSize(0);
    const QList<RawResponse> responses = readResponses(socket.get(), count);
    QCOMPARE(responses.size(), count);
    QVERIFY(std::all_of(responses.cbegin(), responses.cend(),
                        [](const RawResponse &response) { return response.status == 200; }));
    QCOMPARE(served.size(), count);

    // The limit is checked before each request, so one reply may go past it.
    const qsizetype replySize = responses.at(0).head.size() + 2 + responses.at(0).body.size();
    QVERIFY2(mostPending <= limits.maxPendingOutputBytes + replySize,
             qPrintable(QString::number(mostPending)));
    QTRY_COMPARE(m_server->pendingOutputBytes(), 0);
}

void tst_SandboxServer::slowHeadTimesOut()
{
    SandboxServer::Limits limits;
    limits.headTimeoutMs = 200;
    m_server->setLimits(limits);
    const std::unique_ptr<QTcpSocket> socket = connectedSocket(*m_server);
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);

    // The deadline runs from a head's first byte, not from the end of the previous request.
    socket->write(rawRequest(m_server->url(), "DescribeCases", "{}"));
    QCOMPARE(readResponses(socket.get(), 1).value(0).status, 200);
    QTest::qWait(400);
    socket->write(rawRequest(m_server->url(), "DescribeCases", "{}"));
    QCOMPARE(readResponses(socket.get(), 1).value(0).status, 200);

    // A header line every 50 ms keeps the connection busy but cannot keep it open.
    QElapsedTimer elapsed;
    elapsed.start();
    socket->write("POST / HTTP/1.1\r\n");
    QByteArray received;
    std::optional<RawResponse> response;
    for (int i = 0; i < 40 && !response; ++i) {
        QTest::qWait(50);
        if (socket->state() == QAbstractSocket::ConnectedState)
            socket->write("X-Slow: " + QByteArray::number(i) + "\r\n");
        received += socket->readAll();
        response = takeResponse(&received);
    }
    QVERIFY(response);
    QCOMPARE(response->status, 408);
    QVERIFY(response->body.contains("RequestTimeout"));
    QVERIFY(response->closes());
    QVERIFY(elapsed.elapsed() >= 200);
    QTRY_COMPARE(socket->state(), QAbstractSocket::UnconnectedState);
}

void tst_SandboxServer::connectionLimit()
{
    SandboxServer::Limits limits;
    limits.maxConnections = 3;
    m_server->setLimits(limits);
    QSignalSpy served(m_server.get(), &SandboxServer::requestServed);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < limits.maxConnections; ++i) {
        sockets.push_back(connectedSocket(*m_server));
        QTRY_COMPARE(m_server->connectionCount(), i + 1);
    }

    const std::unique_ptr<QTcpSocket> extra = connectedSocket(*m_server);
    const QList<RawResponse> refused = readResponses(extra.get(), 1);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0).status, 503);
    QVERIFY(refused.at(0).body.contains("ServiceUnavailable"));
    QVERIFY(refused.at(0).closes());
    QTRY_COMPARE(extra->state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(m_server->connectionCount(), limits.maxConnections);

    for (const auto &socket : sockets) {
        socket->write(rawRequest(m_server->url(), "DescribeCases", "{}"));
        QCOMPARE(readResponses(socket.get(), 1).value(0).status, 200);
    }

    // A closed connection makes room for the next.
    sockets.front()->disconnectFromHost();
    QTRY_COMPARE(m_server->connectionCount(), limits.maxConnections - 1);
    const std::unique_ptr<QTcpSocket> next = connectedSocket(*m_server);
    next->write(rawRequest(m_server->url(), "DescribeCases", "{}"));
    QCOMPARE(readResponses(next.get(), 1).value(0).status, 200);
    QCOMPARE(served.size(), limits.maxConnections + 2);
}

QTEST_GUILESS_MAIN(tst_SandboxServer)
#include "tst_sandboxserver.moc"
