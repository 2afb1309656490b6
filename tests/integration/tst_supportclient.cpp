#include "DemoSandbox.h"

#include "SupportClient.h"

#include <QLoggingCategory>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

// SupportClient against a real sandbox over loopback HTTP: every byte goes through
// QNetworkAccessManager, the signer and the sandbox's signature check.
class tst_SupportClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesThroughTheLongCase();
    void filtersByTime();
    void listsCases();
    void downloadsAttachmentBytes();
    void reportsServiceErrors_data();
    void reportsServiceErrors();
    void reportsRefusedConnection();
    void neverFinishesInsideTheCall();
    void abortCancels();
    void destroyingTheClientMidCallIsSafe();
    void debugLogHoldsNoSecret();

private:
    template<typename Reply>
    static bool waitFor(Reply *reply);

    std::unique_ptr<SandboxServer> m_sandbox;
};

template<typename Reply>
bool tst_SupportClient::waitFor(Reply *reply)
{
    QSignalSpy finished(reply, &SupportReply::finished);
    return finished.wait(10000) && finished.size() == 1;
}

void tst_SupportClient::initTestCase()
{
    m_sandbox = DemoSandbox::start();
    QVERIFY(m_sandbox);
}

void tst_SupportClient::pagesThroughTheLongCase()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    const int expected = DemoSandbox::communicationCount(DemoSandbox::longCaseId);
    QVERIFY2(expected >= 300, "the demo's long case should need several pages");

    CommunicationsQuery query;
    query.caseId = DemoSandbox::longCaseId;
    query.maxResults = 100;

    QList<Communication> all;
    int pages = 0;
    do {
        std::unique_ptr<CommunicationsReply> reply(client.describeCommunications(query));
        QVERIFY(waitFor(reply.get()));
        QVERIFY2(!reply->hasError(), qPrintable(reply->error().details()));
        QVERIFY(!reply->requestId().isEmpty());
        all += reply->page().communications;
        query.nextToken = reply->page().nextToken;
        QVERIFY(++pages < 100);
    } while (!query.nextToken.isEmpty());

    QCOMPARE(all.size(), expected);
    QCOMPARE(pages, (expected + 99) / 100);

    QSet<QString> seen;
    for (int i = 0; i < all.size(); ++i) {
        const Communication &c = all.at(i);
        QCOMPARE(c.caseId, DemoSandbox::longCaseId);
        QVERIFY(c.timeCreated.isValid());
        if (i > 0)
            QVERIFY2(all.at(i - 1).timeCreated >= c.timeCreated, "pages are newest first");
        seen.insert(c.timeCreatedText + c.submittedBy + c.body);
    }
    QCOMPARE(seen.size(), all.size());
}

void tst_SupportClient::filtersByTime()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);

    CommunicationsQuery everything;
    everything.caseId = DemoSandbox::longCaseId;
    std::unique_ptr<CommunicationsReply> first(client.describeCommunications(everything));
    QVERIFY(waitFor(first.get()));
    QVERIFY(first->page().communications.size() > 10);

    // The tenth newest message's time as a lower bound leaves exactly the ten newest.
    CommunicationsQuery recent = everything;
    recent.after = first->page().communications.at(9).timeCreated;
    std::unique_ptr<CommunicationsReply> filtered(client.describeCommunications(recent));
    QVERIFY(waitFor(filtered.get()));
    QVERIFY2(!filtered->hasError(), qPrintable(filtered->error().details()));
    QCOMPARE(filtered->page().communications.size(), 10);
    for (const Communication &c : filtered->page().communications)
        QVERIFY(c.timeCreated >= recent.after);
}

void tst_SupportClient::listsCases()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);

    CasesQuery open;
    std::unique_ptr<CasesReply> openReply(client.describeCases(open));
    QVERIFY(waitFor(openReply.get()));
    QVERIFY2(!openReply->hasError(), qPrintable(openReply->error().details()));

    CasesQuery all;
    all.includeResolved = true;
    std::unique_ptr<CasesReply> allReply(client.describeCases(all));
    QVERIFY(waitFor(allReply.get()));

    const QList<QJsonObject> files = DemoSandbox::caseFiles();
    QCOMPARE(allReply->page().cases.size(), files.size());
    QVERIFY(openReply->page().cases.size() < allReply->page().cases.size());
    for (const SupportCase &supportCase : openReply->page().cases)
        QVERIFY(!supportCase.isResolved());
}

void tst_SupportClient::downloadsAttachmentBytes()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);

    int checked = 0;
    for (const QJsonObject &file : DemoSandbox::caseFiles()) {
        for (const QJsonValue &value : file.value(QLatin1String("attachments")).toArray()) {
            const QJsonObject expected = value.toObject();
            std::unique_ptr<AttachmentReply> reply(client.describeAttachment(
                expected.value(QLatin1String("attachmentId")).toString()));
            QVERIFY(waitFor(reply.get()));
            QVERIFY2(!reply->hasError(), qPrintable(reply->error().details()));
            QCOMPARE(reply->attachment().fileName,
                     expected.value(QLatin1String("fileName")).toString());
            QCOMPARE(reply->attachment().data,
                     QByteArray::fromBase64(
                         expected.value(QLatin1String("data")).toString().toLatin1()));
            ++checked;
        }
    }
    QVERIFY(checked >= 2);
}

