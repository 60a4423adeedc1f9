// SPDX-License-Identifier: BSD-2-Clause
#include "connectionprofile.h"

#include "session/session.h"

#include <algorithm>

namespace coapscope {

bool ConnectionProfile::isValidMtu(int mtu)
{
    return mtu >= Session::MinimumMtu && mtu <= Session::MaximumMtu;
}

bool ConnectionProfile::isValidBlockSize(int size)
{
    // RFC 7959 §2.2: SZX 0..6, block sizes 2^(4+SZX).
    return size == 0 || (size >= 16 && size <= 1024 && (size & (size - 1)) == 0);
}

bool ConnectionProfile::lacksKey() const
{
    if (security.pskClient && security.pskClient->key.isEmpty())
        return true;
    if (security.pki && security.pki->own.certificateChain.isSet() &&
        !security.pki->own.privateKey.isSet())
        return true;
    return false;
}

bool ConnectionProfile::uses(ProfileSecret secret) const
{
    switch (secret) {
    case ProfileSecret::PskKey:
        return security.pskClient.has_value();
    case ProfileSecret::PrivateKey:
        // A key read from a file stays in its file; only one held in memory is a secret of ours.
        return security.pki && security.pki->own.certificateChain.isSet() &&
               security.pki->own.privateKey.filePath.isEmpty();
    }
    return false;
}

QByteArray ConnectionProfile::secret(ProfileSecret secret) const
{
    if (!uses(secret))
        return {};
    return secret == ProfileSecret::PskKey ? security.pskClient->key
                                           : security.pki->own.privateKey.data;
}

void ConnectionProfile::setSecret(ProfileSecret secret, const QByteArray &value)
{
    if (!uses(secret))
        return;
    if (secret == ProfileSecret::PskKey)
        security.pskClient->key = value;
    else
        security.pki->own.privateKey.data = value;
}

bool ConnectionProfile::hasKeys() const
{
    return std::any_of(std::begin(allProfileSecrets), std::end(allProfileSecrets),
                       [this](ProfileSecret s) { return !secret(s).isEmpty(); });
}

ConnectionProfile ConnectionProfile::withoutKeys() const
{
    ConnectionProfile stripped = *this;
    if (stripped.security.pskClient)
        stripped.security.pskClient->key.clear();
    // A key file's path is no secret; the key's bytes are.
    if (stripped.security.pki)
        stripped.security.pki->own.privateKey.data.clear();
    return stripped;
}

ConnectionProfile ConnectionProfile::withKeysAsStored() const
{
    return keyStorage == KeyStorage::ProfileFile ? *this : withoutKeys();
}

} // namespace coapscope
