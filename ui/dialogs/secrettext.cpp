// SPDX-License-Identifier: BSD-2-Clause
#include "secrettext.h"

#include "text/hexinput.h"

#include <QCoreApplication>

#include <algorithm>

namespace coapscope {

SecretText SecretText::fromBytes(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    const bool printable =
        text.toUtf8() == bytes &&
        std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isPrint(); });
    if (printable)
        return SecretText{text, false};
    return SecretText{QString::fromLatin1(bytes.toHex(' ')), true};
}

std::optional<QByteArray> SecretText::bytes(QString *problem) const
{
    if (!hex)
        return text.toUtf8();
    if (isBlank())
        return QByteArray();
    text::HexInputError error{};
    auto bytes = text::parseHexInput(text, &error);
    if (!bytes && problem)
        *problem = QCoreApplication::translate("SecretText", "Not hexadecimal: %1.")
                       .arg(text::describeHexInputError(error));
    return bytes;
}

} // namespace coapscope
