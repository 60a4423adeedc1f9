// SPDX-License-Identifier: BSD-2-Clause
#include "certificateinfo_p.h"
#include "opensslhandles_p.h"

#include <QHostAddress>
#include <QtEndian>

#include <openssl/evp.h>
#include <openssl/x509v3.h>

namespace coapscope {

namespace {

QString nameText(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253) < 0)
        return {};
    char *data = nullptr;
    const long length = BIO_ctrl(bio.get(), BIO_CTRL_INFO, 0, &data); // BIO_get_mem_data
    return QString::fromUtf8(data, length);
}

QDateTime timeOf(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString generalNameText(const GENERAL_NAME *name)
{
    int type = 0;
    const auto *value = static_cast<const ASN1_STRING *>(GENERAL_NAME_get0_value(name, &type));
    const auto bytes = [value] {
        return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(value)),
                          ASN1_STRING_length(value));
    };
    switch (type) {
    case GEN_DNS:
        return QStringLiteral("DNS:") + QString::fromLatin1(bytes());
    case GEN_EMAIL:
        return QStringLiteral("email:") + QString::fromLatin1(bytes());
    case GEN_URI:
        return QStringLiteral("URI:") + QString::fromLatin1(bytes());
    case GEN_IPADD: {
        const QByteArray raw = bytes();
        QHostAddress address;
        if (raw.size() == 4)
            address.setAddress(qFromBigEndian<quint32>(raw.constData()));
        else if (raw.size() == 16)
            address.setAddress(reinterpret_cast<const quint8 *>(raw.constData()));
        return QStringLiteral("IP:") + address.toString();
    }
    default:
        return {};
    }
}

QStringList subjectAltNames(X509 *certificate)
{
    QStringList result;
    auto *names = static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(certificate, NID_subject_alt_name, nullptr, nullptr));
    if (!names)
        return result;
    // The sk_GENERAL_NAME_* macros cast C-style; call the untyped stack functions instead.
    const auto *stack = reinterpret_cast<const OPENSSL_STACK *>(names);
    for (int i = 0; i < OPENSSL_sk_num(stack); ++i) {
        const QString text =
            generalNameText(static_cast<const GENERAL_NAME *>(OPENSSL_sk_value(stack, i)));
        if (!text.isEmpty())
            result.append(text);
    }
    GENERAL_NAMES_free(names);
    return result;
}

} // namespace

CertificateInfo certificateInfo(X509 *certificate, int verifyResult)
{
    CertificateInfo info;
    info.verifyResult = verifyResult;
    info.verifyResultText = QString::fromLatin1(X509_verify_cert_error_string(verifyResult));
    if (!certificate)
        return info;
    info.subject = nameText(X509_get_subject_name(certificate));
    info.issuer = nameText(X509_get_issuer_name(certificate));
    info.notBefore = timeOf(X509_get0_notBefore(certificate));
    info.notAfter = timeOf(X509_get0_notAfter(certificate));
    unsigned char digest[EVP_MAX_MD_SIZE] = {};
    unsigned int length = 0;
    if (X509_digest(certificate, EVP_sha256(), digest, &length) == 1)
        info.sha256Fingerprint = QByteArray(reinterpret_cast<const char *>(digest), int(length));
    info.subjectAltNames = subjectAltNames(certificate);
    // Checking the signature may queue OpenSSL errors; they are not the caller's business.
    ERR_set_mark();
    info.selfSigned = X509_self_signed(certificate, 1) == 1;
    ERR_pop_to_mark();
    return info;
}

} // namespace coapscope
