// SPDX-License-Identifier: BSD-2-Clause
// The pcapng blocks byte for byte, the synthetic IP, UDP and TCP headers with their checksums
// (reference values computed independently), and what TraceCapture makes of trace records.

#include "hexbytes.h"
#include "trace/packetsynthesizer.h"
#include "trace/pcapngwriter.h"
#include "trace/tracecapture.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace coapscope;

namespace {

const SocketAddress loopbackClient{QHostAddress(QStringLiteral("127.0.0.1")), 40000};
const SocketAddress loopbackServer{QHostAddress(QStringLiteral("127.0.0.1")), 5683};

quint32 littleUint32(const QByteArray &bytes, qsizetype at)
{
    return qFromLittleEndian<quint32>(bytes.constData() + at);
}

// The blocks of a pcapng file: (type, body) pairs, after checking both length fields agree.
QList<QPair<quint32, QByteArray>> blocksOf(const QByteArray &file)
{
    QList<QPair<quint32, QByteArray>> blocks;
    qsizetype at = 0;
    while (at + 12 <= file.size()) {
        const quint32 type = littleUint32(file, at);
        const quint32 length = littleUint32(file, at + 4);
        if (length % 4 != 0 || at + length > file.size() ||
            littleUint32(file, at + length - 4) != length) {
            qWarning("block at %lld is inconsistent", qlonglong(at));
            return {};
        }
        blocks.append({type, file.mid(at + 8, length - 12)});
        at += length;
    }
    return blocks;
}

// The opt_comment of an Enhanced Packet Block's body.
QString commentOf(const QByteArray &body)
{
    const quint32 captured = littleUint32(body, 12);
    qsizetype at = 20 + ((captured + 3) & ~3u);
    while (at + 4 <= body.size()) {
        const quint16 code = qFromLittleEndian<quint16>(body.constData() + at);
        const quint16 length = qFromLittleEndian<quint16>(body.constData() + at + 2);
        if (code == 1)
            return QString::fromUtf8(body.mid(at + 4, length));
        if (code == 0)
            break;
        at += 4 + ((length + 3) & ~3);
    }
    return {};
}

} // namespace

class TestPcapngWriter : public QObject
{
    Q_OBJECT

private slots:
    void sectionHeaderBlock();
    void sectionHeaderBlockWithoutOptions();
    void interfaceDescriptionBlock();
    void enhancedPacketBlockWithCommentAndDirection();
    void enhancedPacketBlockBare();
    void decryptionSecretsBlock();
    void writerCountsInterfaces();
    void internetChecksumKnownVector();
    void ipv4UdpPacket();
    void ipv6UdpPacket();
    void mixedFamiliesBecomeIpv6();
    void tcpPacket();
    void upperPdu();
    void captureWritesUdpDatagramsWithComments();
    void captureSynthesizesTcpHandshakeAndSequenceNumbers();
    void captureSplitsLargeTcpFrames();
    void captureRecordsModePairsEventsWithRecords();
    void captureKeepsSecretsOnlyForRecords();
    void writeFailureIsReported();
};

void TestPcapngWriter::sectionHeaderBlock()
{
    QCOMPARE(PcapngWriter::sectionHeaderBlock(QStringLiteral("A")),
             hexBytes("0a0d0d0a 28000000"   // type, total length 40
                      "4d3c2b1a 0100 0000"  // byte-order magic, version 1.0
                      "ffffffff ffffffff"   // section length unknown
                      "0400 0100 41 000000" // shb_userappl "A", padded
                      "0000 0000"           // opt_endofopt
                      "28000000"));
}

void TestPcapngWriter::sectionHeaderBlockWithoutOptions()
{
    QCOMPARE(PcapngWriter::sectionHeaderBlock({}),
             hexBytes("0a0d0d0a 1c000000 4d3c2b1a 0100 0000 ffffffff ffffffff 1c000000"));
}

