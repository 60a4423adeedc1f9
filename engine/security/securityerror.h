// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QLatin1StringView>
#include <QMetaType>
#include <QString>

#include <optional>

namespace coapscope {

// Why a DTLS handshake or session failed: the kind for programs and the UI's wording, OpenSSL's
// own text as detail for the curious, and the TLS alert involved, if any (the one received, or
// for failures we detected ourselves the one we sent).
struct SecurityError
{
    enum class Kind : quint8
    {
        InvalidSettings,     // the settings cannot work (detail names the field or file)
        WrongPreSharedKey,   // both ends know the identity but their keys differ
        UnknownIdentity,     // the server has no key for the client's identity
        UntrustedIssuer,     // the peer's chain does not lead to a trusted CA
        ExpiredCertificate,  // or not yet valid
        SelfSignedRefused,   // self-signed certificate and allowSelfSigned is off
        NameMismatch,        // expectedHostName or the nameCheck hook refused the certificate
        Revoked,             // listed in the CRL
        CrlProblem,          // revocation checking was asked for but no usable CRL was found
        CertificateRejected, // any other certificate verification failure (detail says which)
        NoPeerCertificate,   // the peer sent none although one is required
        NoSharedCipherSuite, // the two ends have no cipher suite in common
        HandshakeTimeout,    // no answer from the peer within the handshake timeout
        AlertReceived,       // the peer ended the handshake or session with this fatal alert
        ProtocolError,       // anything else OpenSSL refused (detail has its text)
    };

    Kind kind = Kind::ProtocolError;
    QString detail;
    std::optional<quint8> alert; // TLS AlertDescription code

    static QLatin1StringView kindId(Kind kind);
};

// The RFC 5246 / RFC 4279 name of a TLS alert description ("decrypt_error", ...), or
// "alert_<code>" for codes without one.
QString alertName(quint8 description);

} // namespace coapscope

Q_DECLARE_METATYPE(coapscope::SecurityError)
