// SPDX-License-Identifier: BSD-2-Clause
#include "tlspolicy.h"

#include "pkiloader_p.h"

#include <QSslCipher>
#include <QSslKey>

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace coapscope {

namespace {

QByteArray derOf(X509 *certificate)
{
    const int length = i2d_X509(certificate, nullptr);
    QByteArray der(qMax(length, 0), Qt::Uninitialized);
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    i2d_X509(certificate, &cursor);
    return der;
}

std::optional<SecurityError> applyOwnCertificate(const CertificateAndKey &pair,
                                                 QSslConfiguration &configuration)
{
    auto loaded = loadCertificateAndKey(pair, QStringLiteral("pki.own"));
    if (!loaded)
        return loaded.error();
    configuration.setLocalCertificate(
        QSslCertificate(derOf(loaded->certificate.get()), QSsl::EncodingFormat::Der));
    QList<QSslCertificate> chain;
    for (int i = 0; loaded->chain && i < sk_X509_num(loaded->chain.get()); ++i)
        chain.append(QSslCertificate(derOf(sk_X509_value(loaded->chain.get(), i)),
                                     QSsl::EncodingFormat::Der));
    if (!chain.isEmpty()) {
        chain.prepend(configuration.localCertificate());
        configuration.setLocalCertificateChain(chain);
    }
    EVP_PKEY *key = loaded->key.get();
    const int length = i2d_PrivateKey(key, nullptr);
    QByteArray der(qMax(length, 0), Qt::Uninitialized);
    auto *cursor = reinterpret_cast<unsigned char *>(der.data());
    i2d_PrivateKey(key, &cursor);
    QSsl::KeyAlgorithm algorithm = QSsl::Opaque;
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
        algorithm = QSsl::Rsa;
        break;
    case EVP_PKEY_EC:
        algorithm = QSsl::Ec;
        break;
    case EVP_PKEY_DSA:
        algorithm = QSsl::Dsa;
        break;
    default:
        return SecurityError{SecurityError::Kind::InvalidSettings,
                             QStringLiteral("pki.own.privateKey: a key type TLS cannot use here"),
                             std::nullopt};
    }
    const QSslKey qtKey(der, algorithm, QSsl::EncodingFormat::Der, QSsl::PrivateKey);
    if (qtKey.isNull()) {
        return SecurityError{SecurityError::Kind::InvalidSettings,
                             QStringLiteral("pki.own.privateKey: Qt cannot use this key"),
                             std::nullopt};
    }
    configuration.setPrivateKey(qtKey);
    return std::nullopt;
}

std::optional<SecurityError> applyTrustAnchors(const PkiSettings &pki,
                                               QSslConfiguration &configuration)
{
    QList<QSslCertificate> authorities;
    if (!pki.caFile.isEmpty()) {
        authorities += QSslCertificate::fromPath(pki.caFile, QSsl::Pem);
        if (authorities.isEmpty())
            authorities += QSslCertificate::fromPath(pki.caFile, QSsl::Der);
        if (authorities.isEmpty()) {
            return SecurityError{SecurityError::Kind::InvalidSettings,
                                 QStringLiteral("%1: no certificate could be read").arg(pki.caFile),
                                 std::nullopt};
        }
    }
    if (!pki.caDirectory.isEmpty()) {
        authorities += QSslCertificate::fromPath(pki.caDirectory + QStringLiteral("/*"), QSsl::Pem,
                                                 QSslCertificate::PatternSyntax::Wildcard);
    }
    // Only the anchors the settings name: the system's store would widen what we trust.
    configuration.setCaCertificates(authorities);
    return std::nullopt;
}

QList<QSslCipher> pskCiphers()
{
    QList<QSslCipher> ciphers;
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
        if (cipher.name().contains(QLatin1StringView("PSK")) && cipher.protocol() == QSsl::TlsV1_2)
            ciphers.append(cipher);
    }
    return ciphers;
}

} // namespace

Expected<std::shared_ptr<const TlsPolicy>, SecurityError>
TlsPolicy::create(const SecuritySettings &settings, DtlsRole role)
{
    if (const auto problem = settings.validate(role)) {
        return unexpected(SecurityError{
            SecurityError::Kind::InvalidSettings,
            QStringLiteral("%1: %2").arg(problem->field, SettingsProblem::kindId(problem->kind)),
            std::nullopt});
    }
    auto policy = std::make_shared<TlsPolicy>();
    policy->role = role;
    policy->keyLogFile = settings.keyLogFile;
    policy->handshakeTimeoutMs = settings.handshakeTimeoutMs;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    configuration.setCaCertificates({});

    if (role == DtlsRole::Client)
        policy->pskClient = settings.pskClient;
    else
        policy->pskServer = settings.pskServer;
    const bool usesPsk = policy->pskClient || policy->pskServer;
    if (usesPsk) {
        configuration.setProtocol(QSsl::TlsV1_2); // Qt's PSK callback is TLS 1.2's
        if (policy->pskServer && !policy->pskServer->hint.isEmpty())
            configuration.setPreSharedKeyIdentityHint(policy->pskServer->hint);
    }

    QList<QSslCipher> ciphers = usesPsk ? pskCiphers() : QList<QSslCipher>{};
    if (const auto &pki = settings.pki) {
        if (pki->own.isSet()) {
            if (auto error = applyOwnCertificate(pki->own, configuration))
                return unexpected(*error);
        }
        if (auto error = applyTrustAnchors(*pki, configuration))
            return unexpected(*error);
        policy->verifyPeer = pki->verifyPeerCert;
        policy->allowSelfSigned = pki->allowSelfSigned;
        policy->allowExpired = pki->allowExpiredCerts;
        policy->nameCheck = pki->nameCheck;
        policy->checkRevocation = pki->checkCertRevocation;
        policy->allowNoCrl = pki->allowNoCrl;
        policy->allowExpiredCrl = pki->allowExpiredCrl;
        policy->caFile = pki->caFile;
        policy->caDirectory = pki->caDirectory;
        policy->crlFile = pki->crlFile;
        if (role == DtlsRole::Client) {
            policy->peerVerifyName =
                !pki->expectedHostName.isEmpty() ? pki->expectedHostName : pki->sni;
            policy->checkHostName = !pki->expectedHostName.isEmpty();
        }
        if (pki->verifyPeerCert) {
            configuration.setPeerVerifyMode(role == DtlsRole::Server && !pki->requirePeerCert
                                                ? QSslSocket::QueryPeer
                                                : QSslSocket::VerifyPeer);
            configuration.setPeerVerifyDepth(
                pki->certChainValidation ? pki->certChainVerifyDepth + 1 : 1);
        }
        if (usesPsk) {
            // Both kinds offered: certificate suites next to the PSK ones.
            for (const QSslCipher &cipher : QSslConfiguration::defaultConfiguration().ciphers()) {
                if (!ciphers.contains(cipher))
                    ciphers.append(cipher);
            }
        }
    }
    if (!settings.cipherSuites.isEmpty()) {
        ciphers.clear();
        for (const QString &name : settings.cipherSuites) {
            const QSslCipher cipher(name);
            if (cipher.isNull()) {
                return unexpected(SecurityError{
                    SecurityError::Kind::InvalidSettings,
                    QStringLiteral("cipherSuites: %1 is not available").arg(name), std::nullopt});
            }
            ciphers.append(cipher);
        }
    }
    if (!ciphers.isEmpty())
        configuration.setCiphers(ciphers);
    policy->configuration = configuration;
    return std::shared_ptr<const TlsPolicy>(std::move(policy));
}

} // namespace coapscope
