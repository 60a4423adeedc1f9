// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace coapscope {

// The bytes as text when they are well-formed UTF-8; nullopt otherwise.
std::optional<QString> decodeUtf8Strict(QByteArrayView bytes);

// Well-formed UTF-8 with no control characters other than tab, CR and LF: safe to print as is.
bool isPrintableUtf8(QByteArrayView bytes);

} // namespace coapscope
