// SPDX-License-Identifier: BSD-2-Clause
#include "certificateinfo_p.h"
#include "handshakerecorder_p.h"
#include "peerverification_p.h"
#include "sslcontext_p.h"

#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>

namespace coapscope {

namespace {

bool isTolerated(int error, const PkiSettings &pki)
{
    switch (error) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return pki.allowExpiredCerts;
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return pki.allowSelfSigned;
    case X509_V_ERR_UNABLE_TO_GET_CRL:
    case X509_V_ERR_UNABLE_TO_GET_CRL_ISSUER:
        return pki.allowNoCrl;
    case X509_V_ERR_CRL_HAS_EXPIRED:
    case X509_V_ERR_CRL_NOT_YET_VALID:
        return pki.allowExpiredCrl;
    default:
        return false;
    }
}

} // namespace

int verifyPeerCertificate(int preverifyOk, X509_STORE_CTX *store)
{
    const auto *ssl = static_cast<const SSL *>(
        X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
    HandshakeRecorder *recorder = ssl ? HandshakeRecorder::of(ssl) : nullptr;
    const SslContext *context = ssl ? SslContext::of(SSL_get_SSL_CTX(ssl)) : nullptr;
    if (!recorder || !context || !context->settings().pki)
        return preverifyOk;
    const PkiSettings &pki = *context->settings().pki;

    const int error = X509_STORE_CTX_get_error(store);
    const int depth = X509_STORE_CTX_get_error_depth(store);
    int &result = recorder->verifyResults[depth]; // 0 (X509_V_OK) when first seen
    if (!preverifyOk && result == X509_V_OK)
        result = error;
    if (!pki.verifyPeerCert)
        return 1; // record the chain, refuse nothing
    if (recorder->refusedCertificate)
        return 0;

    if (!preverifyOk) {
        if (isTolerated(error, pki))
            return 1;
        recorder->refusedCertificate = HandshakeRecorder::RefusedCertificate{error, depth};
        return 0;
    }
    if (pki.nameCheck) {
        X509 *certificate = X509_STORE_CTX_get_current_cert(store);
        if (!pki.nameCheck(certificateInfo(certificate, result), depth)) {
            result = X509_V_ERR_APPLICATION_VERIFICATION;
            recorder->refusedCertificate =
                HandshakeRecorder::RefusedCertificate{X509_V_ERR_APPLICATION_VERIFICATION, depth};
            X509_STORE_CTX_set_error(store, X509_V_ERR_APPLICATION_VERIFICATION);
            return 0;
        }
    }
    return 1;
}

SecurityError::Kind kindOfVerifyError(int x509Error)
{
    using Kind = SecurityError::Kind;
    switch (x509Error) {
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_CERT_UNTRUSTED:
    case X509_V_ERR_INVALID_CA:
        return Kind::UntrustedIssuer;
    case X509_V_ERR_CERT_HAS_EXPIRED:
    case X509_V_ERR_CERT_NOT_YET_VALID:
        return Kind::ExpiredCertificate;
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        return Kind::SelfSignedRefused;
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
    case X509_V_ERR_EMAIL_MISMATCH:
    case X509_V_ERR_APPLICATION_VERIFICATION: // our nameCheck hook is the only application check
        return Kind::NameMismatch;
    case X509_V_ERR_CERT_REVOKED:
        return Kind::Revoked;
    case X509_V_ERR_UNABLE_TO_GET_CRL:
    case X509_V_ERR_UNABLE_TO_GET_CRL_ISSUER:
    case X509_V_ERR_CRL_HAS_EXPIRED:
    case X509_V_ERR_CRL_NOT_YET_VALID:
    case X509_V_ERR_CRL_SIGNATURE_FAILURE:
    case X509_V_ERR_UNABLE_TO_DECRYPT_CRL_SIGNATURE:
        return Kind::CrlProblem;
    default:
        return Kind::CertificateRejected;
    }
}

} // namespace coapscope
