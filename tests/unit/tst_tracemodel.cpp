// SPDX-License-Identifier: BSD-2-Clause
// The trace view's model: compact rows that give back what the engine recorded, shown in one
// batch per event-loop turn.
#include "codec/optionnumber.h"
#include "codec/tcpframing.h"
#include "codec/udpcodec.h"
#include "models/requestpathmemory.h"
#include "models/tracemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace coapscope;

namespace {

TraceRecord record(Protocol protocol, quint16 messageId,
                   TraceCause cause = TraceCause::Transmission)
{
    Message message(MessageType::Confirmable, MessageCode::Get, messageId);
    message.setToken(QByteArray::fromHex("c0ffee") + char(messageId & 0xff));
    message.addOption(OptionNumber::UriPath, "temp");
    TraceRecord made;
    made.timestampUs = 1795605740000000 + messageId;
    made.sessionId = isReliable(protocol) ? 2 : 1;
    made.protocol = protocol;
    made.direction = TraceDirection::Sent;
    made.local = {QHostAddress::LocalHost, 40000};
    made.remote = {QHostAddress::LocalHost, 5683};
    made.bytes = isReliable(protocol) ? TcpFraming::encode(message) : UdpCodec::encode(message);
    made.message = message;
    made.cause = cause;
    made.retransmission = cause == TraceCause::Retransmission ? 3 : 0;
    return made;
}

} // namespace

class TestTraceModel : public QObject
{
    Q_OBJECT

private slots:
    void rowsAppearInOneBatch();
    void rowsGiveBackTheRecord();
    void columnsShowWhatTheWireCarried();
    void freeTextFilterFindsTokens();
    void capacityDropsTheOldestInBatches();
    void factsComeFromTheRow();
    void answersTakeTheirRequestsPath();
    void requestPathMemoryStaysBounded();
};

