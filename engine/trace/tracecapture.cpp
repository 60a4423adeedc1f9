// SPDX-License-Identifier: BSD-2-Clause
#include "tracecapture.h"

#include "atomicfile.h"
#include "pcapngtracewriter.h"
#include "security/dtlsrecord_p.h"
#include "security/securityevent.h"

namespace coapscope {

namespace {

constexpr int maxPairingLookback = 64;
// DtlsTransport holds at most 16 datagrams per peer during a handshake.
constexpr qsizetype maxUnpairedEvents = 64;

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
    return TracePacket::sessionPrefix(record.sessionId, protocolName(record.protocol),
                                      record.direction) +
           QLatin1Char(' ') + TracePacket::eventText(record);
}

void TraceCapture::record(const TraceRecord &record)
{
    if (record.protocol == Protocol::Dtls && m_dtlsExport == DtlsExport::Records) {
        pairWithRecords(record); // the records themselves come through recordDtlsDatagram()
        return;
    }
    m_packets.append(TracePacket::fromRecord(record));
}

// A DTLS record's CoAP reaches us after its ciphertext did (the engine encrypts inside send(),
// and decrypts what arrived before handing it on), except for what a client sends during its
// handshake, which waits in DtlsTransport and goes out later. Either way the event joins the
// comment of the datagram that carried it.
void TraceCapture::pairWithRecords(const TraceRecord &record)
{
    const QString event = TracePacket::eventText(record);
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
    TracePacket packet;
    packet.timestampUs = record.timestampUs;
    packet.sessionId = record.sessionId;
    packet.protocol = Protocol::Dtls;
    packet.framing = TracePacket::Framing::DtlsRecords;
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

std::optional<TraceExportError> TraceCapture::writePcapng(const QString &path) const
{
    return writeAtomically(path, [this](QIODevice &device) { return writePcapng(device); });
}

bool TraceCapture::writePcapng(QIODevice &device) const
{
    PcapngTraceWriter writer(device, m_keyLogLines);
    if (!writer.begin())
        return false;
    for (const TracePacket &packet : m_packets) {
        if (!writer.writePacket(packet))
            return false;
    }
    return writer.finish();
}

} // namespace coapscope
