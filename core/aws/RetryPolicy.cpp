#include "RetryPolicy.h"

#include "Logging.h"

#include <QSet>

#include <algorithm>
#include <cmath>

RetryPolicy::RetryPolicy(int maxAttempts)
{
    setMaxAttempts(maxAttempts);
}

void RetryPolicy::setMaxAttempts(int attempts)
{
    m_maxAttempts = std::clamp(attempts, 1, 20);
}

bool RetryPolicy::isThrottling(const QString &code)
{
    static const QSet<QString> codes = {
        QStringLiteral("Throttling"),
        QStringLiteral("ThrottlingException"),
        QStringLiteral("ThrottledException"),
        QStringLiteral("RequestThrottledException"),
        QStringLiteral("TooManyRequestsException"),
        QStringLiteral("ProvisionedThroughputExceededException"),
        QStringLiteral("TransactionInProgressException"),
        QStringLiteral("RequestLimitExceeded"),
        QStringLiteral("BandwidthLimitExceeded"),
        QStringLiteral("LimitExceededException"),
        QStringLiteral("RequestThrottled"),
        QStringLiteral("SlowDown"),
        QStringLiteral("PriorRequestNotComplete"),
        QStringLiteral("EC2ThrottledException"),
        QStringLiteral("DescribeAttachmentLimitExceeded"),
    };
    return codes.contains(code);
}

bool RetryPolicy::isRetryable(const Failure &failure)
{
    if (failure.cancelled)
        return false;
    if (failure.transport || failure.timedOut)
        return true;  // a reset connection, a DNS hiccup, a transfer timeout
    if (isThrottling(failure.code))
        return true;

    static const QSet<QString> transientCodes = {
        QStringLiteral("RequestTimeout"),
        QStringLiteral("RequestTimeoutException"),
        QStringLiteral("InternalServerError"),
        QStringLiteral("ServiceUnavailable"),
    };
    if (transientCodes.contains(failure.code))
        return true;

    const int status = failure.httpStatus;
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

bool RetryPolicy::shouldRetry(const Failure &failure, int attempt)
{
    if (attempt >= m_maxAttempts || !isRetryable(failure))
        return false;

    const int cost = failure.timedOut ? timeoutRetryCost : retryCost;
    if (m_budget < cost) {
        qCInfo(lcNetwork) << "retry budget exhausted; not retrying" << failure.code;
        return false;
    }
    m_budget -= cost;
    m_lastCost = cost;
    return true;
}

std::chrono::milliseconds RetryPolicy::backoff(int attempt, double random01,
                                               std::chrono::milliseconds base)
{
    const double ceiling = std::min(double(maxBackoff.count()),
                                    double(base.count()) * std::pow(2.0, attempt - 1));
    const double fraction = std::clamp(random01, 0.0, 1.0);
    return std::chrono::milliseconds(qint64(fraction * ceiling));
}

void RetryPolicy::recordSuccess(bool retried)
{
    // A success after retries gives back what the last retry cost; a success at the first
    // attempt slowly refills the budget.
    m_budget = std::min(initialBudget, m_budget + (retried ? m_lastCost : 1));
}
