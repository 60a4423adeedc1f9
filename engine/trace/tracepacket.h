// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "tracerecord.h"

#include <QStringList>

namespace coapscope {

// One packet of a pcapng trace before it is wrapped in synthetic headers: a CoAP datagram or
// frame as the engine traced it, or (TraceCapture's Records mode) a datagram beneath DTLS.
struct TracePacket
{
    enum class Framing : quint8
    {
        Udp,          // a CoAP datagram
        DtlsRecords,  // a datagram beneath DTLS, in Records mode
        Tcp,          // a CoAP-over-TCP frame, from TCP or decrypted from TLS
        DecryptedUdp, // CoAP that came out of DTLS
    };

    qint64 timestampUs = 0;
    quint64 sessionId = 0;
    Protocol protocol = Protocol::Udp;
    Framing framing = Framing::Udp;
    TraceDirection direction = TraceDirection::Sent;
    SessionRole role = SessionRole::Client;
    SocketAddress local;
    SocketAddress remote;
    QByteArray bytes;
    QString comment;                    // for DTLS records: what they are, "ClientHello,..."
    QStringList events;                 // for DTLS records: the CoAP events they carried
    int unpairedApplicationRecords = 0; // DTLS records whose CoAP is not yet in events

    // The packet for a CoAP record, DTLS's going out decrypted.
    static TracePacket fromRecord(const TraceRecord &record);
    // The comment the packet carries in the file: "session=3 protocol=UDP direction=sent
    // event=retransmission retransmission=1", or for DTLS records what they are and carried.
    QString fileComment() const;

    // "session=3 protocol=UDP direction=sent" (no session: a peer still in its handshake).
    static QString sessionPrefix(quint64 sessionId, QLatin1StringView protocol,
                                 TraceDirection direction);
    // "event=retransmission retransmission=2", "event=malformed error=token-past-end offset=4".
    static QString eventText(const TraceRecord &record);
};

} // namespace coapscope
