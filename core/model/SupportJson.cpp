#include "SupportJson.h"

#include <QJsonValue>
#include <QRegularExpression>

namespace SupportJson {

namespace {

// Reads an optional string member; a member of another type is an error, a missing one is not.
bool readString(const QJsonObject &json, QLatin1String key, QString *out, QString *error)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return true;

    if (!value.isString()) {
        *error = QStringLiteral("'%1' is not a string").arg(key);
        return false;
    }
    *out = value.toString();
    return true;
}

bool readRequiredString(const QJsonObject &json, QLatin1String key, QString *out,
                        QString *error)
{
    if (!json.contains(key)) {
        *error = QStringLiteral("'%1' is missing").arg(key);
        return false;
    }
    return readString(json, key, out, error);
}

bool readArray(const QJsonObject &json, QLatin1String key, QJsonArray *out, QString *error)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return true;

    if (!value.isArray()) {
        *error = QStringLiteral("'%1' is not a list").arg(key);
        return false;
    }
    *out = value.toArray();
    return true;
}

bool readObject(const QJsonValue &value, const QString &what, QJsonObject *out, QString *error)
{
    if (!value.isObject()) {
        *error = QStringLiteral("%1 is not an object").arg(what);
        return false;
    }
    *out = value.toObject();
    return true;
}

bool readAttachmentInfo(const QJsonObject &json, AttachmentInfo *out, QString *error)
{
    return readRequiredString(json, QLatin1String("attachmentId"), &out->attachmentId, error)
        && readString(json, QLatin1String("fileName"), &out->fileName, error);
}

void setIfNotEmpty(QJsonObject &json, QLatin1String key, const QString &value)
{
    if (!value.isEmpty())
        json.insert(key, value);
}

} // namespace

bool readCommunication(const QJsonObject &json, Communication *out, QString *error)
{
    Communication communication;
    QJsonArray attachmentSet;
    const bool ok = readString(json, QLatin1String("caseId"), &communication.caseId, error)
        && readString(json, QLatin1String("body"), &communication.body, error)
        && readString(json, QLatin1String("submittedBy"), &communication.submittedBy, error)
        && readString(json, QLatin1String("timeCreated"), &communication.timeCreatedText, error)
        && readArray(json, QLatin1String("attachmentSet"), &attachmentSet, error);
    if (!ok)
        return false;

    for (const QJsonValue &value : std::as_const(attachmentSet)) {
        QJsonObject object;
        AttachmentInfo info;
        if (!readObject(value, QStringLiteral("an attachment"), &object, error)
            || !readAttachmentInfo(object, &info, error))
            return false;
        communication.attachments.append(info);
    }

    communication.timeCreated = parseTime(communication.timeCreatedText);
    *out = std::move(communication);
    return true;
}

bool readCommunicationPage(const QJsonObject &json, CommunicationPage *out, QString *error)
{
    CommunicationPage page;
    QJsonArray communications;
    if (!readArray(json, QLatin1String("communications"), &communications, error)
        || !readString(json, QLatin1String("nextToken"), &page.nextToken, error))
        return false;

    page.communications.reserve(communications.size());
    for (const QJsonValue &value : std::as_const(communications)) {
        QJsonObject object;
        Communication communication;
        if (!readObject(value, QStringLiteral("a communication"), &object, error)
            || !readCommunication(object, &communication, error))
            return false;
        page.communications.append(std::move(communication));
    }

    *out = std::move(page);
    return true;
}

bool readCase(const QJsonObject &json, SupportCase *out, QString *error)
{
    SupportCase supportCase;
    QJsonArray ccAddresses;
    const bool ok = readRequiredString(json, QLatin1String("caseId"), &supportCase.caseId, error)
        && readString(json, QLatin1String("displayId"), &supportCase.displayId, error)
        && readString(json, QLatin1String("subject"), &supportCase.subject, error)
        && readString(json, QLatin1String("status"), &supportCase.status, error)
        && readString(json, QLatin1String("serviceCode"), &supportCase.serviceCode, error)
        && readString(json, QLatin1String("categoryCode"), &supportCase.categoryCode, error)
        && readString(json, QLatin1String("severityCode"), &supportCase.severityCode, error)
        && readString(json, QLatin1String("submittedBy"), &supportCase.submittedBy, error)
        && readString(json, QLatin1String("timeCreated"), &supportCase.timeCreatedText, error)
        && readString(json, QLatin1String("language"), &supportCase.language, error)
        && readArray(json, QLatin1String("ccEmailAddresses"), &ccAddresses, error);
    if (!ok)
        return false;

    for (const QJsonValue &value : std::as_const(ccAddresses)) {
        if (!value.isString()) {
            *error = QStringLiteral("'ccEmailAddresses' holds something other than a string");
            return false;
        }
        supportCase.ccEmailAddresses.append(value.toString());
    }

    const QJsonValue recent = json.value(QLatin1String("recentCommunications"));
    if (!recent.isUndefined() && !recent.isNull()) {
        QJsonObject object;
        if (!readObject(recent, QStringLiteral("'recentCommunications'"), &object, error)
            || !readCommunicationPage(object, &supportCase.recentCommunications, error))
            return false;
    }

    supportCase.timeCreated = parseTime(supportCase.timeCreatedText);
    *out = std::move(supportCase);
    return true;
}

