// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "message.h"

#include <QJsonObject>

namespace coapscope {

enum class Framing : quint8
{
    Datagram,
    Stream
};

// The stable machine-readable form of a message, documented in README.md ("JSON output").
// Scripts and tests depend on it: add keys, never rename or remove them.
QJsonObject messageToJson(const Message &message, Framing framing);

} // namespace coapscope
