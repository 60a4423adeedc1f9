// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QLatin1StringView>
#include <QStringView>

#include <optional>
#include <span>

namespace coapscope {

// How a payload of a given Content-Format is best shown.
enum class PayloadKind : quint8
{
    Binary,
    Text,
    Json,
    Cbor,
    LinkFormat,
    Xml,
    Image
};

// One entry of the "CoAP Content-Formats" registry.
struct ContentFormatDescriptor
{
    quint16 id;
    QLatin1StringView mediaType; // with parameters, as registered
    QLatin1StringView shortName; // a handy alias for the command line ("json", "cbor")
    PayloadKind kind;
};

class ContentFormat
{
public:
    static const ContentFormatDescriptor *find(quint16 id);
    // Accepts a number ("50"), a registered media type (case-insensitive, spaces around ';'
    // ignored) or a short name.
    static std::optional<quint16> parse(QStringView text);
    static std::span<const ContentFormatDescriptor> all();

    static constexpr quint16 TextPlain = 0;
    static constexpr quint16 LinkFormat = 40;
    static constexpr quint16 Xml = 41;
    static constexpr quint16 OctetStream = 42;
    static constexpr quint16 Json = 50;
    static constexpr quint16 Cbor = 60;
};

} // namespace coapscope
