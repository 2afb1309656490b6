#include "DemoSandbox.h"

#include "AttachmentDownloader.h"
#include "SupportClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace std::chrono_literals;
using State = AttachmentDownloader::State;

namespace {

constexpr int timeout = 10000;

const QString pngCaseId = QStringLiteral("case-111122223333-muen-2026-7e1f0c2a9b3d4e51");
const QString pngId = QStringLiteral("attachment-6b6bc64dde118aeed29b40162d510f83");
const QString textId = QStringLiteral("attachment-2abcbdb595dcc7f7602cf0c9b46b0ce7");

/// Every attachment of the demo dataset: id and decoded content, straight from its files.
QHash<QString, QByteArray> demoAttachments()
{
    QHash<QString, QByteArray> attachments;
    for (const QJsonObject &file : DemoSandbox::caseFiles()) {
        for (const QJsonValue &value : file.value(QLatin1String("attachments")).toArray()) {
            const QJsonObject attachment = value.toObject();
            attachments.insert(attachment.value(QLatin1String("attachmentId")).toString(),
                               QByteArray::fromBase64(
                                   attachment.value(QLatin1String("data")).toString().toLatin1()));
        }
    }
    return attachments;
}

/// A Support endpoint on loopback that answers DescribeAttachment only and can be told to
/// throttle an id a number of times first. Records when each request arrived.
class FakeAttachmentServer : public QObject
{
public:
    struct Arrival
    {
        QString attachmentId;
        qint64 at; ///< ms since the server started
    };

    FakeAttachmentServer()
    {
        m_clock.start();
        connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }

    /// The next \a times requests for \a attachmentId are refused with \a code.
    void throttle(const QString &attachmentId, int times, const QString &code)
    {
        m_throttles.insert(attachmentId, {times, code});
    }

    QList<Arrival> arrivals() const { return m_arrivals; }

    QList<qint64> arrivalsOf(const QString &attachmentId) const
    {
        QList<qint64> times;
        for (const Arrival &arrival : m_arrivals) {
            if (arrival.attachmentId == attachmentId)
                times << arrival.at;
        }
        return times;
    }

    static QByteArray contentOf(const QString &attachmentId)
    {
        return "content of " + attachmentId.toUtf8() + QByteArrayLiteral("\n\x00\xff binary tail");
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;

        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;

        const QByteArray body = buffer.mid(headerEnd + 4, length);
        m_buffers.remove(socket);
        answer(socket, QJsonDocument::fromJson(body).object().value("attachmentId").toString());
    }

    void answer(QTcpSocket *socket, const QString &attachmentId)
    {
        m_arrivals.append({attachmentId, m_clock.elapsed()});

        auto throttled = m_throttles.find(attachmentId);
        if (throttled != m_throttles.end() && throttled->first > 0) {
            --throttled->first;
            const QJsonObject error {{"__type", throttled->second}, {"message", "Rate exceeded"}};
            write(socket, 400, QJsonDocument(error).toJson(QJsonDocument::Compact),
                  throttled->second.toLatin1());
            return;
        }

        const QJsonObject attachment {
            {"fileName", attachmentId + ".bin"},
            {"data", QString::fromLatin1(contentOf(attachmentId).toBase64())}};
        write(socket, 200, QJsonDocument(QJsonObject {{"attachment", attachment}}).toJson(), {});
    }

    void write(QTcpSocket *socket, int status, const QByteArray &body, const QByteArray &type)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status)
            + (status == 200 ? " OK" : " Bad Request") + "\r\n";
        head += "Content-Type: application/x-amz-json-1.1\r\n";
        head += "x-amzn-RequestId: fake-" + QByteArray::number(m_arrivals.size()) + "\r\n";
        if (!type.isEmpty())
            head += "x-amzn-ErrorType: " + type + "\r\n";
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head + body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QElapsedTimer m_clock;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QString, std::pair<int, QString>> m_throttles;
    QList<Arrival> m_arrivals;
};

} // namespace

