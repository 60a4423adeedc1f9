// SPDX-License-Identifier: BSD-2-Clause
#include "captureimporter.h"

#include "codec/tcpstreamdecoder.h"
#include "codec/udpcodec.h"

#include <QRegularExpression>

namespace coapscope {

namespace {

std::optional<Protocol> protocolNamed(QStringView name)
{
    for (Protocol protocol : {Protocol::Udp, Protocol::Dtls, Protocol::Tcp, Protocol::Tls}) {
        if (name == protocolName(protocol))
            return protocol;
    }
    return std::nullopt;
}

// What CoapScope's own comment says about a packet (see TraceCapture::describe).
struct CommentFacts
{
    quint64 session = 0;
    Protocol protocol = Protocol::Udp;
    TraceDirection direction = TraceDirection::Sent;
    std::optional<TraceCause> cause;
    int retransmission = 0;
};

std::optional<CommentFacts> parseComment(const QString &comment)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^session=(\\d+) protocol=(\\w+) direction=(sent|received)(?:.* event=([a-z-]+))?"
        "(?: retransmission=(\\d+))?"));
    const QRegularExpressionMatch match = pattern.match(comment);
    if (!match.hasMatch())
        return std::nullopt;
    const auto protocol = protocolNamed(match.capturedView(2));
    if (!protocol)
        return std::nullopt;
    CommentFacts facts;
    facts.session = match.captured(1).toULongLong();
    facts.protocol = *protocol;
    facts.direction =
        match.capturedView(3) == u"sent" ? TraceDirection::Sent : TraceDirection::Received;
    if (match.hasCaptured(4))
        facts.cause = traceCauseFromId(match.capturedView(4));
    facts.retransmission = match.captured(5).toInt();
    return facts;
}

QString conversationKey(const SocketAddress &a, const SocketAddress &b, Protocol protocol)
{
    QString first = a.toString();
    QString second = b.toString();
    if (second < first)
        std::swap(first, second);
    return first + QLatin1Char('|') + second + QLatin1Char('|') + protocolName(protocol);
}

} // namespace

CaptureImporter::CaptureImporter(QIODevice &device)
    : CaptureImporter(device, Ports{})
{}

CaptureImporter::CaptureImporter(QIODevice &device, Ports ports)
    : m_file(device)
    , m_ports(std::move(ports))
{}

CaptureImporter::~CaptureImporter() = default;

QList<TraceRecord> CaptureImporter::readSome(int maxFrames)
{
    QList<TraceRecord> records;
    for (int i = 0; i < maxFrames; ++i) {
        const auto frame = m_file.next();
        if (!frame) {
            m_atEnd = true;
            break;
        }
        ++m_framesRead;
        const qsizetype before = records.size();
        importFrame(*frame, records);
        if (records.size() == before)
            ++m_framesSkipped;
    }
    return records;
}

void CaptureImporter::importFrame(const CapturedFrame &frame, QList<TraceRecord> &records)
{
    const auto segment = dissectFrame(frame.linkType, frame.data);
    if (!segment)
        return;
    // CoapScope's own packets say so in their comment, whatever their ports.
    const bool ours = frame.comment.startsWith(QLatin1StringView("session="));
    switch (segment->kind) {
    case TransportSegment::Kind::Udp:
        if (ours || m_ports.udp.contains(segment->destination.port) ||
            m_ports.udp.contains(segment->source.port))
            importDatagram(frame, *segment, Protocol::Udp, records);
        return;
    case TransportSegment::Kind::Tcp:
        if (ours || m_ports.tcp.contains(segment->destination.port) ||
            m_ports.tcp.contains(segment->source.port))
            importSegment(frame, *segment, records);
        return;
    case TransportSegment::Kind::ExportedPdu:
        // CoapScope's decrypted DTLS; over TCP it writes synthetic TCP instead.
        if (segment->dissector == "coap" && !segment->overTcp)
            importDatagram(frame, *segment, Protocol::Dtls, records);
        return;
    }
}

