#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

/// A failed Support API call: what kind of failure, a sentence for people, and the raw facts.
///
/// The raw code, HTTP status and request id stay apart from the translated sentence so that a
/// user can read the one and copy the others into a support ticket.
class SupportError
{
    Q_DECLARE_TR_FUNCTIONS(SupportError)

public:
    enum class Kind {
        None,
        Network,         ///< no HTTP reply at all: DNS, refused or dropped connection, proxy
        Tls,             ///< the secure connection could not be set up
        Timeout,
        Cancelled,
        Protocol,        ///< a reply Casebook cannot read
        Authentication,  ///< unknown key, wrong secret, expired token
        AccessDenied,
        SubscriptionRequired,
        NotFound,
        Throttling,
        Validation,
        Service,         ///< a 5xx or InternalServerError
        NotAwsReply,     ///< an HTTP error that did not come from AWS (no AWS error type)
        Unknown,
    };

    SupportError() = default;
    SupportError(Kind kind, const QString &code, const QString &message, int httpStatus = 0,
                 const QString &requestId = {});

    /// Decodes an error reply: the type from the body's `__type` (with or without a
    /// `namespace#` prefix) or the `x-amzn-ErrorType` header, the message from `message` or
    /// `Message`. Falls back on the HTTP status when the body says nothing usable.
    static SupportError fromHttpReply(int httpStatus, const QByteArray &body,
                                      const QByteArray &errorTypeHeader,
                                      const QByteArray &requestId);

    /// A failure without a (complete) HTTP reply, from Qt's network error. \a cancelled says
    /// the caller aborted; \a sslErrors are the certificate problems seen, if any.
    static SupportError fromNetworkFailure(QNetworkReply::NetworkError error,
                                           const QString &errorString, bool cancelled,
                                           const QList<QSslError> &sslErrors = {});

    /// "ns#Code:http://..." -> "Code".
    static QString normalizeCode(const QString &rawType);
    static Kind kindForCode(const QString &code, int httpStatus = 0);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    QString code() const { return m_code; }
    QString message() const { return m_message; }
    int httpStatus() const { return m_httpStatus; }
    QString requestId() const { return m_requestId; }

    /// A translated sentence that says what went wrong and what to do about it.
    QString userMessage() const;

    /// The same error with \a requestId when it had none.
    SupportError withRequestId(const QString &requestId) const;

    /// The raw facts on one line each: code, message, HTTP status, request id.
    QString details() const;

private:
    QString networkMessage() const;

    Kind m_kind = Kind::None;
    QString m_code;
    QString m_message;
    int m_httpStatus = 0;
    QString m_requestId;
};

Q_DECLARE_METATYPE(SupportError)