void TestPcapngWriter::interfaceDescriptionBlock()
{
    QCOMPARE(PcapngWriter::interfaceDescriptionBlock(PcapngWriter::LinkTypeRaw,
                                                     QStringLiteral("lo"), QStringLiteral("abcde")),
             hexBytes("01000000 2c000000"           // type 1, total length 44
                      "6500 0000 00000000"          // LINKTYPE_RAW, reserved, snap length 0
                      "0200 0200 6c6f 0000"         // if_name "lo"
                      "0300 0500 6162636465 000000" // if_description "abcde"
                      "0000 0000 2c000000"));
}

void TestPcapngWriter::enhancedPacketBlockWithCommentAndDirection()
{
    const QByteArray block = PcapngWriter::enhancedPacketBlock(
        2, 0x0001020304050607, "hello", PcapngWriter::PacketDirection::Outbound,
        QStringLiteral("hi"));
    QCOMPARE(block, hexBytes("06000000 3c000000"   // type 6, total length 60
                             "02000000"            // interface 2
                             "03020100 07060504"   // timestamp high, low (microseconds)
                             "05000000 05000000"   // captured and original length
                             "68656c6c6f 000000"   // "hello", padded
                             "0100 0200 6869 0000" // opt_comment "hi"
                             "0200 0400 02000000"  // epb_flags: outbound
                             "0000 0000 3c000000"));
}

void TestPcapngWriter::enhancedPacketBlockBare()
{
    QCOMPARE(
        PcapngWriter::enhancedPacketBlock(0, 1, "abcd", PcapngWriter::PacketDirection::Unknown, {}),
        hexBytes("06000000 24000000 00000000 00000000 01000000 04000000 04000000"
                 "61626364 24000000"));
}

void TestPcapngWriter::decryptionSecretsBlock()
{
    QCOMPARE(PcapngWriter::decryptionSecretsBlock(PcapngWriter::SecretsTlsKeyLog, "abc\n\x01"),
             hexBytes("0a000000 1c000000" // type 10, total length 28
                      "4b534c54 05000000" // "TLSK", 5 bytes of secrets
                      "6162630a01 000000" // padded
                      "1c000000"));
}

void TestPcapngWriter::writerCountsInterfaces()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PcapngWriter writer(buffer);
    QVERIFY(writer.writeSectionHeader(QStringLiteral("test")));
    QCOMPARE(writer.writeInterface(PcapngWriter::LinkTypeRaw, QStringLiteral("lo"), {}), 0u);
    QCOMPARE(
        writer.writeInterface(PcapngWriter::LinkTypeWiresharkUpperPdu, QStringLiteral("lo"), {}),
        1u);
    QVERIFY(writer.writePacket(1, 5, "x", PcapngWriter::PacketDirection::Inbound, {}));
    const auto blocks = blocksOf(buffer.data());
    QCOMPARE(blocks.size(), 4);
    QCOMPARE(blocks.at(0).first, 0x0a0d0d0au);
    QCOMPARE(blocks.at(1).first, 1u);
    QCOMPARE(blocks.at(2).first, 1u);
    QCOMPARE(blocks.at(3).first, 6u);
    QCOMPARE(littleUint32(blocks.at(3).second, 0), 1u);
}

void TestPcapngWriter::internetChecksumKnownVector()
{
    // The IPv4 header of the classic example (RFC 1071 style): checksum 0xb861.
    const QByteArray header = hexBytes("4500 0073 0000 4000 4011 0000 c0a8 0001 c0a8 00c7");
    QCOMPARE(PacketSynthesizer::internetChecksum(header), quint16(0xb861));
    QByteArray withChecksum = header;
    withChecksum[10] = char(0xb8);
    withChecksum[11] = char(0x61);
    QCOMPARE(PacketSynthesizer::internetChecksum(withChecksum), quint16(0));
    // An odd length is padded with a zero byte.
    QCOMPARE(PacketSynthesizer::internetChecksum(hexBytes("0102 03")), quint16(~0x0402 & 0xffff));
}