TraceRecord CaptureImporter::recordFor(const CapturedFrame &frame, const TransportSegment &segment,
                                       Protocol protocol, bool toCoapPort)
{
    TraceRecord record;
    record.timestampUs = frame.timestampUs;
    record.protocol = protocol;
    const auto facts = parseComment(frame.comment);
    record.direction =
        facts ? facts->direction : (toCoapPort ? TraceDirection::Sent : TraceDirection::Received);
    const bool sent = record.direction == TraceDirection::Sent;
    record.local = sent ? segment.source : segment.destination;
    record.remote = sent ? segment.destination : segment.source;
    if (facts) {
        record.protocol = facts->protocol;
        record.sessionId = facts->session;
        record.cause =
            facts->cause.value_or(sent ? TraceCause::Transmission : TraceCause::Received);
        record.retransmission = facts->retransmission;
    } else {
        record.sessionId = sessionFor(segment.source, segment.destination, protocol);
        record.cause = sent ? TraceCause::Transmission : TraceCause::Received;
    }
    // The client opened the conversation: whoever sends to the CoAP port.
    record.role = (sent == toCoapPort) ? SessionRole::Client : SessionRole::Server;
    return record;
}

void CaptureImporter::importDatagram(const CapturedFrame &frame, const TransportSegment &segment,
                                     Protocol protocol, QList<TraceRecord> &records)
{
    const bool toCoapPort =
        m_ports.udp.contains(segment.destination.port) || segment.destination.port == 5684;
    TraceRecord record = recordFor(frame, segment, protocol, toCoapPort);
    record.bytes = segment.payload;
    auto decoded = UdpCodec::decode(record.bytes);
    if (decoded) {
        record.message = std::move(decoded.value());
    } else {
        record.decodeError = decoded.error();
        record.cause = TraceCause::Malformed;
    }
    records.append(record);
}

void CaptureImporter::importSegment(const CapturedFrame &frame, const TransportSegment &segment,
                                    QList<TraceRecord> &records)
{
    const QString key =
        segment.source.toString() + QStringLiteral("->") + segment.destination.toString();
    Stream &stream = m_streams[key];
    if (!stream.decoder)
        // A capture shows what peers sent, whatever they announced: take frames up to the
        // largest packet block a capture file may hold.
        stream.decoder = std::make_shared<TcpStreamDecoder>(quint64(64) << 20);
    if (segment.syn) {
        stream.expected = segment.sequence + 1;
        if (!segment.ack) // the opening SYN: its sender is the client
            m_tcpClients.insert(conversationKey(segment.source, segment.destination, Protocol::Tcp),
                                segment.source);
        return;
    }
    if (segment.payload.isEmpty())
        return;
    if (!stream.expected) // joined midway: take the first segment seen as the start
        stream.expected = segment.sequence;
    // Sequence arithmetic wraps; compare through signed differences.
    const qint32 ahead = qint32(segment.sequence - *stream.expected);
    if (ahead > 0) {
        stream.outOfOrder.insert(segment.sequence, segment.payload);
        return;
    }
    QByteArray fresh = segment.payload.mid(-ahead); // a retransmission's old part is dropped
    while (!fresh.isEmpty()) {
        stream.decoder->append(fresh);
        *stream.expected += quint32(fresh.size());
        fresh = stream.outOfOrder.take(*stream.expected);
    }
    const bool toCoapPort = m_ports.tcp.contains(segment.destination.port);
    const Protocol protocol = segment.destination.port == 5684 || segment.source.port == 5684
                                  ? Protocol::Tls
                                  : Protocol::Tcp;
    const auto client =
        m_tcpClients.constFind(conversationKey(segment.source, segment.destination, Protocol::Tcp));
    while (auto next = stream.decoder->next()) {
        TraceRecord record = recordFor(frame, segment, protocol, toCoapPort);
        if (client != m_tcpClients.cend())
            record.role = record.local == *client ? SessionRole::Client : SessionRole::Server;
        record.bytes = stream.decoder->lastFrame();
        if (*next) {
            record.message = std::move(next->value());
        } else {
            record.decodeError = next->error();
            record.cause = TraceCause::Malformed;
        }
        records.append(record);
        if (stream.decoder->hasFailed())
            break; // the rest of this stream cannot be framed
    }
}

quint64 CaptureImporter::sessionFor(const SocketAddress &a, const SocketAddress &b,
                                    Protocol protocol)
{
    const QString key = conversationKey(a, b, protocol);
    auto found = m_sessions.find(key);
    if (found == m_sessions.end())
        found = m_sessions.insert(key, m_nextSession++);
    return *found;
}

} // namespace coapscope
