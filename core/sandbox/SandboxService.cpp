#include "SandboxService.h"

#include "Logging.h"
#include "SigV4Signer.h"
#include "SupportJson.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QUuid>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace {

constexpr char targetPrefix[] = "AWSSupport_20130415.";
constexpr char jsonContentType[] = "application/x-amz-json-1.1";
constexpr char signingAlgorithm[] = "AWS4-HMAC-SHA256";
constexpr char serviceName[] = "support";
constexpr char stsServiceName[] = "sts";
constexpr char formContentType[] = "application/x-www-form-urlencoded";
constexpr char stsNamespace[] = "https://sts.amazonaws.com/doc/2011-06-15/";
constexpr int minRoleSeconds = 900;
constexpr int maxRoleSeconds = 43200;
constexpr int maxChainedRoleSeconds = 3600;

constexpr int minPageSize = 10;
constexpr int maxPageSize = 100;
constexpr int defaultPageSize = 10;
constexpr int maxCaseIds = 100;
constexpr int recentCount = 5;
constexpr qsizetype maxTokenLength = 256;

const QString serializationError = QStringLiteral("SerializationException");
const QString validationError = QStringLiteral("ValidationException");
const QString incompleteSignature = QStringLiteral("IncompleteSignatureException");
const QString invalidSignature = QStringLiteral("InvalidSignatureException");

/// A reason to refuse a request, before it becomes a reply.
struct Failure
{
    QString code;
    QString message;
};

