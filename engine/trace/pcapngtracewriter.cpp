// SPDX-License-Identifier: BSD-2-Clause
#include "pcapngtracewriter.h"

#include "common/buildinfo.h"
#include "packetsynthesizer.h"
#include "pcapngwriter.h"

#include <QHash>
#include <QNetworkInterface>
#include <QUdpSocket>

namespace coapscope {

namespace {

// The most a synthetic TCP segment carries: what fits under an IPv6 and a TCP header.
constexpr qsizetype maxTcpSegmentPayload = 0xffff - 40 - 20;

bool isUnspecified(const QHostAddress &address)
{
    return address.isNull() || address == QHostAddress(QHostAddress::AnyIPv4) ||
           address == QHostAddress(QHostAddress::AnyIPv6) ||
           address == QHostAddress(QHostAddress::Any);
}

// Where the packets' addresses come from: a socket bound to "any" has no address of its own, so
// ask the system which one it sends from toward the peer (connecting a UDP socket sends
// nothing), and which interface holds it. Both are cached for the whole export.
class AddressResolver
{
public:
    SocketAddress local(const SocketAddress &local, const SocketAddress &remote)
    {
        if (!isUnspecified(local.address))
            return local;
        const auto found = m_sources.constFind(remote.address);
        if (found != m_sources.cend())
            return SocketAddress{*found, local.port};
        QHostAddress toward = remote.address;
        bool mapped = false;
        const quint32 ipv4 = toward.toIPv4Address(&mapped);
        if (mapped)
            toward = QHostAddress(ipv4);
        QUdpSocket probe;
        probe.connectToHost(toward, remote.port == 0 ? 9 : remote.port);
        QHostAddress source;
        if (probe.waitForConnected(100))
            source = probe.localAddress();
        m_sources.insert(remote.address, source);
        return SocketAddress{source, local.port};
    }

    QString interfaceName(const QHostAddress &address)
    {
        const auto found = m_interfaces.constFind(address);
        if (found != m_interfaces.cend())
            return *found;
        QString name;
        if (m_allInterfaces.isEmpty())
            m_allInterfaces = QNetworkInterface::allInterfaces();
        for (const QNetworkInterface &interface : std::as_const(m_allInterfaces)) {
            for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
                if (entry.ip().isEqual(address, QHostAddress::TolerantConversion))
                    name = interface.name();
            }
        }
        if (name.isEmpty())
            name = QStringLiteral("any");
        m_interfaces.insert(address, name);
        return name;
    }

private:
    QHash<QHostAddress, QHostAddress> m_sources;
    QHash<QHostAddress, QString> m_interfaces;
    QList<QNetworkInterface> m_allInterfaces;
};

// Sequence numbers of one synthetic TCP connection, so Wireshark follows and reassembles it.
struct TcpConnection
{
    quint32 clientNext = 1; // after the SYN, whose sequence number is 0
    quint32 serverNext = 1;
};

struct TcpConnectionKey
{
    SocketAddress client;
    SocketAddress server;

    friend bool operator==(const TcpConnectionKey &, const TcpConnectionKey &) = default;
};

size_t qHash(const TcpConnectionKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.client, key.server);
}

struct InterfaceKey
{
    quint16 linkType = 0;
    QString name;

    friend bool operator==(const InterfaceKey &, const InterfaceKey &) = default;
};

size_t qHash(const InterfaceKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.linkType, key.name);
}

} // namespace

struct PcapngTraceWriter::State
{
    explicit State(QIODevice &device, QByteArrayList lines)
        : writer(device)
        , keyLogLines(std::move(lines))
        , secretsPending(!keyLogLines.isEmpty())
    {}

    PcapngWriter writer;
    QByteArrayList keyLogLines;
    // The secrets go before any packet, so a reader has the keys when the first encrypted
    // record comes, but after the first interface: Wireshark's tools take a file's link type
    // from the interfaces right after the section header, and editcap refuses files without.
    bool secretsPending;
    AddressResolver resolver;
    QHash<InterfaceKey, quint32> interfaces;
    QHash<TcpConnectionKey, TcpConnection> connections;
};

PcapngTraceWriter::PcapngTraceWriter(QIODevice &device, QByteArrayList keyLogLines)
    : m_state(std::make_unique<State>(device, std::move(keyLogLines)))
{}

PcapngTraceWriter::~PcapngTraceWriter() = default;

bool PcapngTraceWriter::begin()
{
    return m_state->writer.writeSectionHeader(
        QStringLiteral("CoapScope %1").arg(BuildInfo::applicationVersion()));
}

bool PcapngTraceWriter::write(const TraceRecord &record)
{
    return writePacket(TracePacket::fromRecord(record));
}