bool readCasePage(const QJsonObject &json, CasePage *out, QString *error)
{
    CasePage page;
    QJsonArray cases;
    if (!readArray(json, QLatin1String("cases"), &cases, error)
        || !readString(json, QLatin1String("nextToken"), &page.nextToken, error))
        return false;

    for (const QJsonValue &value : std::as_const(cases)) {
        QJsonObject object;
        SupportCase supportCase;
        if (!readObject(value, QStringLiteral("a case"), &object, error)
            || !readCase(object, &supportCase, error))
            return false;
        page.cases.append(std::move(supportCase));
    }

    *out = std::move(page);
    return true;
}

bool readAttachment(const QJsonObject &json, Attachment *out, QString *error)
{
    QString fileName;
    QString data;
    if (!readString(json, QLatin1String("fileName"), &fileName, error)
        || !readRequiredString(json, QLatin1String("data"), &data, error))
        return false;

    const auto decoded = QByteArray::fromBase64Encoding(data.toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *error = QStringLiteral("'data' is not valid base64");
        return false;
    }

    out->fileName = fileName;
    out->data = *decoded;
    return true;
}

QJsonObject toJson(const Communication &communication)
{
    QJsonArray attachmentSet;
    for (const AttachmentInfo &info : communication.attachments) {
        attachmentSet.append(QJsonObject{{QLatin1String("attachmentId"), info.attachmentId},
                                         {QLatin1String("fileName"), info.fileName}});
    }

    const QString time = communication.timeCreatedText.isEmpty()
        ? formatTime(communication.timeCreated)
        : communication.timeCreatedText;
    return QJsonObject{{QLatin1String("caseId"), communication.caseId},
                       {QLatin1String("body"), communication.body},
                       {QLatin1String("submittedBy"), communication.submittedBy},
                       {QLatin1String("timeCreated"), time},
                       {QLatin1String("attachmentSet"), attachmentSet}};
}

QJsonArray toJson(const QList<Communication> &communications)
{
    QJsonArray array;
    for (const Communication &communication : communications)
        array.append(toJson(communication));
    return array;
}

QJsonObject toJson(const SupportCase &supportCase, bool withCommunications)
{
    QJsonObject json{{QLatin1String("caseId"), supportCase.caseId}};
    setIfNotEmpty(json, QLatin1String("displayId"), supportCase.displayId);
    setIfNotEmpty(json, QLatin1String("subject"), supportCase.subject);
    setIfNotEmpty(json, QLatin1String("status"), supportCase.status);
    setIfNotEmpty(json, QLatin1String("serviceCode"), supportCase.serviceCode);
    setIfNotEmpty(json, QLatin1String("categoryCode"), supportCase.categoryCode);
    setIfNotEmpty(json, QLatin1String("severityCode"), supportCase.severityCode);
    setIfNotEmpty(json, QLatin1String("submittedBy"), supportCase.submittedBy);
    setIfNotEmpty(json, QLatin1String("timeCreated"),
                  supportCase.timeCreatedText.isEmpty() ? formatTime(supportCase.timeCreated)
                                                        : supportCase.timeCreatedText);
    json.insert(QLatin1String("ccEmailAddresses"),
                QJsonArray::fromStringList(supportCase.ccEmailAddresses));
    setIfNotEmpty(json, QLatin1String("language"), supportCase.language);

    if (withCommunications) {
        const CommunicationPage &recent = supportCase.recentCommunications;
        QJsonObject page{{QLatin1String("communications"), toJson(recent.communications)}};
        setIfNotEmpty(page, QLatin1String("nextToken"), recent.nextToken);
        json.insert(QLatin1String("recentCommunications"), page);
    }
    return json;
}

QJsonObject toJson(const Attachment &attachment)
{
    return QJsonObject{{QLatin1String("fileName"), attachment.fileName},
                       {QLatin1String("data"), QString::fromLatin1(attachment.data.toBase64())}};
}

QDateTime parseTime(const QString &text)
{
    // The service model gives no format; accept what ISO 8601 writers commonly produce:
    // optional fractions of a second, 'Z' or a +hh:mm / +hhmm offset, or no zone at all (UTC).
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)"
        R"(\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?\s*$)"));

    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};

    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    const int milliseconds = match.captured(7).left(3).leftJustified(3, u'0').toInt();
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.captured(6).toInt(), milliseconds);
    if (!date.isValid() || !time.isValid())
        return {};

    int offsetSeconds = 0;
    const QString zone = match.captured(8);
    if (zone.size() > 1) {
        const QString digits = zone.mid(1).remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.size() > 2 ? digits.mid(2, 2).toInt() : 0;
        offsetSeconds = (hours * 3600 + minutes * 60) * (zone.startsWith(u'-') ? -1 : 1);
    }

    // An offset can carry year 1 or 9999 over the edge; such a time could not be written back.
    const QDateTime utc = QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
    if (utc.date().year() < 1 || utc.date().year() > 9999)
        return {};
    return utc;
}

QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};

    // Built by hand rather than with toString() so that no locale can change the digits.
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    return QString::asprintf("%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(), d.month(), d.day(),
                             t.hour(), t.minute(), t.second(), t.msec());
}

} // namespace SupportJson
