// SPDX-License-Identifier: BSD-2-Clause
#include "optionbody_p.h"

namespace coapscope::optionbody {

namespace {

constexpr uchar PayloadMarker = 0xff;

// Size of the extension bytes for an option delta or length (RFC 7252 §3.1).
constexpr int extensionSize(quint32 value)
{
    return value < 13 ? 0 : value < 269 ? 1 : 2;
}

constexpr uchar nibbleFor(quint32 value)
{
    return value < 13 ? static_cast<uchar>(value) : value < 269 ? 13 : 14;
}

uchar *writeExtension(quint32 value, uchar *out)
{
    if (value >= 269) {
        const quint32 extended = value - 269;
        *out++ = static_cast<uchar>(extended >> 8);
        *out++ = static_cast<uchar>(extended);
    } else if (value >= 13) {
        *out++ = static_cast<uchar>(value - 13);
    }
    return out;
}

// Reads the value a delta or length nibble stands for, with its extension bytes.
// Returns false when the extension runs past end.
Q_ALWAYS_INLINE bool readExtended(quint32 nibble, const uchar *data, qsizetype &pos, qsizetype end,
                                  quint32 &value, int &needed)
{
    if (nibble < 13) {
        value = nibble;
        return true;
    }
    needed = nibble == 13 ? 1 : 2;
    if (end - pos < needed)
        return false;
    if (nibble == 13) {
        value = 13u + data[pos];
    } else {
        value = 269u + ((quint32(data[pos]) << 8) | data[pos + 1]);
    }
    pos += needed;
    return true;
}

} // namespace

qsizetype encodedSize(const MessageData &message)
{
    qsizetype size = 0;
    quint32 previous = 0;
    for (const auto &entry : message.options) {
        const quint32 delta = entry.number - previous;
        size += 1 + extensionSize(delta) + extensionSize(entry.value.length) + entry.value.length;
        previous = entry.number;
    }
    if (message.payload.length > 0)
        size += 1 + message.payload.length;
    return size;
}

uchar *encode(const MessageData &message, uchar *out)
{
    const auto *store = reinterpret_cast<const uchar *>(message.store.constData());
    quint32 previous = 0;
    for (const auto &entry : message.options) {
        const quint32 delta = entry.number - previous;
        const quint32 length = entry.value.length;
        *out++ = static_cast<uchar>((nibbleFor(delta) << 4) | nibbleFor(length));
        out = writeExtension(delta, out);
        out = writeExtension(length, out);
        if (length > 0) {
            memcpy(out, store + entry.value.offset, length);
            out += length;
        }
        previous = entry.number;
    }
    if (message.payload.length > 0) {
        *out++ = PayloadMarker;
        memcpy(out, store + message.payload.offset, message.payload.length);
        out += message.payload.length;
    }
    return out;
}

std::optional<DecodeError> decode(MessageData &message, qsizetype begin, qsizetype end,
                                  qsizetype errorBase)
{
    using Kind = DecodeError::Kind;
    const auto *data = reinterpret_cast<const uchar *>(message.store.constData());
    const auto error = [errorBase](Kind kind, qsizetype at, quint64 value = 0, quint64 limit = 0) {
        return DecodeError{kind, errorBase + at, value, limit};
    };

    qsizetype pos = begin;
    quint32 number = 0;
    while (pos < end) {
        const qsizetype headerAt = pos;
        const uchar header = data[pos++];
        if (header == PayloadMarker) {
            if (pos == end)
                return error(Kind::PayloadMarkerWithoutPayload, headerAt);
            message.payload = ByteSpan{static_cast<quint32>(pos), static_cast<quint32>(end - pos)};
            return std::nullopt;
        }
        const quint32 deltaNibble = header >> 4;
        const quint32 lengthNibble = header & 0x0f;
        if (deltaNibble == 15)
            return error(Kind::ReservedOptionDelta, headerAt);
        if (lengthNibble == 15)
            return error(Kind::ReservedOptionLength, headerAt);

        quint32 delta = 0;
        int needed = 0;
        if (!readExtended(deltaNibble, data, pos, end, delta, needed))
            return error(Kind::TruncatedOptionDelta, pos, needed, end - pos);
        quint32 length = 0;
        if (!readExtended(lengthNibble, data, pos, end, length, needed))
            return error(Kind::TruncatedOptionLength, pos, needed, end - pos);

        number += delta;
        if (number > 0xffff)
            return error(Kind::OptionNumberTooLarge, headerAt, number);
        if (length > static_cast<quint64>(end - pos))
            return error(Kind::OptionValuePastEnd, pos, length, end - pos);

        message.options.append(OptionEntry{
            static_cast<quint16>(number),
            ByteSpan{static_cast<quint32>(pos), length},
        });
        pos += length;
    }
    return std::nullopt;
}

} // namespace coapscope::optionbody