void tst_SupportClient::reportsServiceErrors_data()
{
    QTest::addColumn<QString>("accessKeyId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("caseId");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("kind");

    const QString key = SandboxServer::exampleAccessKeyId();
    const QString secret = SandboxServer::exampleSecretAccessKey();
    QTest::newRow("unknown case") << key << secret << "case-000000000000-muen-2020-0000000000000000"
                                  << "CaseIdNotFound" << int(SupportError::Kind::NotFound);
    QTest::newRow("wrong secret") << key << "not-the-secret" << DemoSandbox::longCaseId
                                  << "InvalidSignatureException"
                                  << int(SupportError::Kind::Authentication);
    QTest::newRow("unknown key") << "AKIDUNKNOWN" << secret << DemoSandbox::longCaseId
                                 << "UnrecognizedClientException"
                                 << int(SupportError::Kind::Authentication);
    QTest::newRow("missing case id") << key << secret << "" << "ValidationException"
                                     << int(SupportError::Kind::Validation);
}

void tst_SupportClient::reportsServiceErrors()
{
    QFETCH(QString, accessKeyId);
    QFETCH(QString, secret);
    QFETCH(QString, caseId);
    QFETCH(QString, code);
    QFETCH(int, kind);

    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox, secret, accessKeyId);
    CommunicationsQuery query;
    query.caseId = caseId;
    std::unique_ptr<CommunicationsReply> reply(client.describeCommunications(query));
    QVERIFY(waitFor(reply.get()));

    QVERIFY(reply->hasError());
    const SupportError error = reply->error();
    QCOMPARE(error.code(), code);
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(error.httpStatus(), 400);
    QVERIFY(!error.requestId().isEmpty());
    QVERIFY(!error.userMessage().isEmpty());
    QVERIFY(reply->page().communications.isEmpty());
}

void tst_SupportClient::reportsRefusedConnection()
{
    // A port that was free a moment ago and is closed now refuses connections.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    SupportClient client;
    client.setEndpoint(SupportEndpoint::forRegion(
        QStringLiteral("us-east-1"), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
    client.setCredentials({QStringLiteral("AKIDEXAMPLE"), QStringLiteral("x"), {}, {}});
    client.setRetryBaseDelay(std::chrono::milliseconds(5));
    std::unique_ptr<CasesReply> reply(client.describeCases({}));
    QVERIFY(waitFor(reply.get()));

    // A refused connection may be a moment's restart: it is tried as often as allowed.
    QCOMPARE(reply->attempts(), client.maxAttempts());
    QCOMPARE(reply->error().kind(), SupportError::Kind::Network);
    QCOMPARE(reply->error().code(), QStringLiteral("ConnectionRefused"));
    QCOMPARE(reply->error().httpStatus(), 0);
    QVERIFY(!reply->error().userMessage().isEmpty());
}

void tst_SupportClient::neverFinishesInsideTheCall()
{
    SupportClient client;  // no credentials: the error is known before anything is sent
    std::unique_ptr<CasesReply> reply(client.describeCases({}));
    QSignalSpy finished(reply.get(), &SupportReply::finished);

    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(1000));
    QCOMPARE(reply->error().code(), QStringLiteral("MissingCredentials"));
}

void tst_SupportClient::abortCancels()
{
    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    std::unique_ptr<CasesReply> reply(client.describeCases({}));
    QSignalSpy finished(reply.get(), &SupportReply::finished);

    reply->abort();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(reply->error().kind(), SupportError::Kind::Cancelled);
}

void tst_SupportClient::destroyingTheClientMidCallIsSafe()
{
    auto client = std::make_unique<SupportClient>();
    DemoSandbox::configure(client.get(), *m_sandbox);
    QPointer<CasesReply> reply = client->describeCases({});
    CommunicationsQuery query;
    query.caseId = DemoSandbox::longCaseId;
    for (int i = 0; i < 6; ++i)  // more than go on the wire at once: some wait in the queue
        client->describeCommunications(query);
    QTest::qWait(1);

    client.reset();
    QVERIFY(reply.isNull());
    QTest::qWait(50);  // nothing left behind fires into freed memory
}

static QStringList capturedLog;

static void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &text)
{
    capturedLog.append(QString::fromLatin1(context.category) + u' ' + text);
}

void tst_SupportClient::debugLogHoldsNoSecret()
{
    const QString token = QStringLiteral("FQoGZXIvYXdzEXAMPLESESSIONTOKEN");
    QLoggingCategory::setFilterRules(QStringLiteral("casebook.*.debug=true"));
    capturedLog.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

    SupportClient client;
    DemoSandbox::configure(&client, *m_sandbox);
    client.setCredentials({SandboxServer::exampleAccessKeyId(),
                           SandboxServer::exampleSecretAccessKey(), token, {}});
    std::unique_ptr<CasesReply> good(client.describeCases({}));
    const bool goodFinished = waitFor(good.get());

    DemoSandbox::configure(&client, *m_sandbox, QStringLiteral("a-wrong-secret-value"));
    std::unique_ptr<CasesReply> bad(client.describeCases({}));
    const bool badFinished = waitFor(bad.get());

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(goodFinished && badFinished);

    const QString log = capturedLog.join(u'\n');
    QVERIFY2(capturedLog.size() >= 4, "the debug log should say what happened");
    QVERIFY(!log.contains(SandboxServer::exampleSecretAccessKey()));
    QVERIFY(!log.contains(QLatin1String("a-wrong-secret-value")));
    QVERIFY(!log.contains(token));
    QVERIFY(!log.contains(QLatin1String("Signature=")));
    QVERIFY(!log.contains(QLatin1String("AWS4-HMAC-SHA256 Credential")));
}

QTEST_GUILESS_MAIN(tst_SupportClient)
#include "tst_supportclient.moc"
