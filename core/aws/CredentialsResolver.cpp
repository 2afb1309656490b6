#include "CredentialsResolver.h"

#include "Logging.h"
#include "SharedFileParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>

namespace {

using Section = CredentialsResolver::Section;

const QString accessKeyIdKey = QStringLiteral("aws_access_key_id");
const QString secretKeyKey = QStringLiteral("aws_secret_access_key");
const QString sessionTokenKey = QStringLiteral("aws_session_token");
const QString roleArnKey = QStringLiteral("role_arn");
const QString sourceProfileKey = QStringLiteral("source_profile");
const QString credentialProcessKey = QStringLiteral("credential_process");
const QString webIdentityKey = QStringLiteral("web_identity_token_file");

/// A shared file as the resolver uses it: its profiles and where each setting was written.
struct SharedFile
{
    QString path;
    CredentialsResolver::IniFile profiles;
    CredentialsResolver::IniFile services; ///< [services name] sections of a config file
    QHash<QString, QHash<QString, int>> lines; ///< profile, key: line number
    QString error;
};

bool isTrue(const QString &value)
{
    return value.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

/// The second word of a section header such as "profile dev" or "services corp", split the
/// way the AWS CLI splits it; empty unless the header is exactly two words.
QString secondWord(const QString &header)
{
    QStringList words;
    if (!SharedFileParser::splitWords(header, &words) || words.size() != 2)
        return {};
    return words.at(1);
}

void addSection(SharedFile *file, const SharedFileParser::Section &section, const QString &name,
                QStringList *diagnostics)
{
    if (file->profiles.contains(name)) {
        diagnostics->append(
            CredentialsResolver::tr("%1:%2: profile '%3' is defined again here; this section "
                                    "replaces the earlier one, as in the AWS CLI")
                .arg(file->path)
                .arg(section.line)
                .arg(name));
    }
    file->profiles.insert(name, section.values);
    file->lines.insert(name, section.lines);
}

// Config files write "[profile name]" for every profile but "default"; credentials files
// write plain "[name]". The CLI passes over other config sections without a word.
void addConfigSection(SharedFile *file, const SharedFileParser::Section &section,
                      QStringList *diagnostics)
{
    const QString &header = section.name;
    if (header == QLatin1String("default")) {
        addSection(file, section, header, diagnostics);
        return;
    }
    if (header.startsWith(QLatin1String("services"))) {
        const QString name = secondWord(header);
        if (!name.isEmpty())
            file->services.insert(name, section.values);
        return;
    }
    if (header.startsWith(QLatin1String("sso-session")))
        return;

    const QString name
        = header.startsWith(QLatin1String("profile")) ? secondWord(header) : QString();
    if (name.isEmpty()) {
        diagnostics->append(
            CredentialsResolver::tr("%1:%2: section [%3] ignored: in the config file a profile is "
                                    "written [profile name] (or [default])")
                .arg(file->path)
                .arg(section.line)
                .arg(header));
        return;
    }
    addSection(file, section, name, diagnostics);
}

SharedFile loadSharedFile(const QString &path, bool isConfigFile, QStringList *diagnostics)
{
    SharedFile file;
    file.path = path;
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return file;

    const SharedFileParser::Result parsed = SharedFileParser::parse(input.readAll());
    if (!parsed.ok()) {
        file.error = CredentialsResolver::tr(
                         "%1, line %2, cannot be read: %3. The AWS CLI refuses this file too.")
                         .arg(path)
                         .arg(parsed.errorLine)
                         .arg(parsed.error);
        return file;
    }

    for (const SharedFileParser::Section &section : parsed.sections) {
        if (isConfigFile)
            addConfigSection(&file, section, diagnostics);
        else
            addSection(&file, section, section.name, diagnostics);
    }
    return file;
}

/// What resolve() works from: the shared files and the profile they are read for.
struct ProfileSources
{
    SharedFile credentialsFile;
    SharedFile configFile;
    QString profile;
    bool profileChosen = false; ///< named explicitly or by AWS_PROFILE, not the default
    Section settings; ///< the profile's keys; the credentials file wins

    QString error() const
    {
        return configFile.error.isEmpty() ? credentialsFile.error : configFile.error;
    }

    bool contains(const QString &name) const
    {
        return configFile.profiles.contains(name) || credentialsFile.profiles.contains(name);
    }

    // Both files describe a profile; where they disagree, the credentials file wins.
    Section merged(const QString &name) const
    {
        Section settings = configFile.profiles.value(name);
        const Section secrets = credentialsFile.profiles.value(name);
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
            settings.insert(it.key(), it.value());
        return settings;
    }

    /// "file:line" of a profile's setting, for diagnostics.
    QString where(const QString &name, const QString &key) const
    {
        for (const SharedFile *file : {&credentialsFile, &configFile}) {
            const int line = file->lines.value(name).value(key);
            if (line > 0)
                return file->path + u':' + QString::number(line);
        }
        return CredentialsResolver::tr("profile %1").arg(name);
    }
};

using Sources = ProfileSources;

bool hasStaticKeys(const Section &profile)
{
    return profile.contains(accessKeyIdKey) || profile.contains(secretKeyKey);
}

bool assumesRole(const Section &profile)
{
    return profile.contains(roleArnKey) && !profile.contains(webIdentityKey);
}

QString unsupportedKind(const QString &name, const Section &profile)
{
    if (profile.contains(webIdentityKey)) {
        return CredentialsResolver::tr(
                   "The profile '%1' gets its credentials from a web identity token "
                   "(web_identity_token_file), which Casebook cannot use. Use a profile with "
                   "an access key, credential_process or role_arn with source_profile.")
            .arg(name);
    }

    static const QStringList ssoKeys
        = {QStringLiteral("sso_session"), QStringLiteral("sso_start_url"),
           QStringLiteral("sso_account_id"), QStringLiteral("sso_role_name")};
    for (const QString &key : ssoKeys) {
        if (profile.contains(key)) {
            return CredentialsResolver::tr(
                       "The profile '%1' signs in through IAM Identity Center (%2), which "
                       "Casebook cannot do yet. Run 'aws configure export-credentials "
                       "--profile %1 --format process' as the profile's credential_process, "
                       "or use a profile with an access key.")
                .arg(name, key);
        }
    }
    return {};
}

/// What STS AssumeRole is asked for on behalf of \a name; an empty roleArn and a sentence in
/// \a problem when the profile cannot be used.
AssumeRoleParameters roleOf(const Sources &sources, const QString &name, QString *problem,
                            QStringList *diagnostics)
{
    const Section profile = sources.merged(name);
    const bool hasSource = profile.contains(sourceProfileKey);
    const bool hasCredentialSource = profile.contains(QStringLiteral("credential_source"));
    if (hasSource && hasCredentialSource) {
        *problem = CredentialsResolver::tr(
                       "The profile '%1' names both source_profile and credential_source; "
                       "keep one.")
                       .arg(name);
    } else if (hasCredentialSource) {
        *problem = CredentialsResolver::tr(
                       "The profile '%1' takes its source credentials from credential_source, "
                       "which only works on AWS compute; Casebook needs source_profile.")
                       .arg(name);
    } else if (!hasSource) {
        *problem = CredentialsResolver::tr(
                       "The profile '%1' has role_arn but no source_profile to assume the role "
                       "with.")
                       .arg(name);
    } else if (profile.contains(QStringLiteral("mfa_serial"))) {
        *problem = CredentialsResolver::tr(
                       "The role of profile '%1' needs an MFA code (mfa_serial), which Casebook "
                       "cannot ask for yet.")
                       .arg(name);
    }
    if (!problem->isEmpty())
        return {};

    AssumeRoleParameters role;
    role.roleArn = profile.value(roleArnKey);
    role.externalId = profile.value(QStringLiteral("external_id"));
    role.roleSessionName = profile.value(QStringLiteral("role_session_name"));

    // Like the CLI, a duration that is not a number is left out of the request.
    const QString duration = profile.value(QStringLiteral("duration_seconds"));
    bool durationOk = false;
    const int seconds = duration.toInt(&durationOk);
    if (durationOk && seconds > 0) {
        role.durationSeconds = seconds;
    } else if (!duration.isEmpty()) {
        diagnostics->append(
            CredentialsResolver::tr("%1: duration_seconds ignored: not a number of seconds: %2")
                .arg(sources.where(name, QStringLiteral("duration_seconds")), duration));
    }
    return role;
}

QString sourceProfileProblem(const Sources &sources, const QString &parent, const QString &next,
                             const QStringList &visited)
{
    if (!sources.contains(next)) {
        return CredentialsResolver::tr(
                   "The source_profile '%1' named in profile '%2' does not exist.")
            .arg(next, parent);
    }
    if (!visited.contains(next))
        return {};

    // A profile may name itself to take its own access key as the source.
    if (next == parent && hasStaticKeys(sources.merged(next)))
        return {};
    return CredentialsResolver::tr("The profiles %1 name each other as source_profile in a loop.")
        .arg((visited + QStringList {next}).join(QLatin1String(" -> ")));
}

/// Takes a key pair from \a file's section for \a name; a sentence when half of it is there.
QString readKeyPair(const SharedFile &file, const QString &name, AwsCredentials *credentials)
{
    const Section section = file.profiles.value(name);
    credentials->accessKeyId = section.value(accessKeyIdKey);
    credentials->secretAccessKey = section.value(secretKeyKey);
    credentials->sessionToken = section.value(sessionTokenKey);
    if (credentials->sessionToken.isEmpty())
        credentials->sessionToken = section.value(QStringLiteral("aws_security_token"));
    credentials->source = CredentialsResolver::tr("profile %1").arg(name);
    if (credentials->secretAccessKey.isEmpty()) {
        *credentials = {};
        return CredentialsResolver::tr(
                   "The profile '%1' in %2 has aws_access_key_id but no aws_secret_access_key.")
            .arg(name, file.path);
    }
    return {};
}

/// Fills in the credentials of a profile that assumes no role (or is a role's source).
void resolveLeaf(const Sources &sources, const QString &name, bool isSource,
                 ResolvedConnection *result)
{
    const Section profile = sources.merged(name);
    result->errorMessage = unsupportedKind(name, profile);
    if (!result->errorMessage.isEmpty())
        return;

    if (sources.credentialsFile.profiles.value(name).contains(accessKeyIdKey)) {
        result->errorMessage = readKeyPair(sources.credentialsFile, name, &result->credentials);
        return;
    }
    if (profile.contains(credentialProcessKey)) {
        result->credentialProcess = profile.value(credentialProcessKey);
        result->credentials.source
            = CredentialsResolver::tr("profile %1 (credential_process)").arg(name);
        return;
    }
    if (sources.configFile.profiles.value(name).contains(accessKeyIdKey)) {
        result->errorMessage = readKeyPair(sources.configFile, name, &result->credentials);
        return;
    }
    if (isSource) {
        result->errorMessage
            = CredentialsResolver::tr("The source profile '%1' has no credentials: no access "
                                      "key, credential_process or role_arn.")
                  .arg(name);
    }
}

} // namespace

struct CredentialsResolver::Sources : ProfileSources
{
};

CredentialsResolver::CredentialsResolver(const QProcessEnvironment &environment)
    : m_environment(environment)
{ }

QString CredentialsResolver::value(const QString &variable) const
{
    return m_environment.value(variable).trimmed();
}

// Expands "~/" and $VARIABLE or ${VARIABLE}, as the CLI does for these two paths.
QString CredentialsResolver::sharedFilePath(const QString &variable, const QString &fileName) const
{
    QString path = value(variable);
    if (path.isEmpty())
        path = QDir::home().filePath(QStringLiteral(".aws/") + fileName);

    static const QRegularExpression reference(QStringLiteral("\\$(\\w+|\\{[^}]*\\})"));
    QRegularExpressionMatch match;
    qsizetype from = 0;
    while ((match = reference.match(path, from)).hasMatch()) {
        QString name = match.captured(1);
        if (name.startsWith(u'{'))
            name = name.mid(1, name.size() - 2);
        from = match.capturedEnd();
        if (!m_environment.contains(name))
            continue;
        const QString replacement = m_environment.value(name);
        path.replace(match.capturedStart(), match.capturedLength(), replacement);
        from = match.capturedStart() + replacement.size();
    }

    if (path == QLatin1String("~") || path.startsWith(QLatin1String("~/")))
        path = QDir::home().filePath(path.mid(2));
    return path;
}

CredentialsResolver::IniFile CredentialsResolver::readSharedFile(const QString &path,
                                                                 bool isConfigFile,
                                                                 QStringList *diagnostics,
                                                                 QString *errorMessage)
{
    const SharedFile file = loadSharedFile(path, isConfigFile, diagnostics);
    if (errorMessage)
        *errorMessage = file.error;
    return file.profiles;
}

CredentialsResolver::Sources CredentialsResolver::readSources(const ConnectionOptions &options,
                                                              QStringList *diagnostics) const
{
    Sources sources;
    sources.credentialsFile
        = loadSharedFile(sharedFilePath(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                                        QStringLiteral("credentials")),
                         false, diagnostics);
    sources.configFile = loadSharedFile(
        sharedFilePath(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("config")), true,
        diagnostics);

    sources.profile = options.profile;
    if (sources.profile.isEmpty())
        sources.profile = value(QStringLiteral("AWS_PROFILE"));
    if (sources.profile.isEmpty())
        sources.profile = value(QStringLiteral("AWS_DEFAULT_PROFILE"));
    sources.profileChosen = !sources.profile.isEmpty();
    if (!sources.profileChosen)
        sources.profile = QStringLiteral("default");

    sources.settings = sources.merged(sources.profile);
    return sources;
}

ResolvedConnection CredentialsResolver::resolve(const ConnectionOptions &options) const
{
    ResolvedConnection result;
    const Sources sources = readSources(options, &result.diagnostics);

    resolveCredentials(options, sources, &result);
    if (!result.isValid() && result.errorMessage.isEmpty())
        result.errorMessage = missingCredentialsReason(sources);

    resolveEndpoint(options, sources, &result);
    resolveTransportSettings(sources.settings, &result);

    qCDebug(lcAuth) << "credentials from" << result.credentials.source << "region" << result.region
                    << "endpoint" << result.endpoint.url.host() << "assumes a role"
                    << result.assumeRole.isValid();
    return result;
}

void CredentialsResolver::resolveCredentials(const ConnectionOptions &options,
                                             const Sources &sources,
                                             ResolvedConnection *result) const
{
    // The CLI cannot start with a file it cannot parse, whatever else is set.
    result->errorMessage = sources.error();
    if (!result->errorMessage.isEmpty())
        return;

    const bool environmentKey = !value(QStringLiteral("AWS_ACCESS_KEY_ID")).isEmpty();
    const bool environmentSecret = !value(QStringLiteral("AWS_SECRET_ACCESS_KEY")).isEmpty();
    const bool explicitProfile = !options.profile.isEmpty();

    // Half a key pair is a mistake, and falling back on a profile could mean another account.
    if (!explicitProfile && environmentKey != environmentSecret) {
        result->errorMessage = environmentKey
            ? tr("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.")
            : tr("AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not.");
        return;
    }

    AwsCredentials &credentials = result->credentials;
    if (!explicitProfile && environmentKey) {
        credentials.accessKeyId = value(QStringLiteral("AWS_ACCESS_KEY_ID"));
        credentials.secretAccessKey = value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
        credentials.sessionToken = value(QStringLiteral("AWS_SESSION_TOKEN"));
        credentials.source = tr("environment variables");
        return;
    }

    if (sources.contains(sources.profile))
        resolveProfile(sources, result);
}

// Follows role_arn and source_profile until a profile that has credentials of its own.
void CredentialsResolver::resolveProfile(const Sources &sources, ResolvedConnection *result)
{
    QList<AssumeRoleParameters> roles;
    QStringList visited;
    QString name = sources.profile;

    for (;;) {
        const Section profile = sources.merged(name);
        // A source profile's own access key wins over its role_arn.
        if (!assumesRole(profile) || (!roles.isEmpty() && hasStaticKeys(profile)))
            break;

        QString problem;
        roles.append(roleOf(sources, name, &problem, &result->diagnostics));
        visited.append(name);
        const QString next = profile.value(sourceProfileKey);
        if (problem.isEmpty())
            problem = sourceProfileProblem(sources, name, next, visited);
        if (!problem.isEmpty()) {
            result->errorMessage = problem;
            return;
        }
        name = next;
    }

    resolveLeaf(sources, name, !roles.isEmpty(), result);
    if (!result->errorMessage.isEmpty())
        return;
    if (result->isValid())
        result->profile = sources.profile;
    if (roles.isEmpty())
        return;

    result->assumeRole = roles.first();
    for (qsizetype i = roles.size() - 1; i >= 1; --i)
        result->sourceRoles.append(roles.at(i));
}

namespace {

/// Whether \a url names this machine or a private network, as a local test endpoint does.
bool isLocal(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;

    const QHostAddress address(host);
    if (address.isNull())
        return false;
    for (const char *subnet : {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"}) {
        if (address.isInSubnet(QHostAddress::parseSubnet(QLatin1String(subnet))))
            return true;
    }
    return address.isLoopback() || address.isLinkLocal();
}

} // namespace

QString CredentialsResolver::stsEndpointNotice(const ResolvedConnection &resolved)
{
    const bool usesSts = resolved.assumeRole.isValid() || !resolved.sourceRoles.isEmpty();
    if (!usesSts || resolved.stsEndpoint.overridden || !isLocal(resolved.endpoint.url))
        return {};
    return tr("The role is assumed at %1, not at the local endpoint %2; set "
              "AWS_ENDPOINT_URL_STS (or endpoint_url in the profile) to change that.")
        .arg(resolved.stsEndpoint.url.toDisplayString(), resolved.endpoint.url.toDisplayString());
}

QString CredentialsResolver::missingCredentialsReason(const Sources &sources)
{
    const QString &profile = sources.profile;
    if (sources.profileChosen && !sources.contains(profile)) {
        return tr("The profile '%1' was not found in %2 or %3.")
            .arg(profile, sources.credentialsFile.path, sources.configFile.path);
    }
    if (sources.profileChosen || !sources.settings.isEmpty())
        return tr("The profile '%1' has no access key and secret.").arg(profile);
    return tr("No AWS credentials were found. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
              "or add a profile to %1.")
        .arg(sources.credentialsFile.path);
}

void CredentialsResolver::resolveEndpoint(const ConnectionOptions &options, const Sources &sources,
                                          ResolvedConnection *result) const
{
    result->region = options.region;
    for (const QString &candidate :
         {value(QStringLiteral("AWS_REGION")), value(QStringLiteral("AWS_DEFAULT_REGION")),
          sources.settings.value(QStringLiteral("region")), QStringLiteral("us-east-1")}) {
        if (result->region.isEmpty())
            result->region = candidate;
    }

    // The explicit URL is Casebook's own --endpoint-url, which like the CLI's leaves STS be.
    QUrl supportUrl = options.endpointUrl;
    if (supportUrl.isEmpty())
        supportUrl = configuredEndpoint(QStringLiteral("support"), sources);
    result->endpoint = SupportEndpoint::forRegion(result->region, supportUrl);
    result->stsEndpoint = SupportEndpoint::forSts(
        result->region, configuredEndpoint(QStringLiteral("sts"), sources));
}

QUrl CredentialsResolver::configuredEndpoint(const QString &service, const Sources &sources) const
{
    const Section &settings = sources.settings;
    QString ignore = value(QStringLiteral("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"));
    if (ignore.isEmpty())
        ignore = settings.value(QStringLiteral("ignore_configured_endpoint_urls"));
    if (isTrue(ignore))
        return {};

    QHash<QString, QString> serviceSettings;
    const QString servicesName = settings.value(QStringLiteral("services"));
    SharedFileParser::parseNested(sources.configFile.services.value(servicesName).value(service),
                                  &serviceSettings);

    for (const QString &candidate : {value(QStringLiteral("AWS_ENDPOINT_URL_") + service.toUpper()),
                                     serviceSettings.value(QStringLiteral("endpoint_url")),
                                     value(QStringLiteral("AWS_ENDPOINT_URL")),
                                     settings.value(QStringLiteral("endpoint_url"))}) {
        if (!candidate.isEmpty())
            return QUrl(candidate, QUrl::StrictMode);
    }
    return {};
}

void CredentialsResolver::resolveTransportSettings(const Section &settings,
                                                   ResolvedConnection *result) const
{
    result->caBundle = value(QStringLiteral("AWS_CA_BUNDLE"));
    if (result->caBundle.isEmpty())
        result->caBundle = settings.value(QStringLiteral("ca_bundle"));

    QString attempts = value(QStringLiteral("AWS_MAX_ATTEMPTS"));
    if (attempts.isEmpty())
        attempts = settings.value(QStringLiteral("max_attempts"));
    bool attemptsOk = false;
    const int maxAttempts = attempts.toInt(&attemptsOk);
    if (attemptsOk && maxAttempts > 0) {
        result->maxAttempts = maxAttempts;
    } else if (!attempts.isEmpty()) {
        result->diagnostics.append(
            tr("max_attempts ignored: not a positive number: %1").arg(attempts));
    }
}
