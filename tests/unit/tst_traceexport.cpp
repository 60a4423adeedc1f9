// SPDX-License-Identifier: BSD-2-Clause
// The JSON and CSV trace exports, from records as the engine makes them.
#include "codec/optionnumber.h"
#include "codec/udpcodec.h"
#include "trace/tracecsv.h"
#include "trace/tracejson.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace coapscope;

namespace {

const SocketAddress client{QHostAddress(QStringLiteral("127.0.0.1")), 40000};
const SocketAddress server{QHostAddress(QStringLiteral("127.0.0.1")), 5683};

TraceRecord udpRecord(const Message &message, TraceCause cause, int retransmission = 0)
{
    TraceRecord record;
    record.timestampUs = 1795605740438832; // 2026-11-25T11:22:20.438832Z
    record.sessionId = 7;
    record.direction = TraceDirection::Sent;
    record.protocol = Protocol::Udp;
    record.local = client;
    record.remote = server;
    record.bytes = UdpCodec::encode(message);
    record.message = message;
    record.cause = cause;
    record.retransmission = retransmission;
    return record;
}

Message request()
{
    Message message(MessageType::Confirmable, MessageCode::Get, 0x1234);
    message.setToken(QByteArray::fromHex("a1b2"));
    message.addOption(OptionNumber::UriPath, "sensors");
    message.addOption(OptionNumber::UriQuery, "name=\"a,b\"");
    return message;
}

} // namespace

class TestTraceExport : public QObject
{
    Q_OBJECT

private slots:
    void jsonHasOneObjectPerLine();
    void jsonDescribesMalformedAndRetransmitted();
    void csvQuotesAndLeavesStreamFieldsEmpty();
    void writesAtomically();
};

void TestTraceExport::jsonHasOneObjectPerLine()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(writeTraceJson({udpRecord(request(), TraceCause::Transmission),
                            udpRecord(request(), TraceCause::Transmission)},
                           buffer));
    const QByteArrayList lines = buffer.data().trimmed().split('\n');
    QCOMPARE(lines.size(), 4); // "[", two objects, "]"
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(buffer.data(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject first = document.array().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("time")).toString(),
             QStringLiteral("2026-11-25T11:22:20.438832Z"));
    QCOMPARE(first.value(QStringLiteral("session")).toInt(), 7);
    QCOMPARE(first.value(QStringLiteral("direction")).toString(), QStringLiteral("sent"));
    QCOMPARE(first.value(QStringLiteral("local")).toString(), QStringLiteral("127.0.0.1:40000"));
    QCOMPARE(first.value(QStringLiteral("event")).toString(), QStringLiteral("transmission"));
    QVERIFY(!first.contains(QStringLiteral("retransmission")));
    const QJsonObject message = first.value(QStringLiteral("message")).toObject();
    QCOMPARE(message.value(QStringLiteral("messageId")).toInt(), 0x1234);
    QCOMPARE(message.value(QStringLiteral("token")).toString(), QStringLiteral("a1b2"));
    QCOMPARE(first.value(QStringLiteral("bytes")).toString(),
             QString::fromLatin1(UdpCodec::encode(request()).toHex()));
}

void TestTraceExport::jsonDescribesMalformedAndRetransmitted()
{
    TraceRecord malformed = udpRecord(request(), TraceCause::Malformed);
    malformed.message.reset();
    malformed.bytes = QByteArray::fromHex("40010001f0");
    malformed.decodeError = UdpCodec::decode(malformed.bytes).error();
    const QJsonObject json = traceRecordToJson(malformed);
    QVERIFY(!json.contains(QStringLiteral("message")));
    QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("offset")).toInt(),
             4);
    const QJsonObject again =
        traceRecordToJson(udpRecord(request(), TraceCause::Retransmission, 2));
    QCOMPARE(again.value(QStringLiteral("event")).toString(), QStringLiteral("retransmission"));
    QCOMPARE(again.value(QStringLiteral("retransmission")).toInt(), 2);
}

void TestTraceExport::csvQuotesAndLeavesStreamFieldsEmpty()
{
    TraceRecord overTcp = udpRecord(request(), TraceCause::Received);
    overTcp.protocol = Protocol::Tcp;
    overTcp.direction = TraceDirection::Received;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(writeTraceCsv({udpRecord(request(), TraceCause::Retransmission, 1), overTcp}, buffer));
    const QList<QByteArray> lines = buffer.data().split('\n');
    QCOMPARE(lines.at(0), QByteArray("time,session,direction,protocol,type,code,mid,token,options,"
                                     "size,event\r"));
    QCOMPARE(lines.at(1), QByteArray("2026-11-25T11:22:20.438832Z,7,sent,UDP,CON,0.01,4660,a1b2,"
                                     "\"Uri-Path=sensors; Uri-Query=name=\"\"a,b\"\"\",") +
                              QByteArray::number(UdpCodec::encode(request()).size()) +
                              QByteArray(",retransmission 1\r"));
    QVERIFY2(lines.at(2).startsWith("2026-11-25T11:22:20.438832Z,7,received,TCP,,0.01,,a1b2,"),
             lines.at(2).constData());
    QCOMPARE(lines.size(), 4); // the last line ends in CRLF
}

void TestTraceExport::writesAtomically()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("trace.csv"));
    QVERIFY(!writeTraceCsv({udpRecord(request(), TraceCause::Transmission)}, path));
    QVERIFY(QFile::exists(path));
    const auto error = writeTraceJson({}, directory.filePath(QStringLiteral("missing/t.json")));
    QVERIFY(error);
    QCOMPARE(error->kind, TraceExportError::Kind::OpenFailed);
}

QTEST_GUILESS_MAIN(TestTraceExport)
#include "tst_traceexport.moc"
