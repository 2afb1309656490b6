#pragma once

#include <QString>
#include <QUrl>

/// Where Support API requests go and which region they are signed for.
///
/// The Support API has one endpoint per partition: whatever region a profile names, commercial
/// accounts talk to us-east-1, GovCloud to us-gov-west-1 and China to cn-north-1.
struct SupportEndpoint
{
    QUrl url;
    QString signingRegion;
    QString partition;  ///< "aws", "aws-us-gov" or "aws-cn"
    bool overridden = false;

    /// The endpoint for \a region; a valid \a overrideUrl replaces the URL but keeps the
    /// partition's signing region unless \a region is itself set.
    static SupportEndpoint forRegion(const QString &region, const QUrl &overrideUrl = {});

    /// STS's regional endpoint for \a region, signed for \a region itself; a valid
    /// \a overrideUrl replaces the URL.
    static SupportEndpoint forSts(const QString &region, const QUrl &overrideUrl = {});

    /// "aws", "aws-us-gov" or "aws-cn" for a region name.
    static QString partitionOf(const QString &region);

    /// The value of the Host header: host, and the port when it is not the scheme's default.
    QByteArray hostHeader() const;
};