QByteArray compact(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QByteArray headerValue(const QList<std::pair<QByteArray, QByteArray>> &headers,
                       const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// IMF-fixdate, which clients read to notice that their clock is off.
QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c()
        .toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

// Compares in time independent of where the first difference lies.
bool sameSignature(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= char(a.at(i) ^ b.at(i));
    return difference == 0;
}

// ---- paging tokens -------------------------------------------------------------------------
//
// A token is base64url of {"o": offset, "p": page, "q": digest}, the digest naming the
// operation and the filters that selected the list. A token therefore only continues the query
// that produced it. The page it leads to is numbered so that faults can pick one.

QByteArray timeKey(const std::optional<qint64> &time)
{
    return time ? QByteArray::number(*time) : QByteArray("-");
}

QByteArray queryDigest(const QByteArrayList &parts)
{
    return QCryptographicHash::hash(parts.join('\n'), QCryptographicHash::Sha256).toHex().left(16);
}

QByteArray communicationsDigest(const QString &caseId, const std::optional<qint64> &after,
                                const std::optional<qint64> &before)
{
    return queryDigest(
        {"DescribeCommunications", caseId.toUtf8(), timeKey(after), timeKey(before)});
}

/// Where a token leads: the first item of a page, and that page's number.
struct TokenPosition
{
    qsizetype offset = 0;
    int page = 1;
};

QByteArray encodeToken(const TokenPosition &position, const QByteArray &digest)
{
    const QByteArray json = "{\"o\":" + QByteArray::number(position.offset)
        + ",\"p\":" + QByteArray::number(position.page) + ",\"q\":\"" + digest + "\"}";
    return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool isWholeIn(double value, double lowest, double highest)
{
    return value >= lowest && value <= highest && std::floor(value) == value;
}

std::optional<TokenPosition> decodeToken(const QString &token, const QByteArray &digest)
{
    if (token.size() > maxTokenLength)
        return std::nullopt;

    const auto bytes = QByteArray::fromBase64Encoding(
        token.toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
            | QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes)
        return std::nullopt;

    const QJsonObject json = QJsonDocument::fromJson(*bytes).object();
    const double offset = json.value(QLatin1String("o")).toDouble(-1);
    const double page = json.value(QLatin1String("p")).toDouble(-1);
    if (json.value(QLatin1String("q")).toString().toLatin1() != digest || !isWholeIn(offset, 1, 1e9)
        || !isWholeIn(page, 2, 1e9))
        return std::nullopt;
    return TokenPosition {qsizetype(offset), int(page)};
}

/// The slice [begin, end) of a filtered list that one page covers.
struct Page
{
    qsizetype begin = 0;
    qsizetype end = 0;
    int number = 1;
    QByteArray nextToken;
};

std::optional<Page> pageOf(qsizetype total, const QString &token, int pageSize,
                           const QByteArray &digest)
{
    Page page;
    if (!token.isEmpty()) {
        const std::optional<TokenPosition> position = decodeToken(token, digest);
        if (!position || position->offset >= total)
            return std::nullopt;
        page.begin = position->offset;
        page.number = position->page;
    }

    page.end = std::min(total, page.begin + pageSize);
    if (page.end < total)
        page.nextToken = encodeToken({page.end, page.number + 1}, digest);
    return page;
}

QByteArray pageBody(QLatin1String listKey, const QByteArrayList &items, const QByteArray &nextToken)
{
    QByteArray body
        = "{\"" + QByteArray(listKey.data(), listKey.size()) + "\":[" + items.join(',') + ']';
    if (!nextToken.isEmpty())
        body += ",\"nextToken\":\"" + nextToken + '"';
    return body + '}';
}

// ---- reading an operation's input ----------------------------------------------------------

/// Reads the members of an operation's input and keeps the first problem found.
class InputReader
{
public:
    explicit InputReader(const QJsonObject &json) : m_json(json) { }

    bool failed() const { return !m_failure.code.isEmpty(); }
    const Failure &failure() const { return m_failure; }

    void fail(const QString &code, const QString &message)
    {
        if (!failed())
            m_failure = {code, message};
    }

    QString string(const char *key)
    {
        const QJsonValue value = member(key);
        if (!value.isUndefined() && !value.isString())
            fail(serializationError, QStringLiteral("%1 must be a string").arg(QLatin1String(key)));
        return value.toString();
    }

    QString requiredString(const char *key)
    {
        const QString value = string(key);
        if (value.isEmpty())
            fail(validationError, QStringLiteral("%1 is required").arg(QLatin1String(key)));
        return value;
    }

    std::optional<qint64> time(const char *key)
    {
        const QString text = string(key);
        if (text.isEmpty())
            return std::nullopt;

        const QDateTime time = SupportJson::parseTime(text);
        if (!time.isValid()) {
            fail(validationError,
                 QStringLiteral("%1 is not an ISO 8601 time").arg(QLatin1String(key)));
            return std::nullopt;
        }
        return time.toMSecsSinceEpoch();
    }

    bool boolean(const char *key, bool fallback)
    {
        const QJsonValue value = member(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool())
            fail(serializationError,
                 QStringLiteral("%1 must be true or false").arg(QLatin1String(key)));
        return value.toBool(fallback);
    }

    int pageSize()
    {
        const QJsonValue value = member("maxResults");
        if (value.isUndefined())
            return defaultPageSize;

        const double number = value.toDouble(-1);
        if (!value.isDouble() || std::floor(number) != number) {
            fail(serializationError, QStringLiteral("maxResults must be a whole number"));
            return defaultPageSize;
        }
        if (number < minPageSize || number > maxPageSize) {
            fail(validationError,
                 QStringLiteral("maxResults must be between %1 and %2, not %3")
                     .arg(minPageSize)
                     .arg(maxPageSize)
                     .arg(number));
        }
        return int(std::clamp<double>(number, minPageSize, maxPageSize));
    }

    QStringList stringList(const char *key)
    {
        const QJsonValue value = member(key);
        if (value.isUndefined())
            return {};

        QStringList list;
        const QJsonArray array = value.toArray();
        if (!value.isArray())
            fail(serializationError, QStringLiteral("%1 must be a list").arg(QLatin1String(key)));
        for (const QJsonValue &item : array) {
            if (!item.isString())
                fail(serializationError,
                     QStringLiteral("%1 must hold strings").arg(QLatin1String(key)));
            list.append(item.toString());
        }
        return list;
    }

private:
    // JSON null means the same as leaving the member out.
    QJsonValue member(const char *key) const
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
    }

    QJsonObject m_json;
    Failure m_failure;
};

const Failure invalidToken {validationError,
                            QStringLiteral("invalid nextToken: it does not "
                                           "continue this query")};

// ---- signature verification ----------------------------------------------------------------

/// The parts of an "AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=..." value.
struct Authorization
{
    QString accessKeyId;
    QByteArray date;
    QString region;
    QByteArray service;
    QByteArray terminator;
    QByteArrayList signedHeaders;
    QByteArray signature;
};

std::optional<Authorization> parseAuthorization(const QByteArray &value)
{
    const QByteArray prefix = QByteArray(signingAlgorithm) + ' ';
    if (!value.startsWith(prefix))
        return std::nullopt;

    QHash<QByteArray, QByteArray> fields;
    for (const QByteArray &part : value.mid(prefix.size()).split(',')) {
        const QByteArray field = part.trimmed();
        const qsizetype equals = field.indexOf('=');
        if (equals > 0)
            fields.insert(field.left(equals), field.mid(equals + 1));
    }

    const QByteArrayList scope = fields.value("Credential").split('/');
    Authorization result;
    if (scope.size() != 5 || !fields.contains("SignedHeaders") || !fields.contains("Signature"))
        return std::nullopt;

    result.accessKeyId = QString::fromUtf8(scope.at(0));
    result.date = scope.at(1);
    result.region = QString::fromUtf8(scope.at(2));
    result.service = scope.at(3);
    result.terminator = scope.at(4);
    result.signedHeaders = fields.value("SignedHeaders").toLower().split(';');
    result.signature = fields.value("Signature");
    if (result.accessKeyId.isEmpty() || result.region.isEmpty() || result.signature.isEmpty())
        return std::nullopt;
    return result;
}

QDateTime parseAmzDate(const QByteArray &text)
{
    QDateTime time
        = QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    time.setTimeSpec(Qt::UTC);
    return time;
}

// The request as its sender signed it: only the headers it names, in the order they came.
std::optional<SigV4Request> signedPart(const SandboxRequest &request,
                                       const QByteArrayList &signedHeaders, QByteArray *missing)
{
    SigV4Request signedRequest {request.method, request.path, request.query, {}, request.body};
    for (const QByteArray &name : signedHeaders) {
        bool found = false;
        for (const auto &[key, value] : request.headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                signedRequest.headers.append({key, value});
                found = true;
            }
        }
        if (!found) {
            *missing = name;
            return std::nullopt;
        }
    }
    return signedRequest;
}

// STS speaks the query protocol: a form POST without X-Amz-Target.
bool isStsRequest(const SandboxRequest &request)
{
    const QByteArray contentType = request.header("content-type").split(';').first().trimmed();
    return request.header("x-amz-target").isEmpty()
        && contentType.compare(formContentType, Qt::CaseInsensitive) == 0;
}

std::optional<Failure> checkScope(const Authorization &auth, const QByteArray &amzDate,
                                  const QByteArray &service)
{
    if (!auth.signedHeaders.contains("host") || !auth.signedHeaders.contains("x-amz-date"))
        return Failure {incompleteSignature,
                        QStringLiteral("SignedHeaders must include host and x-amz-date")};
    if (auth.date != amzDate.left(8))
        return Failure {invalidSignature,
                        QStringLiteral("The date in the credential scope does "
                                       "not match X-Amz-Date")};
    if (auth.service != service || auth.terminator != "aws4_request")
        return Failure {invalidSignature,
                        QStringLiteral("The credential scope must name the service '%1' and "
                                       "end in 'aws4_request'")
                            .arg(QLatin1String(service))};
    return std::nullopt;
}

std::optional<Failure> readAuthorization(const SandboxRequest &request, Authorization *auth,
                                         QDateTime *signedAt)
{
    const QByteArray value = request.header("authorization");
    if (value.isEmpty()) {
        return Failure {QStringLiteral("MissingAuthenticationToken"),
                        QStringLiteral("The request has no Authorization header")};
    }

    const std::optional<Authorization> parsed = parseAuthorization(value);
    const QByteArray amzDate = request.header("x-amz-date");
    *signedAt = parseAmzDate(amzDate);
    if (!parsed || !signedAt->isValid()) {
        return Failure {incompleteSignature,
                        QStringLiteral("The Authorization header or X-Amz-Date is missing a part "
                                       "or is not in the AWS4-HMAC-SHA256 format")};
    }

    *auth = *parsed;
    return checkScope(*auth, amzDate, isStsRequest(request) ? stsServiceName : serviceName);
}

std::optional<Failure> matchSignature(const SandboxRequest &request, const Authorization &auth,
                                      const QString &secretAccessKey, const QDateTime &signedAt)
{
    QByteArray missing;
    const std::optional<SigV4Request> signedRequest
        = signedPart(request, auth.signedHeaders, &missing);
    if (!signedRequest) {
        return Failure {invalidSignature,
                        QStringLiteral("The signed header %1 is not in the "
                                       "request")
                            .arg(QString::fromLatin1(missing))};
    }

    const SigV4Signer signer(auth.region, QString::fromLatin1(auth.service));
    const QByteArray canonical = SigV4Signer::canonicalRequest(*signedRequest);
    const QByteArray expected
        = signer.signature(signer.stringToSign(canonical, signedAt), secretAccessKey, signedAt);
    if (sameSignature(expected, auth.signature))
        return std::nullopt;
    return Failure {invalidSignature,
                    QStringLiteral("The request signature does not match the one computed for "
                                   "it; check the secret access key and the signing method")};
}

// ---- queries -------------------------------------------------------------------------------

/// What DescribeCases filters on.
struct CaseQuery
{
    QStringList caseIds; ///< sorted, without repeats
    QString displayId;
    std::optional<qint64> after;
    std::optional<qint64> before;
    bool includeResolved = false;

    bool matches(const SupportCase &details) const
    {
        const qint64 created = details.timeCreated.toMSecsSinceEpoch();
        return (caseIds.isEmpty()
                || std::binary_search(caseIds.cbegin(), caseIds.cend(), details.caseId))
            && (displayId.isEmpty() || details.displayId == displayId)
            && (!after || created >= *after) && (!before || created < *before)
            && (includeResolved || !details.isResolved());
    }

    QByteArray digest() const
    {
        return queryDigest({"DescribeCases", caseIds.join(u',').toUtf8(), displayId.toUtf8(),
                            timeKey(after), timeKey(before), includeResolved ? "1" : "0"});
    }
};

// The run of \a times (newest first) in [after, before), as indexes.
std::pair<qsizetype, qsizetype> timeRange(const QList<qint64> &times,
                                          const std::optional<qint64> &after,
                                          const std::optional<qint64> &before)
{
    const auto newerThan = [](qint64 limit) {
        return [limit](qint64 t) {
            return t >= limit;
        };
    };
    const auto from = before
        ? std::partition_point(times.cbegin(), times.cend(), newerThan(*before))
        : times.cbegin();
    const auto to
        = after ? std::partition_point(from, times.cend(), newerThan(*after)) : times.cend();
    return {from - times.cbegin(), to - times.cbegin()};
}

// A well-formed body of the wrong shape: the operation's member holds a string.
QByteArray wrongShapeBody(const QString &operation)
{
    QByteArray member = "attachment";
    if (operation == QLatin1String("DescribeCommunications"))
        member = "communications";
    else if (operation == QLatin1String("DescribeCases"))
        member = "cases";
    return "{\"" + member + "\":\"oops\"}";
}

// The operation an X-Amz-Target names, if it is one this endpoint serves.
QByteArray operationOf(const SandboxRequest &request)
{
    static const QSet<QByteArray> operations {"DescribeCases", "DescribeCommunications",
                                              "DescribeAttachment"};
    const QByteArray target = request.header("x-amz-target");
    const QByteArray operation = target.mid(qstrlen(targetPrefix));
    if (!target.startsWith(targetPrefix) || !operations.contains(operation))
        return {};
    return operation;
}

} // namespace

