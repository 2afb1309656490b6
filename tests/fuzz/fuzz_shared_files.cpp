// Reads arbitrary bytes as ~/.aws/config and ~/.aws/credentials, and resolves a connection
// from them as Casebook does at start-up.

#include "CredentialsResolver.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

struct Workspace
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("config"));
};

Workspace &workspace()
{
    static Workspace instance;
    if (!instance.dir.isValid())
        std::abort();
    return instance;
}

void resolveWith(const QString &configPath, const QString &profile)
{
    // Nothing from the machine running the fuzzer may leak in: a fixed, small environment.
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("AWS_CONFIG_FILE"), configPath);
    environment.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), configPath);
    environment.insert(QStringLiteral("HOME"), workspace().dir.path());

    const CredentialsResolver resolver(environment);
    ConnectionOptions options;
    options.profile = profile;
    const ResolvedConnection connection = resolver.resolve(options);
    connection.endpoint.hostHeader();
    connection.isValid();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString &path = workspace().path;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.close();

    QStringList diagnostics;
    CredentialsResolver::readSharedFile(path, false, &diagnostics);
    const CredentialsResolver::IniFile config
        = CredentialsResolver::readSharedFile(path, true, &diagnostics);

    resolveWith(path, QString());
    if (!config.isEmpty())
        resolveWith(path, config.cbegin().key());
    return 0;
}
