// SPDX-License-Identifier: BSD-2-Clause
#include "pkiloader_p.h"

#include <QFile>

#include <openssl/pem.h>

namespace coapscope {

namespace {

SecurityError invalid(const QString &what, const QString &reason)
{
    return SecurityError{
        SecurityError::Kind::InvalidSettings, QStringLiteral("%1: %2").arg(what, reason), {}};
}

// Never lets OpenSSL prompt on the terminal for a passphrase: encrypted keys just fail to load.
int refusePassphrase(char *, int, int, void *)
{
    return -1;
}

bool isPem(const QByteArray &bytes)
{
    return bytes.contains("-----BEGIN ");
}

BioPtr memoryBio(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QString sourceName(const PkiSource &source, const QString &field)
{
    return source.filePath.isEmpty() ? field : source.filePath;
}

} // namespace

Expected<QByteArray, QString> readPkiSource(const PkiSource &source)
{
    if (source.filePath.isEmpty())
        return source.data;
    QFile file(source.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(file.errorString());
    return file.readAll();
}

Expected<LoadedCertificateAndKey, QString> parseCertificates(const QByteArray &bytes)
{
    LoadedCertificateAndKey loaded;
    // sk_X509_new_null() casts C-style.
    loaded.chain.reset(reinterpret_cast<STACK_OF(X509) *>(OPENSSL_sk_new_null()));
    ERR_clear_error();
    if (isPem(bytes)) {
        BioPtr bio = memoryBio(bytes);
        while (X509 *certificate =
                   PEM_read_bio_X509(bio.get(), nullptr, refusePassphrase, nullptr)) {
            if (!loaded.certificate)
                loaded.certificate.reset(certificate);
            else
                sk_X509_push(loaded.chain.get(), certificate);
        }
        // Reading past the last certificate leaves "no start line" behind; that is the end.
        if (loaded.certificate)
            ERR_clear_error();
    } else {
        const auto *der = reinterpret_cast<const unsigned char *>(bytes.constData());
        loaded.certificate.reset(d2i_X509(nullptr, &der, long(bytes.size())));
    }
    if (!loaded.certificate) {
        const QString reason = takeOpenSslErrorText();
        return unexpected(reason.isEmpty() ? QStringLiteral("no certificate") : reason);
    }
    return loaded;
}

Expected<EvpPkeyPtr, QString> parsePrivateKey(const QByteArray &bytes)
{
    ERR_clear_error();
    EvpPkeyPtr key;
    if (isPem(bytes)) {
        BioPtr bio = memoryBio(bytes);
        key.reset(PEM_read_bio_PrivateKey(bio.get(), nullptr, refusePassphrase, nullptr));
    } else {
        const auto *der = reinterpret_cast<const unsigned char *>(bytes.constData());
        key.reset(d2i_AutoPrivateKey(nullptr, &der, long(bytes.size())));
    }
    if (!key) {
        const QString reason = takeOpenSslErrorText();
        return unexpected(reason.isEmpty() ? QStringLiteral("no private key") : reason);
    }
    return key;
}

bool keyMatchesCertificate(X509 *certificate, EVP_PKEY *key)
{
    const bool matches = X509_check_private_key(certificate, key) == 1;
    if (!matches)
        takeOpenSslErrorText();
    return matches;
}

Expected<LoadedCertificateAndKey, SecurityError>
loadCertificateAndKey(const CertificateAndKey &pair, const QString &field)
{
    const QString certificateName =
        sourceName(pair.certificateChain, field + QStringLiteral(".certificate"));
    const QString keyName = sourceName(pair.privateKey, field + QStringLiteral(".privateKey"));
    auto certificateBytes = readPkiSource(pair.certificateChain);
    if (!certificateBytes)
        return unexpected(invalid(certificateName, certificateBytes.error()));
    auto keyBytes = readPkiSource(pair.privateKey);
    if (!keyBytes)
        return unexpected(invalid(keyName, keyBytes.error()));

    auto loaded = parseCertificates(*certificateBytes);
    if (!loaded)
        return unexpected(invalid(certificateName, loaded.error()));
    auto key = parsePrivateKey(*keyBytes);
    if (!key)
        return unexpected(invalid(keyName, key.error()));
    if (!keyMatchesCertificate(loaded->certificate.get(), key->get()))
        return unexpected(
            invalid(keyName, QStringLiteral("key does not match %1").arg(certificateName)));
    loaded->key = std::move(*key);
    return std::move(loaded).value();
}

std::optional<SecurityError> loadCrlFile(X509_STORE *store, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(path, file.errorString());
    const QByteArray bytes = file.readAll();
    ERR_clear_error();
    BioPtr bio = memoryBio(bytes);
    int count = 0;
    while (X509_CRL *crl = PEM_read_bio_X509_CRL(bio.get(), nullptr, refusePassphrase, nullptr)) {
        const X509CrlPtr owned(crl);
        if (X509_STORE_add_crl(store, crl) != 1)
            return invalid(path, takeOpenSslErrorText());
        ++count;
    }
    if (count == 0) {
        const QString reason = takeOpenSslErrorText();
        return invalid(path, reason.isEmpty() ? QStringLiteral("no CRL") : reason);
    }
    ERR_clear_error();
    return std::nullopt;
}

} // namespace coapscope