// ---- SandboxRequest, SandboxResponse -------------------------------------------------------

QByteArray SandboxRequest::header(const QByteArray &name) const
{
    return headerValue(headers, name);
}

QByteArray SandboxResponse::header(const QByteArray &name) const
{
    return headerValue(headers, name);
}

// ---- SandboxService ------------------------------------------------------------------------

SandboxService::SandboxService() : m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    addKey(QStringLiteral("AKIDEXAMPLE"),
           QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
}

void SandboxService::setDataset(SandboxDataset dataset)
{
    m_dataset = std::move(dataset);
    m_wire.clear();
    m_wire.reserve(m_dataset.cases().size());

    for (const SandboxCase &supportCase : m_dataset.cases()) {
        CaseWire wire;
        for (const Communication &communication : supportCase.communications) {
            wire.communications.append(compact(SupportJson::toJson(communication)));
            wire.times.append(communication.timeCreated.toMSecsSinceEpoch());
        }
        wire.brief = compact(SupportJson::toJson(supportCase.details));

        // The token in recentCommunications continues with DescribeCommunications, as the
        // service's own does.
        SupportCase withRecent = supportCase.details;
        withRecent.recentCommunications.communications
            = supportCase.communications.mid(0, recentCount);
        if (supportCase.communications.size() > recentCount) {
            const QByteArray digest
                = communicationsDigest(supportCase.details.caseId, std::nullopt, std::nullopt);
            withRecent.recentCommunications.nextToken
                = QString::fromLatin1(encodeToken({recentCount, 2}, digest));
        }
        wire.withRecent = compact(SupportJson::toJson(withRecent, true));
        m_wire.append(std::move(wire));
    }
}

