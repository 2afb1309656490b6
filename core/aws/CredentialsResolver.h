#pragma once

#include "AwsCredentials.h"
#include "SupportEndpoint.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

/// What the user chose explicitly (command line or window); empty fields mean "not chosen".
struct ConnectionOptions
{
    QString profile;
    QString account;  ///< an account stored by Casebook (secret in the OS keychain)
    QString region;
    QUrl endpointUrl;
};

/// What to ask STS AssumeRole for, from a profile's role_arn and its companions.
struct AssumeRoleParameters
{
    QString roleArn;
    QString externalId;
    QString roleSessionName;
    int durationSeconds = 3600;

    bool isValid() const { return !roleArn.isEmpty(); }
};

/// Credentials, region and endpoint, found the way the AWS CLI finds them.
struct ResolvedConnection
{
    AwsCredentials credentials;
    QString region;
    SupportEndpoint endpoint;
    QString profile;          ///< the shared-file profile used, if any
    QString credentialProcess;  ///< credential_process command that supplies the credentials
    AssumeRoleParameters assumeRole;  ///< set when the profile assumes a role; credentials
                                      ///< and credentialProcess then belong to its source
    int maxAttempts = 0;      ///< AWS_MAX_ATTEMPTS or max_attempts; 0 when not set
    QString caBundle;         ///< AWS_CA_BUNDLE or ca_bundle: extra CAs to trust; may be empty
    QStringList diagnostics;  ///< lines of the shared files that were ignored, and why
    QString errorMessage;     ///< empty when credentials were found

    bool isValid() const { return errorMessage.isEmpty() && credentials.isValid(); }
};

/// Resolves a connection from explicit options, `AWS_*` variables and the shared files.
///
/// Order for credentials: an explicit profile, then AWS_ACCESS_KEY_ID and
/// AWS_SECRET_ACCESS_KEY (with AWS_SESSION_TOKEN), then the profile named by AWS_PROFILE or
/// "default" in AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE (~/.aws/credentials, config).
class CredentialsResolver
{
public:
    using Section = QHash<QString, QString>;
    using IniFile = QHash<QString, Section>;

    explicit CredentialsResolver(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    ResolvedConnection resolve(const ConnectionOptions &options) const;

    /// Reads an AWS shared file. In a config file "[profile name]" names profile "name";
    /// lines it cannot use are reported in \a diagnostics with file and line number.
    static IniFile readSharedFile(const QString &path, bool isConfigFile,
                                  QStringList *diagnostics);

private:
    struct Sources;

    Sources readSources(const ConnectionOptions &options, QStringList *diagnostics) const;
    void resolveCredentials(const ConnectionOptions &options, const Sources &sources,
                            ResolvedConnection *result) const;
    static QString missingCredentialsReason(const Sources &sources);
    void resolveEndpoint(const ConnectionOptions &options, const Section &settings,
                         ResolvedConnection *result) const;
    void resolveTransportSettings(const Section &settings, ResolvedConnection *result) const;

    QString sharedFilePath(const QString &variable, const QString &fileName) const;
    QString value(const QString &variable) const;

    QProcessEnvironment m_environment;
};