void TestPcapngWriter::ipv4UdpPacket()
{
    const QByteArray packet =
        PacketSynthesizer::udpPacket(loopbackClient, loopbackServer, hexBytes("40011234"));
    QCOMPARE(packet, hexBytes("4500 0020 0000 4000 4011 3ccb 7f000001 7f000001" // IPv4
                              "9c40 1633 000c fd2a"                             // UDP
                              "40011234"));
}

void TestPcapngWriter::ipv6UdpPacket()
{
    const SocketAddress from{QHostAddress(QStringLiteral("::1")), 40000};
    const SocketAddress to{QHostAddress(QStringLiteral("::1")), 5683};
    QCOMPARE(PacketSynthesizer::udpPacket(from, to, hexBytes("40011234")),
             hexBytes("6000 0000 000c 11 40"                // IPv6, UDP, hop 64
                      "00000000 00000000 00000000 00000001" // ::1
                      "00000000 00000000 00000000 00000001" // ::1
                      "9c40 1633 000c fb2b"                 // UDP, checksum
                      "40011234"));
    const SocketAddress linkLocal{QHostAddress(QStringLiteral("fe80::1")), 5683};
    const SocketAddress documentation{QHostAddress(QStringLiteral("2001:db8::2")), 40000};
    const QByteArray other =
        PacketSynthesizer::udpPacket(linkLocal, documentation, hexBytes("40011234"));
    QCOMPARE(other.mid(40, 8), hexBytes("1633 9c40 000c cef0"));
}

void TestPcapngWriter::mixedFamiliesBecomeIpv6()
{
    // An IPv4-mapped peer of a dual-stack socket and a plain IPv4 address: still IPv4.
    const SocketAddress mapped{QHostAddress(QStringLiteral("::ffff:127.0.0.1")), 40000};
    QCOMPARE(PacketSynthesizer::udpPacket(mapped, loopbackServer, hexBytes("40011234")),
             PacketSynthesizer::udpPacket(loopbackClient, loopbackServer, hexBytes("40011234")));
    // A real IPv6 address with an IPv4 one: IPv6, the IPv4 address mapped.
    const SocketAddress v6{QHostAddress(QStringLiteral("::1")), 40000};
    const QByteArray packet = PacketSynthesizer::udpPacket(v6, loopbackServer, "x");
    QCOMPARE(packet.at(0), char(0x60));
    QCOMPARE(packet.mid(24, 16), hexBytes("00000000 00000000 0000ffff 7f000001"));
}

void TestPcapngWriter::tcpPacket()
{
    const QByteArray packet = PacketSynthesizer::tcpPacket(
        loopbackClient, loopbackServer, 1, 1,
        PacketSynthesizer::TcpPush | PacketSynthesizer::TcpAck, hexBytes("00e1"));
    QCOMPARE(packet.size(), 20 + 20 + 2);
    QCOMPARE(packet.mid(0, 4), hexBytes("4500 002a"));
    QCOMPARE(packet.at(9), char(6));
    const QByteArray tcp = packet.mid(20);
    QCOMPARE(tcp.mid(0, 16), hexBytes("9c40 1633 00000001 00000001 50 18 ffff"));
    // The checksum over pseudo-header and segment comes out right: the sum checks to zero.
    QByteArray pseudo = hexBytes("7f000001 7f000001 00 06 0016");
    QCOMPARE(PacketSynthesizer::internetChecksum(pseudo + tcp), quint16(0));
    QCOMPARE(PacketSynthesizer::internetChecksum(packet.left(20)), quint16(0));
    // Without ACK the acknowledgement number is zero whatever was passed.
    const QByteArray syn = PacketSynthesizer::tcpPacket(loopbackClient, loopbackServer, 0, 99,
                                                        PacketSynthesizer::TcpSyn, {});
    QCOMPARE(syn.mid(20 + 8, 4), hexBytes("00000000"));
}

