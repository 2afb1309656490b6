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

ResolvedConnection CredentialsResolver::resolve(const ConnectionOptions &options) const
{
    ResolvedConnection result;

    const QString credentialsPath =
        sharedFilePath(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                       QStringLiteral("credentials"));
    const QString configPath =
        sharedFilePath(QStringLiteral("AWS_CONFIG_FILE"), QStringLiteral("config"));
    const IniFile credentialsFile = readSharedFile(credentialsPath, false, &result.diagnostics);
    const IniFile configFile = readSharedFile(configPath, true, &result.diagnostics);

    QString profile = options.profile;
    if (profile.isEmpty())
        profile = value(QStringLiteral("AWS_PROFILE"));
    if (profile.isEmpty())
        profile = value(QStringLiteral("AWS_DEFAULT_PROFILE"));
    const bool profileChosen = !profile.isEmpty();
    if (!profileChosen)
        profile = QStringLiteral("default");

    // Settings of the profile: the credentials file wins over the config file for keys.
    Section settings = configFile.value(profile);
    const Section secrets = credentialsFile.value(profile);
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        settings.insert(it.key(), it.value());

    const bool environmentKey = !value(QStringLiteral("AWS_ACCESS_KEY_ID")).isEmpty();
    const bool environmentSecret = !value(QStringLiteral("AWS_SECRET_ACCESS_KEY")).isEmpty();
    const bool useEnvironment = options.profile.isEmpty() && environmentKey && environmentSecret;

    // Half a key pair is a mistake, and falling back on a profile could mean another account.
    if (options.profile.isEmpty() && environmentKey != environmentSecret) {
        result.errorMessage = environmentKey
            ? tr("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not.")
            : tr("AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not.");
    } else if (useEnvironment) {
        result.credentials.accessKeyId = value(QStringLiteral("AWS_ACCESS_KEY_ID"));
        result.credentials.secretAccessKey = value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
        result.credentials.sessionToken = value(QStringLiteral("AWS_SESSION_TOKEN"));
        result.credentials.source = tr("environment variables");
    } else if (settings.contains(QStringLiteral("aws_access_key_id"))) {
        result.profile = profile;
        result.credentials.accessKeyId = settings.value(QStringLiteral("aws_access_key_id"));
        result.credentials.secretAccessKey =
            settings.value(QStringLiteral("aws_secret_access_key"));
        result.credentials.sessionToken = settings.value(QStringLiteral("aws_session_token"));
        result.credentials.source = tr("profile %1").arg(profile);
    }

    if (!result.credentials.isValid() && result.errorMessage.isEmpty()) {
        const QStringList unsupported = {QStringLiteral("credential_process"),
                                          QStringLiteral("role_arn"),
                                          QStringLiteral("sso_session"),
                                          QStringLiteral("sso_start_url"),
                                          QStringLiteral("web_identity_token_file")};
        QString kind;
        for (const QString &key : unsupported) {
            if (kind.isEmpty() && settings.contains(key))
                kind = key;
        }
        if (!kind.isEmpty())
            result.errorMessage = tr("The profile '%1' gets its credentials through %2, which "
                                     "this version of Casebook cannot use yet. Use a profile "
                                     "with an access key, or AWS_ACCESS_KEY_ID and "
                                     "AWS_SECRET_ACCESS_KEY.")
                                      .arg(profile, kind);
        else if (profileChosen && !configFile.contains(profile)
                 && !credentialsFile.contains(profile))
            result.errorMessage = tr("The profile '%1' was not found in %2 or %3.")
                                      .arg(profile, credentialsPath, configPath);
        else if (profileChosen || !settings.isEmpty())
            result.errorMessage = tr("The profile '%1' has no access key and secret.").arg(profile);
        else
            result.errorMessage = tr("No AWS credentials were found. Set AWS_ACCESS_KEY_ID and "
                                     "AWS_SECRET_ACCESS_KEY, or add a profile to %1.")
                                      .arg(credentialsPath);
    }

    result.region = options.region;
    for (const QString &candidate : {value(QStringLiteral("AWS_REGION")),
                                     value(QStringLiteral("AWS_DEFAULT_REGION")),
                                     settings.value(QStringLiteral("region")),
                                     QStringLiteral("us-east-1")}) {
        if (result.region.isEmpty())
            result.region = candidate;
    }

    QUrl endpointUrl = options.endpointUrl;
    for (const QString &candidate : {value(QStringLiteral("AWS_ENDPOINT_URL_SUPPORT")),
                                     value(QStringLiteral("AWS_ENDPOINT_URL")),
                                     settings.value(QStringLiteral("endpoint_url"))}) {
        if (endpointUrl.isEmpty() && !candidate.isEmpty())
            endpointUrl = QUrl(candidate, QUrl::StrictMode);
    }
    result.endpoint = SupportEndpoint::forRegion(result.region, endpointUrl);

    result.caBundle = value(QStringLiteral("AWS_CA_BUNDLE"));
    if (result.caBundle.isEmpty())
        result.caBundle = settings.value(QStringLiteral("ca_bundle"));

    QString attempts = value(QStringLiteral("AWS_MAX_ATTEMPTS"));
    if (attempts.isEmpty())
        attempts = settings.value(QStringLiteral("max_attempts"));
    bool attemptsOk = false;
    const int maxAttempts = attempts.toInt(&attemptsOk);
    if (attemptsOk && maxAttempts > 0)
        result.maxAttempts = maxAttempts;
    else if (!attempts.isEmpty())
        result.diagnostics.append(tr("max_attempts ignored: not a positive number: %1")
                                      .arg(attempts));

    qCDebug(lcAuth) << "credentials from" << result.credentials.source << "region"
                    << result.region << "endpoint" << result.endpoint.url.host();
    return result;
}