void SandboxService::addKey(const QString &accessKeyId, const QString &secretAccessKey)
{
    m_keys.insert(accessKeyId, secretAccessKey);
}

void SandboxService::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime SandboxService::now() const
{
    return m_clock().toUTC().addSecs(m_faults.clockOffsetSeconds);
}

void SandboxService::setFaults(const SandboxFaults &faults)
{
    m_faults = faults;
    m_counters = {};
}

SandboxResponse SandboxService::handle(const SandboxRequest &request)
{
    if (isStsRequest(request)) {
        std::optional<SandboxResponse> response = verifySignature(request);
        return response ? *response : assumeRole(request);
    }

    std::optional<SandboxResponse> response = verifySignature(request);
    const bool verified = !response;
    if (verified)
        response = injectFault(request);
    if (!response)
        response = dispatch(request);
    if (verified)
        spoilReply(&*response);
    response->delayMs = m_faults.slowMs;

    // Refusals name the operation too, so that logs and requestServed() can tell them apart.
    if (response->operation.isEmpty())
        response->operation = QString::fromLatin1(operationOf(request));
    return *response;
}

SandboxResponse SandboxService::errorResponse(int httpStatus, const QString &code,
                                              const QString &message) const
{
    SandboxResponse response;
    response.httpStatus = httpStatus;
    response.errorCode = code;
    response.body = compact({{QLatin1String("__type"), code}, {QLatin1String("message"), message}});
    response.headers.append({"x-amzn-ErrorType", code.toLatin1()});
    finish(&response);
    return response;
}

SandboxResponse SandboxService::success(const QString &operation, QByteArray body) const
{
    SandboxResponse response;
    response.operation = operation;
    response.body = std::move(body);
    finish(&response);
    return response;
}

void SandboxService::finish(SandboxResponse *response) const
{
    response->requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    response->headers.append({"x-amzn-RequestId", response->requestId});
    response->headers.append({"Content-Type", QByteArray(jsonContentType)});
    response->headers.append({"Date", httpDate(now())});
}

