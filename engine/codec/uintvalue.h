// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace coapscope {

// RFC 7252 §3.2 "uint" option values: unsigned, network byte order, no leading zero bytes
// (zero is the empty string). Decoding accepts leading zeros, as receivers must.

// Writes the minimal big-endian form of value to out (at least 8 bytes) and returns its length.
int encodeUintInto(quint64 value, uchar *out);
QByteArray encodeUint(quint64 value);

// nullopt when bytes is longer than maxBytes.
std::optional<quint64> decodeUint(QByteArrayView bytes, int maxBytes = 8);

} // namespace coapscope
