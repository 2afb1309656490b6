#include "CredentialsResolver.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CredentialsResolver", text);
}

QString profileNameOfSection(const QString &header, bool isConfigFile)
{
    // Config files write "[profile name]" for every profile but "default"; credentials files
    // write plain "[name]". The CLI ignores a config section "[name]" other than default.
    const QString name = header.simplified();
    if (!isConfigFile)
        return name;
    if (name == QLatin1String("default"))
        return name;
    if (name.startsWith(QLatin1String("profile ")))
        return name.mid(8).trimmed();
    return {};
}

} // namespace

CredentialsResolver::CredentialsResolver(const QProcessEnvironment &environment)
    : m_environment(environment)
{
}

QString CredentialsResolver::value(const QString &variable) const
{
    return m_environment.value(variable).trimmed();
}

QString CredentialsResolver::sharedFilePath(const QString &variable,
                                            const QString &fileName) const
{
    QString path = value(variable);
    if (path.isEmpty())
        path = QDir::home().filePath(QStringLiteral(".aws/") + fileName);
    if (path.startsWith(QLatin1String("~/")))
        path = QDir::home().filePath(path.mid(2));
    return path;
}

CredentialsResolver::IniFile CredentialsResolver::readSharedFile(const QString &path,
                                                                 bool isConfigFile,
                                                                 QStringList *diagnostics)
{
    IniFile sections;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return sections;

    QTextStream stream(&file);
    QString currentProfile;
    bool inUsableSection = false;
    int lineNumber = 0;

    while (!stream.atEnd()) {
        const QString line = stream.readLine();
        ++lineNumber;
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#') || trimmed.startsWith(u';'))
            continue;

        if (trimmed.startsWith(u'[')) {
            const qsizetype close = trimmed.indexOf(u']');
            currentProfile = close > 0
                ? profileNameOfSection(trimmed.mid(1, close - 1), isConfigFile)
                : QString();
            inUsableSection = !currentProfile.isEmpty();
            if (!inUsableSection) {
                diagnostics->append(tr("%1:%2: section ignored: %3")
                                        .arg(path).arg(lineNumber).arg(trimmed));
            }
            continue;
        }

        const qsizetype equals = trimmed.indexOf(u'=');
        if (equals <= 0) {
            diagnostics->append(tr("%1:%2: line ignored: not a 'key = value' setting")
                                    .arg(path).arg(lineNumber));
            continue;
        }
        // Continuation lines (nested settings such as s3 = ...) begin with whitespace.
        if (!inUsableSection || line.front().isSpace())
            continue;

        const QString key = trimmed.left(equals).trimmed().toLower();
        const QString settingValue = trimmed.mid(equals + 1).trimmed();
        sections[currentProfile].insert(key, settingValue);
    }
    return sections;
}

/// What resolve() works from: the shared files and the profile they are read for.
struct CredentialsResolver::Sources
{
    QString credentialsPath;
    QString configPath;
    IniFile credentialsFile;
    IniFile configFile;
    QString profile;
    bool profileChosen = false;  ///< named explicitly or by AWS_PROFILE, not the default
    Section settings;            ///< the profile's keys; the credentials file wins
};

CredentialsResolver::Sources CredentialsResolver::readSources(const ConnectionOptions &options,
                                                              QStringList *diagnostics) const
{
    Sources sources;
    sources.credentialsPath = sharedFilePath(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                                             QStringLiteral("credentials"));
    sources.configPath = sharedFilePath(QStringLiteral("AWS_CONFIG_FILE"),
                                        QStringLiteral("config"));
    sources.credentialsFile = readSharedFile(sources.credentialsPath, false, diagnostics);
    sources.configFile = readSharedFile(sources.configPath, true, diagnostics);

    sources.profile = options.profile;
    if (sources.profile.isEmpty())
        sources.profile = value(QStringLiteral("AWS_PROFILE"));
    if (sources.profile.isEmpty())
        sources.profile = value(QStringLiteral("AWS_DEFAULT_PROFILE"));
    sources.profileChosen = !sources.profile.isEmpty();
    if (!sources.profileChosen)
        sources.profile = QStringLiteral("default");

    sources.settings = sources.configFile.value(sources.profile);
    const Section secrets = sources.credentialsFile.value(sources.profile);
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        sources.settings.insert(it.key(), it.value());
    return sources;
}

