#pragma once

#include "SandboxService.h"

#include <QByteArray>
#include <QString>

#include <optional>

/// The request line and headers of a request to the sandbox whose body may still be on its way.
struct HttpRequestHead
{
    SandboxRequest request; ///< everything but the body
    qint64 contentLength = 0;
    bool http10 = false;
    bool keepAlive = true;
    bool expectsContinue = false;
};

/// Why a request cannot be read as HTTP/1.1; answered, then the connection is closed.
struct HttpRefusal
{
    int httpStatus = 400;
    QString code;
    QString message;
};

/// Reads HTTP/1.1 request heads strictly, with no sockets involved, so that the sandbox's
/// framing rules can be tested on their own: tokens as RFC 9110 defines them, no folded
/// header lines, one agreed Content-Length, no chunked bodies.
namespace HttpRequestParser {

/// Where the head in \a buffer ends: the index of its blank line (-1 while incomplete), with
/// the length of that line ("\r\n\r\n" or "\n\n") in \a separatorLength.
qsizetype headEnd(const QByteArray &buffer, qsizetype *separatorLength);

/// Reads \a text, a head without its closing blank line, into \a head; says why not if it
/// cannot be served.
std::optional<HttpRefusal> parseHead(const QByteArray &text, HttpRequestHead *head);

} // namespace HttpRequestParser
