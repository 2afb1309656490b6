#pragma once

#include <QDateTime>
#include <QString>

/// An access key pair, optionally with the session token of temporary credentials.
struct AwsCredentials
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken;

    /// Where the credentials came from, for display ("environment", "profile default", ...).
    QString source;

    /// When temporary credentials stop working; invalid for credentials that do not expire.
    QDateTime expiration = {};

    bool isValid() const { return !accessKeyId.isEmpty() && !secretAccessKey.isEmpty(); }
};
