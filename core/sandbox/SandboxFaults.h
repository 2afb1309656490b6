#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

/// The failures a sandbox injects into its replies, read from a `--faults` spec.
///
/// A spec is a comma-separated list such as `throttle=3,slow=2000,subscription`. Periodic
/// faults hit every Nth request: requests are numbered from 1 among those that passed
/// signature verification, per SandboxService, counting again from 1 after each
/// setFaults(). A field at 0 (or false) is off. See parse() for the items.
struct SandboxFaults
{
    Q_DECLARE_TR_FUNCTIONS(SandboxFaults)

public:
    int throttleEvery = 0; ///< 400 ThrottlingException
    int error500Every = 0; ///< 500 InternalServerError
    int error503Every = 0; ///< 503 ServiceUnavailable
    int expiredTokenEvery = 0; ///< 400 ExpiredTokenException
    bool subscriptionRequired = false; ///< 400 SubscriptionRequiredException, always
    int attachmentLimitEvery = 0; ///< every Nth DescribeAttachment is over its own limit
    int malformedEvery = 0; ///< every Nth 200 reply: its JSON cut off halfway
    int wrongShapeEvery = 0; ///< every Nth 200 reply: valid JSON of the wrong shape
    int repeatTokenPage = 0; ///< page N of a listing hands back the nextToken it was given
    int stallEvery = 0; ///< headers and half the body, then silence with the connection open
    int truncateEvery = 0; ///< the whole Content-Length declared, half the body sent, closed
    int slowMs = 0; ///< every reply to a request read whole waits this long before it is sent
    int clockOffsetSeconds = 0; ///< added to the server's clock: signature checks and Date

    /// Reads a spec; an empty spec means no faults. On a bad spec returns nothing and says why
    /// in \a errorMessage, in words fit for a command line.
    ///
    /// Items: throttle=N, error500=N, error503=N, expired-token=N, attachment-limit=N,
    /// malformed=N, wrongshape=N, stall=N, truncate=N (N from 1), repeat-token=N (a page
    /// number from 2), slow=MS, clock=SECONDS (may be negative), subscription.
    static std::optional<SandboxFaults> parse(const QString &spec, QString *errorMessage = nullptr);

    /// The spec that parse() reads back into these faults; empty when there are none.
    QString toString() const;
    bool isEmpty() const { return toString().isEmpty(); }

    /// Whether a fault that recurs \a every requests hits the one numbered \a ordinal (from 1).
    static bool hits(int every, qint64 ordinal) { return every > 0 && ordinal % every == 0; }

    friend bool operator==(const SandboxFaults &a, const SandboxFaults &b)
    {
        return a.toString() == b.toString();
    }
    friend bool operator!=(const SandboxFaults &a, const SandboxFaults &b) { return !(a == b); }
};