void TestPcapngWriter::upperPdu()
{
    QCOMPARE(PacketSynthesizer::upperPdu("coap", loopbackClient, loopbackServer,
                                         PacketSynthesizer::PortType::Udp, hexBytes("4001")),
             hexBytes("000c 0004 636f6170" // dissector name "coap"
                      "0014 0004 7f000001" // IPv4 source
                      "0015 0004 7f000001" // IPv4 destination
                      "0018 0004 00000003" // port type UDP
                      "0019 0004 00009c40" // source port
                      "001a 0004 00001633" // destination port
                      "0000 0000"          // end of tags
                      "4001"));
    // Names are padded to four bytes, and the length says so.
    QCOMPARE(PacketSynthesizer::upperPdu("coap_tcp_tls", loopbackClient, loopbackServer,
                                         PacketSynthesizer::PortType::Tcp, {})
                 .left(16),
             hexBytes("000c 000c 636f61705f7463705f746c73"));
}

void TestPcapngWriter::captureWritesUdpDatagramsWithComments()
{
    TraceCapture capture;
    TraceRecord sent;
    sent.timestampUs = 1700000000123456;
    sent.sessionId = 7;
    sent.direction = TraceDirection::Sent;
    sent.protocol = Protocol::Udp;
    sent.local = loopbackClient;
    sent.remote = loopbackServer;
    sent.bytes = hexBytes("40011234");
    sent.cause = TraceCause::Retransmission;
    sent.retransmission = 2;
    capture.record(sent);
    TraceRecord received = sent;
    received.direction = TraceDirection::Received;
    received.bytes = hexBytes("48");
    received.cause = TraceCause::Malformed;
    received.decodeError = DecodeError{DecodeError::Kind::TooShort, 0, 1, 4};
    capture.record(received);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(capture.writePcapng(buffer));
    const auto blocks = blocksOf(buffer.data());
    QCOMPARE(blocks.size(), 4); // SHB, IDB, two EPBs; no secrets
    QCOMPARE(blocks.at(1).first, 1u);
    QCOMPARE(qFromLittleEndian<quint16>(blocks.at(1).second.constData()),
             PcapngWriter::LinkTypeRaw);

    const QString firstComment = QStringLiteral(
        "session=7 protocol=UDP direction=sent event=retransmission retransmission=2");
    QCOMPARE(TraceCapture::describe(sent), firstComment);
    QCOMPARE(blocks.at(2).second,
             PcapngWriter::enhancedPacketBlock(
                 0, sent.timestampUs,
                 PacketSynthesizer::udpPacket(loopbackClient, loopbackServer, sent.bytes),
                 PcapngWriter::PacketDirection::Outbound, firstComment)
                 .mid(8, blocks.at(2).second.size()));
    QCOMPARE(TraceCapture::describe(received),
             QStringLiteral("session=7 protocol=UDP direction=received event=malformed "
                            "error=too-short offset=0"));
    // Received: from the server to us.
    QVERIFY(blocks.at(3).second.contains(
        PacketSynthesizer::udpPacket(loopbackServer, loopbackClient, received.bytes)));
}

void TestPcapngWriter::captureSynthesizesTcpHandshakeAndSequenceNumbers()
{
    TraceCapture capture;
    TraceRecord record;
    record.sessionId = 3;
    record.protocol = Protocol::Tcp;
    record.role = SessionRole::Server; // we accepted: the peer opened the connection
    record.local = loopbackServer;
    record.remote = loopbackClient;
    record.direction = TraceDirection::Sent;
    record.bytes = QByteArray(5, 'a');
    capture.record(record);
    record.direction = TraceDirection::Received;
    record.bytes = QByteArray(3, 'b');
    capture.record(record);
    record.direction = TraceDirection::Sent;
    record.bytes = QByteArray(2, 'c');
    capture.record(record);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(capture.writePcapng(buffer));
    const auto blocks = blocksOf(buffer.data());
    QCOMPARE(blocks.size(), 2 + 3 + 3); // SHB, IDB, SYN, SYN-ACK, ACK, three segments
    const auto tcpOf = [&](int index) {
        const QByteArray body = blocks.at(index).second;
        const quint32 length = littleUint32(body, 12);
        return body.mid(20, length).mid(20); // past the EPB header and the IPv4 header
    };
    using P = PacketSynthesizer;
    // The client (the peer) sends the SYN; we answer.
    QCOMPARE(tcpOf(2), P::tcpPacket(loopbackClient, loopbackServer, 0, 0, P::TcpSyn, {}).mid(20));
    QCOMPARE(tcpOf(3),
             P::tcpPacket(loopbackServer, loopbackClient, 0, 1, P::TcpSyn | P::TcpAck, {}).mid(20));
    QCOMPARE(tcpOf(4), P::tcpPacket(loopbackClient, loopbackServer, 1, 1, P::TcpAck, {}).mid(20));
    QCOMPARE(tcpOf(5), P::tcpPacket(loopbackServer, loopbackClient, 1, 1, P::TcpPush | P::TcpAck,
                                    QByteArray(5, 'a'))
                           .mid(20));
    QCOMPARE(tcpOf(6), P::tcpPacket(loopbackClient, loopbackServer, 1, 6, P::TcpPush | P::TcpAck,
                                    QByteArray(3, 'b'))
                           .mid(20));
    QCOMPARE(tcpOf(7), P::tcpPacket(loopbackServer, loopbackClient, 6, 4, P::TcpPush | P::TcpAck,
                                    QByteArray(2, 'c'))
                           .mid(20));
}

