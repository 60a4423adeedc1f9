// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "capturefile.h"
#include "packetdissector.h"
#include "tracerecord.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>

#include <memory>

namespace coapscope {

class TcpStreamDecoder;

// Turns a pcap or pcapng file into the engine's trace records: CoAP over UDP on the given
// ports, CoAP over TCP on the given ports (each direction reassembled in sequence order), and
// CoAP in Wireshark's exported PDUs (what CoapScope writes for decrypted DTLS), and any packet
// CoapScope exported, on whatever port (its comment tells). A packet whose
// comment is one of CoapScope's ("session=3 protocol=UDP direction=sent event=...") gets its
// session, direction, protocol and event back, so a trace survives export and import intact;
// for others the side sending to a CoAP port is taken as the client ("sent"), and each
// conversation gets a session id of its own.
//
// Reading goes in steps (readSome) so a caller can show progress and stop; damage to the file
// stops it, keeping what came before (error()).
class CaptureImporter
{
public:
    struct Ports
    {
        QSet<quint16> udp{5683};
        QSet<quint16> tcp{5683, 5684};
    };

    explicit CaptureImporter(QIODevice &device);
    CaptureImporter(QIODevice &device, Ports ports);
    ~CaptureImporter();

    // Reads up to maxFrames more frames; returns the records they held.
    QList<TraceRecord> readSome(int maxFrames);
    bool atEnd() const { return m_atEnd; }
    const std::optional<CaptureReadError> &error() const { return m_file.error(); }
    qint64 position() const { return m_file.position(); }
    qint64 framesRead() const { return m_framesRead; }
    // Frames that carried no CoAP we could find (other traffic, DTLS ciphertext, fragments).
    qint64 framesSkipped() const { return m_framesSkipped; }

private:
    struct Stream
    {
        std::shared_ptr<TcpStreamDecoder> decoder; // shared only so QHash can hold a Stream
        std::optional<quint32> expected;           // the next sequence number in order
        QMap<quint32, QByteArray> outOfOrder;      // segments that came early
    };

    void importFrame(const CapturedFrame &frame, QList<TraceRecord> &records);
    void importDatagram(const CapturedFrame &frame, const TransportSegment &segment,
                        Protocol protocol, QList<TraceRecord> &records);
    void importSegment(const CapturedFrame &frame, const TransportSegment &segment,
                       QList<TraceRecord> &records);
    TraceRecord recordFor(const CapturedFrame &frame, const TransportSegment &segment,
                          Protocol protocol, bool serverPortIsCoap);
    quint64 sessionFor(const SocketAddress &a, const SocketAddress &b, Protocol protocol);

    CaptureFile m_file;
    Ports m_ports;
    QHash<QString, Stream> m_streams;
    QHash<QString, quint64> m_sessions;
    QHash<QString, SocketAddress> m_tcpClients; // by conversation: who sent the first SYN
    quint64 m_nextSession = 1;
    qint64 m_framesRead = 0;
    qint64 m_framesSkipped = 0;
    bool m_atEnd = false;
};

} // namespace coapscope
