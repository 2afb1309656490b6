#include "CredentialsChain.h"

#include "AssumeRoleCredentialsProvider.h"
#include "CredentialsResolver.h"
#include "ProcessCredentialsProvider.h"

#include <QCoreApplication>

namespace CredentialsChain {

bool needsProviders(const ResolvedConnection &resolved)
{
    return resolved.errorMessage.isEmpty()
        && (!resolved.credentialProcess.isEmpty() || resolved.assumeRole.isValid());
}

CredentialsProvider *create(const ResolvedConnection &resolved, QObject *parent)
{
    if (!needsProviders(resolved))
        return nullptr;

    CredentialsProvider *provider = nullptr;
    if (!resolved.credentialProcess.isEmpty()) {
        auto process = new ProcessCredentialsProvider(resolved.credentialProcess, parent);
        process->setSourceName(
            QCoreApplication::translate("CredentialsChain", "profile %1 (credential_process)")
                .arg(resolved.profile));
        provider = process;
    } else {
        provider = new StaticCredentialsProvider(resolved.credentials, parent);
    }

    QList<AssumeRoleParameters> roles = resolved.sourceRoles;
    if (resolved.assumeRole.isValid())
        roles.append(resolved.assumeRole);
    for (const AssumeRoleParameters &role : roles) {
        auto assumed =
            new AssumeRoleCredentialsProvider(provider, role, resolved.stsEndpoint, parent);
        assumed->setProfileName(resolved.profile);
        provider->setParent(assumed);
        provider = assumed;
    }
    return provider;
}

QList<StsClient *> stsClients(CredentialsProvider *provider)
{
    QList<StsClient *> clients;
    while (auto assumed = qobject_cast<AssumeRoleCredentialsProvider *>(provider)) {
        clients.append(assumed->stsClient());
        provider = assumed->source();
    }
    return clients;
}

} // namespace CredentialsChain
