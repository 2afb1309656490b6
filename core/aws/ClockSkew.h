#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

/// Recognising a request refused because this computer's clock is off, and by how much.
namespace ClockSkew {

/// Whether an error reply says the request's time was too far from the server's.
bool isSkewError(const QString &code, const QString &message);

/// Seconds to add to \a localNow to get the server's time, from an HTTP `Date` header
/// ("Sun, 06 Nov 1994 08:49:37 GMT"); nothing when the header cannot be read.
std::optional<qint64> offsetFromDateHeader(const QByteArray &dateHeader,
                                           const QDateTime &localNow);

/// "3 min", "2 h 5 min", "1 d 2 h": how far a clock is off, for people.
QString describeOffset(qint64 seconds);

} // namespace ClockSkew
