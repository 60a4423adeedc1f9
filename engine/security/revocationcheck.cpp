// SPDX-License-Identifier: BSD-2-Clause
#include "revocationcheck.h"

#include "opensslhandles_p.h"
#include "peerverification_p.h"
#include "pkiloader_p.h"
#include "tlspolicy.h"

#include <openssl/err.h>
#include <openssl/x509_vfy.h>

namespace coapscope {

namespace {

using StorePtr = std::unique_ptr<X509_STORE, OpenSslDeleter<X509_STORE_free>>;
using StoreContextPtr = std::unique_ptr<X509_STORE_CTX, OpenSslDeleter<X509_STORE_CTX_free>>;

X509Ptr fromDer(const QByteArray &der)
{
    const auto *cursor = reinterpret_cast<const unsigned char *>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &cursor, der.size()));
}

bool isRevocationProblem(int error)
{
    switch (error) {
    case X509_V_ERR_CERT_REVOKED:
    case X509_V_ERR_UNABLE_TO_GET_CRL:
    case X509_V_ERR_UNABLE_TO_GET_CRL_ISSUER:
    case X509_V_ERR_CRL_HAS_EXPIRED:
    case X509_V_ERR_CRL_NOT_YET_VALID:
    case X509_V_ERR_CRL_SIGNATURE_FAILURE:
        return true;
    default:
        return false;
    }
}

// Lets every verdict but a revocation one pass; the policy rides in the context's app data.
int judgeRevocationOnly(int preverifyOk, X509_STORE_CTX *context)
{
    if (preverifyOk)
        return 1;
    const int error = X509_STORE_CTX_get_error(context);
    if (!isRevocationProblem(error))
        return 1;
    const auto *policy = static_cast<const TlsPolicy *>(X509_STORE_CTX_get_ex_data(context, 0));
    if (error == X509_V_ERR_UNABLE_TO_GET_CRL || error == X509_V_ERR_UNABLE_TO_GET_CRL_ISSUER)
        return policy->allowNoCrl ? 1 : 0;
    if (error == X509_V_ERR_CRL_HAS_EXPIRED || error == X509_V_ERR_CRL_NOT_YET_VALID)
        return policy->allowExpiredCrl ? 1 : 0;
    return 0;
}

} // namespace

std::optional<SecurityError> checkRevocation(const QByteArrayList &chainDer,
                                             const TlsPolicy &policy)
{
    if (!policy.checkRevocation || chainDer.isEmpty())
        return std::nullopt;
    StorePtr store(X509_STORE_new());
    const QByteArray caFile = policy.caFile.toLocal8Bit();
    const QByteArray caDirectory = policy.caDirectory.toLocal8Bit();
    if ((!caFile.isEmpty() || !caDirectory.isEmpty()) &&
        X509_STORE_load_locations(store.get(), caFile.isEmpty() ? nullptr : caFile.constData(),
                                  caDirectory.isEmpty() ? nullptr : caDirectory.constData()) != 1) {
        ERR_clear_error();
    }
    if (!policy.crlFile.isEmpty()) {
        if (auto error = loadCrlFile(store.get(), policy.crlFile))
            return error;
    }
    X509_STORE_set_flags(store.get(), X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL);
    X509_STORE_set_verify_cb(store.get(), judgeRevocationOnly);

    X509Ptr leaf = fromDer(chainDer.first());
    X509StackPtr untrusted(sk_X509_new_null());
    for (qsizetype i = 1; i < chainDer.size(); ++i) {
        if (X509 *certificate = fromDer(chainDer.at(i)).release())
            sk_X509_push(untrusted.get(), certificate);
    }
    StoreContextPtr context(X509_STORE_CTX_new());
    if (!leaf || !context ||
        X509_STORE_CTX_init(context.get(), store.get(), leaf.get(), untrusted.get()) != 1) {
        return SecurityError{SecurityError::Kind::ProtocolError,
                             QStringLiteral("cannot check the certificate chain for revocation"),
                             std::nullopt};
    }
    X509_STORE_CTX_set_ex_data(context.get(), 0, const_cast<TlsPolicy *>(&policy));
    if (X509_verify_cert(context.get()) == 1)
        return std::nullopt;
    const int error = X509_STORE_CTX_get_error(context.get());
    return SecurityError{kindOfVerifyError(error),
                         QString::fromLatin1(X509_verify_cert_error_string(error)), std::nullopt};
}

} // namespace coapscope
