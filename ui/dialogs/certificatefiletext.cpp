// SPDX-License-Identifier: BSD-2-Clause
#include "certificatefiletext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

namespace coapscope {

namespace {

struct CertificateFileText
{
    Q_DECLARE_TR_FUNCTIONS(CertificateFileText)
};

} // namespace

QString describeCertificateFileError(const CertificateFileError &error)
{
    const QString file =
        error.filePath.isEmpty() ? CertificateFileText::tr("The data") : error.filePath;
    switch (error.kind) {
    case CertificateFileError::Kind::CannotRead:
        return CertificateFileText::tr("Cannot read %1: %2.").arg(file, error.detail);
    case CertificateFileError::Kind::NoCertificate:
        return CertificateFileText::tr("%1 holds no certificate in PEM or DER form (%2).")
            .arg(file, error.detail);
    case CertificateFileError::Kind::NoPrivateKey:
        return CertificateFileText::tr("%1 holds no private key in PEM or DER form, or the key "
                                       "is encrypted (%2).")
            .arg(file, error.detail);
    case CertificateFileError::Kind::KeyMismatch:
        return CertificateFileText::tr("The private key in %1 does not belong to the "
                                       "certificate.")
            .arg(file);
    }
    return {};
}

QString unusableFileProblem(const QString &path)
{
    // PEM chains and CRLs are a few kilobytes; a megabyte is generous.
    constexpr qint64 maxBytes = 1 << 20;
    const QFileInfo info(path);
    if (!info.exists())
        return CertificateFileText::tr("%1 does not exist.").arg(path);
    if (info.isDir())
        return CertificateFileText::tr("%1 is a directory, not a file.").arg(path);
    if (!info.isFile())
        return CertificateFileText::tr("%1 is not a regular file.").arg(path);
    if (!info.isReadable())
        return CertificateFileText::tr("%1 cannot be read: permission denied.").arg(path);
    if (info.size() > maxBytes)
        return CertificateFileText::tr("%1 is too large to be a certificate, key or CRL file.")
            .arg(path);
    return {};
}

QStringList certificateWarnings(const CertificateInfo &certificate, const QDateTime &now)
{
    QStringList warnings;
    const auto when = [](const QDateTime &time) {
        return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
    };
    if (certificate.notAfter.isValid() && certificate.notAfter < now)
        warnings.append(CertificateFileText::tr("The certificate expired on %1: peers that "
                                                "check it will refuse it.")
                            .arg(when(certificate.notAfter)));
    if (certificate.notBefore.isValid() && now < certificate.notBefore)
        warnings.append(CertificateFileText::tr("The certificate is not valid before %1: peers "
                                                "that check it will refuse it until then.")
                            .arg(when(certificate.notBefore)));
    if (certificate.selfSigned)
        warnings.append(CertificateFileText::tr("The certificate is self-signed: peers accept it "
                                                "only if they trust it directly or allow "
                                                "self-signed certificates."));
    return warnings;
}

QString fingerprintText(const QByteArray &fingerprint)
{
    return QString::fromLatin1(fingerprint.toHex(':').toUpper());
}

} // namespace coapscope
