#include "RetryPolicy.h"

#include <QTest>

using namespace std::chrono_literals;

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decidesByCode_data();
    void decidesByCode();
    void stopsAtMaxAttempts();
    void backoffIsFullJitterCapped_data();
    void backoffIsFullJitterCapped();
    void budgetStopsAHammeredService();
    void successRefillsTheBudget();
};

void tst_RetryPolicy::decidesByCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("transport");
    QTest::addColumn<bool>("retry");

    QTest::newRow("ThrottlingException") << "ThrottlingException" << 400 << false << true;
    QTest::newRow("Throttling") << "Throttling" << 400 << false << true;
    QTest::newRow("TooManyRequestsException") << "TooManyRequestsException" << 400 << false
                                              << true;
    QTest::newRow("RequestLimitExceeded") << "RequestLimitExceeded" << 400 << false << true;
    QTest::newRow("DescribeAttachmentLimitExceeded")
        << "DescribeAttachmentLimitExceeded" << 400 << false << true;
    QTest::newRow("InternalServerError") << "InternalServerError" << 500 << false << true;
    QTest::newRow("HTTP 502") << "HTTP 502" << 502 << false << true;
    QTest::newRow("HTTP 503") << "ServiceUnavailable" << 503 << false << true;
    QTest::newRow("HTTP 504") << "HTTP 504" << 504 << false << true;
    QTest::newRow("HTTP 429") << "HTTP 429" << 429 << false << true;
    QTest::newRow("connection reset") << "ConnectionClosed" << 0 << true << true;
    QTest::newRow("HTTP 501") << "HTTP 501" << 501 << false << false;
    QTest::newRow("UnrecognizedClientException") << "UnrecognizedClientException" << 400 << false
                                                 << false;
    QTest::newRow("InvalidSignatureException") << "InvalidSignatureException" << 400 << false
                                               << false;
    QTest::newRow("ExpiredTokenException") << "ExpiredTokenException" << 400 << false << false;
    QTest::newRow("AccessDeniedException") << "AccessDeniedException" << 403 << false << false;
    QTest::newRow("ValidationException") << "ValidationException" << 400 << false << false;
    QTest::newRow("CaseIdNotFound") << "CaseIdNotFound" << 400 << false << false;
    QTest::newRow("AttachmentIdNotFound") << "AttachmentIdNotFound" << 400 << false << false;
    QTest::newRow("SubscriptionRequiredException") << "SubscriptionRequiredException" << 400
                                                   << false << false;
    QTest::newRow("malformed reply") << "MalformedReply" << 200 << false << false;
}

void tst_RetryPolicy::decidesByCode()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(bool, transport);
    QFETCH(bool, retry);

    const RetryPolicy::Failure failure{code, status, transport, false, false};
    QCOMPARE(RetryPolicy::isRetryable(failure), retry);

    RetryPolicy policy;
    QCOMPARE(policy.shouldRetry(failure, 1), retry);
}

void tst_RetryPolicy::stopsAtMaxAttempts()
{
    RetryPolicy policy(3);
    const RetryPolicy::Failure throttled{QStringLiteral("ThrottlingException"), 400, false,
                                         false, false};
    QVERIFY(policy.shouldRetry(throttled, 1));
    QVERIFY(policy.shouldRetry(throttled, 2));
    QVERIFY(!policy.shouldRetry(throttled, 3));

    RetryPolicy once(1);
    QVERIFY(!once.shouldRetry(throttled, 1));

    const RetryPolicy::Failure cancelled{QStringLiteral("RequestCancelled"), 0, true, false,
                                         true};
    QVERIFY(!policy.shouldRetry(cancelled, 1));
}

void tst_RetryPolicy::backoffIsFullJitterCapped_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expectedMs");

    QTest::newRow("first, no jitter") << 1 << 1.0 << qint64(1000);
    QTest::newRow("first, half") << 1 << 0.5 << qint64(500);
    QTest::newRow("second doubles") << 2 << 1.0 << qint64(2000);
    QTest::newRow("third") << 3 << 1.0 << qint64(4000);
    QTest::newRow("capped at 20 s") << 10 << 1.0 << qint64(20000);
    QTest::newRow("zero jitter") << 4 << 0.0 << qint64(0);
    QTest::newRow("out of range random clamps") << 1 << 7.0 << qint64(1000);
}

void tst_RetryPolicy::backoffIsFullJitterCapped()
{
    QFETCH(int, attempt);
    QFETCH(double, random);
    QFETCH(qint64, expectedMs);

    QCOMPARE(RetryPolicy::backoff(attempt, random).count(), expectedMs);
    QVERIFY(RetryPolicy::backoff(attempt, random, 10ms) <= RetryPolicy::maxBackoff);
}

void tst_RetryPolicy::budgetStopsAHammeredService()
{
    RetryPolicy policy(3);
    const RetryPolicy::Failure failure{QStringLiteral("InternalServerError"), 500, false, false,
                                       false};
    int granted = 0;
    while (policy.shouldRetry(failure, 1))
        ++granted;

    QCOMPARE(granted, RetryPolicy::initialBudget / RetryPolicy::retryCost);
    QVERIFY(policy.budget() < RetryPolicy::retryCost);

    const RetryPolicy::Failure timeout{QStringLiteral("RequestTimeout"), 0, false, true, false};
    RetryPolicy fresh;
    QVERIFY(fresh.shouldRetry(timeout, 1));
    QCOMPARE(fresh.budget(), RetryPolicy::initialBudget - RetryPolicy::timeoutRetryCost);
}

void tst_RetryPolicy::successRefillsTheBudget()
{
    RetryPolicy policy;
    const RetryPolicy::Failure failure{QStringLiteral("ThrottlingException"), 400, false, false,
                                       false};
    QVERIFY(policy.shouldRetry(failure, 1));
    policy.recordSuccess(true);
    QCOMPARE(policy.budget(), RetryPolicy::initialBudget);

    QVERIFY(policy.shouldRetry(failure, 1));
    policy.recordSuccess(false);
    QCOMPARE(policy.budget(), RetryPolicy::initialBudget - RetryPolicy::retryCost + 1);
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
