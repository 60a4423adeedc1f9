// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <openssl/ssl.h>

namespace coapscope {

// Bytes one DTLS 1.2 record adds to its plaintext with this suite, worst case: the 13-byte
// header, the explicit nonce or IV, the tag or MAC, and CBC padding. AES-128-CCM-8: 13+8+8 = 29;
// AES-GCM: 13+8+16 = 37; ChaCha20-Poly1305: 13+0+16 = 29; AES-CBC-SHA256: 13+16+32+16 = 77.
int dtlsRecordOverhead(const SSL_CIPHER *cipher);

// Whether the suite's keys come from a pre-shared key (PSK, ECDHE-PSK, DHE-PSK, RSA-PSK).
bool usesPreSharedKey(const SSL_CIPHER *cipher);

} // namespace coapscope
