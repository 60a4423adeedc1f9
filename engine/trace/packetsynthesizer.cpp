// SPDX-License-Identifier: BSD-2-Clause
#include "packetsynthesizer.h"

#include <QtEndian>

namespace coapscope {

namespace {

constexpr quint8 protocolTcp = 6;
constexpr quint8 protocolUdp = 17;
constexpr quint8 defaultTtl = 64;
constexpr int ipv4HeaderSize = 20;
constexpr int ipv6HeaderSize = 40;
constexpr int udpHeaderSize = 8;
constexpr int tcpHeaderSize = 20;

// Wireshark's exported PDU tags (epan/exported_pdu.h) and port types (epan/address.h).
constexpr quint16 tagEnd = 0;
constexpr quint16 tagDissectorName = 12;
constexpr quint16 tagIpv4Source = 20;
constexpr quint16 tagIpv4Destination = 21;
constexpr quint16 tagIpv6Source = 22;
constexpr quint16 tagIpv6Destination = 23;
constexpr quint16 tagPortType = 24;
constexpr quint16 tagSourcePort = 25;
constexpr quint16 tagDestinationPort = 26;
constexpr quint32 wiresharkPortTypeTcp = 2;
constexpr quint32 wiresharkPortTypeUdp = 3;

struct AddressPair
{
    bool ipv4 = true;
    QByteArray source;      // 4 or 16 bytes
    QByteArray destination; // the same size
};

bool isUnspecified(const QHostAddress &address)
{
    return address.isNull() || address == QHostAddress(QHostAddress::AnyIPv4) ||
           address == QHostAddress(QHostAddress::AnyIPv6) ||
           address == QHostAddress(QHostAddress::Any);
}

// IPv4 (mapped addresses included) or unspecified: usable in an IPv4 header.
bool fitsIpv4(const QHostAddress &address)
{
    if (isUnspecified(address))
        return true;
    bool ok = false;
    address.toIPv4Address(&ok);
    return ok;
}

QByteArray ipv4Bytes(const QHostAddress &address)
{
    bool ok = false;
    const quint32 value = isUnspecified(address) ? 0 : address.toIPv4Address(&ok);
    const quint32 big = qToBigEndian(value);
    return QByteArray(reinterpret_cast<const char *>(&big), 4);
}

QByteArray ipv6Bytes(const QHostAddress &address)
{
    if (isUnspecified(address))
        return QByteArray(16, '\0');
    const Q_IPV6ADDR v6 = address.toIPv6Address(); // IPv4 comes out mapped (::ffff:a.b.c.d)
    return QByteArray(reinterpret_cast<const char *>(v6.c), 16);
}

AddressPair addressPair(const SocketAddress &source, const SocketAddress &destination)
{
    AddressPair pair;
    pair.ipv4 = fitsIpv4(source.address) && fitsIpv4(destination.address);
    if (pair.ipv4) {
        pair.source = ipv4Bytes(source.address);
        pair.destination = ipv4Bytes(destination.address);
    } else {
        pair.source = ipv6Bytes(source.address);
        pair.destination = ipv6Bytes(destination.address);
    }
    return pair;
}

void appendBig16(QByteArray &out, quint16 value)
{
    out.append(char(value >> 8));
    out.append(char(value & 0xff));
}

void appendBig32(QByteArray &out, quint32 value)
{
    appendBig16(out, quint16(value >> 16));
    appendBig16(out, quint16(value & 0xffff));
}

void putBig16(QByteArray &out, qsizetype at, quint16 value)
{
    out[at] = char(value >> 8);
    out[at + 1] = char(value & 0xff);
}

// The unfolded sum of 16-bit words, odd bytes padded with zero.
quint32 partialSum(QByteArrayView data, quint32 sum)
{
    const auto *bytes = reinterpret_cast<const quint8 *>(data.data());
    const qsizetype size = data.size();
    quint64 total = sum;
    qsizetype i = 0;
    for (; i + 1 < size; i += 2)
        total += quint32(bytes[i] << 8 | bytes[i + 1]);
    if (i < size)
        total += quint32(bytes[i] << 8);
    while (total >> 32)
        total = (total & 0xffffffff) + (total >> 32);
    return quint32(total);
}

// The IPv4 or IPv6 pseudo-header that UDP and TCP checksums cover (RFC 768, RFC 8200 §8.1).
quint32 pseudoHeaderSum(const AddressPair &pair, quint8 protocol, quint32 length)
{
    QByteArray pseudo = pair.source + pair.destination;
    if (pair.ipv4) {
        pseudo.append('\0');
        pseudo.append(char(protocol));
        appendBig16(pseudo, quint16(length));
    } else {
        appendBig32(pseudo, length);
        pseudo.append(3, '\0');
        pseudo.append(char(protocol));
    }
    return partialSum(pseudo, 0);
}

QByteArray ipHeader(const AddressPair &pair, quint8 protocol, qsizetype payloadSize)
{
    QByteArray header;
    if (pair.ipv4) {
        header.reserve(ipv4HeaderSize);
        header.append(char(0x45)); // version 4, 5 words
        header.append('\0');       // DSCP, ECN
        appendBig16(header, quint16(ipv4HeaderSize + payloadSize));
        appendBig16(header, 0);      // identification
        appendBig16(header, 0x4000); // don't fragment
        header.append(char(defaultTtl));
        header.append(char(protocol));
        appendBig16(header, 0); // checksum, filled in below
        header.append(pair.source);
        header.append(pair.destination);
        putBig16(header, 10, PacketSynthesizer::internetChecksum(header));
        return header;
    }
    header.reserve(ipv6HeaderSize);
    appendBig32(header, 0x60000000); // version 6, traffic class and flow label 0
    appendBig16(header, quint16(payloadSize));
    header.append(char(protocol));
    header.append(char(defaultTtl)); // hop limit
    header.append(pair.source);
    header.append(pair.destination);
    return header;
}

// Datagrams larger than an IP packet can carry are cut, so the lengths stay truthful.
QByteArrayView fitting(QByteArrayView payload, int headers)
{
    const qsizetype room = 0xffff - headers;
    return payload.size() > room ? payload.first(room) : payload;
}

void appendTag(QByteArray &out, quint16 tag, QByteArrayView value)
{
    // Values are padded to four bytes and the length says so (what Wireshark itself writes).
    const auto padded = quint16((value.size() + 3) & ~qsizetype(3));
    appendBig16(out, tag);
    appendBig16(out, padded);
    out.append(value.data(), value.size());
    out.append(padded - value.size(), '\0');
}

QByteArray big32(quint32 value)
{
    QByteArray out;
    appendBig32(out, value);
    return out;
}

} // namespace

quint16 PacketSynthesizer::internetChecksum(QByteArrayView data, quint32 start)
{
    quint32 sum = partialSum(data, start);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return quint16(~sum & 0xffff);
}

QByteArray PacketSynthesizer::udpPacket(const SocketAddress &source,
                                        const SocketAddress &destination, QByteArrayView payload)
{
    const AddressPair pair = addressPair(source, destination);
    const QByteArrayView data =
        fitting(payload, udpHeaderSize + (pair.ipv4 ? ipv4HeaderSize : ipv6HeaderSize));
    const auto length = quint16(udpHeaderSize + data.size());
    QByteArray udp;
    udp.reserve(length);
    appendBig16(udp, source.port);
    appendBig16(udp, destination.port);
    appendBig16(udp, length);
    appendBig16(udp, 0);
    udp.append(data.data(), data.size());
    // Computed for IPv4 too, though 0 ("none") would do there; IPv6 requires it.
    quint16 checksum = internetChecksum(udp, pseudoHeaderSum(pair, protocolUdp, length));
    if (checksum == 0)
        checksum = 0xffff; // 0 means "no checksum"; its ones' complement twin stands in
    putBig16(udp, 6, checksum);
    return ipHeader(pair, protocolUdp, udp.size()) + udp;
}

QByteArray PacketSynthesizer::tcpPacket(const SocketAddress &source,
                                        const SocketAddress &destination, quint32 sequence,
                                        quint32 acknowledgement, quint8 flags,
                                        QByteArrayView payload)
{
    const AddressPair pair = addressPair(source, destination);
    const QByteArrayView data =
        fitting(payload, tcpHeaderSize + (pair.ipv4 ? ipv4HeaderSize : ipv6HeaderSize));
    QByteArray tcp;
    tcp.reserve(tcpHeaderSize + data.size());
    appendBig16(tcp, source.port);
    appendBig16(tcp, destination.port);
    appendBig32(tcp, sequence);
    appendBig32(tcp, (flags & TcpAck) ? acknowledgement : 0);
    tcp.append(char((tcpHeaderSize / 4) << 4)); // data offset
    tcp.append(char(flags));
    appendBig16(tcp, 0xffff); // window
    appendBig16(tcp, 0);      // checksum, filled in below
    appendBig16(tcp, 0);      // urgent pointer
    tcp.append(data.data(), data.size());
    putBig16(tcp, 16,
             internetChecksum(tcp, pseudoHeaderSum(pair, protocolTcp, quint32(tcp.size()))));
    return ipHeader(pair, protocolTcp, tcp.size()) + tcp;
}

QByteArray PacketSynthesizer::upperPdu(QByteArrayView dissector, const SocketAddress &source,
                                       const SocketAddress &destination, PortType portType,
                                       QByteArrayView payload)
{
    const AddressPair pair = addressPair(source, destination);
    QByteArray out;
    appendTag(out, tagDissectorName, dissector);
    appendTag(out, pair.ipv4 ? tagIpv4Source : tagIpv6Source, pair.source);
    appendTag(out, pair.ipv4 ? tagIpv4Destination : tagIpv6Destination, pair.destination);
    appendTag(out, tagPortType,
              big32(portType == PortType::Tcp ? wiresharkPortTypeTcp : wiresharkPortTypeUdp));
    appendTag(out, tagSourcePort, big32(source.port));
    appendTag(out, tagDestinationPort, big32(destination.port));
    appendTag(out, tagEnd, {});
    out.append(payload.data(), payload.size());
    return out;
}

} // namespace coapscope
