// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "common/expected.h"
#include "dtlsrole.h"
#include "securityerror.h"
#include "securitysettings.h"

#include <QSslConfiguration>

#include <memory>

namespace coapscope {

// SecuritySettings turned into what a QSslSocket needs for CoAP over TLS (RFC 8323), plus the
// checks Qt leaves to us: which verification errors the settings forgive, the name-check hook
// and the CRL. Shared, read-only, by every connection of a session or endpoint.
struct TlsPolicy
{
    DtlsRole role = DtlsRole::Client;
    QSslConfiguration configuration;
    std::optional<PskClientSettings> pskClient;
    std::optional<PskServerSettings> pskServer;
    bool verifyPeer = false;
    bool allowSelfSigned = false;
    bool allowExpired = false;
    bool checkHostName = false; // the client verifies the server's name (peerVerifyName)
    QString peerVerifyName;
    // Revocation, checked once the handshake is done and before any CoAP flows: Qt has no CRL
    // support of its own.
    bool checkRevocation = false;
    bool allowNoCrl = false;
    bool allowExpiredCrl = false;
    QString caFile;
    QString caDirectory;
    QString crlFile;
    std::function<bool(const CertificateInfo &peer, int depth)> nameCheck;
    QString keyLogFile;
    int handshakeTimeoutMs = 30000;

    static Expected<std::shared_ptr<const TlsPolicy>, SecurityError>
    create(const SecuritySettings &settings, DtlsRole role);
};

} // namespace coapscope
