#include "SandboxServer.h"

#include "DemoSandbox.h"
#include "SandboxFaults.h"
#include "SigV4Signer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

Headers signedHeaders(const QUrl &url, const QByteArray &operation, const QByteArray &body,
                      const QDateTime &signedAt)
{
    SigV4Request request {"POST", "/", {}, {}, body};
    request.headers = {{"Host", url.host().toLatin1() + ':' + QByteArray::number(url.port())},
                       {"Content-Type", "application/x-amz-json-1.1"},
                       {"X-Amz-Target", "AWSSupport_20130415." + operation}};
    const AwsCredentials credentials {
        SandboxServer::exampleAccessKeyId(), SandboxServer::exampleSecretAccessKey(), {}, {}};
    const SigV4Signature signature
        = SigV4Signer(QStringLiteral("us-east-1"), QStringLiteral("support"))
              .sign(request, credentials, signedAt);
    return request.headers + signature.headersToAdd;
}

QByteArray rawRequest(const QUrl &url, const QByteArray &operation, const QByteArray &body,
                      const QDateTime &signedAt = QDateTime::currentDateTimeUtc())
{
    QByteArray text = "POST / HTTP/1.1\r\n";
    for (const auto &[name, value] : signedHeaders(url, operation, body, signedAt))
        text += name + ": " + value + "\r\n";
    return text + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QNetworkRequest networkRequest(const QUrl &url, const QByteArray &operation, const QByteArray &body)
{
    QNetworkRequest request(url);
    const Headers headers = signedHeaders(url, operation, body, QDateTime::currentDateTimeUtc());
    for (const auto &[name, value] : headers) {
        if (name != "Host")
            request.setRawHeader(name, value);
    }
    return request;
}

/// What arrived on a raw socket for one reply: its head, the body bytes seen so far, the
/// Content-Length it declared, and whether the server has closed.
struct Arrival
{
    QByteArray head;
    QByteArray body;
    qint64 declaredLength = -1;
    bool closed = false;

    bool isWhole() const { return declaredLength >= 0 && body.size() >= declaredLength; }

    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith(name.toLower() + ':'))
                return line.mid(name.size() + 1).trimmed();
        }
        return {};
    }
};

// Reads one reply, keeping the event loop (and so the server) running, until the reply is
// whole, the server closes, or \a waitMs pass. Bytes after the reply stay in \a buffer.
Arrival readReply(QTcpSocket *socket, QByteArray *buffer, int waitMs = 5000)
{
    Arrival arrival;
    const auto take = [&] {
        *buffer += socket->readAll();
        arrival.closed = socket->state() == QAbstractSocket::UnconnectedState;
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (arrival.head.isEmpty() && end >= 0) {
            arrival.head = buffer->left(end + 2);
            buffer->remove(0, end + 4);
            arrival.declaredLength = arrival.header("content-length").toLongLong();
        }
        if (!arrival.head.isEmpty()) {
            const qsizetype wanted = arrival.declaredLength - arrival.body.size();
            arrival.body += buffer->left(wanted);
            buffer->remove(0, std::min(wanted, buffer->size()));
        }
        return arrival.isWhole() || arrival.closed;
    };
    // Past the wait, whatever came is the answer.
    if (!QTest::qWaitFor(take, waitMs))
        take();
    return arrival;
}

QDateTime parseHttpDate(const QByteArray &text)
{
    QDateTime time = QLocale::c().toDateTime(QString::fromLatin1(text),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace

class tst_SandboxFaultServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void dateHeaderOnEveryReply_data();
    void dateHeaderOnEveryReply();
    void errorFaultsOverTheWire_data();
    void errorFaultsOverTheWire();
    void truncatedReplyCloses();
    void truncatedReplyFailsTheClient();
    void stalledReplyStaysOpen();
    void stalledReplyTimesTheClientOut();
    void slowRepliesDoNotHoldUpOthers();
    void slowPipelinedRepliesKeepTheirOrder();

private:
    std::unique_ptr<QTcpSocket> connectSocket()
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, quint16(m_server->url().port()));
        return socket;
    }

    QNetworkReply *post(const QByteArray &operation, const QByteArray &body)
    {
        return m_network->post(networkRequest(m_server->url(), operation, body), body);
    }

    void setFaults(const QString &spec)
    {
        const std::optional<SandboxFaults> faults = SandboxFaults::parse(spec);
        QVERIFY(faults);
        m_server->setFaults(*faults);
    }

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void tst_SandboxFaultServer::init()
{
    m_server = DemoSandbox::start();
    QVERIFY(m_server);
    m_network = std::make_unique<QNetworkAccessManager>();
}

void tst_SandboxFaultServer::cleanup()
{
    m_network.reset();
    m_server.reset();
}

