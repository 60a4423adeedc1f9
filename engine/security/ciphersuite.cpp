// SPDX-License-Identifier: BSD-2-Clause
#include "ciphersuite_p.h"

#include <QByteArrayView>

#include <openssl/evp.h>
#include <openssl/objects.h>

namespace coapscope {

namespace {

constexpr int recordHeader = 13;
constexpr int aeadExplicitNonce = 8; // GCM and CCM in TLS 1.2 (RFC 5288, RFC 6655)
constexpr int fullTag = 16;
constexpr int shortTag = 8; // CCM_8

int aeadOverhead(const SSL_CIPHER *cipher)
{
    switch (SSL_CIPHER_get_cipher_nid(cipher)) {
    case NID_chacha20_poly1305:
        return fullTag; // the nonce is derived, never sent (RFC 7905)
    case NID_aes_128_ccm:
    case NID_aes_256_ccm: {
        const bool isCcm8 = QByteArrayView(SSL_CIPHER_standard_name(cipher)).endsWith("_CCM_8");
        return aeadExplicitNonce + (isCcm8 ? shortTag : fullTag);
    }
    default: // AES-GCM, ARIA-GCM
        return aeadExplicitNonce + fullTag;
    }
}

int blockCipherOverhead(const SSL_CIPHER *cipher)
{
    const EVP_MD *digest = EVP_get_digestbynid(SSL_CIPHER_get_digest_nid(cipher));
    const int mac = digest ? EVP_MD_get_size(digest) : 0;
    const EVP_CIPHER *encryption = EVP_get_cipherbynid(SSL_CIPHER_get_cipher_nid(cipher));
    const int block = encryption ? EVP_CIPHER_get_block_size(encryption) : 1;
    if (block <= 1)
        return mac; // NULL encryption
    // Explicit IV, then padding: its length byte plus up to block - 1 bytes.
    return block + mac + block;
}

} // namespace

int dtlsRecordOverhead(const SSL_CIPHER *cipher)
{
    if (!cipher)
        return 0;
    return recordHeader +
           (SSL_CIPHER_is_aead(cipher) ? aeadOverhead(cipher) : blockCipherOverhead(cipher));
}

bool usesPreSharedKey(const SSL_CIPHER *cipher)
{
    if (!cipher)
        return false;
    switch (SSL_CIPHER_get_kx_nid(cipher)) {
    case NID_kx_psk:
    case NID_kx_ecdhe_psk:
    case NID_kx_dhe_psk:
    case NID_kx_rsa_psk:
        return true;
    default:
        return false;
    }
}

} // namespace coapscope
