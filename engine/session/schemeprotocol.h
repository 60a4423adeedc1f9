// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/uri.h"
#include "protocol.h"

namespace coapscope {

// The protocol a URI scheme names: coap UDP, coaps DTLS, coap+tcp TCP, coaps+tcp TLS.
constexpr Protocol protocolForScheme(UriScheme scheme)
{
    switch (scheme) {
    case UriScheme::Coap:
        return Protocol::Udp;
    case UriScheme::Coaps:
        return Protocol::Dtls;
    case UriScheme::CoapTcp:
        return Protocol::Tcp;
    case UriScheme::CoapsTcp:
        return Protocol::Tls;
    }
    return Protocol::Udp;
}

} // namespace coapscope