ResolvedConnection CredentialsResolver::resolve(const ConnectionOptions &options) const
{
    ResolvedConnection result;
    const Sources sources = readSources(options, &result.diagnostics);

    resolveCredentials(options, sources, &result);
    if (!result.credentials.isValid() && result.errorMessage.isEmpty())
        result.errorMessage = missingCredentialsReason(sources);

    resolveEndpoint(options, sources.settings, &result);
    resolveTransportSettings(sources.settings, &result);

    qCDebug(lcAuth) << "credentials from" << result.credentials.source << "region"
                    << result.region << "endpoint" << result.endpoint.url.host();
    return result;
}

void CredentialsResolver::resolveCredentials(const ConnectionOptions &options,
                                             const Sources &sources,
                                             ResolvedConnection *result) const
{
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

    const Section &settings = sources.settings;
    if (!settings.contains(QStringLiteral("aws_access_key_id")))
        return;
    result->profile = sources.profile;
    credentials.accessKeyId = settings.value(QStringLiteral("aws_access_key_id"));
    credentials.secretAccessKey = settings.value(QStringLiteral("aws_secret_access_key"));
    credentials.sessionToken = settings.value(QStringLiteral("aws_session_token"));
    credentials.source = tr("profile %1").arg(sources.profile);
}

QString CredentialsResolver::missingCredentialsReason(const Sources &sources)
{
    static const QStringList unsupported = {
        QStringLiteral("credential_process"), QStringLiteral("role_arn"),
        QStringLiteral("sso_session"), QStringLiteral("sso_start_url"),
        QStringLiteral("web_identity_token_file")};

    const QString &profile = sources.profile;
    for (const QString &key : unsupported) {
        if (sources.settings.contains(key)) {
            return tr("The profile '%1' gets its credentials through %2, which this version of "
                      "Casebook cannot use yet. Use a profile with an access key, or "
                      "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.")
                .arg(profile, key);
        }
    }

    const bool profileExists =
        sources.configFile.contains(profile) || sources.credentialsFile.contains(profile);
    if (sources.profileChosen && !profileExists) {
        return tr("The profile '%1' was not found in %2 or %3.")
            .arg(profile, sources.credentialsPath, sources.configPath);
    }
    if (sources.profileChosen || !sources.settings.isEmpty())
        return tr("The profile '%1' has no access key and secret.").arg(profile);
    return tr("No AWS credentials were found. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
              "or add a profile to %1.")
        .arg(sources.credentialsPath);
}

void CredentialsResolver::resolveEndpoint(const ConnectionOptions &options,
                                          const Section &settings,
                                          ResolvedConnection *result) const
{
    result->region = options.region;
    for (const QString &candidate : {value(QStringLiteral("AWS_REGION")),
                                     value(QStringLiteral("AWS_DEFAULT_REGION")),
                                     settings.value(QStringLiteral("region")),
                                     QStringLiteral("us-east-1")}) {
        if (result->region.isEmpty())
            result->region = candidate;
    }

    QUrl endpointUrl = options.endpointUrl;
    for (const QString &candidate : {value(QStringLiteral("AWS_ENDPOINT_URL_SUPPORT")),
                                     value(QStringLiteral("AWS_ENDPOINT_URL")),
                                     settings.value(QStringLiteral("endpoint_url"))}) {
        if (endpointUrl.isEmpty() && !candidate.isEmpty())
            endpointUrl = QUrl(candidate, QUrl::StrictMode);
    }
    result->endpoint = SupportEndpoint::forRegion(result->region, endpointUrl);
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
