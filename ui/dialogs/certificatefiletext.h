// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "security/certificatefile.h"
#include "security/certificateinfo.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace coapscope {

// What is wrong with a certificate or key file, in one sentence.
QString describeCertificateFileError(const CertificateFileError &error);

// Why path cannot be a certificate, key or CRL file before reading it: missing, a directory,
// or far too large (which also keeps devices like /dev/zero from being read). Empty if none.
QString unusableFileProblem(const QString &path);

// What a peer may refuse about this certificate, at now: expired, not yet valid, self-signed.
QStringList certificateWarnings(const CertificateInfo &certificate, const QDateTime &now);

// A SHA-256 fingerprint as "AB:CD:...", the way browsers and openssl(1) show it.
QString fingerprintText(const QByteArray &fingerprint);

} // namespace coapscope
