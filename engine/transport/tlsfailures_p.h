// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "security/securityerror.h"

#include <QSslError>

#include <optional>

namespace coapscope {

struct TlsPolicy;

// Whether the policy forgives this verification error (allowSelfSigned, allowExpired, no
// verification at all, no host name asked for).
bool tlsErrorIsForgiven(QSslError::SslError error, const TlsPolicy &policy);
// What a refused certificate means for the user.
SecurityError::Kind kindOfTlsError(QSslError::SslError error);
// The X509_V_ERR_* code Qt's error stands for, for CertificateInfo::verifyResult.
int x509CodeOfTlsError(QSslError::SslError error);
// A handshake that failed with no certificate verdict of ours: judged by the fatal alerts seen
// and Qt's text. pskHandshake makes a decrypt_error or bad_record_mac mean "the keys differ".
SecurityError classifyTlsFailure(std::optional<quint8> alertReceived,
                                 std::optional<quint8> alertSent, bool pskHandshake,
                                 const QString &text);

} // namespace coapscope
