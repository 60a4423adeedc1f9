// SPDX-License-Identifier: BSD-2-Clause
// What DtlsConnection tells about a negotiated session.

#include "certificateinfo_p.h"
#include "ciphersuite_p.h"
#include "dtlsconnection.h"
#include "handshakerecorder_p.h"
#include "sslcontext_p.h"

#include <openssl/tls1.h>

namespace coapscope {

SecurityInfo DtlsConnection::securityInfo() const
{
    SSL *ssl = m_ssl.get();
    SecurityInfo info;
    info.protocolVersion = QString::fromLatin1(SSL_get_version(ssl));
    const SSL_CIPHER *cipher = SSL_get_current_cipher(ssl);
    if (cipher) {
        info.cipherSuite = QString::fromLatin1(SSL_CIPHER_standard_name(cipher));
        info.openSslCipherName = QString::fromLatin1(SSL_CIPHER_get_name(cipher));
        info.recordOverhead = dtlsRecordOverhead(cipher);
    }
    const SecuritySettings &settings = m_context.settings();
    if (usesPreSharedKey(cipher)) {
        if (role() == DtlsRole::Client) {
            info.pskIdentity = settings.pskClient ? settings.pskClient->identity : QByteArray();
            info.pskIdentityHint = m_recorder->pskIdentityHint;
        } else {
            info.pskIdentity = QByteArray(SSL_get_psk_identity(ssl));
            info.pskIdentityHint = settings.pskServer ? settings.pskServer->hint : QByteArray();
        }
    }
    info.serverName = QString::fromUtf8(SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name));
    // A client's peer chain starts with the server's certificate; a server's lacks the
    // client's own, which comes separately.
    int depth = 0;
    if (role() == DtlsRole::Server) {
        if (X509 *own = SSL_get0_peer_certificate(ssl))
            info.peerCertificates.append(
                certificateInfo(own, m_recorder->verifyResults.value(depth++)));
    }
    // The sk_X509_* macros cast C-style; the untyped stack functions do the same work.
    if (const auto *chain = reinterpret_cast<const OPENSSL_STACK *>(SSL_get_peer_cert_chain(ssl))) {
        for (int i = 0; i < OPENSSL_sk_num(chain); ++i, ++depth) {
            auto *certificate = static_cast<X509 *>(OPENSSL_sk_value(chain, i));
            info.peerCertificates.append(
                certificateInfo(certificate, m_recorder->verifyResults.value(depth)));
        }
    }
    return info;
}

} // namespace coapscope
