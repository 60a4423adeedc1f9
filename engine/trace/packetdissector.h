// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "session/socketaddress.h"

#include <QByteArray>

#include <optional>

namespace coapscope {

// What a captured frame carried above IP: a UDP datagram or a TCP segment between two
// addresses, or (Wireshark's exported PDUs) a payload named for a dissector.
struct TransportSegment
{
    enum class Kind : quint8
    {
        Udp,
        Tcp,
        ExportedPdu,
    };
    Kind kind = Kind::Udp;
    SocketAddress source;
    SocketAddress destination;
    quint32 sequence = 0; // TCP
    bool syn = false;     // TCP
    bool ack = false;     // TCP
    bool fin = false;     // TCP
    QByteArray dissector; // ExportedPdu: "coap", ...
    bool overTcp = false; // ExportedPdu: the port type was TCP
    QByteArray payload;
};

// Peels a frame's link layer (raw IP, Ethernet, Linux cooked v1 and v2, BSD loopback,
// Wireshark's exported PDUs), IPv4 or IPv6, and UDP or TCP. Anything else, a fragment, or a
// header cut short gives nullopt.
std::optional<TransportSegment> dissectFrame(quint16 linkType, const QByteArray &frame);

} // namespace coapscope
