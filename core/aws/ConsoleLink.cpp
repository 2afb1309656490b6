#include "ConsoleLink.h"

#include <algorithm>

namespace {

/// The Support Center lives in one region per partition, as the API's endpoint does.
QString homeRegion(const QString &partition)
{
    if (partition == QLatin1String("aws-us-gov"))
        return QStringLiteral("us-gov-west-1");
    if (partition == QLatin1String("aws-cn"))
        return QStringLiteral("cn-north-1");
    return {};
}

} // namespace

QString ConsoleLink::consoleHost(const QString &partition)
{
    if (partition == QLatin1String("aws-us-gov"))
        return QStringLiteral("console.amazonaws-us-gov.com");
    if (partition == QLatin1String("aws-cn"))
        return QStringLiteral("console.amazonaws.cn");
    return QStringLiteral("support.console.aws.amazon.com");
}

QUrl ConsoleLink::forCase(const QString &partition, const QString &displayId)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(consoleHost(partition));
    url.setPath(QStringLiteral("/support/home"));
    const QString region = homeRegion(partition);
    if (!region.isEmpty())
        url.setQuery(QStringLiteral("region=") + region);

    // The console routes inside the fragment; only digits go into it, so nothing needs
    // escaping and nothing from the service can change the route.
    const bool number = !displayId.isEmpty()
        && std::all_of(displayId.cbegin(), displayId.cend(), [](QChar c) { return c.isDigit(); });
    url.setFragment(number ? QStringLiteral("/case/?displayId=") + displayId : QStringLiteral("/"));
    return url;
}
