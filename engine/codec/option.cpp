// SPDX-License-Identifier: BSD-2-Clause
#include "option.h"

#include "uintvalue.h"

namespace coapscope {

Option Option::fromUint(quint16 optionNumber, quint64 uintValue)
{
    return Option(optionNumber, encodeUint(uintValue));
}

Option Option::fromString(quint16 optionNumber, QStringView text)
{
    return Option(optionNumber, text.toUtf8());
}

std::optional<quint64> Option::toUint() const
{
    return decodeUint(value);
}

} // namespace coapscope
