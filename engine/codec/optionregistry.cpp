// SPDX-License-Identifier: BSD-2-Clause
#include "optionregistry.h"

#include "optionnumber.h"

#include <array>

namespace coapscope {

namespace {

using L = QLatin1StringView;
constexpr auto Empty = OptionFormat::Empty;
constexpr auto Opaque = OptionFormat::Opaque;
constexpr auto Uint = OptionFormat::Uint;
constexpr auto String = OptionFormat::String;

namespace N = OptionNumber;

// Sorted by number. Lengths and repeatability from each option's defining RFC.
constexpr std::array messageTable{
    OptionDescriptor{N::IfMatch, L("If-Match"), Opaque, 0, 8, true, L("RFC 7252")},
    OptionDescriptor{N::UriHost, L("Uri-Host"), String, 1, 255, false, L("RFC 7252")},
    OptionDescriptor{N::ETag, L("ETag"), Opaque, 1, 8, true, L("RFC 7252")},
    OptionDescriptor{N::IfNoneMatch, L("If-None-Match"), Empty, 0, 0, false, L("RFC 7252")},
    OptionDescriptor{N::Observe, L("Observe"), Uint, 0, 3, false, L("RFC 7641")},
    OptionDescriptor{N::UriPort, L("Uri-Port"), Uint, 0, 2, false, L("RFC 7252")},
    OptionDescriptor{N::LocationPath, L("Location-Path"), String, 0, 255, true, L("RFC 7252")},
    OptionDescriptor{N::Oscore, L("OSCORE"), Opaque, 0, 255, false, L("RFC 8613")},
    OptionDescriptor{N::UriPath, L("Uri-Path"), String, 0, 255, true, L("RFC 7252")},
    OptionDescriptor{N::ContentFormat, L("Content-Format"), Uint, 0, 2, false, L("RFC 7252")},
    OptionDescriptor{N::MaxAge, L("Max-Age"), Uint, 0, 4, false, L("RFC 7252")},
    OptionDescriptor{N::UriQuery, L("Uri-Query"), String, 0, 255, true, L("RFC 7252")},
    OptionDescriptor{N::HopLimit, L("Hop-Limit"), Uint, 1, 1, false, L("RFC 8768")},
    OptionDescriptor{N::Accept, L("Accept"), Uint, 0, 2, false, L("RFC 7252")},
    OptionDescriptor{N::QBlock1, L("Q-Block1"), Uint, 0, 3, false, L("RFC 9177")},
    OptionDescriptor{N::LocationQuery, L("Location-Query"), String, 0, 255, true, L("RFC 7252")},
    OptionDescriptor{N::Block2, L("Block2"), Uint, 0, 3, false, L("RFC 7959")},
    OptionDescriptor{N::Block1, L("Block1"), Uint, 0, 3, false, L("RFC 7959")},
    OptionDescriptor{N::Size2, L("Size2"), Uint, 0, 4, false, L("RFC 7959")},
    OptionDescriptor{N::QBlock2, L("Q-Block2"), Uint, 0, 3, true, L("RFC 9177")},
    OptionDescriptor{N::ProxyUri, L("Proxy-Uri"), String, 1, 1034, false, L("RFC 7252")},
    OptionDescriptor{N::ProxyScheme, L("Proxy-Scheme"), String, 1, 255, false, L("RFC 7252")},
    OptionDescriptor{N::Size1, L("Size1"), Uint, 0, 4, false, L("RFC 7252")},
    OptionDescriptor{N::Echo, L("Echo"), Opaque, 1, 40, false, L("RFC 9175")},
    OptionDescriptor{N::NoResponse, L("No-Response"), Uint, 0, 1, false, L("RFC 7967")},
    OptionDescriptor{N::RequestTag, L("Request-Tag"), Opaque, 0, 8, true, L("RFC 9175")},
};

// RFC 8323 §5.3–5.6.
constexpr std::array signalingTable{
    OptionDescriptor{N::MaxMessageSize, L("Max-Message-Size"), Uint, 0, 4, false, L("RFC 8323"),
                     MessageCode::Csm},
    OptionDescriptor{N::BlockWiseTransfer, L("Block-Wise-Transfer"), Empty, 0, 0, false,
                     L("RFC 8323"), MessageCode::Csm},
    OptionDescriptor{N::Custody, L("Custody"), Empty, 0, 0, false, L("RFC 8323"),
                     MessageCode::Ping},
    OptionDescriptor{N::Custody, L("Custody"), Empty, 0, 0, false, L("RFC 8323"),
                     MessageCode::Pong},
    OptionDescriptor{N::AlternativeAddress, L("Alternative-Address"), String, 1, 255, true,
                     L("RFC 8323"), MessageCode::Release},
    OptionDescriptor{N::HoldOff, L("Hold-Off"), Uint, 0, 3, false, L("RFC 8323"),
                     MessageCode::Release},
    OptionDescriptor{N::BadCsmOption, L("Bad-CSM-Option"), Uint, 0, 2, false, L("RFC 8323"),
                     MessageCode::Abort},
};

} // namespace

QLatin1StringView optionFormatName(OptionFormat format)
{
    switch (format) {
    case OptionFormat::Empty:
        return L("empty");
    case OptionFormat::Opaque:
        return L("opaque");
    case OptionFormat::Uint:
        return L("uint");
    case OptionFormat::String:
        return L("string");
    }
    return L("opaque");
}

const OptionDescriptor *OptionRegistry::find(quint16 number, MessageCode code)
{
    if (code.isSignaling()) {
        for (const auto &entry : signalingTable) {
            if (entry.number == number && entry.signalingCode == code)
                return &entry;
        }
        return nullptr;
    }
    for (const auto &entry : messageTable) {
        if (entry.number == number)
            return &entry;
        if (entry.number > number)
            break;
    }
    return nullptr;
}

const OptionDescriptor *OptionRegistry::findByName(QStringView name, MessageCode code)
{
    const auto table = code.isSignaling() ? signalingOptions() : messageOptions();
    for (const auto &entry : table) {
        if (code.isSignaling() && entry.signalingCode != code)
            continue;
        if (name.compare(entry.name, Qt::CaseInsensitive) == 0)
            return &entry;
    }
    return nullptr;
}

std::span<const OptionDescriptor> OptionRegistry::messageOptions()
{
    return messageTable;
}

std::span<const OptionDescriptor> OptionRegistry::signalingOptions()
{
    return signalingTable;
}

} // namespace coapscope