void TestTraceModel::rowsAppearInOneBatch()
{
    TraceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 1000; ++i)
        model.record(record(Protocol::Udp, quint16(i)));
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE(model.rowCount(), 1000);
    QCOMPARE(inserted.count(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestTraceModel::rowsGiveBackTheRecord()
{
    TraceModel model;
    const TraceRecord udp = record(Protocol::Udp, 7, TraceCause::Retransmission);
    TraceRecord malformed = record(Protocol::Udp, 8, TraceCause::Malformed);
    malformed.message.reset();
    malformed.bytes = QByteArray::fromHex("40010001f0");
    const TraceRecord tcp = record(Protocol::Tcp, 9);
    for (const TraceRecord &made : {udp, malformed, tcp})
        model.record(made);
    model.flush();
    const TraceRecord back = model.recordAt(0);
    QCOMPARE(back.bytes, udp.bytes);
    QCOMPARE(*back.message, *udp.message);
    QCOMPARE(back.timestampUs, udp.timestampUs);
    QCOMPARE(back.local, udp.local);
    QCOMPARE(back.remote, udp.remote);
    QCOMPARE(back.cause, TraceCause::Retransmission);
    QCOMPARE(back.retransmission, 3);
    QVERIFY(model.recordAt(1).decodeError);
    // A frame carries no type or message ID: what comes back is what the wire held.
    QCOMPARE(*model.recordAt(2).message, TcpFraming::decode(tcp.bytes).value());
    QCOMPARE(model.recordAt(2).protocol, Protocol::Tcp);
    // Overhead per row is a fixed 32 bytes plus the chunk's unused room.
    QVERIFY(model.overheadBytes() >= 3 * 32);
}

void TestTraceModel::columnsShowWhatTheWireCarried()
{
    TraceModel model;
    model.record(record(Protocol::Udp, 0x1234, TraceCause::Retransmission));
    model.record(record(Protocol::Tcp, 1));
    model.flush();
    const auto cell = [&model](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(cell(0, TraceModel::TypeColumn), QStringLiteral("CON"));
    QCOMPARE(cell(0, TraceModel::MessageIdColumn), QStringLiteral("4660"));
    QCOMPARE(cell(0, TraceModel::TokenColumn), QStringLiteral("c0ffee34"));
    QCOMPARE(cell(0, TraceModel::OptionsColumn), QStringLiteral("Uri-Path=\"temp\""));
    QCOMPARE(cell(0, TraceModel::EventColumn), QStringLiteral("retransmission 3"));
    QCOMPARE(cell(0, TraceModel::DirectionColumn), QStringLiteral("sent"));
    // RFC 8323 frames have neither type nor message ID.
    QCOMPARE(cell(1, TraceModel::TypeColumn), QString());
    QCOMPARE(cell(1, TraceModel::MessageIdColumn), QString());
    QCOMPARE(cell(1, TraceModel::ProtocolColumn), QStringLiteral("TCP"));
}

void TestTraceModel::freeTextFilterFindsTokens()
{
    TraceModel model;
    for (int i = 0; i < 300; ++i)
        model.record(record(Protocol::Udp, quint16(i)));
    model.flush();
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterRole(TraceModel::SearchTextRole);
    proxy.setFilterFixedString(QStringLiteral("c0ffee2a")); // messages 42 and 298
    QCOMPARE(proxy.rowCount(), 2);
}

void TestTraceModel::capacityDropsTheOldestInBatches()
{
    TraceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(100);
    QSignalSpy dropped(&model, &TraceModel::rowsDropped);
    for (int i = 0; i < 90; ++i)
        model.record(record(Protocol::Udp, quint16(i)));
    model.flush();
    QCOMPARE(dropped.count(), 0);
    for (int i = 90; i < 250; ++i)
        model.record(record(Protocol::Udp, quint16(i)));
    model.flush();
    // 150 over, plus a sixteenth of the capacity so the next drop is a while away.
    QCOMPARE(dropped.count(), 1);
    QCOMPARE(model.droppedCount(), 156);
    QCOMPARE(dropped.last().at(0).toLongLong(), 156);
    QCOMPARE(model.rowCount(), 94);
    QCOMPARE(model.recordAt(0).message->messageId(), 156);
    QCOMPARE(model.index(0, TraceModel::TokenColumn).data().toString(), QStringLiteral("c0ffee9c"));

    // Big datagrams fill several 4 MiB chunks; the ones no row needs any more are released.
    model.clear();
    model.setCapacity(1000);
    TraceRecord big = record(Protocol::Udp, 1);
    big.message->setPayload(QByteArray(4000, 'x'));
    big.bytes = UdpCodec::encode(*big.message);
    for (int i = 0; i < 5000; ++i)
        model.record(big);
    model.flush();
    QVERIFY(model.rowCount() <= 1000);
    QCOMPARE(model.droppedCount() + model.rowCount(), 5000);
    QCOMPARE(model.recordAt(0).bytes, big.bytes);
    QCOMPARE(model.recordAt(model.rowCount() - 1).bytes, big.bytes);
    // 20 MB went in; what stays is the rows' 4 MB plus at most one chunk's slack each side.
    QVERIFY(model.overheadBytes() < 9 * 1024 * 1024);
}

void TestTraceModel::factsComeFromTheRow()
{
    TraceModel model;
    model.record(record(Protocol::Udp, 0x1a2b, TraceCause::Retransmission));
    model.record(record(Protocol::Tcp, 5));
    model.flush();
    const TraceRowFacts udp = model.factsAt(0);
    QCOMPARE(udp.sessionId, 1u);
    QCOMPARE(udp.type, MessageType::Confirmable);
    QCOMPARE(udp.code, MessageCode::Get.raw());
    QCOMPARE(udp.messageId, 0x1a2b);
    QCOMPARE(udp.token.toByteArray(), QByteArray::fromHex("c0ffee2b"));
    QCOMPARE(udp.cause, TraceCause::Retransmission);
    QCOMPARE(model.factsAt(1).token.toByteArray(), QByteArray::fromHex("c0ffee05"));
    QCOMPARE(model.pathAt(0), QStringLiteral("/temp"));
    QCOMPARE(model.pathIdAt(0), model.pathIdAt(1)); // interned once
    // Paths that share bytes but not segments stay apart.
    const QList<QByteArrayList> paths{{"te", "mp"}, {"temp", "x"}, {"temp"}, {}};
    for (const QByteArrayList &segments : paths) {
        TraceRecord made = record(Protocol::Udp, 9);
        made.message->removeOptions(OptionNumber::UriPath);
        for (const QByteArray &segment : segments)
            made.message->addOption(OptionNumber::UriPath, segment);
        made.bytes = UdpCodec::encode(*made.message);
        model.record(made);
    }
    model.flush();
    QCOMPARE(model.pathAt(2), QStringLiteral("/te/mp"));
    QCOMPARE(model.pathAt(3), QStringLiteral("/temp/x"));
    QCOMPARE(model.pathAt(4), QStringLiteral("/temp"));
    QCOMPARE(model.pathIdAt(4), model.pathIdAt(0));
    QCOMPARE(model.pathAt(5), QString());
}

// Responses and notifications carry no Uri-Path: a path filter still finds them through the
// request they answer (same session, same token).
void TestTraceModel::answersTakeTheirRequestsPath()
{
    TraceModel model;
    TraceRecord request = record(Protocol::Udp, 0x10); // GET /temp, token c0ffee10
    model.record(request);
    const auto answer = [&](quint64 session, const QByteArray &token) {
        Message response(MessageType::NonConfirmable, MessageCode::Content, 0x99);
        response.setToken(token);
        response.addUintOption(OptionNumber::Observe, 7);
        TraceRecord made = request;
        made.sessionId = session;
        made.direction = TraceDirection::Received;
        made.message = response;
        made.bytes = UdpCodec::encode(response);
        model.record(made);
    };
    answer(1, QByteArray::fromHex("c0ffee10"));
    answer(1, QByteArray::fromHex("c0ffee11")); // a token no request had
    answer(3, QByteArray::fromHex("c0ffee10")); // the same token in another session
    // An empty ACK answers nothing by token.
    TraceRecord ack = request;
    ack.message = Message(MessageType::Acknowledgement, MessageCode::Empty, 0x10);
    ack.bytes = UdpCodec::encode(*ack.message);
    model.record(ack);
    model.flush();
    QCOMPARE(model.pathAt(1), QStringLiteral("/temp"));
    QCOMPARE(model.pathAt(2), QString());
    QCOMPARE(model.pathAt(3), QString());
    QCOMPARE(model.pathAt(4), QString());
    const TraceFilter filter = TraceFilter::parse(u"path:/temp");
    QVERIFY(filter.matchesPath(model.pathAt(1)));
    model.clear();
    answer(1, QByteArray::fromHex("c0ffee10"));
    model.flush();
    QCOMPARE(model.pathAt(0), QString()); // forgotten with the rows
}

void TestTraceModel::requestPathMemoryStaysBounded()
{
    RequestPathMemory memory(64);
    memory.remember(1, "live", 5); // an observation that keeps answering
    for (int i = 0; i < 10000; ++i) {
        memory.remember(1, QByteArray::number(i), quint16(i % 100 + 1));
        if (i % 16 == 0)
            QCOMPARE(memory.find(1, "live"), 5);
    }
    QCOMPARE(memory.size(), 64);
    QVERIFY2(memory.orderLength() <= 4 * 64 + 1, qPrintable(QString::number(memory.orderLength())));
    QCOMPARE(memory.find(1, "live"), 5);
    QCOMPARE(memory.find(1, "0"), 0); // long forgotten
    QCOMPARE(memory.find(1, "9999"), quint16(9999 % 100 + 1));
    // The same token over and over, never answered: the order list must not grow with it.
    for (int i = 0; i < 10000; ++i)
        memory.remember(2, "again", 3);
    QVERIFY(memory.orderLength() <= 4 * 64 + 1);
}

QTEST_GUILESS_MAIN(TestTraceModel)
#include "tst_tracemodel.moc"
