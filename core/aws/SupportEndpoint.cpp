#include "SupportEndpoint.h"

QString SupportEndpoint::partitionOf(const QString &region)
{
    if (region.startsWith(QLatin1String("us-gov-")))
        return QStringLiteral("aws-us-gov");
    if (region.startsWith(QLatin1String("cn-")))
        return QStringLiteral("aws-cn");
    return QStringLiteral("aws");
}

SupportEndpoint SupportEndpoint::forRegion(const QString &region, const QUrl &overrideUrl)
{
    SupportEndpoint endpoint;
    endpoint.partition = partitionOf(region);

    if (endpoint.partition == QLatin1String("aws-us-gov")) {
        endpoint.url = QUrl(QStringLiteral("https://support.us-gov-west-1.amazonaws.com"));
        endpoint.signingRegion = QStringLiteral("us-gov-west-1");
    } else if (endpoint.partition == QLatin1String("aws-cn")) {
        endpoint.url = QUrl(QStringLiteral("https://support.cn-north-1.amazonaws.com.cn"));
        endpoint.signingRegion = QStringLiteral("cn-north-1");
    } else {
        endpoint.url = QUrl(QStringLiteral("https://support.us-east-1.amazonaws.com"));
        endpoint.signingRegion = QStringLiteral("us-east-1");
    }

    // A custom endpoint (a proxy, a VPC endpoint, the sandbox) serves the same partition, so
    // requests are still signed for the partition's Support region.
    if (overrideUrl.isValid() && !overrideUrl.isEmpty()) {
        endpoint.url = overrideUrl;
        endpoint.overridden = true;
    }
    return endpoint;
}

SupportEndpoint SupportEndpoint::forSts(const QString &region, const QUrl &overrideUrl)
{
    SupportEndpoint endpoint;
    endpoint.partition = partitionOf(region);
    endpoint.signingRegion = region;

    const QString domain = endpoint.partition == QLatin1String("aws-cn")
        ? QStringLiteral("amazonaws.com.cn")
        : QStringLiteral("amazonaws.com");
    endpoint.url = QUrl(QStringLiteral("https://sts.%1.%2").arg(region, domain));

    if (overrideUrl.isValid() && !overrideUrl.isEmpty()) {
        endpoint.url = overrideUrl;
        endpoint.overridden = true;
    }
    return endpoint;
}

QByteArray SupportEndpoint::hostHeader() const
{
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';

    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    const int port = url.port(defaultPort);
    if (port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}