// A 1 MiB frame does not fit an IP packet: it goes in segments of at most 65535 - 40 - 20
// bytes, with consecutive sequence numbers; only the last one pushes.
void TestPcapngWriter::captureSplitsLargeTcpFrames()
{
    TraceCapture capture;
    TraceRecord record;
    record.sessionId = 4;
    record.protocol = Protocol::Tls;
    record.local = loopbackClient;
    record.remote = loopbackServer;
    record.bytes = QByteArray(150000, 'x');
    capture.record(record);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(capture.writePcapng(buffer));
    const auto blocks = blocksOf(buffer.data());
    QCOMPARE(blocks.size(), 2 + 3 + 3);
    constexpr int segment = 0xffff - 40 - 20;
    const QList<int> sizes{segment, segment, 150000 - 2 * segment};
    quint32 sequence = 1;
    for (int i = 0; i < 3; ++i) {
        const QByteArray body = blocks.at(5 + i).second;
        const quint32 length = littleUint32(body, 12);
        QCOMPARE(int(length), 20 + 20 + sizes.at(i));
        const QByteArray tcp = body.mid(20 + 20, 20);
        QCOMPARE(qFromBigEndian<quint32>(tcp.constData() + 4), sequence);
        QCOMPARE(quint8(tcp.at(13)), quint8(i == 2 ? 0x18 : 0x10)); // PSH only on the last
        QVERIFY(body.contains("session=4 protocol=TLS direction=sent event=transmission"));
        sequence += quint32(sizes.at(i));
    }
}

