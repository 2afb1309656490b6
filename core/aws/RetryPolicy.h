#pragma once

#include <QString>

#include <chrono>

/// The AWS SDKs' "standard" retry mode: which failures are worth another attempt, how long
/// to wait before it, and a retry budget so that a failing service is not hammered.
///
/// One policy is shared by every call a client makes: the budget is the client's, not the
/// call's. Retried are throttling codes, HTTP 500/502/503/504 and failures without any HTTP
/// reply; never retried are authentication, authorisation, validation and not-found errors.
class RetryPolicy
{
public:
    static constexpr int defaultMaxAttempts = 3;
    static constexpr std::chrono::milliseconds maxBackoff{20000};

    /// What went wrong with one attempt, in terms the policy understands.
    struct Failure
    {
        QString code;          ///< the service's error code
        int httpStatus = 0;    ///< 0 when no HTTP reply arrived
        bool transport = false; ///< the connection failed or broke off: no complete reply
        bool timedOut = false;
        bool cancelled = false;
    };

    explicit RetryPolicy(int maxAttempts = defaultMaxAttempts);

    int maxAttempts() const { return m_maxAttempts; }
    void setMaxAttempts(int attempts);

    /// Whether this kind of failure may succeed when tried again.
    static bool isRetryable(const Failure &failure);
    static bool isThrottling(const QString &code);

    /// Whether attempt number \a attempt (1-based) may be followed by another after
    /// \a failure. Takes a token from the budget when it says yes.
    bool shouldRetry(const Failure &failure, int attempt);

    /// The wait before the retry that follows attempt \a attempt: full jitter, a random
    /// fraction \a random01 of an exponentially growing ceiling capped at maxBackoff.
    static std::chrono::milliseconds backoff(int attempt, double random01,
                                             std::chrono::milliseconds base
                                             = std::chrono::milliseconds(1000));

    /// Records a successful call; \a retried says whether it needed retries.
    void recordSuccess(bool retried);

    int budget() const { return m_budget; }

    static constexpr int initialBudget = 500;
    static constexpr int retryCost = 5;
    static constexpr int timeoutRetryCost = 10;

private:
    int m_maxAttempts;
    int m_budget = initialBudget;
    int m_lastCost = 0;
};
