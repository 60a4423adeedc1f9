// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace coapscope {

// One certificate of a peer's chain, as the UI shows it.
struct CertificateInfo
{
    QString subject; // one line, RFC 2253 order ("CN=localhost")
    QString issuer;
    QDateTime notBefore; // UTC
    QDateTime notAfter;
    QByteArray sha256Fingerprint; // raw 32 bytes of the DER encoding's SHA-256
    int verifyResult = 0;         // X509_V_OK (0), or the X509_V_ERR_* code seen for it
    QString verifyResultText;     // OpenSSL's English words for verifyResult
    QStringList subjectAltNames;  // "DNS:localhost", "IP:127.0.0.1", "URI:...", "email:..."
    bool selfSigned = false;      // its own issuer, and its signature verifies with its own key
};

using CertificateChain = QList<CertificateInfo>;

} // namespace coapscope
