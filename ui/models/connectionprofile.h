// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "security/securitysettings.h"
#include "session/transmissionparameters.h"

#include <QString>

#include <optional>

namespace coapscope {

// Where a profile's keys (the PSK key, a private key held in memory) are kept between runs.
enum class KeyStorage : quint8
{
    NotStored,   // asked for when connecting
    Keychain,    // the operating system's keychain (SecretStore)
    ProfileFile, // in the profile file, in plain text
};

// The secrets a profile may hold; nothing else of it is secret (identities and paths are not).
enum class ProfileSecret : quint8
{
    PskKey,
    PrivateKey, // a private key's PEM or DER held in memory, not one read from a file
};

inline constexpr ProfileSecret allProfileSecrets[] = {ProfileSecret::PskKey,
                                                      ProfileSecret::PrivateKey};

// A saved, named way of reaching a peer: where, with which credentials, and with which
// transmission parameters and message sizes. Client side only: the server parts of
// SecuritySettings (pskServer, pki.certificatesBySni) and the pki.nameCheck hook are never kept.
struct ConnectionProfile
{
    QString name; // unique within a ProfileStore, non-empty
    QString uri;
    SecuritySettings security;
    TransmissionParameters transmission;
    // The session's MTU (Session::MinimumMtu..MaximumMtu); none: the application's default.
    std::optional<int> mtu;
    // The preferred block size of block-wise transfers: 0 (automatic) or 16..1024, a power of
    // two. It becomes the request composer's.
    int blockSize = 0;
    KeyStorage keyStorage = KeyStorage::NotStored;

    static bool isValidMtu(int mtu);
    static bool isValidBlockSize(int size);

    bool hasSecurity() const { return security.pskClient || security.pki; }
    // True when a key this profile needs is not in memory: fetch it or ask for it first.
    bool lacksKey() const;
    // Whether the profile's security uses that secret at all.
    bool uses(ProfileSecret secret) const;
    // The secret as held in memory; empty when not used or not known.
    QByteArray secret(ProfileSecret secret) const;
    // Sets a secret the profile uses; does nothing for one it does not.
    void setSecret(ProfileSecret secret, const QByteArray &value);
    // Whether any secret is held in memory.
    bool hasKeys() const;
    // A copy with every secret dropped.
    ConnectionProfile withoutKeys() const;
    // A copy with the secrets that are not to go into the profile file dropped.
    ConnectionProfile withKeysAsStored() const;
};

} // namespace coapscope