std::optional<SandboxResponse> SandboxService::verifySignature(const SandboxRequest &request) const
{
    Authorization auth;
    QDateTime signedAt;
    std::optional<Failure> failure = readAuthorization(request, &auth, &signedAt);

    QString secret;
    if (!failure) {
        Failure refusal;
        secret = secretFor(request, auth.accessKeyId, &refusal.code, &refusal.message);
        if (secret.isEmpty())
            failure = refusal;
    }
    if (!failure)
        failure = matchSignature(request, auth, secret, signedAt);

    // Checked after the signature, so that this message means the key is right and only the
    // clock is off.
    const QDateTime serverTime = now();
    if (!failure && std::abs(signedAt.secsTo(serverTime)) > maxClockSkewSeconds) {
        failure = Failure {invalidSignature,
                           QStringLiteral("Signature expired: %1 is more than 5 minutes away "
                                          "from the server's time %2")
                               .arg(QString::fromLatin1(SigV4Signer::amzDate(signedAt)),
                                    QString::fromLatin1(SigV4Signer::amzDate(serverTime)))};
    }

    if (!failure)
        return std::nullopt;
    if (isStsRequest(request))
        return stsErrorResponse(failure->code == invalidSignature ? 403 : 400, failure->code,
                                failure->message);
    return errorResponse(400, failure->code, failure->message);
}

// The secret that signs for \a accessKeyId; empty, with the reason, when there is none.
QString SandboxService::secretFor(const SandboxRequest &request, const QString &accessKeyId,
                                  QString *failureCode, QString *failureMessage) const
{
    const auto key = m_keys.constFind(accessKeyId);
    if (key != m_keys.cend())
        return key.value();

    const auto temporary = m_temporaryKeys.constFind(accessKeyId);
    if (temporary == m_temporaryKeys.cend()) {
        *failureCode = QStringLiteral("UnrecognizedClientException");
        *failureMessage
            = QStringLiteral("The access key id %1 is not known to this endpoint").arg(accessKeyId);
        return {};
    }

    const QByteArray token = request.header("x-amz-security-token");
    if (!sameSignature(token, temporary->sessionToken)) {
        *failureCode = QStringLiteral("UnrecognizedClientException");
        *failureMessage = QStringLiteral("The security token included in the request is invalid");
        return {};
    }
    if (temporary->expiration <= now()) {
        *failureCode = QStringLiteral("ExpiredTokenException");
        *failureMessage = QStringLiteral("The security token included in the request is expired");
        return {};
    }
    return temporary->secretAccessKey;
}

// Faults that answer in the service's place. When several hit one request, the first in this
// list wins.
std::optional<SandboxResponse> SandboxService::injectFault(const SandboxRequest &request)
{
    const qint64 ordinal = ++m_counters.requests;
    const bool attachment = operationOf(request) == "DescribeAttachment";
    const qint64 attachmentOrdinal = attachment ? ++m_counters.attachmentRequests : 0;

    const auto hits = &SandboxFaults::hits;
    const struct
    {
        bool hit;
        int httpStatus;
        const char *code;
        const char *message;
    } faults[] = {
        {m_faults.subscriptionRequired, 400, "SubscriptionRequiredException",
         "This account has no Business or Enterprise Support plan"},
        {hits(m_faults.expiredTokenEvery, ordinal), 400, "ExpiredTokenException",
         "The security token included in the request has expired"},
        {hits(m_faults.throttleEvery, ordinal), 400, "ThrottlingException", "Rate exceeded"},
        {hits(m_faults.error503Every, ordinal), 503, "ServiceUnavailable",
         "The service is unavailable; try again later"},
        {hits(m_faults.error500Every, ordinal), 500, "InternalServerError",
         "The service met an internal error; try again later"},
        {attachment && hits(m_faults.attachmentLimitEvery, attachmentOrdinal), 400,
         "DescribeAttachmentLimitExceeded", "Too many DescribeAttachment requests; slow down"},
    };

    for (const auto &fault : faults) {
        if (!fault.hit)
            continue;
        qCDebug(lcSandbox) << "Injected" << fault.code << "into request" << ordinal;
        return errorResponse(fault.httpStatus, QLatin1String(fault.code),
                             QLatin1String(fault.message));
    }
    return std::nullopt;
}

// Faults that damage a reply already written: its body, or how it reaches the wire.
void SandboxService::spoilReply(SandboxResponse *response)
{
    const qint64 ordinal = m_counters.requests;
    if (response->httpStatus == 200) {
        const qint64 success = ++m_counters.successes;
        if (SandboxFaults::hits(m_faults.malformedEvery, success)) {
            // An object cut short before its closing brace is never valid JSON.
            response->body.truncate(response->body.size() / 2);
        } else if (SandboxFaults::hits(m_faults.wrongShapeEvery, success)) {
            response->body = wrongShapeBody(response->operation);
        }
    }

    if (SandboxFaults::hits(m_faults.stallEvery, ordinal))
        response->delivery = SandboxResponse::Delivery::Stalled;
    else if (SandboxFaults::hits(m_faults.truncateEvery, ordinal))
        response->delivery = SandboxResponse::Delivery::Truncated;
}

