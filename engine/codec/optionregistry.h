// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "messagecode.h"

#include <QLatin1StringView>
#include <QStringView>

#include <span>

namespace coapscope {

// RFC 7252 §3.2 option value formats.
enum class OptionFormat : quint8
{
    Empty,
    Opaque,
    Uint,
    String
};

QLatin1StringView optionFormatName(OptionFormat format);

// What the registries say about one option number.
struct OptionDescriptor
{
    quint16 number;
    QLatin1StringView name;
    OptionFormat format;
    quint16 minLength;
    quint16 maxLength;
    bool repeatable;
    QLatin1StringView reference;
    MessageCode signalingCode = MessageCode::Empty; // set for RFC 8323 signaling options

    bool acceptsLength(qsizetype length) const
    {
        return length >= minLength && length <= maxLength;
    }
};

class OptionRegistry
{
public:
    // RFC 7252 §5.4.6: properties encoded in the option number itself.
    static constexpr bool isCritical(quint16 number) { return (number & 1) != 0; }
    static constexpr bool isUnsafe(quint16 number) { return (number & 2) != 0; }
    static constexpr bool isNoCacheKey(quint16 number) { return (number & 0x1e) == 0x1c; }

    // The descriptor for number in a message with the given code: signaling codes (7.xx) have
    // their own option space. nullptr for an unregistered number.
    static const OptionDescriptor *find(quint16 number, MessageCode code = MessageCode::Get);
    // Case-insensitive lookup by registered name ("uri-path", "Max-Message-Size").
    static const OptionDescriptor *findByName(QStringView name,
                                              MessageCode code = MessageCode::Get);

    static std::span<const OptionDescriptor> messageOptions();
    static std::span<const OptionDescriptor> signalingOptions();
};

} // namespace coapscope
