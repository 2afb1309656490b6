// Feeds arbitrary bytes through the decoding a Support API reply gets in the client: the
// first byte picks the operation whose reply the rest pretends to be.

#include "SupportError.h"
#include "SupportJson.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// What was read must read back the same after Casebook writes it out again (exports do).
void checkRoundTrip(const CommunicationPage &page)
{
    CommunicationPage again;
    QString error;
    QJsonObject json {{QLatin1String("communications"), SupportJson::toJson(page.communications)}};
    if (!SupportJson::readCommunicationPage(json, &again, &error)
        || again.communications.size() != page.communications.size())
        std::abort();
}

void decodeCommunications(const QJsonObject &json)
{
    CommunicationPage page;
    QString error;
    if (SupportJson::readCommunicationPage(json, &page, &error))
        checkRoundTrip(page);
}

void decodeCases(const QJsonObject &json)
{
    CasePage page;
    QString error;
    if (!SupportJson::readCasePage(json, &page, &error))
        return;

    for (const SupportCase &supportCase : std::as_const(page.cases)) {
        SupportCase again;
        if (!SupportJson::readCase(SupportJson::toJson(supportCase, true), &again, &error))
            std::abort();
        SupportJson::formatTime(supportCase.timeCreated);
    }
}

void decodeAttachment(const QJsonObject &json)
{
    const QJsonValue value = json.value(QLatin1String("attachment"));
    Attachment attachment;
    QString error;
    if (value.isObject())
        SupportJson::readAttachment(value.toObject(), &attachment, &error);
}

void decodeError(quint8 selector, const QByteArray &body)
{
    // The selector also varies the status and whether the error type header is present.
    static const int statuses[] = {400, 403, 404, 429, 500, 503, 418, 302};
    const int status = statuses[(selector >> 2) % 8];
    const QByteArray header = selector & 0x20 ? body.left(body.indexOf('\n')) : QByteArray();
    const SupportError error = SupportError::fromHttpReply(status, body, header, "req-1");
    error.userMessage();
    error.details();
    error.withRequestId(QStringLiteral("req-2"));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;

    const quint8 selector = data[0];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    if (selector % 4 == 3) {
        decodeError(selector, body);
        return 0;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject())
        return 0;

    const QJsonObject json = document.object();
    if (selector % 4 == 0)
        decodeCommunications(json);
    else if (selector % 4 == 1)
        decodeCases(json);
    else
        decodeAttachment(json);
    return 0;
}
