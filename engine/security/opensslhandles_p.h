// SPDX-License-Identifier: BSD-2-Clause
#pragma once

// Owning handles for OpenSSL objects, so every early return frees what it allocated.

#include <QString>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <memory>

namespace coapscope {

template <auto FreeFunction> struct OpenSslDeleter
{
    template <typename T> void operator()(T *object) const { FreeFunction(object); }
};

using SslPtr = std::unique_ptr<SSL, OpenSslDeleter<SSL_free>>;
using SslCtxPtr = std::unique_ptr<SSL_CTX, OpenSslDeleter<SSL_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using X509CrlPtr = std::unique_ptr<X509_CRL, OpenSslDeleter<X509_CRL_free>>;
using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using BioAddrPtr = std::unique_ptr<BIO_ADDR, OpenSslDeleter<BIO_ADDR_free>>;

inline void freeX509Stack(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}
using X509StackPtr = std::unique_ptr<STACK_OF(X509), OpenSslDeleter<freeX509Stack>>;

// OpenSSL's own text for the oldest error on this thread's queue, then clears the queue, so
// the next operation starts clean (the queue is shared by every connection on the thread).
inline QString takeOpenSslErrorText()
{
    const unsigned long code = ERR_peek_error();
    QString text;
    if (code != 0) {
        char buffer[256] = {};
        ERR_error_string_n(code, buffer, sizeof buffer);
        text = QString::fromLatin1(buffer);
    }
    ERR_clear_error();
    return text;
}

} // namespace coapscope
