// SPDX-License-Identifier: BSD-2-Clause
#include "sessionerror.h"

namespace coapscope {

QLatin1StringView SessionError::kindId(Kind kind)
{
    switch (kind) {
    case Kind::UnsupportedProtocol:
        return QLatin1StringView("unsupported-protocol");
    case Kind::InvalidAddress:
        return QLatin1StringView("invalid-address");
    case Kind::Transport:
        return QLatin1StringView("transport");
    }
    return QLatin1StringView("unknown");
}

} // namespace coapscope
