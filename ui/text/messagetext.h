// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/message.h"
#include "codec/messagejson.h"

#include <QString>

namespace coapscope::text {

// "GET (0.01)", "Content (2.05)", "7.09" for an unassigned code.
QString codeText(MessageCode code);

// An option's name, or "Option 2049" for an unregistered number.
QString optionName(quint16 number, MessageCode code);

// An option value the way people read it: numbers for uint options (with the media type for
// Content-Format and Accept, NUM/M/size for Block1 and Block2), quoted text for strings, hex
// for opaque values.
QString optionValueText(quint16 number, MessageCode code, QByteArrayView value);

// A payload as text when it is printable UTF-8, otherwise as a hex dump.
QString payloadText(QByteArrayView payload);

// Sixteen bytes a line: offset, hex and the printable ASCII characters.
QString hexDump(QByteArrayView bytes);

// One line: "CON GET (0.01) MID 4660 token 0xa1b2 /sensors/temp, 5 bytes".
QString summarizeMessage(const Message &message, Framing framing);

// The whole message, several lines: header, one line per option, the payload.
QString describeMessage(const Message &message, Framing framing);

} // namespace coapscope::text