// The attachment queue against the demo sandbox, and its back-off against a throttling fake.
class tst_AttachmentDownloader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void backoffDelay_data();
    void backoffDelay();

    void downloadsPngByteExact();
    void downloadsEveryDemoAttachmentByteExact();
    void unknownIdIsUnavailableAndNotAskedAgain();
    void atMostMaxInFlight_data();
    void atMostMaxInFlight();
    void coalescesRequestsForOneId();
    void secondUseComesFromCache();
    void cacheIsBounded();
    void cancelQueuedAndRunning();
    void cancelAllEndsEverything();

    void throttledIdIsRetriedAfterDelayWhileQueueWaits();
    void givesUpAfterMaxAttempts_data();
    void givesUpAfterMaxAttempts();

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<SupportClient> m_client;
    int m_served = 0; ///< DescribeAttachment requests the sandbox answered in this test
};

void tst_AttachmentDownloader::initTestCase()
{
    m_sandbox = DemoSandbox::start();
    QVERIFY(m_sandbox);
    connect(m_sandbox.get(), &SandboxServer::requestServed, this, [this](const QString &op) {
        if (op == QLatin1String("DescribeAttachment"))
            ++m_served;
    });
}

void tst_AttachmentDownloader::init()
{
    m_served = 0;
    m_client = std::make_unique<SupportClient>();
    DemoSandbox::configure(m_client.get(), *m_sandbox);
}

void tst_AttachmentDownloader::cleanup()
{
    m_client.reset();
}

void tst_AttachmentDownloader::backoffDelay_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("expected");

    // base 1 s, cap 30 s: half of each step is fixed, the other half is jitter.
    QTest::newRow("first, least") << 1 << 0.0 << 500;
    QTest::newRow("first, most") << 1 << 1.0 << 1000;
    QTest::newRow("second, middle") << 2 << 0.5 << 1500;
    QTest::newRow("third, least") << 3 << 0.0 << 2000;
    QTest::newRow("fourth, most") << 4 << 1.0 << 8000;
    QTest::newRow("sixth, capped") << 6 << 1.0 << 30000;
    QTest::newRow("hundredth, capped") << 100 << 0.0 << 15000;
    QTest::newRow("random out of range") << 1 << 7.0 << 1000;
}

void tst_AttachmentDownloader::backoffDelay()
{
    QFETCH(int, attempt);
    QFETCH(double, random);
    QFETCH(int, expected);

    const auto delay = AttachmentDownloader::backoffDelay(attempt, 1000ms, 30000ms, random);
    QCOMPARE(int(delay.count()), expected);
}

void tst_AttachmentDownloader::downloadsPngByteExact()
{
    AttachmentDownloader downloader(m_client.get());
    QSignalSpy downloaded(&downloader, &AttachmentDownloader::downloaded);
    QSignalSpy states(&downloader, &AttachmentDownloader::stateChanged);

    downloader.fetch(pngId);
    QCOMPARE(downloaded.size(), 0); // never inside the call
    QTRY_COMPARE_WITH_TIMEOUT(downloaded.size(), 1, timeout);

    const Attachment attachment = downloaded.first().at(1).value<Attachment>();
    const QByteArray expected = demoAttachments().value(pngId);
    QVERIFY(expected.startsWith("\x89PNG\r\n\x1a\n"));
    QCOMPARE(downloaded.first().at(0).toString(), pngId);
    QCOMPARE(attachment.fileName, QStringLiteral("networkin-eu-west-1b-2026-10-14.png"));
    QCOMPARE(attachment.data.size(), expected.size());
    QVERIFY(attachment.data == expected);

    QCOMPARE(states.first().at(1).value<State>(), State::Queued);
    QCOMPARE(states.last().at(1).value<State>(), State::Downloaded);
    QCOMPARE(downloader.state(pngId), State::Downloaded);
    QVERIFY(downloader.cached(pngId).data == expected);
    QCOMPARE(m_served, 1);
}

void tst_AttachmentDownloader::downloadsEveryDemoAttachmentByteExact()
{
    const QHash<QString, QByteArray> expected = demoAttachments();
    AttachmentDownloader downloader(m_client.get());
    QHash<QString, QByteArray> received;
    connect(
        &downloader, &AttachmentDownloader::downloaded, this,
        [&](const QString &id, const Attachment &attachment) { received[id] = attachment.data; });

    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        downloader.fetch(it.key());

    QTRY_COMPARE_WITH_TIMEOUT(received.size(), expected.size(), timeout);
    QVERIFY(received == expected);
    QCOMPARE(m_served, int(expected.size()));
}

