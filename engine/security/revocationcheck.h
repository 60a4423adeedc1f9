// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "securityerror.h"

#include <QByteArrayList>
#include <QString>

#include <optional>

namespace coapscope {

struct TlsPolicy;

// Checks a peer's chain (DER, its own certificate first) against the policy's CRL, for TLS
// connections, where Qt offers no revocation checking of its own. Only revocation is judged
// here; the handshake has verified everything else. nullopt when the chain passes.
std::optional<SecurityError> checkRevocation(const QByteArrayList &chainDer,
                                             const TlsPolicy &policy);

} // namespace coapscope
