// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "transport/transporterror.h"

#include <QLatin1StringView>

#include <optional>

namespace coapscope {

// Why a session or endpoint could not be made.
struct SessionError
{
    enum class Kind : quint8
    {
        UnsupportedProtocol, // not yet available in this build (DTLS, TCP, TLS)
        InvalidAddress,      // no address, or port 0 for a server
        Transport,           // the socket could not be bound; see transportError
    };
    SessionError(Kind errorKind, std::optional<TransportError> transport = std::nullopt)
        : kind(errorKind)
        , transportError(std::move(transport))
    {}

    Kind kind;
    std::optional<TransportError> transportError;

    static QLatin1StringView kindId(Kind kind);
};

} // namespace coapscope
