// SPDX-License-Identifier: BSD-2-Clause
#include "sessionerror.h"

namespace coapscope {

QLatin1StringView SessionError::kindId(Kind kind)
{
    switch (kind) {
    case Kind::InvalidAddress:
        return QLatin1StringView("invalid-address");
    case Kind::Transport:
        return QLatin1StringView("transport");
    case Kind::Security:
        return QLatin1StringView("security");
    }
    return QLatin1StringView("unknown");
}

} // namespace coapscope