void tst_SandboxFaultServer::dateHeaderOnEveryReply_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("request"); // "signed", "unsigned" or "garbage"
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("status");

    QTest::newRow("success") << QString() << QByteArray("signed") << 0 << 200;
    QTest::newRow("unsigned") << QString() << QByteArray("unsigned") << 0 << 400;
    QTest::newRow("not HTTP") << QString() << QByteArray("garbage") << 0 << 400;
    QTest::newRow("injected error")
        << QStringLiteral("error500=1") << QByteArray("signed") << 0 << 500;
    QTest::newRow("clock behind") << QStringLiteral("clock=-1200") << QByteArray("signed") << -1200
                                  << 200;
    QTest::newRow("clock ahead, refused")
        << QStringLiteral("clock=3600") << QByteArray("unsigned") << 3600 << 400;
    QTest::newRow("clock ahead, not HTTP")
        << QStringLiteral("clock=3600") << QByteArray("garbage") << 3600 << 400;
}

void tst_SandboxFaultServer::dateHeaderOnEveryReply()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, request);
    QFETCH(int, offset);
    QFETCH(int, status);

    setFaults(spec);
    const QDateTime serverNow = QDateTime::currentDateTimeUtc().addSecs(offset);
    QByteArray bytes = "HELLO\r\n\r\n";
    if (request == "signed")
        bytes = rawRequest(m_server->url(), "DescribeCases", "{}", serverNow);
    else if (request == "unsigned")
        bytes = "POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}";

    const std::unique_ptr<QTcpSocket> socket = connectSocket();
    socket->write(bytes);
    QByteArray buffer;
    const Arrival reply = readReply(socket.get(), &buffer);

    QCOMPARE(reply.head.mid(9, 3).toInt(), status);
    const QDateTime date = parseHttpDate(reply.header("Date"));
    QVERIFY2(date.isValid(), reply.header("Date").constData());
    QVERIFY2(std::abs(date.secsTo(serverNow)) <= 5, reply.header("Date").constData());
}

void tst_SandboxFaultServer::errorFaultsOverTheWire_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QByteArray>("operation");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray cases = "DescribeCases";
    QTest::newRow("throttle") << QStringLiteral("throttle=1") << cases << 400
                              << QStringLiteral("ThrottlingException");
    QTest::newRow("error500") << QStringLiteral("error500=1") << cases << 500
                              << QStringLiteral("InternalServerError");
    QTest::newRow("error503") << QStringLiteral("error503=1") << cases << 503
                              << QStringLiteral("ServiceUnavailable");
    QTest::newRow("expired-token") << QStringLiteral("expired-token=1") << cases << 400
                                   << QStringLiteral("ExpiredTokenException");
    QTest::newRow("subscription") << QStringLiteral("subscription") << cases << 400
                                  << QStringLiteral("SubscriptionRequiredException");
    QTest::newRow("attachment-limit")
        << QStringLiteral("attachment-limit=1") << QByteArray("DescribeAttachment") << 400
        << QStringLiteral("DescribeAttachmentLimitExceeded");
    QTest::newRow("malformed") << QStringLiteral("malformed=1") << cases << 200 << QString();
    QTest::newRow("wrongshape") << QStringLiteral("wrongshape=1") << cases << 200 << QString();
}

void tst_SandboxFaultServer::errorFaultsOverTheWire()
{
    QFETCH(QString, spec);
    QFETCH(QByteArray, operation);
    QFETCH(int, status);
    QFETCH(QString, code);

    setFaults(spec);
    const QByteArray body = operation == "DescribeCases" ? "{}" : "{\"attachmentId\":\"x\"}";
    const std::unique_ptr<QNetworkReply> reply(post(operation, body));
    QTRY_VERIFY(reply->isFinished());

    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    QCOMPARE(reply->rawHeader("x-amzn-ErrorType"), code.toLatin1());
    QVERIFY(!reply->rawHeader("x-amzn-RequestId").isEmpty());
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll(), &error).object();
    if (spec.startsWith(QLatin1String("malformed"))) {
        QVERIFY(error.error != QJsonParseError::NoError);
    } else if (spec.startsWith(QLatin1String("wrongshape"))) {
        QCOMPARE(json.value(QStringLiteral("cases")).toString(), QStringLiteral("oops"));
    } else {
        QCOMPARE(json.value(QStringLiteral("__type")).toString(), code);
        QVERIFY(!json.value(QStringLiteral("message")).toString().isEmpty());
    }
}

void tst_SandboxFaultServer::truncatedReplyCloses()
{
    const std::unique_ptr<QTcpSocket> socket = connectSocket();
    socket->write(rawRequest(m_server->url(), "DescribeCases", "{}"));
    QByteArray buffer;
    const Arrival whole = readReply(socket.get(), &buffer);
    QVERIFY(whole.isWhole());
    QVERIFY(!whole.closed);

    setFaults(QStringLiteral("truncate=1"));
    socket->write(rawRequest(m_server->url(), "DescribeCases", "{}"));
    const Arrival cut = readReply(socket.get(), &buffer);

    QCOMPARE(cut.head.mid(9, 3), QByteArray("200"));
    QCOMPARE(cut.declaredLength, whole.declaredLength);
    QCOMPARE(cut.body, whole.body.left(whole.body.size() / 2));
    QVERIFY(cut.closed);
}

