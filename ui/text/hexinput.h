// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QByteArray>
#include <QStringView>

#include <optional>

namespace coapscope::text {

struct HexInputError
{
    enum class Kind : quint8
    {
        Empty,
        InvalidCharacter,
        OddDigitCount
    };
    Kind kind;
    qsizetype offset; // character index
};

// Reads hex as people paste it: "40 01 04 d2", "40:01:04:d2", "0x400104d2", across lines.
// Unlike QByteArray::fromHex it refuses anything else instead of skipping it.
std::optional<QByteArray> parseHexInput(QStringView text, HexInputError *error = nullptr);

QString describeHexInputError(const HexInputError &error);

} // namespace coapscope::text
