// SPDX-License-Identifier: BSD-2-Clause
#include "tracecapture.h"

#include "atomicfile.h"
#include "common/buildinfo.h"
#include "packetsynthesizer.h"
#include "pcapngwriter.h"
#include "security/dtlsrecord_p.h"
#include "security/securityevent.h"

#include <QHash>
#include <QNetworkInterface>
#include <QUdpSocket>

namespace coapscope {

namespace {

constexpr int maxPairingLookback = 64;
// DtlsTransport holds at most 16 datagrams per peer during a handshake.
constexpr qsizetype maxUnpairedEvents = 64;
// The most a synthetic TCP segment carries: what fits under an IPv6 and a TCP header.
constexpr qsizetype maxTcpSegmentPayload = 0xffff - 40 - 20;

QLatin1StringView directionId(TraceDirection direction)
{
    return direction == TraceDirection::Sent ? QLatin1StringView("sent")
                                             : QLatin1StringView("received");
}

// "event=retransmission retransmission=2", "event=malformed error=token-past-end offset=4".
QString eventText(const TraceRecord &record)
{
    QString text = QStringLiteral("event=") + traceCauseId(record.cause);
    if (record.cause == TraceCause::Retransmission)
        text += QStringLiteral(" retransmission=%1").arg(record.retransmission);
    if (record.decodeError) {
        text += QStringLiteral(" error=%1 offset=%2")
                    .arg(record.decodeError->kindId())
                    .arg(record.decodeError->offset);
    }
    return text;
}

QString sessionPrefix(quint64 sessionId, QLatin1StringView protocol, TraceDirection direction)
{
    QString text;
    if (sessionId != 0) // a server's peer still in its handshake has no session yet
        text = QStringLiteral("session=%1 ").arg(sessionId);
    return text + QStringLiteral("protocol=%1 direction=%2").arg(protocol, directionId(direction));
}

// What the records in a DTLS datagram are: "ClientHello", "ChangeCipherSpec,EncryptedHandshake",
// "ApplicationData". Only epoch 0 shows its handshake message types and alerts.
QString recordNames(const QByteArray &datagram, int *applicationRecords)
{
    QStringList names;
    qsizetype offset = 0;
    for (const DtlsRecordHeader &header : dtlsRecordHeaders(datagram)) {
        const qsizetype body = offset + DtlsRecordHeader::size;
        const bool clear = header.epoch == 0 && header.length > 0 && body < datagram.size();
        switch (header.contentType) {
        case DtlsContentType::handshake:
            names.append(clear ? handshakeTypeName(quint8(datagram.at(body)))
                               : QStringLiteral("EncryptedHandshake"));
            break;
        case DtlsContentType::changeCipherSpec:
            names.append(QStringLiteral("ChangeCipherSpec"));
            break;
        case DtlsContentType::alert:
            names.append(clear ? QStringLiteral("Alert") : QStringLiteral("EncryptedAlert"));
            break;
        case DtlsContentType::applicationData:
            names.append(QStringLiteral("ApplicationData"));
            ++*applicationRecords;
            break;
        default:
            names.append(QStringLiteral("ContentType%1").arg(header.contentType));
            break;
        }
        offset = body + header.length;
    }
    if (names.isEmpty())
        return QStringLiteral("none");
    return names.join(QLatin1Char(','));
}

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

TraceCapture::TraceCapture(DtlsExport dtlsExport)
    : m_dtlsExport(dtlsExport)
{}

void TraceCapture::clear()
{
    m_packets.clear();
    m_keyLogLines.clear();
    m_unpairedEvents.clear();
}

QString TraceCapture::describe(const TraceRecord &record)
{
    return sessionPrefix(record.sessionId, protocolName(record.protocol), record.direction) +
           QLatin1Char(' ') + eventText(record);
}

void TraceCapture::record(const TraceRecord &record)
{
    if (record.protocol == Protocol::Dtls && m_dtlsExport == DtlsExport::Records) {
        pairWithRecords(record); // the records themselves come through recordDtlsDatagram()
        return;
    }
    Packet packet;
    packet.timestampUs = record.timestampUs;
    packet.sessionId = record.sessionId;
    packet.protocol = record.protocol;
    switch (record.protocol) {
    case Protocol::Udp:
        packet.framing = Framing::Udp;
        break;
    case Protocol::Dtls:
        packet.framing = Framing::DecryptedUdp;
        break;
    case Protocol::Tcp:
    case Protocol::Tls: // decrypted, yet a TCP connection all the same
        packet.framing = Framing::Tcp;
        break;
    }
    packet.direction = record.direction;
    packet.role = record.role;
    packet.local = record.local;
    packet.remote = record.remote;
    packet.bytes = record.bytes;
    packet.comment = describe(record);
    m_packets.append(packet);
}

// A DTLS record's CoAP reaches us after its ciphertext did (the engine encrypts inside send(),
// and decrypts what arrived before handing it on), except for what a client sends during its
// handshake, which waits in DtlsTransport and goes out later. Either way the event joins the
// comment of the datagram that carried it.
void TraceCapture::pairWithRecords(const TraceRecord &record)
{
    const QString event = eventText(record);
    int looked = 0;
    for (auto packet = m_packets.rbegin();
         packet != m_packets.rend() && looked < maxPairingLookback; ++packet, ++looked) {
        if (packet->unpairedApplicationRecords > 0 && packet->direction == record.direction &&
            packet->remote == record.remote) {
            packet->events.append(event);
            --packet->unpairedApplicationRecords;
            if (packet->sessionId == 0) // a server's first request comes before its session
                packet->sessionId = record.sessionId;
            return;
        }
    }
    if (record.direction == TraceDirection::Sent) {
        if (m_unpairedEvents.size() >= maxUnpairedEvents)
            m_unpairedEvents.removeFirst();
        m_unpairedEvents.append(UnpairedEvent{record.direction, record.remote, event});
    }
}

void TraceCapture::recordDtlsDatagram(const DtlsDatagramRecord &record)
{
    if (m_dtlsExport != DtlsExport::Records)
        return;
    Packet packet;
    packet.timestampUs = record.timestampUs;
    packet.sessionId = record.sessionId;
    packet.protocol = Protocol::Dtls;
    packet.framing = Framing::DtlsRecords;
    packet.direction = record.direction;
    packet.local = record.local;
    packet.remote = record.remote;
    packet.bytes = record.bytes;
    packet.comment = recordNames(record.bytes, &packet.unpairedApplicationRecords);
    for (auto event = m_unpairedEvents.begin();
         event != m_unpairedEvents.end() && packet.unpairedApplicationRecords > 0;) {
        if (event->direction == record.direction && event->remote == record.remote) {
            packet.events.append(event->event);
            --packet.unpairedApplicationRecords;
            event = m_unpairedEvents.erase(event);
        } else {
            ++event;
        }
    }
    m_packets.append(packet);
}

void TraceCapture::recordSecurityEvent(quint64 sessionId, const SocketAddress &peer,
                                       const SecurityEvent &event)
{
    Q_UNUSED(sessionId);
    // What waited for a handshake that failed is dropped with it, and never goes out.
    if (event.kind == SecurityEvent::Kind::StateChanged &&
        (event.name == QLatin1StringView("Failed") || event.name == QLatin1StringView("Closed"))) {
        m_unpairedEvents.removeIf(
            [&peer](const UnpairedEvent &unpaired) { return unpaired.remote == peer; });
    }
}

void TraceCapture::recordKeyLogLine(quint64 sessionId, const SocketAddress &peer,
                                    const QByteArray &line)
{
    Q_UNUSED(sessionId);
    Q_UNUSED(peer);
    // Secrets stay out of memory unless the export is to carry them.
    if (m_dtlsExport == DtlsExport::Records && !m_keyLogLines.contains(line))
        m_keyLogLines.append(line);
}

QString TraceCapture::commentOf(const Packet &packet)
{
    if (packet.framing != Framing::DtlsRecords)
        return packet.comment;
    QString comment =
        sessionPrefix(packet.sessionId, protocolName(Protocol::Dtls), packet.direction) +
        QStringLiteral(" records=") + packet.comment;
    for (const QString &event : packet.events)
        comment += QLatin1Char(' ') + event;
    return comment;
}

std::optional<TraceExportError> TraceCapture::writePcapng(const QString &path) const
{
    return writeAtomically(path, [this](QIODevice &device) { return writePcapng(device); });
}

bool TraceCapture::writePcapng(QIODevice &device) const
{
    PcapngWriter writer(device);
    if (!writer.writeSectionHeader(
            QStringLiteral("CoapScope %1").arg(BuildInfo::applicationVersion())))
        return false;
    // The secrets go before any packet, so a reader has the keys when the first encrypted
    // record comes, but after the first interface: Wireshark's tools take a file's link type
    // from the interfaces right after the section header, and editcap refuses files without.
    bool secretsPending = !m_keyLogLines.isEmpty();

    AddressResolver resolver;
    QHash<InterfaceKey, quint32> interfaces;
    QHash<TcpConnectionKey, TcpConnection> connections;
    using P = PacketSynthesizer;
    for (const Packet &packet : m_packets) {
        const SocketAddress local = resolver.local(packet.local, packet.remote);
        const bool sent = packet.direction == TraceDirection::Sent;
        const SocketAddress &source = sent ? local : packet.remote;
        const SocketAddress &destination = sent ? packet.remote : local;
        const auto outbound = PcapngWriter::PacketDirection::Outbound;
        const auto inbound = PcapngWriter::PacketDirection::Inbound;
        const bool decrypted = packet.framing == Framing::DecryptedUdp;

        const InterfaceKey interfaceKey{decrypted ? PcapngWriter::LinkTypeWiresharkUpperPdu
                                                  : PcapngWriter::LinkTypeRaw,
                                        resolver.interfaceName(local.address)};
        auto interface = interfaces.constFind(interfaceKey);
        if (interface == interfaces.cend()) {
            const auto added = writer.writeInterface(
                interfaceKey.linkType, interfaceKey.name,
                decrypted ? QStringLiteral("CoAP that CoapScope sent or received through DTLS, "
                                           "decrypted")
                          : QStringLiteral("What CoapScope sent or received, in IP headers "
                                           "made from its sockets' addresses"));
            if (!added)
                return false;
            interface = interfaces.insert(interfaceKey, *added);
            if (secretsPending && !writer.writeSecrets(PcapngWriter::SecretsTlsKeyLog,
                                                       m_keyLogLines.join('\n') + '\n'))
                return false;
            secretsPending = false;
        }
        const quint32 id = *interface;

        QByteArray bytes;
        switch (packet.framing) {
        case Framing::Udp:
        case Framing::DtlsRecords:
            bytes = P::udpPacket(source, destination, packet.bytes);
            break;
        case Framing::DecryptedUdp:
            bytes = P::upperPdu("coap", source, destination, P::PortType::Udp, packet.bytes);
            break;
        case Framing::Tcp: {
            const bool fromClient = sent == (packet.role == SessionRole::Client);
            const SocketAddress &client = fromClient ? source : destination;
            const SocketAddress &server = fromClient ? destination : source;
            const TcpConnectionKey key{client, server};
            auto connection = connections.find(key);
            if (connection == connections.end()) {
                // The handshake the capture would have begun with, so Wireshark's TCP analysis
                // sees a whole connection rather than one joined midway.
                connection = connections.insert(key, TcpConnection{});
                const QString prefix = QStringLiteral("session=%1 protocol=%2 synthetic=")
                                           .arg(packet.sessionId)
                                           .arg(protocolName(packet.protocol));
                const bool weAreClient = packet.role == SessionRole::Client;
                const auto fromClientDirection = weAreClient ? outbound : inbound;
                const auto fromServerDirection = weAreClient ? inbound : outbound;
                if (!writer.writePacket(id, packet.timestampUs,
                                        P::tcpPacket(client, server, 0, 0, P::TcpSyn, {}),
                                        fromClientDirection, prefix + QStringLiteral("SYN")) ||
                    !writer.writePacket(
                        id, packet.timestampUs,
                        P::tcpPacket(server, client, 0, 1, P::TcpSyn | P::TcpAck, {}),
                        fromServerDirection, prefix + QStringLiteral("SYN-ACK")) ||
                    !writer.writePacket(id, packet.timestampUs,
                                        P::tcpPacket(client, server, 1, 1, P::TcpAck, {}),
                                        fromClientDirection, prefix + QStringLiteral("ACK")))
                    return false;
            }
            quint32 &next = fromClient ? connection->clientNext : connection->serverNext;
            const quint32 acknowledged =
                fromClient ? connection->serverNext : connection->clientNext;
            // A frame larger than an IP packet (up to the 1 MiB we announce) goes in several
            // segments, which Wireshark reassembles; the last one is written below.
            QByteArrayView rest = packet.bytes;
            while (rest.size() > maxTcpSegmentPayload) {
                if (!writer.writePacket(id, packet.timestampUs,
                                        P::tcpPacket(source, destination, next, acknowledged,
                                                     P::TcpAck, rest.first(maxTcpSegmentPayload)),
                                        sent ? outbound : inbound, commentOf(packet)))
                    return false;
                next += quint32(maxTcpSegmentPayload);
                rest = rest.sliced(maxTcpSegmentPayload);
            }
            bytes =
                P::tcpPacket(source, destination, next, acknowledged, P::TcpPush | P::TcpAck, rest);
            next += quint32(rest.size());
            break;
        }
        }
        if (!writer.writePacket(id, packet.timestampUs, bytes, sent ? outbound : inbound,
                                commentOf(packet)))
            return false;
    }
    // Keys without packets still belong in the file (after the header, there being no interface).
    if (secretsPending &&
        !writer.writeSecrets(PcapngWriter::SecretsTlsKeyLog, m_keyLogLines.join('\n') + '\n'))
        return false;
    return true;
}

} // namespace coapscope
