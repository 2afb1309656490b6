#include "DemoSandbox.h"

#include "CommunicationModel.h"
#include "SandboxFaults.h"
#include "SandboxService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

// The client against a sandbox that misbehaves on purpose: each fault either leaves a load
// complete and exact, or ends it with an error a person can read. Never a hang, never a
// duplicated or missing message.
class tst_FaultSurvival : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void survives_data();
    void survives();
    void reports_data();
    void reports();
    void correctsASkewedClock_data();
    void correctsASkewedClock();
    void giveUpOnAStalledReplyInTime();
    void attachmentThroughItsOwnLimit();

private:
    struct Load
    {
        bool completed = false;
        QList<Communication> rows;
        SupportError error;
    };
    Load loadWholeCase(const QString &spec, int timeoutMs = 60000);
    void applyFaults(const QString &spec);

    static constexpr int messageCount = 2000;
    static inline const QString bigCaseId =
        QStringLiteral("case-111122223333-muen-2026-b16b16b16b16b16b");

    QTemporaryDir m_data;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<SupportClient> m_client;
    QList<Communication> m_expected;
};

// A 2,000-message case written as a dataset folder, as big as the design's export target.
void tst_FaultSurvival::initTestCase()
{
    QVERIFY(m_data.isValid());
    QVERIFY(QDir(m_data.path()).mkpath(QStringLiteral("cases")));

    QJsonArray communications;
    const QDateTime start(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < messageCount; ++i) {
        Communication c;
        c.caseId = bigCaseId;
        c.submittedBy = i % 3 == 0 ? QStringLiteral("Amazon Web Services")
                                   : QStringLiteral("ops@example.com");
        c.body = QStringLiteral("Update %1: replication lag %2 s\r\n\tstill watching").arg(i).arg(
            i % 97);
        c.timeCreated = start.addSecs(qint64(i) * 1800);
        communications.append(SupportJson::toJson(c));
    }
    const QJsonObject supportCase{{QLatin1String("caseId"), bigCaseId},
                                  {QLatin1String("displayId"), QStringLiteral("17400000001")},
                                  {QLatin1String("subject"), QStringLiteral("Long case")},
                                  {QLatin1String("status"), QStringLiteral("opened")},
                                  {QLatin1String("timeCreated"),
                                   SupportJson::formatTime(start.addSecs(-60))}};
    QFile file(m_data.filePath(QStringLiteral("cases/big.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{QLatin1String("case"), supportCase},
                                         {QLatin1String("communications"), communications}})
                   .toJson(QJsonDocument::Compact));
    file.close();

    m_sandbox = std::make_unique<SandboxServer>();
    QString problem;
    QVERIFY2(m_sandbox->loadDataset(m_data.path(), &problem), qPrintable(problem));
    QVERIFY(m_sandbox->listen(0));

    const Load clean = loadWholeCase(QString());
    QVERIFY(clean.completed);
    QCOMPARE(clean.rows.size(), messageCount);
    m_expected = clean.rows;
}

void tst_FaultSurvival::init()
{
    m_client = std::make_unique<SupportClient>();
    DemoSandbox::configure(m_client.get(), *m_sandbox);
    m_client->setRetryBaseDelay(5ms);
    m_client->setTransferTimeout(2);
}

void tst_FaultSurvival::applyFaults(const QString &spec)
{
    QString problem;
    const auto faults = SandboxFaults::parse(spec, &problem);
    QVERIFY2(faults, qPrintable(problem));
    m_sandbox->setFaults(*faults);
}

tst_FaultSurvival::Load tst_FaultSurvival::loadWholeCase(const QString &spec, int timeoutMs)
{
    Load load;
    applyFaults(spec);
    if (QTest::currentTestFailed())
        return load;

    if (!m_client) {
        m_client = std::make_unique<SupportClient>();
        DemoSandbox::configure(m_client.get(), *m_sandbox);
    }
    CommunicationModel model(m_client.get());
    QSignalSpy completed(&model, &CommunicationModel::loadCompleted);
    QSignalSpy failed(&model, &CommunicationModel::loadFailed);
    model.setCase(bigCaseId);
    model.fetchAll();

    if (!QTest::qWaitFor([&] { return completed.size() + failed.size() > 0; }, timeoutMs))
        qWarning("the load neither completed nor failed within %d ms", timeoutMs);
    load.completed = completed.size() == 1 && failed.isEmpty();
    load.rows = model.communications();
    load.error = model.lastError();
    m_sandbox->setFaults({});
    return load;
}

void tst_FaultSurvival::survives_data()
{
    QTest::addColumn<QString>("spec");

    QTest::newRow("throttling every 3rd and a 500 every 5th") << "throttle=3,error500=5";
    QTest::newRow("503 every 2nd") << "error503=2";
    QTest::newRow("replies cut off mid-body") << "truncate=3";
    QTest::newRow("slow replies") << "slow=150";
    QTest::newRow("throttled every other request") << "throttle=2";
}

