// SPDX-License-Identifier: BSD-2-Clause
#include "connectionprofile.h"

namespace coapscope {

bool ConnectionProfile::lacksKey() const
{
    if (security.pskClient && security.pskClient->key.isEmpty())
        return true;
    if (security.pki && security.pki->own.certificateChain.isSet() &&
        !security.pki->own.privateKey.isSet())
        return true;
    return false;
}

ConnectionProfile ConnectionProfile::withKeysAsStored() const
{
    ConnectionProfile stored = *this;
    if (storeKeys)
        return stored;
    if (stored.security.pskClient)
        stored.security.pskClient->key.clear();
    // A key file's path is no secret; the key's bytes are.
    if (stored.security.pki)
        stored.security.pki->own.privateKey.data.clear();
    return stored;
}

} // namespace coapscope