// A service with a paging bug: page N hands back the token that asked for it, so a client
// that follows tokens blindly asks for page N for ever.
QByteArray SandboxService::nextTokenOf(const QString &requestToken, int pageNumber,
                                       const QByteArray &nextToken) const
{
    if (m_faults.repeatTokenPage < 2 || pageNumber != m_faults.repeatTokenPage)
        return nextToken;
    return requestToken.toLatin1();
}

SandboxResponse SandboxService::dispatch(const SandboxRequest &request) const
{
    const QByteArray operation = operationOf(request);
    if (request.method != "POST" || operation.isEmpty()) {
        return errorResponse(400, QStringLiteral("UnknownOperationException"),
                             QStringLiteral("This endpoint answers POST requests for "
                                            "DescribeCases, DescribeCommunications and "
                                            "DescribeAttachment only"));
    }

    const QByteArray contentType = request.header("content-type").split(';').first().trimmed();
    if (contentType.compare(jsonContentType, Qt::CaseInsensitive) != 0) {
        return errorResponse(
            400, serializationError,
            QStringLiteral("Content-Type must be %1").arg(QLatin1String(jsonContentType)));
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return errorResponse(400, serializationError,
                             QStringLiteral("The request body is not a JSON object"));
    }

    if (operation == "DescribeCommunications")
        return describeCommunications(document.object());
    if (operation == "DescribeCases")
        return describeCases(document.object());
    return describeAttachment(document.object());
}

SandboxResponse SandboxService::describeCommunications(const QJsonObject &json) const
{
    InputReader input(json);
    const QString caseId = input.requiredString("caseId");
    const std::optional<qint64> after = input.time("afterTime");
    const std::optional<qint64> before = input.time("beforeTime");
    const QString token = input.string("nextToken");
    const int pageSize = input.pageSize();
    if (input.failed())
        return errorResponse(400, input.failure().code, input.failure().message);

    const SandboxCase *supportCase = m_dataset.findCase(caseId);
    if (!supportCase) {
        return errorResponse(400, QStringLiteral("CaseIdNotFound"),
                             QStringLiteral("No case has the id %1").arg(caseId));
    }

    const CaseWire &wire = m_wire.at(supportCase - m_dataset.cases().constData());
    const auto [first, last] = timeRange(wire.times, after, before);
    const std::optional<Page> page
        = pageOf(last - first, token, pageSize, communicationsDigest(caseId, after, before));
    if (!page)
        return errorResponse(400, invalidToken.code, invalidToken.message);

    const QByteArrayList items
        = wire.communications.mid(first + page->begin, page->end - page->begin);
    return success(QStringLiteral("DescribeCommunications"),
                   pageBody(QLatin1String("communications"), items,
                            nextTokenOf(token, page->number, page->nextToken)));
}

SandboxResponse SandboxService::describeCases(const QJsonObject &json) const
{
    InputReader input(json);
    CaseQuery query;
    query.caseIds = input.stringList("caseIdList");
    query.displayId = input.string("displayId");
    query.after = input.time("afterTime");
    query.before = input.time("beforeTime");
    query.includeResolved = input.boolean("includeResolvedCases", false);
    const bool includeCommunications = input.boolean("includeCommunications", true);
    const QString token = input.string("nextToken");
    const int pageSize = input.pageSize();
    if (query.caseIds.size() > maxCaseIds) {
        input.fail(validationError,
                   QStringLiteral("caseIdList holds %1 ids; at most %2 allowed")
                       .arg(query.caseIds.size())
                       .arg(maxCaseIds));
    }
    if (input.failed())
        return errorResponse(400, input.failure().code, input.failure().message);

    query.caseIds.sort();
    query.caseIds.removeDuplicates();
    for (const QString &caseId : std::as_const(query.caseIds)) {
        if (!m_dataset.findCase(caseId)) {
            return errorResponse(400, QStringLiteral("CaseIdNotFound"),
                                 QStringLiteral("No case has the id %1").arg(caseId));
        }
    }

    QList<qsizetype> matches;
    for (qsizetype i = 0; i < m_dataset.cases().size(); ++i) {
        if (query.matches(m_dataset.cases().at(i).details))
            matches.append(i);
    }
    const std::optional<Page> page = pageOf(matches.size(), token, pageSize, query.digest());
    if (!page)
        return errorResponse(400, invalidToken.code, invalidToken.message);

    QByteArrayList items;
    for (qsizetype i = page->begin; i < page->end; ++i) {
        const CaseWire &wire = m_wire.at(matches.at(i));
        items.append(includeCommunications ? wire.withRecent : wire.brief);
    }
    return success(
        QStringLiteral("DescribeCases"),
        pageBody(QLatin1String("cases"), items, nextTokenOf(token, page->number, page->nextToken)));
}

