#include "HttpRequestParser.h"

#include <QByteArrayList>

#include <algorithm>

namespace {

HttpRefusal malformed(const QString &message)
{
    return {400, QStringLiteral("MalformedHttpRequest"), message};
}

// RFC 9110's tchar: what a method or a header name may consist of.
bool isToken(const QByteArray &text)
{
    static const QByteArray extra = "!#$%&'*+-.^_`|~";
    if (text.isEmpty())
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
            || extra.contains(c);
    });
}

bool isVisible(const QByteArray &text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](char c) { return uchar(c) > 0x20 && uchar(c) != 0x7f; });
}

bool hasToken(const QByteArray &list, const QByteArray &token)
{
    for (const QByteArray &item : list.split(',')) {
        if (item.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

std::optional<HttpRefusal> parseRequestLine(const QByteArray &line, HttpRequestHead *head)
{
    const QByteArrayList parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts.at(0)) || !parts.at(1).startsWith('/')
        || !isVisible(parts.at(1)))
        return malformed(QStringLiteral("The request line is not \"METHOD /path HTTP/1.1\""));

    const QByteArray &version = parts.at(2);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        if (!version.startsWith("HTTP/"))
            return malformed(QStringLiteral("The request line names no HTTP version"));
        return HttpRefusal {505, QStringLiteral("HttpVersionNotSupported"),
                            QStringLiteral("This endpoint speaks HTTP/1.1 only")};
    }

    const QByteArray &target = parts.at(1);
    const qsizetype question = target.indexOf('?');
    head->request.method = parts.at(0);
    head->request.path = question < 0 ? target : target.left(question);
    head->request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    head->http10 = version == "HTTP/1.0";
    return std::nullopt;
}

std::optional<HttpRefusal> parseHeaderLine(const QByteArray &line, HttpRequestHead *head)
{
    // Folded continuation lines are obsolete and a classic way to smuggle headers.
    const qsizetype colon = line.indexOf(':');
    if (line.startsWith(' ') || line.startsWith('\t') || colon <= 0 || !isToken(line.left(colon)))
        return malformed(QStringLiteral("A header line is not \"Name: value\""));

    head->request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    return std::nullopt;
}

// Zero when absent; several Content-Length headers must agree.
std::optional<qint64> contentLength(const SandboxRequest &request)
{
    const auto isDigit = [](char c) {
        return c >= '0' && c <= '9';
    };
    QByteArray length;
    for (const auto &[name, value] : request.headers) {
        if (name.compare("content-length", Qt::CaseInsensitive) != 0)
            continue;
        if (value.isEmpty() || value.size() > 15
            || !std::all_of(value.cbegin(), value.cend(), isDigit)
            || (!length.isNull() && value != length))
            return std::nullopt;
        length = value;
    }
    return length.toLongLong();
}

std::optional<HttpRefusal> readFraming(HttpRequestHead *head)
{
    const SandboxRequest &request = head->request;
    if (!request.header("transfer-encoding").isNull()) {
        if (!request.header("content-length").isNull())
            return malformed(QStringLiteral("Both Transfer-Encoding and Content-Length given"));
        return HttpRefusal {411, QStringLiteral("LengthRequired"),
                            QStringLiteral("Send the body with a Content-Length, not chunked")};
    }

    std::optional<qint64> length = contentLength(request);
    if (!length)
        return malformed(QStringLiteral("Content-Length is not one decimal number"));
    head->contentLength = *length;

    const QByteArray connection = request.header("connection");
    head->keepAlive
        = head->http10 ? hasToken(connection, "keep-alive") : !hasToken(connection, "close");
    head->expectsContinue = hasToken(request.header("expect"), "100-continue");
    return std::nullopt;
}

} // namespace

namespace HttpRequestParser {

qsizetype headEnd(const QByteArray &buffer, qsizetype *separatorLength)
{
    const qsizetype crlf = buffer.indexOf("\r\n\r\n");
    const qsizetype lf = buffer.indexOf("\n\n");
    if (lf >= 0 && (crlf < 0 || lf < crlf)) {
        *separatorLength = 2;
        return lf;
    }
    *separatorLength = 4;
    return crlf;
}

std::optional<HttpRefusal> parseHead(const QByteArray &text, HttpRequestHead *head)
{
    QByteArrayList lines = text.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }

    if (std::optional<HttpRefusal> refusal = parseRequestLine(lines.constFirst(), head))
        return refusal;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (std::optional<HttpRefusal> refusal = parseHeaderLine(lines.at(i), head))
            return refusal;
    }
    return readFraming(head);
}

} // namespace HttpRequestParser
