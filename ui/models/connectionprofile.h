// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "security/securitysettings.h"
#include "session/transmissionparameters.h"

#include <QString>

namespace coapscope {

// A saved, named way of reaching a peer: where, with which credentials, and with which
// transmission parameters. Client side only: the server parts of SecuritySettings
// (pskServer, pki.certificatesBySni) and the pki.nameCheck hook are never kept.
struct ConnectionProfile
{
    QString name; // unique within a ProfileStore, non-empty
    QString uri;
    SecuritySettings security;
    TransmissionParameters transmission;
    // Whether the PSK key and private keys held in memory are written to the file. They are
    // kept there in plain text, so this is off unless the user asks.
    bool storeKeys = false;

    bool hasSecurity() const { return security.pskClient || security.pki; }
    // True when a key this profile needs was not stored: ask for it before connecting.
    bool lacksKey() const;
    // A copy with the keys dropped that storeKeys says are not to be stored.
    ConnectionProfile withKeysAsStored() const;
};

} // namespace coapscope
