// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "certificateinfo.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace coapscope {

// What an established DTLS session negotiated, for the session view.
struct SecurityInfo
{
    QString protocolVersion;           // as OpenSSL names it: "DTLSv1.2"
    QString cipherSuite;               // IANA name: "TLS_PSK_WITH_AES_128_CCM_8"
    QString openSslCipherName;         // OpenSSL's name: "PSK-AES128-CCM8"
    QByteArray pskIdentity;            // the identity used, when a PSK suite was negotiated
    QByteArray pskIdentityHint;        // the hint the server sent (client) or sends (server)
    QString serverName;                // the SNI the client sent, if any
    CertificateChain peerCertificates; // the peer's chain, its own certificate first
    // Bytes a record adds to its plaintext with this suite: header, explicit nonce or IV, MAC
    // or tag and worst-case padding. The largest CoAP datagram is the path MTU minus this.
    int recordOverhead = 0;
};

} // namespace coapscope

Q_DECLARE_METATYPE(coapscope::SecurityInfo)
