// SPDX-License-Identifier: BSD-2-Clause
#include "requesterror.h"

namespace coapscope {

QLatin1StringView RequestError::kindId(Kind kind)
{
    switch (kind) {
    case Kind::Timeout:
        return QLatin1StringView("timeout");
    case Kind::NoResponse:
        return QLatin1StringView("no-response");
    case Kind::Reset:
        return QLatin1StringView("reset");
    case Kind::SessionReleased:
        return QLatin1StringView("session-released");
    case Kind::Cancelled:
        return QLatin1StringView("cancelled");
    case Kind::MessageTooLarge:
        return QLatin1StringView("message-too-large");
    case Kind::Transport:
        return QLatin1StringView("transport");
    case Kind::IncompleteTransfer:
        return QLatin1StringView("incomplete-transfer");
    case Kind::ConnectionClosed:
        return QLatin1StringView("connection-closed");
    case Kind::Released:
        return QLatin1StringView("released");
    case Kind::Aborted:
        return QLatin1StringView("aborted");
    case Kind::ProtocolViolation:
        return QLatin1StringView("protocol-violation");
    case Kind::Security:
        return QLatin1StringView("security");
    }
    return QLatin1StringView("unknown");
}

} // namespace coapscope
