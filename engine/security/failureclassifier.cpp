// SPDX-License-Identifier: BSD-2-Clause
#include "failureclassifier_p.h"
#include "handshakerecorder_p.h"
#include "peerverification_p.h"

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/tls1.h>
#include <openssl/x509_vfy.h>

namespace coapscope {

namespace {

using Kind = SecurityError::Kind;

SecurityError refusedCertificateError(const HandshakeRecorder::RefusedCertificate &refused,
                                      std::optional<quint8> sentAlert)
{
    const QString reason = refused.error == X509_V_ERR_APPLICATION_VERIFICATION
                               ? QStringLiteral("refused by the name check")
                               : QString::fromLatin1(X509_verify_cert_error_string(refused.error));
    return SecurityError{kindOfVerifyError(refused.error),
                         QStringLiteral("%1 (certificate depth %2)").arg(reason).arg(refused.depth),
                         sentAlert};
}

std::optional<Kind> kindOfReason(int reason, bool pskHandshake)
{
    switch (reason) {
    case SSL_R_PEER_DID_NOT_RETURN_A_CERTIFICATE:
        return Kind::NoPeerCertificate;
    case SSL_R_PSK_IDENTITY_NOT_FOUND:
        return Kind::UnknownIdentity;
    case SSL_R_NO_SHARED_CIPHER:
        return Kind::NoSharedCipherSuite;
    case SSL_R_DECRYPTION_FAILED_OR_BAD_RECORD_MAC:
        // OpenSSL fails this way itself only for encrypt-then-MAC suites; AEAD records that do
        // not authenticate are dropped silently and caught by DtlsConnection instead.
        if (pskHandshake)
            return Kind::WrongPreSharedKey;
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

Kind kindOfReceivedAlert(quint8 alert, bool pskHandshake)
{
    if (alert == TLS1_AD_UNKNOWN_PSK_IDENTITY)
        return Kind::UnknownIdentity;
    // Our Finished (keyed from the PSK) did not authenticate at the peer.
    if (pskHandshake && (alert == SSL3_AD_BAD_RECORD_MAC || alert == TLS1_AD_DECRYPT_ERROR))
        return Kind::WrongPreSharedKey;
    return Kind::AlertReceived;
}

} // namespace

SecurityError classifyFailure(const HandshakeRecorder &recorder, unsigned long openSslError,
                              const QString &openSslText, bool pskHandshake)
{
    // Our own verdict on the peer's certificate is the most precise thing we know.
    if (recorder.refusedCertificate)
        return refusedCertificateError(*recorder.refusedCertificate, recorder.sentFatalAlert());
    if (const auto received = recorder.receivedFatalAlert())
        return SecurityError{kindOfReceivedAlert(*received, pskHandshake), openSslText, received};
    if (const auto kind = kindOfReason(ERR_GET_REASON(openSslError), pskHandshake))
        return SecurityError{*kind, openSslText, recorder.sentFatalAlert()};
    return SecurityError{Kind::ProtocolError, openSslText, recorder.sentFatalAlert()};
}

} // namespace coapscope
