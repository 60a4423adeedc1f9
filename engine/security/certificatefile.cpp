// SPDX-License-Identifier: BSD-2-Clause
#include "certificatefile.h"

#include "certificateinfo_p.h"
#include "pkiloader_p.h"

namespace coapscope {

namespace {

CertificateFileError failure(CertificateFileError::Kind kind, const PkiSource &source,
                             const QString &detail)
{
    return CertificateFileError{kind, source.filePath, detail};
}

Expected<LoadedCertificateAndKey, CertificateFileError> loadCertificates(const PkiSource &source)
{
    auto bytes = readPkiSource(source);
    if (!bytes)
        return unexpected(failure(CertificateFileError::Kind::CannotRead, source, bytes.error()));
    auto loaded = parseCertificates(*bytes);
    if (!loaded)
        return unexpected(
            failure(CertificateFileError::Kind::NoCertificate, source, loaded.error()));
    return std::move(loaded).value();
}

} // namespace

Expected<CertificateChain, CertificateFileError> readCertificateChain(const PkiSource &source)
{
    auto loaded = loadCertificates(source);
    if (!loaded)
        return unexpected(loaded.error());
    // Nothing has been verified: every certificate gets X509_V_OK.
    CertificateChain chain{certificateInfo(loaded->certificate.get(), 0)};
    for (int i = 0; i < sk_X509_num(loaded->chain.get()); ++i)
        chain.append(certificateInfo(sk_X509_value(loaded->chain.get(), i), 0));
    return chain;
}

std::optional<CertificateFileError> checkKeyMatches(const PkiSource &certificate,
                                                    const PkiSource &key)
{
    auto loaded = loadCertificates(certificate);
    if (!loaded)
        return loaded.error();
    auto bytes = readPkiSource(key);
    if (!bytes)
        return failure(CertificateFileError::Kind::CannotRead, key, bytes.error());
    auto privateKey = parsePrivateKey(*bytes);
    if (!privateKey)
        return failure(CertificateFileError::Kind::NoPrivateKey, key, privateKey.error());
    if (!keyMatchesCertificate(loaded->certificate.get(), privateKey->get()))
        return failure(CertificateFileError::Kind::KeyMismatch, key, {});
    return std::nullopt;
}

QLatin1StringView CertificateFileError::kindId(Kind kind)
{
    switch (kind) {
    case Kind::CannotRead:
        return QLatin1StringView("cannot-read");
    case Kind::NoCertificate:
        return QLatin1StringView("no-certificate");
    case Kind::NoPrivateKey:
        return QLatin1StringView("no-private-key");
    case Kind::KeyMismatch:
        return QLatin1StringView("key-mismatch");
    }
    return QLatin1StringView("cannot-read");
}

} // namespace coapscope
