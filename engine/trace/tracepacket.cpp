// SPDX-License-Identifier: BSD-2-Clause
#include "tracepacket.h"

namespace coapscope {

namespace {

QLatin1StringView directionId(TraceDirection direction)
{
    return direction == TraceDirection::Sent ? QLatin1StringView("sent")
                                             : QLatin1StringView("received");
}

} // namespace

QString TracePacket::eventText(const TraceRecord &record)
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

QString TracePacket::sessionPrefix(quint64 sessionId, QLatin1StringView protocol,
                                   TraceDirection direction)
{
    QString text;
    if (sessionId != 0) // a server's peer still in its handshake has no session yet
        text = QStringLiteral("session=%1 ").arg(sessionId);
    return text + QStringLiteral("protocol=%1 direction=%2").arg(protocol, directionId(direction));
}

TracePacket TracePacket::fromRecord(const TraceRecord &record)
{
    TracePacket packet;
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
    packet.bytes = record.bytes; // implicitly shared: no copy of the datagram
    packet.comment =
        sessionPrefix(record.sessionId, protocolName(record.protocol), record.direction) +
        QLatin1Char(' ') + eventText(record); // what TraceCapture::describe() says
    return packet;
}

QString TracePacket::fileComment() const
{
    if (framing != Framing::DtlsRecords)
        return comment;
    QString text = sessionPrefix(sessionId, protocolName(Protocol::Dtls), direction) +
                   QStringLiteral(" records=") + comment;
    for (const QString &event : events)
        text += QLatin1Char(' ') + event;
    return text;
}

} // namespace coapscope
