// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "certificateinfo.h"
#include "common/expected.h"
#include "securitysettings.h"

#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace coapscope {

// Why a certificate or key cannot be used, found before any handshake. Unlike the
// InvalidSettings SecurityError a failed handshake setup gives, it says which step failed, so
// the UI can word each one.
struct CertificateFileError
{
    enum class Kind : quint8
    {
        CannotRead,    // missing or unreadable file (detail: the system's words)
        NoCertificate, // neither a PEM nor a DER certificate (detail: OpenSSL's words)
        NoPrivateKey,  // neither a PEM nor a DER private key; encrypted keys land here too
        KeyMismatch,   // the key is not the private key of the chain's first certificate
    };

    Kind kind = Kind::CannotRead;
    QString filePath; // the file concerned; empty for data in memory
    QString detail;

    static QLatin1StringView kindId(Kind kind);
};

// The certificates of a chain (own certificate first), PEM or DER, from a file or memory.
Expected<CertificateChain, CertificateFileError> readCertificateChain(const PkiSource &source);

// Whether key is the private key of certificate's first certificate; nullopt when it is.
// Either source failing to load is reported as such.
std::optional<CertificateFileError> checkKeyMatches(const PkiSource &certificate,
                                                    const PkiSource &key);

} // namespace coapscope
