#pragma once

#include "Attachment.h"
#include "Communication.h"
#include "SupportCase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

/// Converts the Support API's JSON shapes to and from Casebook's value types.
///
/// The readers are strict about types (a string where a string belongs) and lenient about
/// what may be missing; they report the first problem in \a error and return false.
namespace SupportJson {

bool readCommunication(const QJsonObject &json, Communication *out, QString *error);
bool readCommunicationPage(const QJsonObject &json, CommunicationPage *out, QString *error);
bool readCase(const QJsonObject &json, SupportCase *out, QString *error);
bool readCasePage(const QJsonObject &json, CasePage *out, QString *error);
bool readAttachment(const QJsonObject &json, Attachment *out, QString *error);

QJsonObject toJson(const Communication &communication);
QJsonObject toJson(const SupportCase &supportCase, bool withCommunications = false);
QJsonObject toJson(const Attachment &attachment);
QJsonArray toJson(const QList<Communication> &communications);

/// Parses ISO 8601 leniently: with or without milliseconds, with 'Z' or an offset.
QDateTime parseTime(const QString &text);

/// "2020-05-12T23:12:35.000Z": UTC with milliseconds, as Casebook sends times.
QString formatTime(const QDateTime &time);

} // namespace SupportJson
