// SPDX-License-Identifier: BSD-2-Clause
// The certificate half of SslContext: own certificates, SNI, and verification of the peer's.

#include "peerverification_p.h"
#include "pkiloader_p.h"
#include "sslcontext_p.h"

#include <QFile>

namespace coapscope {

namespace {

SecurityError invalid(const QString &what, const QString &reason)
{
    return SecurityError{
        SecurityError::Kind::InvalidSettings, QStringLiteral("%1: %2").arg(what, reason), {}};
}

int verifyMode(const PkiSettings &pki, DtlsRole role)
{
    if (role == DtlsRole::Client)
        return pki.verifyPeerCert ? SSL_VERIFY_PEER : SSL_VERIFY_NONE;
    // A server asks for a client certificate only when it verifies or requires one.
    int mode = pki.verifyPeerCert || pki.requirePeerCert ? SSL_VERIFY_PEER : SSL_VERIFY_NONE;
    if (pki.requirePeerCert)
        mode |= SSL_VERIFY_FAIL_IF_NO_PEER_CERT;
    return mode;
}

} // namespace

std::optional<SecurityError> SslContext::configurePki()
{
    if (!m_settings.pki)
        return std::nullopt;
    const PkiSettings &pki = *m_settings.pki;
    SSL_CTX *context = m_context.get();
    if (pki.own.isSet()) {
        auto own = loadCertificateAndKey(pki.own, QStringLiteral("pki.own"));
        if (!own)
            return own.error();
        if (SSL_CTX_use_cert_and_key(context, own->certificate.get(), own->key.get(),
                                     own->chain.get(), 1) != 1) {
            return invalid(QStringLiteral("pki.own"), takeOpenSslErrorText());
        }
    }
    if (m_role == DtlsRole::Server) {
        for (auto it = pki.certificatesBySni.cbegin(); it != pki.certificatesBySni.cend(); ++it) {
            auto loaded = loadCertificateAndKey(
                it.value(), QStringLiteral("pki.certificatesBySni[%1]").arg(it.key()));
            if (!loaded)
                return loaded.error();
            m_certificatesBySni.insert_or_assign(it.key().toLower(), std::move(*loaded));
        }
        if (!m_certificatesBySni.empty()) {
            // SSL_CTX_set_tlsext_servername_callback() casts C-style; this is its expansion.
            SSL_CTX_callback_ctrl(context, SSL_CTRL_SET_TLSEXT_SERVERNAME_CB,
                                  reinterpret_cast<void (*)()>(serverNameSeen));
        }
    }
    return configureVerification(pki);
}

std::optional<SecurityError> SslContext::configureVerification(const PkiSettings &pki)
{
    SSL_CTX *context = m_context.get();
    if (!pki.caFile.isEmpty() || !pki.caDirectory.isEmpty()) {
        const QByteArray file = QFile::encodeName(pki.caFile);
        const QByteArray directory = QFile::encodeName(pki.caDirectory);
        if (SSL_CTX_load_verify_locations(context, file.isEmpty() ? nullptr : file.constData(),
                                          directory.isEmpty() ? nullptr : directory.constData()) !=
            1) {
            return invalid(pki.caFile.isEmpty() ? pki.caDirectory : pki.caFile,
                           takeOpenSslErrorText());
        }
    }
    SSL_CTX_set_verify(context, verifyMode(pki, m_role), verifyPeerCertificate);
    if (pki.certChainValidation)
        SSL_CTX_set_verify_depth(context, pki.certChainVerifyDepth);
    if (pki.checkCertRevocation) {
        X509_STORE *store = SSL_CTX_get_cert_store(context);
        if (!pki.crlFile.isEmpty()) {
            if (auto error = loadCrlFile(store, pki.crlFile))
                return error;
        }
        X509_STORE_set_flags(store, X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL);
    }
    return std::nullopt;
}

int SslContext::serverNameSeen(SSL *ssl, int *alert, void *argument)
{
    Q_UNUSED(argument);
    const SslContext *self = of(SSL_get_SSL_CTX(ssl));
    const char *name = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
    if (!self || !name)
        return SSL_TLSEXT_ERR_OK;
    const auto found = self->m_certificatesBySni.find(QString::fromUtf8(name).toLower());
    if (found == self->m_certificatesBySni.cend())
        return SSL_TLSEXT_ERR_OK; // the default certificate then
    const LoadedCertificateAndKey &chosen = found->second;
    if (SSL_use_cert_and_key(ssl, chosen.certificate.get(), chosen.key.get(), chosen.chain.get(),
                             1) != 1) {
        *alert = SSL_AD_INTERNAL_ERROR;
        return SSL_TLSEXT_ERR_ALERT_FATAL;
    }
    return SSL_TLSEXT_ERR_OK;
}

} // namespace coapscope
