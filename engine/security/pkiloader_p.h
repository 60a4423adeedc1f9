// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "common/expected.h"
#include "opensslhandles_p.h"
#include "securityerror.h"
#include "securitysettings.h"

namespace coapscope {

struct LoadedCertificateAndKey
{
    X509Ptr certificate;
    X509StackPtr chain; // the certificates after the first, possibly empty
    EvpPkeyPtr key;
};

// Reads a certificate chain and its private key, PEM or DER, from files or memory. Failures are
// InvalidSettings whose detail names the file (or the field, for memory) and OpenSSL's reason.
Expected<LoadedCertificateAndKey, SecurityError>
loadCertificateAndKey(const CertificateAndKey &pair, const QString &field);

// The steps of loadCertificateAndKey, for callers that need to know which one failed (the PKI
// dialog's checks before connecting). Errors are the system's or OpenSSL's words, unprefixed.
Expected<QByteArray, QString> readPkiSource(const PkiSource &source);
// The key of the result is left empty.
Expected<LoadedCertificateAndKey, QString> parseCertificates(const QByteArray &bytes);
Expected<EvpPkeyPtr, QString> parsePrivateKey(const QByteArray &bytes);
bool keyMatchesCertificate(X509 *certificate, EVP_PKEY *key);

// Adds the CRLs of a PEM file to store.
std::optional<SecurityError> loadCrlFile(X509_STORE *store, const QString &path);

} // namespace coapscope
