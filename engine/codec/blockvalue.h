// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace coapscope {

// RFC 7959 §2.2: the value of a Block1 or Block2 option — block number, more flag and size
// exponent. SZX 7 is reserved on datagrams and means BERT on streams (RFC 8323 §6).
struct BlockValue
{
    static constexpr quint32 MaxNumber = (1u << 20) - 1;

    quint32 number = 0;
    bool more = false;
    quint8 szx = 6;

    int blockSize() const { return szx >= 7 ? 1024 : 16 << szx; }
    bool isBert() const { return szx == 7; }
    quint64 offset() const { return quint64(number) * quint64(blockSize()); }
    bool isValid() const { return number <= MaxNumber && szx <= 7; }

    quint32 toUint() const { return (number << 4) | (more ? 0x8u : 0u) | szx; }
    QByteArray toOptionValue() const;

    // nullopt when value does not fit the option's 24 bits.
    static std::optional<BlockValue> fromUint(quint64 value);
    // nullopt when the option value is longer than three bytes.
    static std::optional<BlockValue> fromOptionValue(QByteArrayView bytes);
    // The same, writing to out; for call sites where GCC 12 wrongly warns about a
    // std::optional<BlockValue> being used uninitialized.
    static bool read(QByteArrayView bytes, BlockValue &out);
    // The SZX for a block size of 16, 32, ..., 1024 bytes; nullopt for any other size.
    static std::optional<quint8> szxForSize(int size);

    friend bool operator==(const BlockValue &, const BlockValue &) = default;
};

} // namespace coapscope
