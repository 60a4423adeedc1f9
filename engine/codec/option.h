// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QByteArray>
#include <QStringView>

#include <optional>

namespace coapscope {

// One option instance: its number and its raw value bytes.
struct Option
{
    quint16 number = 0;
    QByteArray value;

    Option() = default;
    Option(quint16 optionNumber, QByteArray optionValue)
        : number(optionNumber)
        , value(std::move(optionValue))
    {}

    static Option fromUint(quint16 optionNumber, quint64 uintValue);
    static Option fromString(quint16 optionNumber, QStringView text);

    // The value read as a uint (at most 8 bytes), or nullopt when it is longer.
    std::optional<quint64> toUint() const;

    friend bool operator==(const Option &, const Option &) = default;
};

} // namespace coapscope