SandboxResponse SandboxService::describeAttachment(const QJsonObject &json) const
{
    InputReader input(json);
    const QString attachmentId = input.requiredString("attachmentId");
    if (input.failed())
        return errorResponse(400, input.failure().code, input.failure().message);

    const SandboxAttachment *attachment = m_dataset.findAttachment(attachmentId);
    if (!attachment) {
        return errorResponse(400, QStringLiteral("AttachmentIdNotFound"),
                             QStringLiteral("No attachment has the id %1").arg(attachmentId));
    }

    const QJsonObject body {
        {QLatin1String("attachment"),
         SupportJson::toJson(Attachment {attachment->fileName, attachment->data})}};
    return success(QStringLiteral("DescribeAttachment"), compact(body));
}

// ---- STS AssumeRole ------------------------------------------------------------------------

namespace {

QHash<QByteArray, QString> formFields(const QByteArray &body)
{
    QHash<QByteArray, QString> fields;
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        const auto decode = [](QByteArray part) {
            return QString::fromUtf8(QByteArray::fromPercentEncoding(part.replace('+', ' ')));
        };
        const QByteArray name = decode(pair.left(equals < 0 ? pair.size() : equals)).toUtf8();
        if (!name.isEmpty() && !fields.contains(name))
            fields.insert(name, equals < 0 ? QString() : decode(pair.mid(equals + 1)));
    }
    return fields;
}

QString randomText(const char *alphabet, int length)
{
    const qsizetype size = qsizetype(qstrlen(alphabet));
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(size))]);
    return text;
}

QString validationMessage(const QString &value, const char *member, const QString &constraint)
{
    return QStringLiteral("1 validation error detected: Value '%1' at '%2' failed to satisfy "
                          "constraint: %3")
        .arg(value, QLatin1String(member), constraint);
}

/// The reason a request's fields make no valid AssumeRole call, or nothing.
std::optional<Failure> checkAssumeRole(const QHash<QByteArray, QString> &fields, bool chained,
                                       int *durationSeconds)
{
    const QString invalidAction = QStringLiteral("InvalidAction");
    const QString validation = QStringLiteral("ValidationError");
    if (fields.value("Action") != QLatin1String("AssumeRole")
        || fields.value("Version") != QLatin1String("2011-06-15")) {
        return Failure {invalidAction,
                        QStringLiteral("This endpoint answers Action=AssumeRole with "
                                       "Version=2011-06-15 only")};
    }

    static const QRegularExpression roleArn(
        QStringLiteral("^arn:aws(-cn|-us-gov)?:iam::\\d{12}:role/[\\w+=,.@/-]+$"));
    static const QRegularExpression sessionName(QStringLiteral("^[\\w+=,.@-]{2,64}$"));
    static const QRegularExpression externalId(QStringLiteral("^[\\w+=,.@:/-]{2,1224}$"));
    if (!roleArn.match(fields.value("RoleArn")).hasMatch())
        return Failure {validation,
                        validationMessage(fields.value("RoleArn"), "roleArn",
                                          QStringLiteral("Member must be a role ARN"))};
    if (!sessionName.match(fields.value("RoleSessionName")).hasMatch())
        return Failure {validation,
                        validationMessage(fields.value("RoleSessionName"), "roleSessionName",
                                          QStringLiteral("Member must match [\\w+=,.@-]{2,64}"))};
    const QString external = fields.value("ExternalId");
    if (fields.contains("ExternalId") && !externalId.match(external).hasMatch()) {
        return Failure {validation,
                        validationMessage(external, "externalId",
                                          QStringLiteral("Member must be 2 to 1224 of "
                                                         "[\\w+=,.@:/-]"))};
    }

    bool numeric = true;
    *durationSeconds = fields.contains("DurationSeconds")
        ? fields.value("DurationSeconds").toInt(&numeric)
        : 3600;
    if (!numeric || *durationSeconds < minRoleSeconds || *durationSeconds > maxRoleSeconds) {
        return Failure {validation,
                        validationMessage(fields.value("DurationSeconds"), "durationSeconds",
                                          QStringLiteral("Member must be between %1 and %2")
                                              .arg(minRoleSeconds)
                                              .arg(maxRoleSeconds))};
    }
    if (chained && *durationSeconds > maxChainedRoleSeconds) {
        return Failure {validation,
                        QStringLiteral("The requested DurationSeconds exceeds the 1 hour session "
                                       "limit for roles assumed by role chaining.")};
    }
    return std::nullopt;
}

} // namespace