void tst_SandboxFaultServer::truncatedReplyFailsTheClient()
{
    setFaults(QStringLiteral("truncate=2"));
    for (int i = 1; i <= 3; ++i) {
        const std::unique_ptr<QNetworkReply> reply(post("DescribeCases", "{}"));
        QTRY_VERIFY(reply->isFinished());
        if (i == 2)
            QVERIFY2(reply->error() != QNetworkReply::NoError, "a cut reply looked whole");
        else
            QCOMPARE(reply->error(), QNetworkReply::NoError);
    }
}

void tst_SandboxFaultServer::stalledReplyStaysOpen()
{
    setFaults(QStringLiteral("stall=2"));
    const std::unique_ptr<QTcpSocket> socket = connectSocket();
    socket->write(rawRequest(m_server->url(), "DescribeCases", "{}"));
    QByteArray buffer;
    const Arrival first = readReply(socket.get(), &buffer);
    QVERIFY(first.isWhole());

    // The second stalls; the third, sent behind it on the same connection, is never read.
    socket->write(rawRequest(m_server->url(), "DescribeCases", "{}")
                  + rawRequest(m_server->url(), "DescribeCases", "{}"));
    const Arrival stalled = readReply(socket.get(), &buffer, 1500);
    QCOMPARE(stalled.declaredLength, first.declaredLength);
    QCOMPARE(stalled.body, first.body.left(first.body.size() / 2));
    QVERIFY(!stalled.closed);
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);

    // Other connections go on being served, and the discarded request was not counted.
    const std::unique_ptr<QTcpSocket> other = connectSocket();
    other->write(rawRequest(m_server->url(), "DescribeCases", "{}"));
    QByteArray otherBuffer;
    const Arrival third = readReply(other.get(), &otherBuffer);
    QVERIFY(third.isWhole());
    QVERIFY(!readReply(socket.get(), &buffer, 200).isWhole());
}

void tst_SandboxFaultServer::stalledReplyTimesTheClientOut()
{
    setFaults(QStringLiteral("stall=1"));
    const QByteArray body = "{}";
    QNetworkRequest request = networkRequest(m_server->url(), "DescribeCases", body);
    request.setTransferTimeout(700);
    QElapsedTimer timer;
    timer.start();
    const std::unique_ptr<QNetworkReply> reply(m_network->post(request, body));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);

    QVERIFY2(reply->error() != QNetworkReply::NoError, "a stalled reply finished");
    QVERIFY(timer.elapsed() >= 700);
}

void tst_SandboxFaultServer::slowRepliesDoNotHoldUpOthers()
{
    constexpr int delayMs = 1000;
    constexpr int clients = 4;
    setFaults(QStringLiteral("slow=%1").arg(delayMs));

    std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    QList<qint64> finishedAt(clients, -1);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < clients; ++i) {
        networks.push_back(std::make_unique<QNetworkAccessManager>());
        const QByteArray body = "{}";
        replies.emplace_back(
            networks.back()->post(networkRequest(m_server->url(), "DescribeCases", body), body));
        connect(replies.back().get(), &QNetworkReply::finished, this,
                [&finishedAt, &timer, i] { finishedAt[i] = timer.elapsed(); });
    }
    QTRY_VERIFY_WITH_TIMEOUT(!finishedAt.contains(-1), 10000);

    // One after another would take clients * delayMs.
    for (int i = 0; i < clients; ++i) {
        QCOMPARE(replies.at(i)->error(), QNetworkReply::NoError);
        QVERIFY2(finishedAt.at(i) >= delayMs, qPrintable(QString::number(finishedAt.at(i))));
        QVERIFY2(finishedAt.at(i) < (clients - 1) * delayMs,
                 qPrintable(QString::number(finishedAt.at(i))));
    }
}

void tst_SandboxFaultServer::slowPipelinedRepliesKeepTheirOrder()
{
    constexpr int delayMs = 300;
    setFaults(QStringLiteral("slow=%1").arg(delayMs));
    const QUrl url = m_server->url();
    const std::unique_ptr<QTcpSocket> socket = connectSocket();
    QElapsedTimer timer;
    timer.start();
    socket->write(rawRequest(url, "DescribeCases", "{}")
                  + rawRequest(url, "DescribeAttachment", "{\"attachmentId\":\"nope\"}")
                  + rawRequest(url, "DescribeCases", "{\"maxResults\":3}"));

    QByteArray buffer;
    const Arrival first = readReply(socket.get(), &buffer);
    const Arrival second = readReply(socket.get(), &buffer);
    const Arrival third = readReply(socket.get(), &buffer);
    QVERIFY(timer.elapsed() >= 3 * delayMs);
    QCOMPARE(first.head.mid(9, 3), QByteArray("200"));
    QCOMPARE(second.header("x-amzn-ErrorType"), QByteArray("AttachmentIdNotFound"));
    QCOMPARE(third.header("x-amzn-ErrorType"), QByteArray("ValidationException"));
    QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
}

QTEST_GUILESS_MAIN(tst_SandboxFaultServer)
#include "tst_sandboxfaultserver.moc"
