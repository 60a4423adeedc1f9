// SPDX-License-Identifier: BSD-2-Clause
#include "packetdissector.h"

#include <QHostAddress>
#include <QtEndian>

namespace coapscope {

namespace {

constexpr quint16 linkNull = 0;
constexpr quint16 linkEthernet = 1;
constexpr quint16 linkRaw = 101;
constexpr quint16 linkLoop = 108;
constexpr quint16 linkLinuxCooked = 113;
constexpr quint16 linkIpv4 = 228;
constexpr quint16 linkIpv6 = 229;
constexpr quint16 linkUpperPdu = 252;
constexpr quint16 linkLinuxCooked2 = 276;
constexpr quint8 protocolTcp = 6;
constexpr quint8 protocolUdp = 17;

// QByteArrayView::mid arrived after Qt 6.4; this one also clamps to what is there.
QByteArrayView part(QByteArrayView bytes, qsizetype at, qsizetype length = -1)
{
    if (at >= bytes.size())
        return {};
    const qsizetype available = bytes.size() - at;
    return bytes.sliced(at, length < 0 ? available : qMin(length, available));
}

quint16 big16(QByteArrayView bytes, qsizetype at)
{
    return qFromBigEndian<quint16>(bytes.data() + at);
}

quint32 big32(QByteArrayView bytes, qsizetype at)
{
    return qFromBigEndian<quint32>(bytes.data() + at);
}

std::optional<TransportSegment> transport(quint8 protocol, const QHostAddress &source,
                                          const QHostAddress &destination, QByteArrayView bytes)
{
    TransportSegment segment;
    if (protocol == protocolUdp) {
        if (bytes.size() < 8)
            return std::nullopt;
        const quint16 length = big16(bytes, 4);
        segment.kind = TransportSegment::Kind::Udp;
        segment.source = {source, big16(bytes, 0)};
        segment.destination = {destination, big16(bytes, 2)};
        segment.payload =
            part(bytes, 8, qMax<qsizetype>(0, qMin<qsizetype>(length, bytes.size()) - 8))
                .toByteArray();
        return segment;
    }
    if (protocol == protocolTcp) {
        if (bytes.size() < 20)
            return std::nullopt;
        const qsizetype headerLength = (quint8(bytes[12]) >> 4) * 4;
        if (headerLength < 20 || headerLength > bytes.size())
            return std::nullopt;
        const quint8 flags = quint8(bytes[13]);
        segment.kind = TransportSegment::Kind::Tcp;
        segment.source = {source, big16(bytes, 0)};
        segment.destination = {destination, big16(bytes, 2)};
        segment.sequence = big32(bytes, 4);
        segment.fin = (flags & 0x01) != 0;
        segment.syn = (flags & 0x02) != 0;
        segment.ack = (flags & 0x10) != 0;
        segment.payload = part(bytes, headerLength).toByteArray();
        return segment;
    }
    return std::nullopt;
}

std::optional<TransportSegment> ip(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return std::nullopt;
    const int version = quint8(bytes[0]) >> 4;
    if (version == 4) {
        if (bytes.size() < 20)
            return std::nullopt;
        const qsizetype headerLength = (quint8(bytes[0]) & 0x0f) * 4;
        const qsizetype total = big16(bytes, 2);
        const bool fragment = (big16(bytes, 6) & 0x3fff) != 0; // more fragments, or an offset
        if (headerLength < 20 || total < headerLength || fragment)
            return std::nullopt;
        return transport(quint8(bytes[9]), QHostAddress(big32(bytes, 12)),
                         QHostAddress(big32(bytes, 16)),
                         part(bytes, headerLength, qMin(total, bytes.size()) - headerLength));
    }
    if (version == 6) {
        if (bytes.size() < 40)
            return std::nullopt;
        const qsizetype payloadLength = big16(bytes, 4);
        return transport(quint8(bytes[6]),
                         QHostAddress(reinterpret_cast<const quint8 *>(bytes.data() + 8)),
                         QHostAddress(reinterpret_cast<const quint8 *>(bytes.data() + 24)),
                         part(bytes, 40, qMin(payloadLength, bytes.size() - 40)));
    }
    return std::nullopt;
}

// Wireshark's exported PDU: tag, length, value (padded to 4), until the end tag.
std::optional<TransportSegment> exportedPdu(QByteArrayView bytes)
{
    TransportSegment segment;
    segment.kind = TransportSegment::Kind::ExportedPdu;
    qsizetype at = 0;
    while (at + 4 <= bytes.size()) {
        const quint16 tag = big16(bytes, at);
        const quint16 length = big16(bytes, at + 2);
        const QByteArrayView value =
            part(bytes, at + 4, qMin<qsizetype>(length, bytes.size() - at - 4));
        at += 4 + ((length + 3) & ~3);
        switch (tag) {
        case 0: // end of tags
            segment.payload = part(bytes, qMin(at, bytes.size())).toByteArray();
            return segment.dissector.isEmpty() ? std::nullopt : std::optional(segment);
        case 12: // dissector name
            segment.dissector = value.toByteArray();
            if (segment.dissector.endsWith('\0'))
                segment.dissector.chop(segment.dissector.size() - segment.dissector.indexOf('\0'));
            break;
        case 20: // IPv4 source
        case 21: // IPv4 destination
            if (value.size() == 4)
                (tag == 20 ? segment.source : segment.destination).address =
                    QHostAddress(big32(value, 0));
            break;
        case 22: // IPv6 source
        case 23: // IPv6 destination
            if (value.size() == 16)
                (tag == 22 ? segment.source : segment.destination).address =
                    QHostAddress(reinterpret_cast<const quint8 *>(value.data()));
            break;
        case 24: // port type: 2 TCP, 3 UDP
            segment.overTcp = value.size() == 4 && big32(value, 0) == 2;
            break;
        case 25: // source port
        case 26: // destination port
            if (value.size() == 4)
                (tag == 25 ? segment.source : segment.destination).port = quint16(big32(value, 0));
            break;
        default:
            break;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<TransportSegment> dissectFrame(quint16 linkType, const QByteArray &frame)
{
    const QByteArrayView bytes(frame);
    switch (linkType) {
    case linkRaw:
    case linkIpv4:
    case linkIpv6:
        return ip(bytes);
    case linkNull:
    case linkLoop: // a 4-byte address family in either byte order; the IP header tells
        return bytes.size() > 4 ? ip(part(bytes, 4)) : std::nullopt;
    case linkEthernet: {
        qsizetype at = 12;
        while (bytes.size() >= at + 2 && (big16(bytes, at) == 0x8100 || big16(bytes, at) == 0x88a8))
            at += 4; // VLAN tags
        return bytes.size() > at + 2 ? ip(part(bytes, at + 2)) : std::nullopt;
    }
    case linkLinuxCooked:
        return bytes.size() > 16 ? ip(part(bytes, 16)) : std::nullopt;
    case linkLinuxCooked2:
        return bytes.size() > 20 ? ip(part(bytes, 20)) : std::nullopt;
    case linkUpperPdu:
        return exportedPdu(bytes);
    default:
        return std::nullopt;
    }
}

} // namespace coapscope
