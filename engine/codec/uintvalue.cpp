// SPDX-License-Identifier: BSD-2-Clause
#include "uintvalue.h"

namespace coapscope {

int encodeUintInto(quint64 value, uchar *out)
{
    int length = 0;
    for (quint64 rest = value; rest != 0; rest >>= 8)
        ++length;
    for (int i = 0; i < length; ++i)
        out[i] = static_cast<uchar>(value >> (8 * (length - 1 - i)));
    return length;
}

QByteArray encodeUint(quint64 value)
{
    uchar buffer[8];
    const int length = encodeUintInto(value, buffer);
    return QByteArray(reinterpret_cast<const char *>(buffer), length);
}

std::optional<quint64> decodeUint(QByteArrayView bytes, int maxBytes)
{
    if (bytes.size() > maxBytes || bytes.size() > 8)
        return std::nullopt;
    quint64 value = 0;
    for (char byte : bytes)
        value = (value << 8) | static_cast<uchar>(byte);
    return value;
}

} // namespace coapscope