SandboxResponse SandboxService::assumeRole(const SandboxRequest &request)
{
    const QHash<QByteArray, QString> fields = formFields(request.body);
    const std::optional<Authorization> auth = parseAuthorization(request.header("authorization"));
    const bool chained = auth && m_temporaryKeys.contains(auth->accessKeyId);
    int duration = 0;
    if (const std::optional<Failure> failure = checkAssumeRole(fields, chained, &duration))
        return stsErrorResponse(400, failure->code, failure->message);

    // Forget expired keys first, then the oldest, so that a loop of calls cannot grow this.
    const QDateTime serverTime = now();
    for (qsizetype i = m_temporaryKeyOrder.size() - 1; i >= 0; --i) {
        if (m_temporaryKeys.value(m_temporaryKeyOrder.at(i)).expiration <= serverTime)
            m_temporaryKeys.remove(m_temporaryKeyOrder.takeAt(i));
    }
    while (m_temporaryKeyOrder.size() >= maxTemporaryKeys)
        m_temporaryKeys.remove(m_temporaryKeyOrder.takeFirst());

    const QString accessKeyId
        = QStringLiteral("ASIA") + randomText("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16);
    TemporaryKey key;
    key.secretAccessKey
        = randomText("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 40);
    QByteArray tokenBytes(96, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(tokenBytes.data()),
                                          tokenBytes.size() / 4);
    key.sessionToken = tokenBytes.toBase64();
    key.expiration = serverTime.addSecs(duration);
    m_temporaryKeys.insert(accessKeyId, key);
    m_temporaryKeyOrder.append(accessKeyId);
    qCDebug(lcSandbox) << "AssumeRole granted for" << duration << "seconds";

    const QString arn = fields.value("RoleArn");
    const QString session = fields.value("RoleSessionName");
    const QString assumedArn = QStringLiteral("arn:%1:sts::%2:assumed-role/%3/%4")
                                   .arg(arn.section(u':', 1, 1), arn.section(u':', 4, 4),
                                        arn.section(u'/', -1), session);

    SandboxResponse response;
    response.operation = QStringLiteral("AssumeRole");
    response.requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QXmlStreamWriter xml(&response.body);
    xml.writeStartElement(QStringLiteral("AssumeRoleResponse"));
    xml.writeDefaultNamespace(QLatin1String(stsNamespace));
    xml.writeStartElement(QStringLiteral("AssumeRoleResult"));
    xml.writeStartElement(QStringLiteral("AssumedRoleUser"));
    xml.writeTextElement(QStringLiteral("AssumedRoleId"),
                         QStringLiteral("AROA%1:%2")
                             .arg(randomText("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 17), session));
    xml.writeTextElement(QStringLiteral("Arn"), assumedArn);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("Credentials"));
    xml.writeTextElement(QStringLiteral("AccessKeyId"), accessKeyId);
    xml.writeTextElement(QStringLiteral("SecretAccessKey"), key.secretAccessKey);
    xml.writeTextElement(QStringLiteral("SessionToken"), QString::fromLatin1(key.sessionToken));
    xml.writeTextElement(QStringLiteral("Expiration"), key.expiration.toString(Qt::ISODate));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("ResponseMetadata"));
    xml.writeTextElement(QStringLiteral("RequestId"), QString::fromLatin1(response.requestId));
    xml.writeEndDocument();

    response.headers.append({"x-amzn-RequestId", response.requestId});
    response.headers.append({"Content-Type", QByteArrayLiteral("text/xml")});
    response.headers.append({"Date", httpDate(serverTime)});
    return response;
}

SandboxResponse SandboxService::stsErrorResponse(int httpStatus, const QString &code,
                                                 const QString &message) const
{
    // STS names some failures differently from the JSON services.
    static const QHash<QString, QString> stsCodes
        = {{invalidSignature, QStringLiteral("SignatureDoesNotMatch")},
           {QStringLiteral("UnrecognizedClientException"), QStringLiteral("InvalidClientTokenId")},
           {QStringLiteral("ExpiredTokenException"), QStringLiteral("ExpiredToken")},
           {incompleteSignature, QStringLiteral("IncompleteSignature")}};
    const QString stsCode = stsCodes.value(code, code);

    SandboxResponse response;
    response.httpStatus = stsCode == QLatin1String("InvalidClientTokenId") ? 403 : httpStatus;
    response.operation = QStringLiteral("AssumeRole");
    response.errorCode = stsCode;
    response.requestId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);

    QXmlStreamWriter xml(&response.body);
    xml.writeStartElement(QStringLiteral("ErrorResponse"));
    xml.writeDefaultNamespace(QLatin1String(stsNamespace));
    xml.writeStartElement(QStringLiteral("Error"));
    xml.writeTextElement(QStringLiteral("Type"), QStringLiteral("Sender"));
    xml.writeTextElement(QStringLiteral("Code"), stsCode);
    xml.writeTextElement(QStringLiteral("Message"), message);
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("RequestId"), QString::fromLatin1(response.requestId));
    xml.writeEndDocument();

    response.headers.append({"x-amzn-RequestId", response.requestId});
    response.headers.append({"Content-Type", QByteArrayLiteral("text/xml")});
    response.headers.append({"Date", httpDate(now())});
    return response;
}
