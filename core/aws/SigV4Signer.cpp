#include "SigV4Signer.h"

#include "Logging.h"

#include <QByteArrayList>
#include <QCryptographicHash>
#include <QMap>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace {

constexpr char algorithmName[] = "AWS4-HMAC-SHA256";
constexpr char scopeTerminator[] = "aws4_request";

using Header = std::pair<QByteArray, QByteArray>;

/// Lowercased header names in byte order, each with its values in the order they were given.
using HeaderGroups = QMap<QByteArray, QByteArrayList>;

QByteArray hmacSha256(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray padded(int number, int width)
{
    return QByteArray::number(number).rightJustified(width, '0');
}

QByteArray hexSha256(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// Works like RFC 3986's remove_dot_segments, and also drops the empty segments that repeated
// slashes leave. A path whose last segment names a directory ("", "." or "..") keeps its
// trailing slash, so "//example//" becomes "/example/" and "/a/b/.." becomes "/a/".
QByteArrayList removeDotSegments(const QByteArrayList &segments)
{
    QByteArrayList kept;
    for (const QByteArray &segment : segments) {
        if (segment == "..") {
            if (!kept.isEmpty())
                kept.removeLast();
        } else if (!segment.isEmpty() && segment != ".") {
            kept.append(segment);
        }
    }

    const QByteArray &last = segments.constLast();
    kept.prepend(QByteArray());
    if (last.isEmpty() || last == "." || last == "..")
        kept.append(QByteArray());
    return kept;
}

// Every service but S3 wants each segment of the path encoded once more than it is sent: the
// path arrives as sent on the wire, so one pass here gives the doubled encoding those services
// compute on their side ("%20" on the wire is signed as "%2520").
QByteArray canonicalUri(const QByteArray &path, bool normalize)
{
    QByteArrayList segments = path.split('/');
    if (normalize)
        segments = removeDotSegments(segments);

    for (QByteArray &segment : segments)
        segment = segment.toPercentEncoding();

    const QByteArray uri = segments.join('/');
    return uri.startsWith('/') ? uri : '/' + uri;
}

// Decoding first makes a raw "ሴ" and an already encoded "%E1%88%B4" sign the same way.
QByteArray encodeQueryComponent(const QByteArray &component)
{
    return QByteArray::fromPercentEncoding(component).toPercentEncoding();
}

QByteArray canonicalQuery(const QByteArray &query)
{
    QList<Header> parameters;
    for (const QByteArray &item : query.split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype equals = item.indexOf('=');
        const QByteArray key = equals < 0 ? item : item.first(equals);
        const QByteArray value = equals < 0 ? QByteArray() : item.sliced(equals + 1);
        parameters.append({encodeQueryComponent(key), encodeQueryComponent(value)});
    }

    // Pairs compare by key, then by value, byte by byte: the order SigV4 asks for.
    std::sort(parameters.begin(), parameters.end());

    QByteArrayList encoded;
    for (const auto &[key, value] : parameters)
        encoded.append(key + '=' + value);
    return encoded.join('&');
}

// simplified() trims and collapses inner whitespace runs, folded line breaks included.
HeaderGroups groupHeaders(const QList<Header> &headers)
{
    HeaderGroups groups;
    for (const auto &[name, value] : headers)
        groups[name.trimmed().toLower()].append(value.simplified());
    return groups;
}

QByteArray canonicalHeaders(const HeaderGroups &groups)
{
    QByteArray text;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        text += it.key() + ':' + it.value().join(',') + '\n';
    return text;
}

QByteArray signingKey(const QString &secretAccessKey, const QByteArray &dateStamp,
                      const QString &region, const QString &service)
{
    const QByteArray dateKey = hmacSha256("AWS4" + secretAccessKey.toUtf8(), dateStamp);
    const QByteArray regionKey = hmacSha256(dateKey, region.toUtf8());
    const QByteArray serviceKey = hmacSha256(regionKey, service.toUtf8());
    return hmacSha256(serviceKey, scopeTerminator);
}

// A re-signed request (a retry, say) may still carry the previous attempt's headers; signing
// them again would send two dates or two Authorization values.
void removeSignerHeaders(QList<Header> &headers)
{
    headers.removeIf([](const Header &header) {
        const QByteArray name = header.first.trimmed().toLower();
        return name == "x-amz-date" || name == "x-amz-security-token" || name == "authorization";
    });
}

QByteArray authorizationValue(const QString &accessKeyId, const QByteArray &scope,
                              const QByteArray &signedHeaders, const QByteArray &signature)
{
    return QByteArray(algorithmName) + " Credential=" + accessKeyId.toUtf8() + '/' + scope
        + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature;
}

} // namespace

SigV4Signer::SigV4Signer(const QString &region, const QString &service)
    : m_region(region), m_service(service)
{ }

SigV4Signature SigV4Signer::sign(const SigV4Request &request, const AwsCredentials &credentials,
                                 const QDateTime &timestamp) const
{
    SigV4Signature result;
    result.amzDate = amzDate(timestamp);
    result.headersToAdd.append({"X-Amz-Date", result.amzDate});
    if (!credentials.sessionToken.isEmpty())
        result.headersToAdd.append({"X-Amz-Security-Token", credentials.sessionToken.toUtf8()});

    SigV4Request signedRequest = request;
    removeSignerHeaders(signedRequest.headers);
    signedRequest.headers += result.headersToAdd;

    result.signedHeaders = signedHeaderList(signedRequest);
    result.canonicalRequest = canonicalRequest(signedRequest);
    result.stringToSign = stringToSign(result.canonicalRequest, timestamp);
    result.signature = signature(result.stringToSign, credentials.secretAccessKey, timestamp);
    result.authorization = authorizationValue(credentials.accessKeyId, credentialScope(timestamp),
                                              result.signedHeaders, result.signature);
    result.headersToAdd.append({"Authorization", result.authorization});

    qCDebug(lcAuth).nospace().noquote()
        << "Signed a " << request.method << " request for " << m_service << " in " << m_region
        << " at " << result.amzDate << ", signed headers " << result.signedHeaders
        << (credentials.sessionToken.isEmpty() ? "" : ", temporary key");
    return result;
}

QByteArray SigV4Signer::canonicalRequest(const SigV4Request &request, bool normalizePath)
{
    const HeaderGroups headers = groupHeaders(request.headers);
    const QByteArray signedHeaders = headers.keys().join(';');

    return request.method + '\n' + canonicalUri(request.path, normalizePath) + '\n'
        + canonicalQuery(request.query) + '\n' + canonicalHeaders(headers) + '\n' + signedHeaders
        + '\n' + hexSha256(request.body);
}

QByteArray SigV4Signer::signedHeaderList(const SigV4Request &request)
{
    return groupHeaders(request.headers).keys().join(';');
}

QByteArray SigV4Signer::stringToSign(const QByteArray &canonicalRequest,
                                     const QDateTime &timestamp) const
{
    return QByteArray(algorithmName) + '\n' + amzDate(timestamp) + '\n' + credentialScope(timestamp)
        + '\n' + hexSha256(canonicalRequest);
}

QByteArray SigV4Signer::signature(const QByteArray &stringToSign, const QString &secretAccessKey,
                                  const QDateTime &timestamp) const
{
    const QByteArray dateStamp = amzDate(timestamp).first(8);
    const QByteArray key = signingKey(secretAccessKey, dateStamp, m_region, m_service);
    return hmacSha256(key, stringToSign).toHex();
}

// QByteArray::number() always formats by the "C" rules, never by QLocale::setDefault() or the
// user's locale, so the digits stay ASCII.
QByteArray SigV4Signer::amzDate(const QDateTime &timestamp)
{
    const QDateTime utc = timestamp.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    return padded(date.year(), 4) + padded(date.month(), 2) + padded(date.day(), 2) + 'T'
        + padded(time.hour(), 2) + padded(time.minute(), 2) + padded(time.second(), 2) + 'Z';
}

QByteArray SigV4Signer::credentialScope(const QDateTime &timestamp) const
{
    return amzDate(timestamp).first(8) + '/' + m_region.toUtf8() + '/' + m_service.toUtf8() + '/'
        + scopeTerminator;
}