void tst_AttachmentDownloader::unknownIdIsUnavailableAndNotAskedAgain()
{
    const QString unknown = QStringLiteral("attachment-0000000000000000000000000000dead");
    AttachmentDownloader downloader(m_client.get());
    QSignalSpy failed(&downloader, &AttachmentDownloader::failed);
    QSignalSpy states(&downloader, &AttachmentDownloader::stateChanged);

    downloader.fetch(unknown);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, timeout);

    const auto error = failed.first().at(1).value<SupportError>();
    QCOMPARE(error.code(), QStringLiteral("AttachmentIdNotFound"));
    QCOMPARE(error.kind(), SupportError::Kind::NotFound);
    QVERIFY(!error.userMessage().isEmpty());
    QCOMPARE(states.last().at(1).value<State>(), State::Unavailable);
    QCOMPARE(downloader.state(unknown), State::Unavailable);
    QCOMPARE(m_served, 1);

    downloader.fetch(unknown);
    QCOMPARE(failed.size(), 1); // the answer comes later, as for a request
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, timeout);
    QCOMPARE(failed.at(1).at(1).value<SupportError>().code(),
             QStringLiteral("AttachmentIdNotFound"));
    QTest::qWait(100);
    QCOMPARE(m_served, 1);
}

void tst_AttachmentDownloader::atMostMaxInFlight_data()
{
    QTest::addColumn<int>("maxInFlight");

    QTest::newRow("one") << 1;
    QTest::newRow("two (default)") << 2;
    QTest::newRow("three") << 3;
}

void tst_AttachmentDownloader::atMostMaxInFlight()
{
    QFETCH(int, maxInFlight);

    const QStringList ids = demoAttachments().keys();
    AttachmentDownloader downloader(m_client.get());
    if (maxInFlight != AttachmentDownloader::defaultMaxInFlight)
        downloader.setMaxInFlight(maxInFlight);
    QCOMPARE(downloader.maxInFlight(), maxInFlight);

    // Started by the downloader, finished as the caller hears it, answered by the server.
    int started = 0;
    int finished = 0;
    int peak = 0;
    int servedBeyond = 0;
    connect(&downloader, &AttachmentDownloader::stateChanged, this, [&](const QString &, State s) {
        if (s == State::Downloading)
            peak = std::max(peak, ++started - finished);
    });
    const auto done = [&] {
        ++finished;
    };
    connect(&downloader, &AttachmentDownloader::downloaded, this, done);
    connect(&downloader, &AttachmentDownloader::failed, this, done);
    connect(m_sandbox.get(), &SandboxServer::requestServed, &downloader,
            [&] { servedBeyond = std::max(servedBeyond, m_served - finished); });

    for (const QString &id : ids)
        downloader.fetch(id);
    QCOMPARE(downloader.inFlightCount(), maxInFlight);
    QCOMPARE(downloader.queuedCount(), int(ids.size()) - maxInFlight);

    QTRY_COMPARE_WITH_TIMEOUT(finished, int(ids.size()), timeout);
    QCOMPARE(peak, maxInFlight);
    QVERIFY2(servedBeyond <= maxInFlight, QByteArray::number(servedBeyond));
    QCOMPARE(m_served, int(ids.size()));
    QCOMPARE(downloader.inFlightCount(), 0);
}

void tst_AttachmentDownloader::coalescesRequestsForOneId()
{
    AttachmentDownloader downloader(m_client.get());
    QSignalSpy downloaded(&downloader, &AttachmentDownloader::downloaded);
    QSignalSpy states(&downloader, &AttachmentDownloader::stateChanged);

    downloader.fetch(textId);
    downloader.fetch(textId);
    QCOMPARE(downloader.state(textId), State::Downloading);
    downloader.fetch(textId);
    QTRY_COMPARE_WITH_TIMEOUT(downloaded.size(), 1, timeout);

    QTest::qWait(100);
    QCOMPARE(downloaded.size(), 1);
    QCOMPARE(m_served, 1);
    const auto queued = std::count_if(states.cbegin(), states.cend(), [](const QList<QVariant> &s) {
        return s.at(1).value<State>() == State::Queued;
    });
    QCOMPARE(int(queued), 1);
}

