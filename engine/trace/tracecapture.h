// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "traceexporterror.h"
#include "tracepacket.h"
#include "tracer.h"

#include <QByteArrayList>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace coapscope {

// A Tracer that keeps what a context sends and receives and writes it as a pcapng file that
// Wireshark and tshark dissect as CoAP: each datagram or TCP frame in synthetic IP and UDP or
// TCP headers from the session's real addresses and ports, with its wall-clock timestamp, the
// interface its local address belongs to, and a comment naming the engine's event, such as
// "session=3 protocol=UDP direction=sent event=retransmission retransmission=1".
//
// DTLS sessions go out either as the CoAP they carried (Decrypted), or as the records on the
// wire with the session keys in a Decryption Secrets Block, so Wireshark decrypts them without a
// key log file (Records; see SecuritySettings::preferCaptureDecryptableSuites for the suites
// Wireshark can decrypt). Decrypted DTLS uses Wireshark's "upper PDU" link type naming the CoAP
// dissector: those bytes never crossed the wire in the clear, and on 5684 a UDP header would
// hand them to the DTLS dissector. TLS sessions (no key log: Qt keeps OpenSSL to itself) go out
// decrypted in synthetic TCP; Wireshark dissects TCP port 5683 as CoAP, other ports with
// "Decode As".
class TraceCapture final : public Tracer
{
public:
    enum class DtlsExport : quint8
    {
        Decrypted,
        Records,
    };

    explicit TraceCapture(DtlsExport dtlsExport = DtlsExport::Decrypted);

    DtlsExport dtlsExport() const { return m_dtlsExport; }
    // The datagrams and frames kept so far (synthetic TCP handshakes not counted).
    qsizetype packetCount() const { return m_packets.size(); }
    // Key log lines seen for DTLS sessions; kept, and exported, in Records mode only.
    const QByteArrayList &keyLogLines() const { return m_keyLogLines; }
    void clear();

    void record(const TraceRecord &record) override;
    void recordSecurityEvent(quint64 sessionId, const SocketAddress &peer,
                             const SecurityEvent &event) override;
    void recordDtlsDatagram(const DtlsDatagramRecord &record) override;
    void recordKeyLogLine(quint64 sessionId, const SocketAddress &peer,
                          const QByteArray &line) override;

    // Writes the pcapng file atomically: a file already at path stays as it was unless the new
    // one is complete.
    std::optional<TraceExportError> writePcapng(const QString &path) const;
    bool writePcapng(QIODevice &device) const;

    // The comment a packet for record carries.
    static QString describe(const TraceRecord &record);

private:
    struct UnpairedEvent
    {
        TraceDirection direction;
        SocketAddress remote;
        QString event;
    };

    void pairWithRecords(const TraceRecord &record);

    DtlsExport m_dtlsExport;
    QList<TracePacket> m_packets;
    QByteArrayList m_keyLogLines;
    QList<UnpairedEvent> m_unpairedEvents; // CoAP sent before its DTLS records went out
};

} // namespace coapscope
