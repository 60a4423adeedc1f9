// SPDX-License-Identifier: BSD-2-Clause
#include "security/tlspolicy.h"
#include "tlsfailures_p.h"

#include <openssl/x509_vfy.h>

namespace coapscope {

namespace {

// TLS AlertDescription codes (RFC 5246 §7.2, RFC 4279 §2, RFC 8446 §6).
constexpr quint8 BadRecordMac = 20;
constexpr quint8 HandshakeFailure = 40;
constexpr quint8 DecryptError = 51;
constexpr quint8 CertificateRequired = 116;
constexpr quint8 UnknownPskIdentity = 115;

} // namespace

bool tlsErrorIsForgiven(QSslError::SslError error, const TlsPolicy &policy)
{
    if (!policy.verifyPeer)
        return true;
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return policy.allowSelfSigned;
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
        return policy.allowExpired;
    case QSslError::HostNameMismatch:
        return !policy.checkHostName;
    default:
        return false;
    }
}

SecurityError::Kind kindOfTlsError(QSslError::SslError error)
{
    using Kind = SecurityError::Kind;
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::InvalidCaCertificate:
        return Kind::UntrustedIssuer;
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
        return Kind::ExpiredCertificate;
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return Kind::SelfSignedRefused;
    case QSslError::HostNameMismatch:
        return Kind::NameMismatch;
    case QSslError::CertificateRevoked:
        return Kind::Revoked;
    case QSslError::NoPeerCertificate:
        return Kind::NoPeerCertificate;
    default:
        return Kind::CertificateRejected;
    }
}

int x509CodeOfTlsError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
        return X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT;
    case QSslError::UnableToGetLocalIssuerCertificate:
        return X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY;
    case QSslError::UnableToVerifyFirstCertificate:
        return X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE;
    case QSslError::CertificateUntrusted:
        return X509_V_ERR_CERT_UNTRUSTED;
    case QSslError::InvalidCaCertificate:
        return X509_V_ERR_INVALID_CA;
    case QSslError::CertificateExpired:
        return X509_V_ERR_CERT_HAS_EXPIRED;
    case QSslError::CertificateNotYetValid:
        return X509_V_ERR_CERT_NOT_YET_VALID;
    case QSslError::SelfSignedCertificate:
        return X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT;
    case QSslError::SelfSignedCertificateInChain:
        return X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN;
    case QSslError::HostNameMismatch:
        return X509_V_ERR_HOSTNAME_MISMATCH;
    case QSslError::CertificateRevoked:
        return X509_V_ERR_CERT_REVOKED;
    case QSslError::NoError:
        return X509_V_OK;
    default:
        return X509_V_ERR_UNSPECIFIED;
    }
}

SecurityError classifyTlsFailure(std::optional<quint8> alertReceived,
                                 std::optional<quint8> alertSent, bool pskHandshake,
                                 const QString &text)
{
    using Kind = SecurityError::Kind;
    const auto keysDiffer = [pskHandshake](quint8 alert) {
        return pskHandshake && (alert == DecryptError || alert == BadRecordMac);
    };
    if (alertReceived) {
        if (keysDiffer(*alertReceived))
            return SecurityError{Kind::WrongPreSharedKey, text, alertReceived};
        if (*alertReceived == UnknownPskIdentity)
            return SecurityError{Kind::UnknownIdentity, text, alertReceived};
        return SecurityError{Kind::AlertReceived, text, alertReceived};
    }
    if (alertSent) {
        if (keysDiffer(*alertSent))
            return SecurityError{Kind::WrongPreSharedKey, text, alertSent};
        if (*alertSent == UnknownPskIdentity)
            return SecurityError{Kind::UnknownIdentity, text, alertSent};
        if (*alertSent == CertificateRequired)
            return SecurityError{Kind::NoPeerCertificate, text, alertSent};
    }
    if (text.contains(QLatin1StringView("no shared cipher"), Qt::CaseInsensitive) ||
        (alertSent == HandshakeFailure &&
         text.contains(QLatin1StringView("cipher"), Qt::CaseInsensitive)))
        return SecurityError{Kind::NoSharedCipherSuite, text, alertSent};
    if (text.contains(QLatin1StringView("did not return a certificate"), Qt::CaseInsensitive))
        return SecurityError{Kind::NoPeerCertificate, text, alertSent};
    return SecurityError{Kind::ProtocolError, text, alertSent};
}

} // namespace coapscope