void tst_AttachmentDownloader::secondUseComesFromCache()
{
    AttachmentDownloader downloader(m_client.get());
    QSignalSpy downloaded(&downloader, &AttachmentDownloader::downloaded);
    downloader.fetch(pngId);
    QTRY_COMPARE_WITH_TIMEOUT(downloaded.size(), 1, timeout);
    QVERIFY(downloader.isCached(pngId));
    QCOMPARE(downloader.cachedBytes(), qint64(demoAttachments().value(pngId).size()));

    downloader.fetch(pngId);
    QCOMPARE(downloaded.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(downloaded.size(), 2, timeout);

    QCOMPARE(m_served, 1);
    const auto first = downloaded.at(0).at(1).value<Attachment>();
    const auto second = downloaded.at(1).at(1).value<Attachment>();
    QVERIFY(second.data == first.data);
    QVERIFY(second.data.constData() == first.data.constData()); // shared, not copied
}

void tst_AttachmentDownloader::cacheIsBounded()
{
    const QHash<QString, QByteArray> expected = demoAttachments();
    const qint64 limit = 8 * 1024;
    QVERIFY(expected.value(pngId).size() > limit);

    AttachmentDownloader downloader(m_client.get());
    downloader.setCacheLimit(limit);
    QSignalSpy downloaded(&downloader, &AttachmentDownloader::downloaded);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        downloader.fetch(it.key());
    QTRY_COMPARE_WITH_TIMEOUT(downloaded.size(), expected.size(), timeout);

    QVERIFY(downloader.cachedBytes() <= limit);
    QVERIFY(!downloader.isCached(pngId)); // larger than the whole cache: handed out only
    QCOMPARE(downloader.state(pngId), State::Idle);

    downloader.fetch(pngId);
    QTRY_COMPARE_WITH_TIMEOUT(downloaded.size(), expected.size() + 1, timeout);
    QCOMPARE(m_served, int(expected.size()) + 1);
}

void tst_AttachmentDownloader::cancelQueuedAndRunning()
{
    const QStringList ids = demoAttachments().keys();
    AttachmentDownloader downloader(m_client.get());
    downloader.setMaxInFlight(1);
    QSignalSpy downloaded(&downloader, &AttachmentDownloader::downloaded);
    QSignalSpy failed(&downloader, &AttachmentDownloader::failed);
    QSignalSpy states(&downloader, &AttachmentDownloader::stateChanged);

    downloader.fetch(ids.at(0));
    downloader.fetch(ids.at(1));
    downloader.fetch(ids.at(2));
    QCOMPARE(downloader.state(ids.at(0)), State::Downloading);
    QCOMPARE(downloader.state(ids.at(1)), State::Queued);

    downloader.cancel(ids.at(1));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.last().at(0).toString(), ids.at(1));
    QCOMPARE(failed.last().at(1).value<SupportError>().kind(), SupportError::Kind::Cancelled);
    QCOMPARE(downloader.state(ids.at(1)), State::Idle);

    downloader.cancel(ids.at(0));
    QCOMPARE(failed.size(), 2);
    QCOMPARE(downloader.state(ids.at(0)), State::Idle);
    QCOMPARE(downloader.state(ids.at(2)), State::Downloading); // the slot went to the next

    QTRY_COMPARE_WITH_TIMEOUT(downloaded.size(), 1, timeout);
    QCOMPARE(downloaded.first().at(0).toString(), ids.at(2));
    QTest::qWait(100);
    QCOMPARE(downloaded.size(), 1);
    QCOMPARE(failed.size(), 2);
    for (const QList<QVariant> &change : std::as_const(states)) {
        if (change.at(0).toString() == ids.at(1))
            QVERIFY(change.at(1).value<State>() != State::Downloading);
    }

    downloader.cancel(ids.at(2)); // finished already: nothing to do
    QCOMPARE(failed.size(), 2);
}

void tst_AttachmentDownloader::cancelAllEndsEverything()
{
    const QStringList ids = demoAttachments().keys();
    AttachmentDownloader downloader(m_client.get());
    QSignalSpy downloaded(&downloader, &AttachmentDownloader::downloaded);
    QSignalSpy failed(&downloader, &AttachmentDownloader::failed);
    for (const QString &id : ids)
        downloader.fetch(id);

    downloader.cancelAll();

    QCOMPARE(int(failed.size()), int(ids.size()));
    QCOMPARE(downloader.inFlightCount(), 0);
    QCOMPARE(downloader.queuedCount(), 0);
    QTest::qWait(200);
    QCOMPARE(downloaded.size(), 0);
    QCOMPARE(int(failed.size()), int(ids.size()));
}

