#include "ClockSkew.h"

#include <QCoreApplication>
#include <QLocale>

namespace ClockSkew {

bool isSkewError(const QString &code, const QString &message)
{
    if (code == QLatin1String("RequestTimeTooSkewed") || code == QLatin1String("RequestExpired"))
        return true;
    if (code != QLatin1String("InvalidSignatureException")
        && code != QLatin1String("SignatureDoesNotMatch"))
        return false;
    return message.contains(QLatin1String("Signature expired"), Qt::CaseInsensitive)
        || message.contains(QLatin1String("Signature not yet current"), Qt::CaseInsensitive);
}

std::optional<qint64> offsetFromDateHeader(const QByteArray &dateHeader,
                                           const QDateTime &localNow)
{
    // RFC 7231's preferred format; always English names, so parse in the C locale.
    QString text = QString::fromLatin1(dateHeader).trimmed();
    if (text.endsWith(QLatin1String(" GMT")) || text.endsWith(QLatin1String(" UTC")))
        text.chop(4);

    QDateTime serverTime =
        QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!serverTime.isValid())
        return std::nullopt;

    serverTime.setTimeSpec(Qt::UTC);
    return localNow.secsTo(serverTime);
}

QString describeOffset(qint64 seconds)
{
    const qint64 total = qAbs(seconds);
    const qint64 days = total / 86400;
    const qint64 hours = (total % 86400) / 3600;
    const qint64 minutes = (total % 3600) / 60;

    // Unit symbols rather than words: they read the same for one and for many.
    auto tr = [](const char *text, qint64 n) {
        return QCoreApplication::translate("ClockSkew", text).arg(n);
    };
    QStringList parts;
    if (days > 0)
        parts << tr("%1 d", days);
    if (hours > 0)
        parts << tr("%1 h", hours);
    if (minutes > 0 && days == 0)
        parts << tr("%1 min", minutes);
    if (parts.isEmpty())
        parts << tr("%1 s", total);
    return parts.join(u' ');
}

} // namespace ClockSkew
