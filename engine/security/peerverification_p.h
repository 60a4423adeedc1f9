// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "securityerror.h"

#include <openssl/x509.h>

namespace coapscope {

// The X509 verify callback behind PkiSettings: tolerates what allowSelfSigned, allowExpiredCerts,
// allowNoCrl and allowExpiredCrl allow, runs the nameCheck hook, and records each certificate's
// result and the first refusal in the SSL's HandshakeRecorder.
int verifyPeerCertificate(int preverifyOk, X509_STORE_CTX *store);

// What a refused certificate's X509_V_ERR_* code means for the user.
SecurityError::Kind kindOfVerifyError(int x509Error);

} // namespace coapscope
