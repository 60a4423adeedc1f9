// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QLatin1StringView>

namespace coapscope {

// The seed's coap_proto_t: how a session carries CoAP.
enum class Protocol : quint8
{
    Udp,
    Dtls,
    Tcp,
    Tls
};

constexpr QLatin1StringView protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Udp:
        return QLatin1StringView("UDP");
    case Protocol::Dtls:
        return QLatin1StringView("DTLS");
    case Protocol::Tcp:
        return QLatin1StringView("TCP");
    case Protocol::Tls:
        return QLatin1StringView("TLS");
    }
    return QLatin1StringView("?");
}

constexpr bool isReliable(Protocol protocol)
{
    return protocol == Protocol::Tcp || protocol == Protocol::Tls;
}

constexpr bool isSecure(Protocol protocol)
{
    return protocol == Protocol::Dtls || protocol == Protocol::Tls;
}

} // namespace coapscope
