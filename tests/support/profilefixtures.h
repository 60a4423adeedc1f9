// SPDX-License-Identifier: BSD-2-Clause
#pragma once

// Profiles and file helpers shared by the profile tests.

#include "models/connectionprofile.h"
#include "models/profilestore.h"

#include <QFile>

namespace coapscope {

// Every setting away from its default, keys kept in the profile file.
inline ConnectionProfile fullProfile(const QString &name)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.uri = QStringLiteral("coaps://gateway.example:15684/sensors?x=1");
    profile.keyStorage = KeyStorage::ProfileFile;
    profile.mtu = 1280;
    profile.blockSize = 256;
    profile.security.pskClient = PskClientSettings{"gateway-7", QByteArray("\x00\xff\x10k", 4)};
    PkiSettings pki;
    pki.own.certificateChain = PkiSource::fromFile(QStringLiteral("/etc/coap/client.pem"));
    pki.own.privateKey = PkiSource::fromMemory("-----BEGIN PRIVATE KEY-----\nsecret\n");
    pki.caFile = QStringLiteral("/etc/coap/ca.pem");
    pki.caDirectory = QStringLiteral("/etc/coap/cas");
    pki.crlFile = QStringLiteral("/etc/coap/crl.pem");
    pki.verifyPeerCert = false;
    pki.allowSelfSigned = true;
    pki.allowExpiredCerts = true;
    pki.certChainVerifyDepth = 7;
    pki.checkCertRevocation = true;
    pki.allowNoCrl = true;
    pki.expectedHostName = QStringLiteral("gateway.example");
    pki.sni = QStringLiteral("gw");
    profile.security.pki = pki;
    profile.security.handshakeTimeoutMs = 9000;
    profile.security.linkMtu = 1400;
    profile.security.cipherSuites = {QStringLiteral("PSK-AES128-CCM8")};
    profile.security.keyLogFile = QStringLiteral("/tmp/keys.log");
    profile.transmission.ackTimeoutMs = 3500;
    profile.transmission.ackRandomFactor = 1.25;
    profile.transmission.maxRetransmit = 7;
    profile.transmission.nstart = 2;
    profile.transmission.probingRateBytesPerSecond = 2.5;
    return profile;
}

inline ConnectionProfile plainProfile(const QString &name)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.uri = QStringLiteral("coap://127.0.0.1/");
    return profile;
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

inline QStringList names(const ProfileStore &store)
{
    QStringList result;
    for (const ConnectionProfile &profile : store.profiles())
        result.append(profile.name);
    return result;
}

} // namespace coapscope
