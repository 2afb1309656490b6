#pragma once

#include "AwsCredentials.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <utility>

/// One HTTP request as the signer sees it: the parts that go into a canonical request.
struct SigV4Request
{
    QByteArray method;
    QByteArray path = "/";  ///< as sent on the wire, percent-encoded
    QByteArray query;       ///< raw query string without the leading '?'
    QList<std::pair<QByteArray, QByteArray>> headers; ///< the headers to sign, names in any case
    QByteArray body;
};

/// The intermediate and final products of signing, kept apart so that tests can check each.
struct SigV4Signature
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signature;     ///< lowercase hex
    QByteArray signedHeaders; ///< "host;x-amz-date;..."
    QByteArray amzDate;       ///< "20150830T123600Z"
    QByteArray authorization; ///< the complete Authorization header value

    /// The headers to add to the request: X-Amz-Date, the session token if any, Authorization.
    QList<std::pair<QByteArray, QByteArray>> headersToAdd;
};

/// Signs requests with AWS Signature Version 4 (header form) for one region and service.
///
/// Every header handed in is signed, so callers pass only the headers they own: the network
/// stack adds and rewrites others (Connection, Accept-Encoding, ...) after signing.
class SigV4Signer
{
public:
    SigV4Signer(const QString &region, const QString &service);

    QString region() const { return m_region; }
    QString service() const { return m_service; }

    /// Signs \a request as of \a timestamp (converted to UTC). Adds X-Amz-Date and, for
    /// temporary credentials, X-Amz-Security-Token to the signed headers.
    SigV4Signature sign(const SigV4Request &request, const AwsCredentials &credentials,
                        const QDateTime &timestamp) const;

    /// The canonical request for \a request exactly as given (no headers added). With
    /// \a normalizePath, dot segments and repeated slashes are removed from the path first.
    static QByteArray canonicalRequest(const SigV4Request &request, bool normalizePath = true);

    /// The "host;x-amz-date;..." list for \a request's headers.
    static QByteArray signedHeaderList(const SigV4Request &request);

    /// The string to sign for a canonical request made at \a timestamp.
    QByteArray stringToSign(const QByteArray &canonicalRequest, const QDateTime &timestamp) const;

    /// The hex signature of \a stringToSign with the key derived from \a secretAccessKey.
    QByteArray signature(const QByteArray &stringToSign, const QString &secretAccessKey,
                         const QDateTime &timestamp) const;

    /// "20150830T123600Z": always UTC and ASCII digits, whatever the locale.
    static QByteArray amzDate(const QDateTime &timestamp);

private:
    QByteArray credentialScope(const QDateTime &timestamp) const;

    QString m_region;
    QString m_service;
};
