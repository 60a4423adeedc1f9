// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QLatin1StringView>
#include <QtGlobal>

namespace coapscope {

// Why a byte string is not a CoAP message. The engine reports the kind, the byte offset and
// the numbers involved; wording for people is the UI's job (see ui/text/decodeerrortext).
struct DecodeError
{
    enum class Kind : quint8
    {
        TooShort,              // value: bytes present, limit: bytes needed
        UnsupportedVersion,    // value: version found
        InvalidTokenLength,    // value: TKL found
        TokenPastEnd,          // value: token length, limit: bytes left
        ReservedOptionDelta,   // delta nibble 15 without the payload marker
        ReservedOptionLength,  // length nibble 15
        TruncatedOptionDelta,  // value: extension bytes needed, limit: bytes left
        TruncatedOptionLength, // value: extension bytes needed, limit: bytes left
        OptionValuePastEnd,    // value: option length, limit: bytes left
        OptionNumberTooLarge,  // value: option number reached
        PayloadMarkerWithoutPayload,
        EmptyMessageNotEmpty, // value: bytes after the header
        ReservedCodeClass,    // value: the code's raw byte
        FrameTooLarge,        // value: frame size, limit: the peer's Max-Message-Size
        TruncatedFrame,       // value: frame size, limit: bytes present
        TrailingBytes,        // value: bytes after the frame
    };

    Kind kind = Kind::TooShort;
    qsizetype offset = 0;
    quint64 value = 0;
    quint64 limit = 0;

    // A stable, lower-case identifier for scripts ("token-past-end"); never translated.
    static QLatin1StringView kindId(Kind kind);
    QLatin1StringView kindId() const { return kindId(kind); }

    friend bool operator==(const DecodeError &, const DecodeError &) = default;
};

} // namespace coapscope
