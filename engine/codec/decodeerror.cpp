// SPDX-License-Identifier: BSD-2-Clause
#include "decodeerror.h"

namespace coapscope {

QLatin1StringView DecodeError::kindId(Kind kind)
{
    switch (kind) {
    case Kind::TooShort:
        return QLatin1StringView("too-short");
    case Kind::UnsupportedVersion:
        return QLatin1StringView("unsupported-version");
    case Kind::InvalidTokenLength:
        return QLatin1StringView("invalid-token-length");
    case Kind::TokenPastEnd:
        return QLatin1StringView("token-past-end");
    case Kind::ReservedOptionDelta:
        return QLatin1StringView("reserved-option-delta");
    case Kind::ReservedOptionLength:
        return QLatin1StringView("reserved-option-length");
    case Kind::TruncatedOptionDelta:
        return QLatin1StringView("truncated-option-delta");
    case Kind::TruncatedOptionLength:
        return QLatin1StringView("truncated-option-length");
    case Kind::OptionValuePastEnd:
        return QLatin1StringView("option-value-past-end");
    case Kind::OptionNumberTooLarge:
        return QLatin1StringView("option-number-too-large");
    case Kind::PayloadMarkerWithoutPayload:
        return QLatin1StringView("payload-marker-without-payload");
    case Kind::EmptyMessageNotEmpty:
        return QLatin1StringView("empty-message-not-empty");
    case Kind::ReservedCodeClass:
        return QLatin1StringView("reserved-code-class");
    case Kind::FrameTooLarge:
        return QLatin1StringView("frame-too-large");
    case Kind::TruncatedFrame:
        return QLatin1StringView("truncated-frame");
    case Kind::TrailingBytes:
        return QLatin1StringView("trailing-bytes");
    }
    return QLatin1StringView("unknown");
}

} // namespace coapscope
