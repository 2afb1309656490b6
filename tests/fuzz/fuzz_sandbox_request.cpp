// Feeds arbitrary bytes to the sandbox as a connection's incoming stream: HTTP framing first,
// then each request that frames cleanly goes to SandboxService::handle twice, once as sent
// and once signed afresh with the example key so that the operations behind the signature
// check see fuzzed bodies too.

#include "HttpRequestParser.h"
#include "SandboxServer.h"
#include "SandboxService.h"
#include "SigV4Signer.h"

#include <QDateTime>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// The seed requests were signed at 2026-12-04 16:29:07 UTC: close enough to verify as sent.
const QDateTime serverTime(QDate(2026, 12, 4), QTime(16, 30), Qt::UTC);

// Bounds the work one input can ask for, as the socket's read size does in the server.
constexpr int maxRequestsPerInput = 8;

SandboxService &service()
{
    static SandboxService *instance = [] {
        auto *created = new SandboxService;
        SandboxDataset dataset;
        QString error;
        if (!dataset.loadDemo(&error))
            std::abort();
        created->setDataset(std::move(dataset));
        created->setClock([] { return serverTime; });
        return created;
    }();
    return *instance;
}

bool isSigningHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "x-amz-date" || lower == "x-amz-security-token";
}

// The request as a correct client would sign it: host, content type and target are kept.
SandboxRequest signedAfresh(const SandboxRequest &request)
{
    SandboxRequest resigned = request;
    resigned.headers.clear();
    SigV4Request toSign {request.method, request.path, request.query, {}, request.body};
    for (const auto &header : request.headers) {
        if (isSigningHeader(header.first))
            continue;
        resigned.headers.append(header);
        const QByteArray lower = header.first.toLower();
        if (lower == "host" || lower == "content-type" || lower == "x-amz-target")
            toSign.headers.append(header);
    }
    if (request.header("host").isNull()) {
        toSign.headers.append({QByteArray("Host"), QByteArray("127.0.0.1")});
        resigned.headers.append({QByteArray("Host"), QByteArray("127.0.0.1")});
    }

    const AwsCredentials credentials {
        SandboxServer::exampleAccessKeyId(), SandboxServer::exampleSecretAccessKey(), {}, {}};
    // STS calls are form posts without a target, and are signed for sts.
    const QByteArray contentType = request.header("content-type").split(';').first().trimmed();
    const bool sts = request.header("x-amz-target").isEmpty()
        && contentType.compare("application/x-www-form-urlencoded", Qt::CaseInsensitive) == 0;
    const SigV4Signer signer(QStringLiteral("us-east-1"),
                             sts ? QStringLiteral("sts") : QStringLiteral("support"));
    const SigV4Signature signature = signer.sign(toSign, credentials, serverTime);
    resigned.headers.append(signature.headersToAdd);
    return resigned;
}

// Casebook's signer and the sandbox's verifier must agree on every request that frames.
bool refusedSignature(const SandboxResponse &response)
{
    return response.errorCode == QLatin1String("IncompleteSignatureException")
        || response.errorCode == QLatin1String("InvalidSignatureException")
        || response.errorCode == QLatin1String("IncompleteSignature")
        || response.errorCode == QLatin1String("SignatureDoesNotMatch")
        || response.errorCode == QLatin1String("MissingAuthenticationToken");
}

void serve(const SandboxRequest &request)
{
    service().handle(request);
    if (refusedSignature(service().handle(signedAfresh(request))))
        std::abort();
}

// The server's loop over one connection's buffer, without the socket.
void serveBuffer(QByteArray buffer)
{
    for (int served = 0; served < maxRequestsPerInput; ++served) {
        while (buffer.startsWith('\n') || buffer.startsWith("\r\n"))
            buffer.remove(0, buffer.startsWith('\n') ? 1 : 2);

        qsizetype separatorLength = 0;
        const qsizetype end = HttpRequestParser::headEnd(buffer, &separatorLength);
        if (end < 0 || end > SandboxServer::maxHeaderBytes)
            return;

        HttpRequestHead head;
        if (HttpRequestParser::parseHead(buffer.left(end), &head))
            return;
        buffer.remove(0, end + separatorLength);
        if (head.contentLength > SandboxServer::maxBodyBytes || head.contentLength > buffer.size())
            return;

        head.request.body = buffer.left(head.contentLength);
        buffer.remove(0, head.contentLength);
        serve(head.request);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    serveBuffer(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
