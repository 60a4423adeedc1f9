// SPDX-License-Identifier: BSD-2-Clause
// Reading pcap and pcapng back into trace records: CoapScope's own exports of real sessions
// (UDP, TCP, decrypted DTLS) round trip, hand-made files of other link types read, and damaged
// files keep what came before the damage.
#include "client/coapreply.h"
#include "client/coaprequest.h"
#include "codec/udpcodec.h"
#include "models/workspace.h"
#include "session/context.h"
#include "session/session.h"
#include "trace/captureimporter.h"
#include "trace/packetsynthesizer.h"
#include "trace/tracecapture.h"
#include "trace/tracerecordlog.h"
#include "tracefixtures.h"

#include <QBuffer>
#include <QTest>
#include <QtEndian>

using namespace coapscope;

namespace {

QList<TraceRecord> importAll(const QByteArray &file,
                             std::optional<CaptureReadError> *error = nullptr)
{
    QBuffer buffer;
    buffer.setData(file);
    buffer.open(QIODevice::ReadOnly);
    CaptureImporter importer(buffer);
    QList<TraceRecord> records;
    while (!importer.atEnd())
        records += importer.readSome(7); // small steps, as the GUI reads with progress
    if (error)
        *error = importer.error();
    return records;
}

// The fields an export keeps.
QString fingerprint(const TraceRecord &record)
{
    return QStringLiteral("%1 s%2 %3 %4 %5>%6 %7 %8 r%9")
        .arg(record.timestampUs)
        .arg(record.sessionId)
        .arg(record.direction == TraceDirection::Sent ? QStringLiteral("sent")
                                                      : QStringLiteral("received"))
        .arg(protocolName(record.protocol))
        .arg(record.local.port)
        .arg(record.remote.toString())
        .arg(QString::fromLatin1(record.bytes.toHex()))
        .arg(traceCauseId(record.cause))
        .arg(record.retransmission);
}

QByteArray pcapFile(quint32 linkType, const QList<QByteArray> &frames, bool bigEndian = false)
{
    QByteArray file(24, '\0');
    auto put32 = [bigEndian](char *at, quint32 value) {
        bigEndian ? qToBigEndian(value, at) : qToLittleEndian(value, at);
    };
    auto put16 = [bigEndian](char *at, quint16 value) {
        bigEndian ? qToBigEndian(value, at) : qToLittleEndian(value, at);
    };
    put32(file.data(), 0xa1b2c3d4);
    put16(file.data() + 4, 2);
    put16(file.data() + 6, 4);
    put32(file.data() + 16, 65535);
    put32(file.data() + 20, linkType);
    quint32 second = 1700000000;
    for (const QByteArray &frame : frames) {
        QByteArray header(16, '\0');
        put32(header.data(), second++);
        put32(header.data() + 4, 250000);
        put32(header.data() + 8, quint32(frame.size()));
        put32(header.data() + 12, quint32(frame.size()));
        file += header + frame;
    }
    return file;
}

const SocketAddress client{QHostAddress(QStringLiteral("192.0.2.1")), 40000};
const SocketAddress server{QHostAddress(QStringLiteral("192.0.2.2")), 5683};

} // namespace

class TestCaptureImport : public QObject
{
    Q_OBJECT

private slots:
    void realSessionsRoundTrip_data();
    void realSessionsRoundTrip();
    void pcapOfOtherLinkTypes_data();
    void pcapOfOtherLinkTypes();
    void malformedCoapIsKeptAsMalformed();
    void truncatedFileKeepsWhatCameBefore();
    void notACaptureSaysSo();
};

void TestCaptureImport::realSessionsRoundTrip_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::newRow("UDP") << Protocol::Udp;
    QTest::newRow("TCP") << Protocol::Tcp;
    QTest::newRow("DTLS") << Protocol::Dtls;
}

void TestCaptureImport::realSessionsRoundTrip()
{
    QFETCH(Protocol, protocol);
    Workspace workspace;
    SecuritySettings security;
    security.pskServer = PskServerSettings{{}, "key", {}};
    QVERIFY(!workspace.startServer(QHostAddress::LocalHost, {{protocol, 0}}, security));
    security.pskClient = PskClientSettings{"id", "key"};
    workspace.clientContext()->setSecurity(security);
    TraceRecordLog log;
    workspace.clientContext()->addTracer(&log);
    Uri uri = *workspace.serverUri(protocol);
    uri.setPathSegments({QByteArrayLiteral("large")}); // block-wise: several exchanges
    Session *session = nullptr;
    workspace.newSession(uri, [&](Session *opened, const QString &) { session = opened; });
    QTRY_VERIFY(session);
    std::unique_ptr<CoapReply> reply(session->send(CoapRequest(MessageCode::Get, uri)));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QVERIFY(reply->response());
    workspace.clientContext()->removeTracer(&log);
    QVERIFY(log.records().size() >= 4);

    const QList<TraceRecord> imported = importAll(testing::pcapngOf(log.records()));
    QCOMPARE(imported.size(), log.records().size());
    for (qsizetype i = 0; i < imported.size(); ++i) {
        QCOMPARE(fingerprint(imported.at(i)), fingerprint(log.records().at(i)));
        QVERIFY(imported.at(i).message);
        QCOMPARE(*imported.at(i).message, *log.records().at(i).message);
    }
    // Export, import, export again: the same records.
    const QList<TraceRecord> again = importAll(testing::pcapngOf(imported));
    QCOMPARE(again.size(), imported.size());
    for (qsizetype i = 0; i < again.size(); ++i) {
        QCOMPARE(fingerprint(again.at(i)), fingerprint(imported.at(i)));
        QCOMPARE(again.at(i).local, imported.at(i).local);
    }
}