void tst_AttachmentDownloader::throttledIdIsRetriedAfterDelayWhileQueueWaits()
{
    FakeAttachmentServer server;
    QVERIFY(server.listen());
    server.throttle("att-slow", 2, "DescribeAttachmentLimitExceeded");

    SupportClient client;
    client.setEndpoint(SupportEndpoint::forRegion("us-east-1", server.url()));
    client.setCredentials({"AKIDEXAMPLE", "secret", {}, "test"});
    client.setMaxAttempts(1); // the downloader's own back-off is what is measured

    const auto base = 200ms;
    AttachmentDownloader downloader(&client);
    downloader.setBackoff(base, 2000ms);
    QSignalSpy downloaded(&downloader, &AttachmentDownloader::downloaded);
    QSignalSpy failed(&downloader, &AttachmentDownloader::failed);
    QSignalSpy states(&downloader, &AttachmentDownloader::stateChanged);

    for (const char *id : {"att-slow", "att-b", "att-c", "att-d"})
        downloader.fetch(QString::fromLatin1(id));
    QTRY_COMPARE_WITH_TIMEOUT(downloaded.size(), 4, timeout);
    QCOMPARE(failed.size(), 0);

    // Retried twice, the second pause twice as long as the first at the least.
    const QList<qint64> slow = server.arrivalsOf("att-slow");
    QCOMPARE(slow.size(), 3);
    QVERIFY2(slow.at(1) - slow.at(0) >= base.count() / 2,
             QByteArray::number(slow.at(1) - slow.at(0)));
    QVERIFY2(slow.at(2) - slow.at(1) >= base.count(), QByteArray::number(slow.at(2) - slow.at(1)));
    QVERIFY(slow.at(2) - slow.at(0) < 5000);

    // att-b was on its way already; att-c waited out the first pause although a slot was
    // free, and att-d the second.
    QCOMPARE(server.arrivalsOf("att-b").size(), 1);
    QVERIFY(server.arrivalsOf("att-b").first() < slow.at(1));
    QVERIFY(server.arrivalsOf("att-c").first() >= slow.at(0) + base.count() / 2);
    QVERIFY(server.arrivalsOf("att-d").first() >= slow.at(1) + base.count());

    const auto backingOff = std::count_if(states.cbegin(), states.cend(), [](const auto &s) {
        return s.at(0).toString() == "att-slow"
            && s.at(1).template value<State>() == State::BackingOff;
    });
    QCOMPARE(int(backingOff), 2);
    for (const QList<QVariant> &result : std::as_const(downloaded)) {
        const QString id = result.at(0).toString();
        QVERIFY(result.at(1).value<Attachment>().data == FakeAttachmentServer::contentOf(id));
    }
    QVERIFY(!downloader.isBackingOff());
}

void tst_AttachmentDownloader::givesUpAfterMaxAttempts_data()
{
    QTest::addColumn<QString>("code");

    QTest::newRow("attachment limit") << "DescribeAttachmentLimitExceeded";
    QTest::newRow("throttling") << "ThrottlingException";
}

void tst_AttachmentDownloader::givesUpAfterMaxAttempts()
{
    QFETCH(QString, code);

    FakeAttachmentServer server;
    QVERIFY(server.listen());
    server.throttle("att-never", 1000, code);

    SupportClient client;
    client.setEndpoint(SupportEndpoint::forRegion("us-east-1", server.url()));
    client.setCredentials({"AKIDEXAMPLE", "secret", {}, "test"});
    client.setMaxAttempts(1);

    AttachmentDownloader downloader(&client);
    downloader.setBackoff(20ms, 40ms);
    downloader.setMaxAttempts(3);
    QSignalSpy failed(&downloader, &AttachmentDownloader::failed);
    downloader.fetch("att-never");
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, timeout);

    const auto error = failed.first().at(1).value<SupportError>();
    QCOMPARE(error.code(), code);
    QCOMPARE(error.kind(), SupportError::Kind::Throttling);
    QCOMPARE(server.arrivalsOf("att-never").size(), 3);
    QCOMPARE(downloader.state("att-never"), State::Idle); // asked again on the next fetch()
}

QTEST_GUILESS_MAIN(tst_AttachmentDownloader)
#include "tst_attachmentdownloader.moc"
