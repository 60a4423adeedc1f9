// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QLatin1StringView>

namespace coapscope {

// RFC 7252 §3: the two-bit message type of a datagram.
enum class MessageType : quint8
{
    Confirmable = 0,
    NonConfirmable = 1,
    Acknowledgement = 2,
    Reset = 3,
};

// The conventional abbreviation: CON, NON, ACK or RST.
constexpr QLatin1StringView messageTypeAbbreviation(MessageType type)
{
    switch (type) {
    case MessageType::Confirmable:
        return QLatin1StringView("CON");
    case MessageType::NonConfirmable:
        return QLatin1StringView("NON");
    case MessageType::Acknowledgement:
        return QLatin1StringView("ACK");
    case MessageType::Reset:
        return QLatin1StringView("RST");
    }
    return QLatin1StringView("?");
}

} // namespace coapscope
