// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

namespace coapscope::text {

// Option numbers and values as people type them in the request composer. The rules follow
// coapscope-cli's --option, so the same text means the same bytes in both programs.

// A registered name ("Max-Age", any case) or a number 1..65535.
std::optional<quint16> parseOptionKey(QStringView key, QString *problem = nullptr);

// The value for option number: "0x..." is raw bytes for any option; otherwise a uint option
// takes a decimal number (Content-Format and Accept also a media type or short name), a
// string option takes text, an opaque or unregistered option takes hex, an empty option
// nothing. The result must fit the registered length bounds.
std::optional<QByteArray> parseOptionValue(quint16 number, QStringView value,
                                           QString *problem = nullptr);

// What the value of number should look like: "a number", "text", "hex bytes", "nothing".
QString optionValueHint(quint16 number);

// The text that parseOptionValue() turns back into value, for showing an option for editing.
QString optionValueInput(quint16 number, const QByteArray &value);

} // namespace coapscope::text
