// SPDX-License-Identifier: BSD-2-Clause
#include "securityerror.h"

namespace coapscope {

QLatin1StringView SecurityError::kindId(Kind kind)
{
    switch (kind) {
    case Kind::InvalidSettings:
        return QLatin1StringView("invalid-settings");
    case Kind::WrongPreSharedKey:
        return QLatin1StringView("wrong-pre-shared-key");
    case Kind::UnknownIdentity:
        return QLatin1StringView("unknown-identity");
    case Kind::UntrustedIssuer:
        return QLatin1StringView("untrusted-issuer");
    case Kind::ExpiredCertificate:
        return QLatin1StringView("expired-certificate");
    case Kind::SelfSignedRefused:
        return QLatin1StringView("self-signed-refused");
    case Kind::NameMismatch:
        return QLatin1StringView("name-mismatch");
    case Kind::Revoked:
        return QLatin1StringView("revoked");
    case Kind::CrlProblem:
        return QLatin1StringView("crl-problem");
    case Kind::CertificateRejected:
        return QLatin1StringView("certificate-rejected");
    case Kind::NoPeerCertificate:
        return QLatin1StringView("no-peer-certificate");
    case Kind::NoSharedCipherSuite:
        return QLatin1StringView("no-shared-cipher-suite");
    case Kind::HandshakeTimeout:
        return QLatin1StringView("handshake-timeout");
    case Kind::AlertReceived:
        return QLatin1StringView("alert-received");
    case Kind::ProtocolError:
        return QLatin1StringView("protocol-error");
    }
    return QLatin1StringView("protocol-error");
}

QString alertName(quint8 description)
{
    struct Entry
    {
        quint8 code;
        const char *name;
    };
    static constexpr Entry names[] = {
        {0, "close_notify"},
        {10, "unexpected_message"},
        {20, "bad_record_mac"},
        {21, "decryption_failed"},
        {22, "record_overflow"},
        {30, "decompression_failure"},
        {40, "handshake_failure"},
        {41, "no_certificate"},
        {42, "bad_certificate"},
        {43, "unsupported_certificate"},
        {44, "certificate_revoked"},
        {45, "certificate_expired"},
        {46, "certificate_unknown"},
        {47, "illegal_parameter"},
        {48, "unknown_ca"},
        {49, "access_denied"},
        {50, "decode_error"},
        {51, "decrypt_error"},
        {60, "export_restriction"},
        {70, "protocol_version"},
        {71, "insufficient_security"},
        {80, "internal_error"},
        {86, "inappropriate_fallback"},
        {90, "user_canceled"},
        {100, "no_renegotiation"},
        {110, "unsupported_extension"},
        {111, "certificate_unobtainable"},
        {112, "unrecognized_name"},
        {113, "bad_certificate_status_response"},
        {114, "bad_certificate_hash_value"},
        {115, "unknown_psk_identity"},
        {116, "certificate_required"},
        {120, "no_application_protocol"},
    };
    for (const Entry &entry : names) {
        if (entry.code == description)
            return QString::fromLatin1(entry.name);
    }
    return QStringLiteral("alert_%1").arg(description);
}

} // namespace coapscope
