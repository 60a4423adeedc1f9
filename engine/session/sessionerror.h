// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "security/securityerror.h"
#include "transport/transporterror.h"

#include <QLatin1StringView>

#include <optional>

namespace coapscope {

// Why a session or endpoint could not be made.
struct SessionError
{
    enum class Kind : quint8
    {
        InvalidAddress, // no address, or port 0 for a server
        Transport,      // the socket could not be bound; see transportError
        Security,       // the security settings cannot work; see securityError
    };
    SessionError(Kind errorKind, std::optional<TransportError> transport = std::nullopt)
        : kind(errorKind)
        , transportError(std::move(transport))
    {}
    SessionError(SecurityError security)
        : kind(Kind::Security)
        , securityError(std::move(security))
    {}

    Kind kind;
    std::optional<TransportError> transportError;
    std::optional<SecurityError> securityError;

    static QLatin1StringView kindId(Kind kind);
};

} // namespace coapscope
