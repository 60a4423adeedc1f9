// SPDX-License-Identifier: BSD-2-Clause
#include "blockvalue.h"

#include "uintvalue.h"

namespace coapscope {

QByteArray BlockValue::toOptionValue() const
{
    return encodeUint(toUint());
}

std::optional<BlockValue> BlockValue::fromUint(quint64 value)
{
    if (value > 0xffffff)
        return std::nullopt;
    BlockValue block;
    block.number = static_cast<quint32>(value >> 4);
    block.more = (value & 0x8) != 0;
    block.szx = static_cast<quint8>(value & 0x7);
    return block;
}

std::optional<BlockValue> BlockValue::fromOptionValue(QByteArrayView bytes)
{
    const auto value = decodeUint(bytes, 3);
    if (!value)
        return std::nullopt;
    return fromUint(*value);
}

bool BlockValue::read(QByteArrayView bytes, BlockValue &out)
{
    const auto value = fromOptionValue(bytes);
    if (value)
        out = *value;
    return value.has_value();
}

std::optional<quint8> BlockValue::szxForSize(int size)
{
    for (quint8 szx = 0; szx <= 6; ++szx) {
        if ((16 << szx) == size)
            return szx;
    }
    return std::nullopt;
}

} // namespace coapscope
