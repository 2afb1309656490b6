#pragma once

#include "AwsCredentials.h"
#include "SupportEndpoint.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
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
    SupportEndpoint stsEndpoint;  ///< where AssumeRole goes: STS in the region's partition
    QString profile;          ///< the shared-file profile used, if any
    QString credentialProcess;  ///< credential_process command that supplies the credentials
    AssumeRoleParameters assumeRole;  ///< set when the profile assumes a role; credentials
                                      ///< and credentialProcess then belong to its source
    QList<AssumeRoleParameters> sourceRoles;  ///< roles to assume, in this order, before
                                              ///< assumeRole, when source profiles chain
    int maxAttempts = 0;      ///< AWS_MAX_ATTEMPTS or max_attempts; 0 when not set
    QString caBundle;         ///< AWS_CA_BUNDLE or ca_bundle: extra CAs to trust; may be empty
    QStringList diagnostics;  ///< lines of the shared files that were ignored, and why
    QString errorMessage;     ///< empty when credentials were found

    /// Whether there are credentials, or a command that supplies them, to go on from.
    bool isValid() const
    {
        return errorMessage.isEmpty() && (credentials.isValid() || !credentialProcess.isEmpty());
    }
};

/// Resolves a connection from explicit options, `AWS_*` variables and the shared files.
///
/// Order for credentials: an explicit profile (an explicit stored account is handled before
/// this class is asked), then AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (with
/// AWS_SESSION_TOKEN), then the profile named by AWS_PROFILE or "default" in
/// AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE (~/.aws/credentials, ~/.aws/config).
///
/// Within a profile the AWS CLI's order holds: role_arn (with source_profile, chained and
/// checked for loops), then an access key in the credentials file, then credential_process,
/// then an access key in the config file. Web identity, IAM Identity Center (sso_*) and
/// credential_source profiles are refused with a sentence that says so.
///
/// Endpoints: an explicit URL, then AWS_ENDPOINT_URL_SUPPORT (AWS_ENDPOINT_URL_STS for STS),
/// the profile's services section, AWS_ENDPOINT_URL, the profile's endpoint_url; all but
/// the explicit URL are skipped when AWS_IGNORE_CONFIGURED_ENDPOINT_URLS or
/// ignore_configured_endpoint_urls is true.
class CredentialsResolver
{
    Q_DECLARE_TR_FUNCTIONS(CredentialsResolver)

public:
    using Section = QHash<QString, QString>;
    using IniFile = QHash<QString, Section>;

    explicit CredentialsResolver(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

    ResolvedConnection resolve(const ConnectionOptions &options) const;

    /// A sentence for when \a resolved assumes a role at the real STS endpoint while Support
    /// requests go to a loopback or private address: an explicit --endpoint-url leaves STS be,
    /// as the AWS CLI's does, which surprises. Empty otherwise.
    static QString stsEndpointNotice(const ResolvedConnection &resolved);

    /// Reads an AWS shared file into its profiles. In a config file "[profile name]" names
    /// profile "name"; sections the AWS CLI passes over are reported in \a diagnostics with
    /// file and line number. A file the CLI cannot parse gives no profiles and a sentence in
    /// \a errorMessage.
    static IniFile readSharedFile(const QString &path, bool isConfigFile,
                                  QStringList *diagnostics, QString *errorMessage = nullptr);

private:
    struct Sources;

    Sources readSources(const ConnectionOptions &options, QStringList *diagnostics) const;
    void resolveCredentials(const ConnectionOptions &options, const Sources &sources,
                            ResolvedConnection *result) const;
    static void resolveProfile(const Sources &sources, ResolvedConnection *result);
    static QString missingCredentialsReason(const Sources &sources);
    void resolveEndpoint(const ConnectionOptions &options, const Sources &sources,
                         ResolvedConnection *result) const;
    QUrl configuredEndpoint(const QString &service, const Sources &sources) const;
    void resolveTransportSettings(const Section &settings, ResolvedConnection *result) const;

    QString sharedFilePath(const QString &variable, const QString &fileName) const;
    QString value(const QString &variable) const;

    QProcessEnvironment m_environment;
};
