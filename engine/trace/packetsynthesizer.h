// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "session/socketaddress.h"

#include <QByteArray>
#include <QByteArrayView>

namespace coapscope {

// Packets as a capture on the wire would have shown them, made up around the bytes the engine
// sent or received: an IPv4 or IPv6 header and a UDP or TCP header from the real addresses and
// ports, with valid checksums, for LINKTYPE_RAW. Also Wireshark's "upper PDU" form, which names
// the dissector instead, for payloads that never crossed the wire in the clear.
//
// Both addresses end up in one family: IPv4 when both are IPv4 (IPv4-mapped IPv6 included),
// else IPv6 with IPv4 addresses mapped. An unspecified address stays unspecified.
class PacketSynthesizer
{
public:
    // TCP header flags.
    static constexpr quint8 TcpFin = 0x01;
    static constexpr quint8 TcpSyn = 0x02;
    static constexpr quint8 TcpPush = 0x08;
    static constexpr quint8 TcpAck = 0x10;

    static QByteArray udpPacket(const SocketAddress &source, const SocketAddress &destination,
                                QByteArrayView payload);
    static QByteArray tcpPacket(const SocketAddress &source, const SocketAddress &destination,
                                quint32 sequence, quint32 acknowledgement, quint8 flags,
                                QByteArrayView payload);

    enum class PortType : quint8
    {
        Udp,
        Tcp,
    };
    // LINKTYPE_WIRESHARK_UPPER_PDU: the dissector's name ("coap"), the addresses and ports as
    // tags, then the PDU, which Wireshark hands to that dissector whatever the ports.
    static QByteArray upperPdu(QByteArrayView dissector, const SocketAddress &source,
                               const SocketAddress &destination, PortType portType,
                               QByteArrayView payload);

    // RFC 1071's ones' complement sum, folded and complemented; start carries a partial sum
    // (such as a pseudo-header's) in.
    static quint16 internetChecksum(QByteArrayView data, quint32 start = 0);
};

} // namespace coapscope
