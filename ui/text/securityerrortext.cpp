// SPDX-License-Identifier: BSD-2-Clause
#include "securityerrortext.h"

#include <QCoreApplication>

namespace coapscope::text {

namespace {

struct SecurityErrorText
{
    Q_DECLARE_TR_FUNCTIONS(SecurityErrorText)
};

QString reasonFor(const SecurityError &error)
{
    using Kind = SecurityError::Kind;
    const QString alert = error.alert ? alertName(*error.alert) : QString();
    switch (error.kind) {
    case Kind::InvalidSettings:
        return SecurityErrorText::tr("the security settings cannot work: %1").arg(error.detail);
    case Kind::WrongPreSharedKey:
        return SecurityErrorText::tr("wrong pre-shared key: both ends know the identity, but "
                                     "their keys differ");
    case Kind::UnknownIdentity:
        return SecurityErrorText::tr("the server knows no key for this PSK identity");
    case Kind::UntrustedIssuer:
        return SecurityErrorText::tr("the peer's certificate is not issued by a trusted "
                                     "authority (give its CA with --ca)");
    case Kind::ExpiredCertificate:
        return SecurityErrorText::tr("the peer's certificate has expired or is not yet valid");
    case Kind::SelfSignedRefused:
        return SecurityErrorText::tr("the peer's certificate is self-signed, and self-signed "
                                     "certificates are not allowed (--allow-self-signed)");
    case Kind::NameMismatch:
        return SecurityErrorText::tr("the peer's certificate is for another name");
    case Kind::Revoked:
        return SecurityErrorText::tr("the peer's certificate has been revoked");
    case Kind::CrlProblem:
        return SecurityErrorText::tr("revocation could not be checked: no usable CRL");
    case Kind::CertificateRejected:
        return SecurityErrorText::tr("the peer's certificate was rejected");
    case Kind::NoPeerCertificate:
        return SecurityErrorText::tr("the peer sent no certificate, but one is required");
    case Kind::NoSharedCipherSuite:
        return SecurityErrorText::tr("the two ends have no cipher suite in common");
    case Kind::HandshakeTimeout:
        return SecurityErrorText::tr("no answer to the handshake from the peer");
    case Kind::AlertReceived:
        return SecurityErrorText::tr("the peer ended the handshake with the alert %1").arg(alert);
    case Kind::ProtocolError:
        return SecurityErrorText::tr("the handshake failed");
    }
    return SecurityErrorText::tr("the handshake failed");
}

} // namespace

QString describeSecurityError(const SecurityError &error)
{
    QString text = reasonFor(error);
    // The detail is OpenSSL's or Qt's own text: worth showing where our words are general.
    const bool general = error.kind == SecurityError::Kind::ProtocolError ||
                         error.kind == SecurityError::Kind::CertificateRejected ||
                         error.kind == SecurityError::Kind::CrlProblem;
    if (general && !error.detail.isEmpty())
        text += QStringLiteral(" (%1)").arg(error.detail);
    return text;
}

QString describeSettingsProblem(const SettingsProblem &problem)
{
    using Kind = SettingsProblem::Kind;
    QString reason;
    switch (problem.kind) {
    case Kind::NoCredentials:
        reason = SecurityErrorText::tr("no pre-shared key or certificate is set");
        break;
    case Kind::EmptyIdentity:
        reason = SecurityErrorText::tr("the PSK identity is empty");
        break;
    case Kind::IdentityTooLong:
        reason = SecurityErrorText::tr("the PSK identity is longer than 255 bytes");
        break;
    case Kind::IdentityHasNulByte:
        reason = SecurityErrorText::tr("the PSK identity contains a NUL byte");
        break;
    case Kind::EmptyKey:
        reason = SecurityErrorText::tr("the pre-shared key is empty");
        break;
    case Kind::KeyTooLong:
        reason = SecurityErrorText::tr("the pre-shared key is longer than 512 bytes");
        break;
    case Kind::MissingCertificate:
        reason = SecurityErrorText::tr("a certificate is missing");
        break;
    case Kind::MissingPrivateKey:
        reason = SecurityErrorText::tr("the private key is missing");
        break;
    case Kind::FileAndMemoryBothSet:
        reason = SecurityErrorText::tr("both a file and data are given");
        break;
    case Kind::NoTrustAnchors:
        reason = SecurityErrorText::tr("verifying the peer needs a CA file or directory");
        break;
    case Kind::BadVerifyDepth:
        reason = SecurityErrorText::tr("the chain verify depth is out of range");
        break;
    case Kind::BadHandshakeTimeout:
        reason = SecurityErrorText::tr("the handshake timeout is out of range");
        break;
    case Kind::BadLinkMtu:
        reason = SecurityErrorText::tr("the link MTU is out of range");
        break;
    }
    return QStringLiteral("%1 (%2)").arg(reason, problem.field);
}

} // namespace coapscope::text
