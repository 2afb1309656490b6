#pragma once

#include <QList>

class CredentialsProvider;
class QObject;
class StsClient;
struct ResolvedConnection;

/// Builds the providers a resolved connection needs, source first: a credential_process or
/// fixed keys, then each role assumed in turn, ending in the role the profile names.
namespace CredentialsChain {

/// Whether \a resolved needs providers at all: a credential_process or a role to assume.
bool needsProviders(const ResolvedConnection &resolved);

/// The last provider of the chain, owning the ones before it; nullptr when the connection's
/// credentials are fixed keys and no role is assumed.
CredentialsProvider *create(const ResolvedConnection &resolved, QObject *parent);

/// The STS clients of the roles in \a provider's chain, for TLS, timeout and clock settings.
QList<StsClient *> stsClients(CredentialsProvider *provider);

} // namespace CredentialsChain