void tst_FaultSurvival::survives()
{
    QFETCH(QString, spec);

    const Load load = loadWholeCase(spec);
    QVERIFY2(load.completed, qPrintable(load.error.details()));
    QCOMPARE(load.rows.size(), m_expected.size());
    QVERIFY(load.rows == m_expected);  // same messages, same order: nothing lost or doubled
}

void tst_FaultSurvival::reports_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("code");
    QTest::addColumn<SupportError::Kind>("kind");

    QTest::newRow("no support plan") << "subscription" << "SubscriptionRequiredException"
                                     << SupportError::Kind::SubscriptionRequired;
    QTest::newRow("expired token") << "expired-token=2" << "ExpiredTokenException"
                                   << SupportError::Kind::Authentication;
    QTest::newRow("malformed JSON") << "malformed=3" << "MalformedReply"
                                    << SupportError::Kind::Protocol;
    QTest::newRow("JSON of the wrong shape") << "wrongshape=2" << "MalformedReply"
                                             << SupportError::Kind::Protocol;
    QTest::newRow("a token that repeats") << "repeat-token=3" << "RepeatedNextToken"
                                          << SupportError::Kind::Protocol;
    QTest::newRow("a service that never stops failing") << "error500=1" << "InternalServerError"
                                                        << SupportError::Kind::Service;
}

void tst_FaultSurvival::reports()
{
    QFETCH(QString, spec);
    QFETCH(QString, code);
    QFETCH(SupportError::Kind, kind);

    const Load load = loadWholeCase(spec);
    QVERIFY(!load.completed);
    QCOMPARE(load.error.code(), code);
    QCOMPARE(load.error.kind(), kind);
    QVERIFY(!load.error.userMessage().isEmpty());

    // What did arrive is a prefix of the real thread: nothing out of order, nothing doubled.
    QVERIFY(load.rows.size() < m_expected.size());
    QVERIFY(load.rows == m_expected.mid(0, load.rows.size()));
}

void tst_FaultSurvival::correctsASkewedClock_data()
{
    QTest::addColumn<int>("offset");

    QTest::newRow("server 20 minutes ahead") << 1200;
    QTest::newRow("server 20 minutes behind") << -1200;
    QTest::newRow("server a day ahead") << 86400;
}

void tst_FaultSurvival::correctsASkewedClock()
{
    QFETCH(int, offset);

    QSignalSpy skew(m_client.get(), &SupportClient::clockSkewDetected);
    const Load load = loadWholeCase(QStringLiteral("clock=%1").arg(offset));

    QVERIFY2(load.completed, qPrintable(load.error.details()));
    QVERIFY(load.rows == m_expected);
    QCOMPARE(skew.size(), 1);
    QVERIFY(qAbs(skew.first().first().toLongLong() - offset) <= 5);
    QVERIFY(qAbs(m_client->clockOffset() - offset) <= 5);
}

void tst_FaultSurvival::giveUpOnAStalledReplyInTime()
{
    // Every request stalls: each attempt times out after the transfer timeout, then the load
    // reports it. A stall on some requests only is survived by retrying.
    m_client->setTransferTimeout(1);
    const Load stalled = loadWholeCase(QStringLiteral("stall=1"), 30000);
    QVERIFY(!stalled.completed);
    QCOMPARE(stalled.error.kind(), SupportError::Kind::Timeout);

    init();
    m_client->setTransferTimeout(1);
    const Load someStalled = loadWholeCase(QStringLiteral("stall=4"), 60000);
    QVERIFY2(someStalled.completed, qPrintable(someStalled.error.details()));
    QVERIFY(someStalled.rows == m_expected);
}

void tst_FaultSurvival::attachmentThroughItsOwnLimit()
{
    auto demo = DemoSandbox::start();
    QVERIFY(demo);
    QString problem;
    demo->setFaults(*SandboxFaults::parse(QStringLiteral("attachment-limit=2"), &problem));

    SupportClient client;
    DemoSandbox::configure(&client, *demo);
    client.setRetryBaseDelay(5ms);

    int checked = 0;
    for (const QJsonObject &file : DemoSandbox::caseFiles()) {
        for (const QJsonValue &value : file.value(QLatin1String("attachments")).toArray()) {
            const QJsonObject expected = value.toObject();
            std::unique_ptr<AttachmentReply> reply(client.describeAttachment(
                expected.value(QLatin1String("attachmentId")).toString()));
            QSignalSpy finished(reply.get(), &SupportReply::finished);
            QVERIFY(finished.wait(10000));
            QVERIFY2(!reply->hasError(), qPrintable(reply->error().details()));
            QCOMPARE(reply->attachment().data,
                     QByteArray::fromBase64(
                         expected.value(QLatin1String("data")).toString().toLatin1()));
            ++checked;
        }
    }
    QVERIFY(checked >= 4);
}

QTEST_GUILESS_MAIN(tst_FaultSurvival)
#include "tst_faultsurvival.moc"
