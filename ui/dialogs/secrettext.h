// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace coapscope {

// A key as it was typed: text, or hex digits when hex is set. Kept as typed, so that text that
// cannot be read yet is not lost.
struct SecretText
{
    QString text;
    bool hex = false;

    // Text when the bytes are printable UTF-8, hex digits otherwise.
    static SecretText fromBytes(const QByteArray &bytes);

    bool isBlank() const { return text.trimmed().isEmpty(); }
    // The bytes, or nullopt with *problem set when the hex digits cannot be read. Blank text
    // gives empty bytes.
    std::optional<QByteArray> bytes(QString *problem = nullptr) const;
};

} // namespace coapscope