// In Records mode the CoAP events join the comments of the DTLS datagrams that carried them,
// whichever came first; what waited for a failed handshake is forgotten.
void TestPcapngWriter::captureRecordsModePairsEventsWithRecords()
{
    const QByteArray clientHello = hexBytes("16 fefd 0000 000000000000 0004 01000000");
    const QByteArray applicationData = hexBytes("17 fefd 0001 000000000001 0004 a1a2a3a4");
    TraceCapture capture(TraceCapture::DtlsExport::Records);
    const auto wire = [&](TraceDirection direction, const QByteArray &bytes, quint64 session) {
        DtlsDatagramRecord record;
        record.sessionId = session;
        record.direction = direction;
        record.local = loopbackClient;
        record.remote = loopbackServer;
        record.bytes = bytes;
        capture.recordDtlsDatagram(record);
    };
    const auto coap = [&](TraceDirection direction, TraceCause cause) {
        TraceRecord record;
        record.sessionId = 5;
        record.protocol = Protocol::Dtls;
        record.direction = direction;
        record.local = loopbackClient;
        record.remote = loopbackServer;
        record.bytes = hexBytes("40011234");
        record.cause = cause;
        capture.record(record);
    };
    wire(TraceDirection::Sent, clientHello, 5);
    coap(TraceDirection::Sent, TraceCause::Transmission); // queued during the handshake
    wire(TraceDirection::Sent, applicationData, 5);
    wire(TraceDirection::Received, applicationData, 0); // before the session existed
    coap(TraceDirection::Received, TraceCause::Received);
    coap(TraceDirection::Sent, TraceCause::Retransmission);
    SecurityEvent failed;
    failed.kind = SecurityEvent::Kind::StateChanged;
    failed.name = QStringLiteral("Failed");
    capture.recordSecurityEvent(5, loopbackServer, failed);
    wire(TraceDirection::Sent, applicationData, 5);
    QCOMPARE(capture.packetCount(), 4); // the CoAP itself is not a packet here

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(capture.writePcapng(buffer));
    const auto blocks = blocksOf(buffer.data());
    QCOMPARE(blocks.size(), 2 + 4);
    QCOMPARE(commentOf(blocks.at(2).second),
             QStringLiteral("session=5 protocol=DTLS direction=sent records=ClientHello"));
    QCOMPARE(commentOf(blocks.at(3).second),
             QStringLiteral("session=5 protocol=DTLS direction=sent records=ApplicationData "
                            "event=transmission"));
    QCOMPARE(commentOf(blocks.at(4).second),
             QStringLiteral("session=5 protocol=DTLS direction=received "
                            "records=ApplicationData event=received"));
    QCOMPARE(commentOf(blocks.at(5).second),
             QStringLiteral("session=5 protocol=DTLS direction=sent records=ApplicationData"));
}

void TestPcapngWriter::captureKeepsSecretsOnlyForRecords()
{
    const QByteArray line = "CLIENT_RANDOM 00 11";
    TraceCapture decrypted(TraceCapture::DtlsExport::Decrypted);
    decrypted.recordKeyLogLine(1, loopbackServer, line);
    QVERIFY(decrypted.keyLogLines().isEmpty());

    TraceCapture records(TraceCapture::DtlsExport::Records);
    records.recordKeyLogLine(1, loopbackServer, line);
    records.recordKeyLogLine(1, loopbackServer, line); // kept once
    QCOMPARE(records.keyLogLines(), QByteArrayList{line});
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(records.writePcapng(buffer));
    const auto blocks = blocksOf(buffer.data());
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(blocks.at(1).first, 0x0au);
    QCOMPARE(blocks.at(1).second.mid(8, line.size() + 1), line + '\n');

    // With packets, the keys follow the first interface and precede the first packet:
    // Wireshark's tools take the file's link type from the interfaces after the header.
    DtlsDatagramRecord datagram;
    datagram.sessionId = 1;
    datagram.local = loopbackClient;
    datagram.remote = loopbackServer;
    datagram.bytes = hexBytes("16 fefd 0000 000000000000 0004 01000000");
    records.recordDtlsDatagram(datagram);
    QBuffer withPacket;
    withPacket.open(QIODevice::WriteOnly);
    QVERIFY(records.writePcapng(withPacket));
    QList<quint32> types;
    for (const auto &block : blocksOf(withPacket.data()))
        types.append(block.first);
    QCOMPARE(types, (QList<quint32>{0x0a0d0d0au, 0x01u, 0x0au, 0x06u}));
}

void TestPcapngWriter::writeFailureIsReported()
{
    QTemporaryDir directory;
    TraceCapture capture;
    const QString path = directory.filePath(QStringLiteral("missing/trace.pcapng"));
    const auto error = capture.writePcapng(path);
    QVERIFY(error);
    QCOMPARE(error->kind, TraceExportError::Kind::OpenFailed);
    QCOMPARE(error->path, path);
    QVERIFY(!error->detail.isEmpty());

    const QString good = directory.filePath(QStringLiteral("trace.pcapng"));
    QVERIFY(!capture.writePcapng(good));
    QFile written(good);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().startsWith(hexBytes("0a0d0d0a")));
}

QTEST_GUILESS_MAIN(TestPcapngWriter)
#include "tst_pcapngwriter.moc"