void TestCaptureImport::pcapOfOtherLinkTypes_data()
{
    QTest::addColumn<quint32>("linkType");
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<bool>("bigEndian");
    QTest::newRow("raw IP") << 101u << QByteArray() << false;
    QTest::newRow("raw IP, big-endian file") << 101u << QByteArray() << true;
    QTest::newRow("Ethernet") << 1u << QByteArray::fromHex("0000000000010000000000020800") << false;
    QTest::newRow("Ethernet with VLAN") << 1u
                                        << QByteArray::fromHex("00000000000100000000000281000005"
                                                               "0800")
                                        << false;
    QTest::newRow("Linux cooked") << 113u << QByteArray::fromHex("00000304000600000000000000000800")
                                  << false;
    QTest::newRow("BSD loopback") << 0u << QByteArray::fromHex("02000000") << false;
}

void TestCaptureImport::pcapOfOtherLinkTypes()
{
    QFETCH(quint32, linkType);
    QFETCH(QByteArray, prefix);
    QFETCH(bool, bigEndian);
    Message request(MessageType::Confirmable, MessageCode::Get, 0x0102);
    request.setToken("ab");
    Message response(MessageType::Acknowledgement, MessageCode::Content, 0x0102);
    response.setToken("ab");
    const QByteArray file = pcapFile(
        linkType,
        {prefix + PacketSynthesizer::udpPacket(client, server, UdpCodec::encode(request)),
         prefix + PacketSynthesizer::udpPacket(server, client, UdpCodec::encode(response))},
        bigEndian);
    std::optional<CaptureReadError> error;
    const QList<TraceRecord> records = importAll(file, &error);
    QVERIFY(!error);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).direction, TraceDirection::Sent); // to the CoAP port
    QCOMPARE(records.at(0).remote, server);
    QCOMPARE(records.at(0).timestampUs, 1700000000250000);
    QCOMPARE(*records.at(0).message, request);
    QCOMPARE(records.at(1).direction, TraceDirection::Received);
    QCOMPARE(records.at(1).sessionId, records.at(0).sessionId); // one conversation
    QCOMPARE(*records.at(1).message, response);
}

void TestCaptureImport::malformedCoapIsKeptAsMalformed()
{
    const QByteArray file = pcapFile(
        101, {PacketSynthesizer::udpPacket(client, server, QByteArray::fromHex("40010001f0"))});
    const QList<TraceRecord> records = importAll(file);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).cause, TraceCause::Malformed);
    QVERIFY(records.at(0).decodeError);
    QCOMPARE(records.at(0).decodeError->offset, 4);
}

void TestCaptureImport::truncatedFileKeepsWhatCameBefore()
{
    Message request(MessageType::NonConfirmable, MessageCode::Get, 7);
    const QByteArray packet =
        PacketSynthesizer::udpPacket(client, server, UdpCodec::encode(request));
    QByteArray file = pcapFile(101, {packet, packet, packet});
    file.chop(5);
    std::optional<CaptureReadError> error;
    const QList<TraceRecord> records = importAll(file, &error);
    QCOMPARE(records.size(), 2);
    QVERIFY(error);
    QCOMPARE(error->kind, CaptureReadError::Kind::Truncated);
    QCOMPARE(error->offset, 24 + 2 * (16 + packet.size()) + 16);

    // pcapng: a block whose two lengths disagree.
    QByteArray pcapng = testing::pcapngOf({});
    QVERIFY(!pcapng.isEmpty());
    pcapng += QByteArray::fromHex("06000000"
                                  "20000000") +
              QByteArray(20, '\0') + QByteArray::fromHex("1c000000");
    importAll(pcapng, &error);
    QVERIFY(error);
    QCOMPARE(error->kind, CaptureReadError::Kind::Corrupt);
}

void TestCaptureImport::notACaptureSaysSo()
{
    std::optional<CaptureReadError> error;
    QVERIFY(importAll("GET / HTTP/1.1\r\n\r\n", &error).isEmpty());
    QVERIFY(error);
    QCOMPARE(error->kind, CaptureReadError::Kind::NotACapture);
    importAll(QByteArray(), &error);
    QCOMPARE(error->kind, CaptureReadError::Kind::NotACapture);
}

QTEST_GUILESS_MAIN(TestCaptureImport)
#include "tst_captureimport.moc"