bool PcapngTraceWriter::writePacket(const TracePacket &packet)
{
    State &s = *m_state;
    using P = PacketSynthesizer;
    const SocketAddress local = s.resolver.local(packet.local, packet.remote);
    const bool sent = packet.direction == TraceDirection::Sent;
    const SocketAddress &source = sent ? local : packet.remote;
    const SocketAddress &destination = sent ? packet.remote : local;
    const auto outbound = PcapngWriter::PacketDirection::Outbound;
    const auto inbound = PcapngWriter::PacketDirection::Inbound;
    const bool decrypted = packet.framing == TracePacket::Framing::DecryptedUdp;

    const InterfaceKey interfaceKey{decrypted ? PcapngWriter::LinkTypeWiresharkUpperPdu
                                              : PcapngWriter::LinkTypeRaw,
                                    s.resolver.interfaceName(local.address)};
    auto interface = s.interfaces.constFind(interfaceKey);
    if (interface == s.interfaces.cend()) {
        const auto added = s.writer.writeInterface(
            interfaceKey.linkType, interfaceKey.name,
            decrypted ? QStringLiteral("CoAP that CoapScope sent or received through DTLS, "
                                       "decrypted")
                      : QStringLiteral("What CoapScope sent or received, in IP headers "
                                       "made from its sockets' addresses"));
        if (!added)
            return false;
        interface = s.interfaces.insert(interfaceKey, *added);
        if (s.secretsPending &&
            !s.writer.writeSecrets(PcapngWriter::SecretsTlsKeyLog, s.keyLogLines.join('\n') + '\n'))
            return false;
        s.secretsPending = false;
    }
    const quint32 id = *interface;

    QByteArray bytes;
    switch (packet.framing) {
    case TracePacket::Framing::Udp:
    case TracePacket::Framing::DtlsRecords:
        bytes = P::udpPacket(source, destination, packet.bytes);
        break;
    case TracePacket::Framing::DecryptedUdp:
        bytes = P::upperPdu("coap", source, destination, P::PortType::Udp, packet.bytes);
        break;
    case TracePacket::Framing::Tcp: {
        const bool fromClient = sent == (packet.role == SessionRole::Client);
        const SocketAddress &client = fromClient ? source : destination;
        const SocketAddress &server = fromClient ? destination : source;
        const TcpConnectionKey key{client, server};
        auto connection = s.connections.find(key);
        if (connection == s.connections.end()) {
            // The handshake the capture would have begun with, so Wireshark's TCP analysis
            // sees a whole connection rather than one joined midway.
            connection = s.connections.insert(key, TcpConnection{});
            const QString prefix = QStringLiteral("session=%1 protocol=%2 synthetic=")
                                       .arg(packet.sessionId)
                                       .arg(protocolName(packet.protocol));
            const bool weAreClient = packet.role == SessionRole::Client;
            const auto fromClientDirection = weAreClient ? outbound : inbound;
            const auto fromServerDirection = weAreClient ? inbound : outbound;
            if (!s.writer.writePacket(id, packet.timestampUs,
                                      P::tcpPacket(client, server, 0, 0, P::TcpSyn, {}),
                                      fromClientDirection, prefix + QStringLiteral("SYN")) ||
                !s.writer.writePacket(id, packet.timestampUs,
                                      P::tcpPacket(server, client, 0, 1, P::TcpSyn | P::TcpAck, {}),
                                      fromServerDirection, prefix + QStringLiteral("SYN-ACK")) ||
                !s.writer.writePacket(id, packet.timestampUs,
                                      P::tcpPacket(client, server, 1, 1, P::TcpAck, {}),
                                      fromClientDirection, prefix + QStringLiteral("ACK")))
                return false;
        }
        quint32 &next = fromClient ? connection->clientNext : connection->serverNext;
        const quint32 acknowledged = fromClient ? connection->serverNext : connection->clientNext;
        // A frame larger than an IP packet (up to the 1 MiB we announce) goes in several
        // segments, which Wireshark reassembles; the last one is written below.
        QByteArrayView rest = packet.bytes;
        while (rest.size() > maxTcpSegmentPayload) {
            if (!s.writer.writePacket(id, packet.timestampUs,
                                      P::tcpPacket(source, destination, next, acknowledged,
                                                   P::TcpAck, rest.first(maxTcpSegmentPayload)),
                                      sent ? outbound : inbound, packet.fileComment()))
                return false;
            next += quint32(maxTcpSegmentPayload);
            rest = rest.sliced(maxTcpSegmentPayload);
        }
        bytes = P::tcpPacket(source, destination, next, acknowledged, P::TcpPush | P::TcpAck, rest);
        next += quint32(rest.size());
        break;
    }
    }
    if (!s.writer.writePacket(id, packet.timestampUs, bytes, sent ? outbound : inbound,
                              packet.fileComment()))
        return false;
    return true;
}

bool PcapngTraceWriter::finish()
{
    State &s = *m_state;
    // Keys without packets still belong in the file (after the header, there being no interface).
    if (s.secretsPending &&
        !s.writer.writeSecrets(PcapngWriter::SecretsTlsKeyLog, s.keyLogLines.join('\n') + '\n'))
        return false;
    s.secretsPending = false;
    return true;
}

} // namespace coapscope
