// SPDX-License-Identifier: BSD-2-Clause
#include "securitysettings.h"

namespace coapscope {

namespace {

// OpenSSL's limits (PSK_MAX_IDENTITY_LEN, PSK_MAX_PSK_LEN in 3.0); kept here so that this
// header-level check needs no OpenSSL include.
constexpr qsizetype maxIdentityLength = 255; // plus its NUL in OpenSSL's 256-byte buffer
constexpr qsizetype maxKeyLength = 512;
constexpr int minLinkMtu = 256;

using Problem = std::optional<SettingsProblem>;

Problem problem(SettingsProblem::Kind kind, const QString &field)
{
    return SettingsProblem{kind, field};
}

Problem checkKey(const QByteArray &key, const QString &field)
{
    if (key.isEmpty())
        return problem(SettingsProblem::Kind::EmptyKey, field);
    if (key.size() > maxKeyLength)
        return problem(SettingsProblem::Kind::KeyTooLong, field);
    return {};
}

Problem checkPskClient(const PskClientSettings &psk)
{
    const QString field = QStringLiteral("pskClient.identity");
    if (psk.identity.isEmpty())
        return problem(SettingsProblem::Kind::EmptyIdentity, field);
    if (psk.identity.size() > maxIdentityLength)
        return problem(SettingsProblem::Kind::IdentityTooLong, field);
    if (psk.identity.contains('\0'))
        return problem(SettingsProblem::Kind::IdentityHasNulByte, field);
    return checkKey(psk.key, QStringLiteral("pskClient.key"));
}

Problem checkPskServer(const PskServerSettings &psk)
{
    if (psk.defaultKey.isEmpty() && psk.keysByIdentity.isEmpty())
        return problem(SettingsProblem::Kind::NoCredentials, QStringLiteral("pskServer"));
    if (!psk.defaultKey.isEmpty()) {
        if (Problem bad = checkKey(psk.defaultKey, QStringLiteral("pskServer.defaultKey")))
            return bad;
    }
    for (auto it = psk.keysByIdentity.cbegin(); it != psk.keysByIdentity.cend(); ++it) {
        const QString field =
            QStringLiteral("pskServer.keysByIdentity[%1]").arg(QString::fromUtf8(it.key()));
        if (it.key().isEmpty())
            return problem(SettingsProblem::Kind::EmptyIdentity, field);
        if (Problem bad = checkKey(it.value(), field))
            return bad;
    }
    return {};
}

Problem checkSource(const PkiSource &source, const QString &field)
{
    if (!source.filePath.isEmpty() && !source.data.isEmpty())
        return problem(SettingsProblem::Kind::FileAndMemoryBothSet, field);
    return {};
}

Problem checkCertificateAndKey(const CertificateAndKey &pair, const QString &field)
{
    if (Problem bad = checkSource(pair.certificateChain, field + QStringLiteral(".certificate")))
        return bad;
    if (Problem bad = checkSource(pair.privateKey, field + QStringLiteral(".privateKey")))
        return bad;
    if (!pair.certificateChain.isSet())
        return problem(SettingsProblem::Kind::MissingCertificate,
                       field + QStringLiteral(".certificate"));
    if (!pair.privateKey.isSet())
        return problem(SettingsProblem::Kind::MissingPrivateKey,
                       field + QStringLiteral(".privateKey"));
    return {};
}

Problem checkPki(const PkiSettings &pki, DtlsRole role)
{
    if (pki.own.isSet() || role == DtlsRole::Server) {
        if (Problem bad = checkCertificateAndKey(pki.own, QStringLiteral("pki.own")))
            return bad;
    }
    for (auto it = pki.certificatesBySni.cbegin(); it != pki.certificatesBySni.cend(); ++it) {
        const QString field = QStringLiteral("pki.certificatesBySni[%1]").arg(it.key());
        if (Problem bad = checkCertificateAndKey(it.value(), field))
            return bad;
    }
    const bool needsTrustAnchors = pki.verifyPeerCert && !pki.allowSelfSigned;
    if (needsTrustAnchors && pki.caFile.isEmpty() && pki.caDirectory.isEmpty())
        return problem(SettingsProblem::Kind::NoTrustAnchors, QStringLiteral("pki.caFile"));
    if (pki.certChainValidation && (pki.certChainVerifyDepth < 0 || pki.certChainVerifyDepth > 100))
        return problem(SettingsProblem::Kind::BadVerifyDepth,
                       QStringLiteral("pki.certChainVerifyDepth"));
    return {};
}

} // namespace

std::optional<SettingsProblem> SecuritySettings::validate(DtlsRole role) const
{
    const bool hasPsk = role == DtlsRole::Client ? pskClient.has_value() : pskServer.has_value();
    if (!hasPsk && !pki)
        return problem(SettingsProblem::Kind::NoCredentials, {});
    if (role == DtlsRole::Client && pskClient) {
        if (Problem bad = checkPskClient(*pskClient))
            return bad;
    }
    if (role == DtlsRole::Server && pskServer) {
        if (Problem bad = checkPskServer(*pskServer))
            return bad;
    }
    if (pki) {
        if (Problem bad = checkPki(*pki, role))
            return bad;
    }
    if (handshakeTimeoutMs <= 0)
        return problem(SettingsProblem::Kind::BadHandshakeTimeout,
                       QStringLiteral("handshakeTimeoutMs"));
    if (linkMtu < minLinkMtu || linkMtu > 65535)
        return problem(SettingsProblem::Kind::BadLinkMtu, QStringLiteral("linkMtu"));
    return {};
}

QLatin1StringView SettingsProblem::kindId(Kind kind)
{
    switch (kind) {
    case Kind::NoCredentials:
        return QLatin1StringView("no-credentials");
    case Kind::EmptyIdentity:
        return QLatin1StringView("empty-identity");
    case Kind::IdentityTooLong:
        return QLatin1StringView("identity-too-long");
    case Kind::IdentityHasNulByte:
        return QLatin1StringView("identity-has-nul-byte");
    case Kind::EmptyKey:
        return QLatin1StringView("empty-key");
    case Kind::KeyTooLong:
        return QLatin1StringView("key-too-long");
    case Kind::MissingCertificate:
        return QLatin1StringView("missing-certificate");
    case Kind::MissingPrivateKey:
        return QLatin1StringView("missing-private-key");
    case Kind::FileAndMemoryBothSet:
        return QLatin1StringView("file-and-memory-both-set");
    case Kind::NoTrustAnchors:
        return QLatin1StringView("no-trust-anchors");
    case Kind::BadVerifyDepth:
        return QLatin1StringView("bad-verify-depth");
    case Kind::BadHandshakeTimeout:
        return QLatin1StringView("bad-handshake-timeout");
    case Kind::BadLinkMtu:
        return QLatin1StringView("bad-link-mtu");
    }
    return QLatin1StringView("no-credentials");
}

} // namespace coapscope
