// SPDX-License-Identifier: BSD-2-Clause
#include "hexinput.h"

#include "common/hexdigit.h"

#include <QCoreApplication>

namespace coapscope::text {

namespace {

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u':' || c == u'-' || c == u',';
}

} // namespace

std::optional<QByteArray> parseHexInput(QStringView text, HexInputError *error)
{
    const auto fail = [error](HexInputError::Kind kind, qsizetype offset) {
        if (error)
            *error = HexInputError{kind, offset};
        return std::nullopt;
    };
    QByteArray bytes;
    bytes.reserve(text.size() / 2);
    int pendingHigh = -1;
    qsizetype pendingAt = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        // A "0x" prefix may start any group of digits.
        if (c == u'0' && pendingHigh < 0 && i + 1 < text.size() &&
            (text[i + 1] == u'x' || text[i + 1] == u'X')) {
            ++i;
            continue;
        }
        if (isSeparator(c)) {
            continue;
        }
        const int value = hexDigitValue(c.unicode());
        if (value < 0)
            return fail(HexInputError::Kind::InvalidCharacter, i);
        if (pendingHigh < 0) {
            pendingHigh = value;
            pendingAt = i;
        } else {
            bytes.append(static_cast<char>((pendingHigh << 4) | value));
            pendingHigh = -1;
        }
    }
    if (pendingHigh >= 0)
        return fail(HexInputError::Kind::OddDigitCount, pendingAt);
    if (bytes.isEmpty())
        return fail(HexInputError::Kind::Empty, 0);
    return bytes;
}

QString describeHexInputError(const HexInputError &error)
{
    switch (error.kind) {
    case HexInputError::Kind::Empty:
        return QCoreApplication::translate("HexInput", "no hexadecimal bytes given");
    case HexInputError::Kind::InvalidCharacter:
        return QCoreApplication::translate("HexInput", "character %1 is not a hexadecimal digit")
            .arg(error.offset + 1);
    case HexInputError::Kind::OddDigitCount:
        return QCoreApplication::translate("HexInput", "the digit at character %1 has no partner: "
                                                       "each byte takes two digits")
            .arg(error.offset + 1);
    }
    return {};
}

} // namespace coapscope::text
