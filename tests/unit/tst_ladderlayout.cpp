// SPDX-License-Identifier: BSD-2-Clause
// The ladder diagram's layout: which datagrams of a session belong together (CON and ACK,
// request and response, retransmissions, blocks of a transfer) and what their arrows say.
#include "codec/blockvalue.h"
#include "codec/optionnumber.h"
#include "codec/udpcodec.h"
#include "models/ladderlayout.h"
#include "models/tracemodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace coapscope;

namespace {

using Kind = LadderLayout::Kind;
using Direction = LadderLayout::Direction;

constexpr quint64 session = 7;

Message message(MessageType type, MessageCode code, quint16 messageId, QByteArray token = {})
{
    Message made(type, code, messageId);
    made.setToken(QByteArray::fromHex(token));
    return made;
}

Message get(quint16 messageId, QByteArray token, const char *path)
{
    Message made = message(MessageType::Confirmable, MessageCode::Get, messageId, token);
    made.addOption(OptionNumber::UriPath, path);
    return made;
}

// Records datagrams into a TraceModel one millisecond apart, as the engine would.
class Trace
{
public:
    TraceModel model;

    void send(const Message &sent, TraceCause cause = TraceCause::Transmission, int again = 0,
              quint64 sessionId = session)
    {
        add(TraceDirection::Sent, sent, cause, again, sessionId);
    }
    void receive(const Message &received, TraceCause cause = TraceCause::Received)
    {
        add(TraceDirection::Received, received, cause, 0, session);
    }
    void receiveBytes(const QByteArray &bytes)
    {
        TraceRecord made = base(TraceDirection::Received, session);
        made.bytes = bytes;
        made.cause = TraceCause::Malformed;
        model.record(made);
    }

private:
    TraceRecord base(TraceDirection direction, quint64 sessionId)
    {
        m_time += 1000;
        TraceRecord made;
        made.timestampUs = m_time;
        made.sessionId = sessionId;
        made.direction = direction;
        made.local = {QHostAddress::LocalHost, 40000};
        made.remote = {QHostAddress::LocalHost, 5683};
        return made;
    }
    void add(TraceDirection direction, const Message &sent, TraceCause cause, int again,
             quint64 sessionId)
    {
        TraceRecord made = base(direction, sessionId);
        made.bytes = UdpCodec::encode(sent);
        made.message = sent;
        made.cause = cause;
        made.retransmission = again;
        model.record(made);
    }
    qint64 m_time = 1795605740000000;
};

Message withBlock2(Message made, quint32 number, bool more)
{
    made.addUintOption(OptionNumber::Block2, BlockValue{number, more, 2}.toUint()); // 64 bytes
    return made;
}

} // namespace

class TestLadderLayout : public QObject
{
    Q_OBJECT

private slots:
    void piggybackedResponse();
    void retransmissionsChainToTheFirst();
    void separateResponse();
    void resetAnswersACon();
    void observeNotificationsAreNumbered();
    void blockwiseTransferIsOneGroup();
    void onlyTheChosenSessionIsLaidOut();
    void malformedAndDtlsDatagrams();
    void visibleRangeFindsItemsByPosition();
};

void TestLadderLayout::piggybackedResponse()
{
    Trace trace;
    trace.send(get(0x1a2b, "4f", "obs"));
    Message ack = message(MessageType::Acknowledgement, MessageCode::Content, 0x1a2b, "4f");
    trace.receive(ack);
    trace.model.flush();
    LadderLayout layout(&trace.model);
    layout.setSession(session);

    QCOMPARE(layout.count(), 2);
    QCOMPARE(layout.item(0).kind, Kind::Request);
    QCOMPARE(layout.item(0).direction, Direction::ToPeer);
    QCOMPARE(layout.item(1).kind, Kind::Response);
    QCOMPARE(layout.item(1).direction, Direction::FromPeer);
    QCOMPARE(layout.item(0).acknowledgement, 1);
    QCOMPARE(layout.item(1).acknowledged, 0);
    QCOMPARE(layout.item(0).response, 1);
    QCOMPARE(layout.item(1).request, 0);
    QVERIFY(!layout.item(1).separate);
    QCOMPARE(layout.label(0), QStringLiteral("CON GET /obs [MID 0x1a2b, token 4f]"));
    QCOMPARE(layout.label(1), QStringLiteral("ACK 2.05 Content [MID 0x1a2b, token 4f]"));
    QCOMPARE(layout.localAddress().port, 40000);
    QCOMPARE(layout.remoteAddress().port, 5683);
    QVERIFY(layout.item(1).position > layout.item(0).position);
    QVERIFY(layout.description(1).contains(QStringLiteral("Received from 127.0.0.1:5683")));
}

void TestLadderLayout::retransmissionsChainToTheFirst()
{
    Trace trace;
    const Message request = get(0x0100, "a1", "slow");
    trace.send(request);
    trace.send(request, TraceCause::Retransmission, 1);
    trace.send(request, TraceCause::Retransmission, 2);
    trace.receive(message(MessageType::Acknowledgement, MessageCode::Content, 0x0100, "a1"));
    trace.model.flush();
    LadderLayout layout(&trace.model);
    layout.setSession(session);

    QCOMPARE(layout.count(), 4);
    QCOMPARE(layout.item(0).firstTransmission, -1);
    QCOMPARE(layout.item(0).nextTransmission, 1);
    QCOMPARE(layout.item(1).firstTransmission, 0);
    QCOMPARE(layout.item(1).nextTransmission, 2);
    QCOMPARE(layout.item(2).firstTransmission, 0);
    QCOMPARE(layout.item(2).retransmission, 2);
    QVERIFY(layout.label(2).contains(QStringLiteral("retransmission 2")));
    QVERIFY(!layout.label(0).contains(QStringLiteral("retransmission")));
    // The ACK answers the exchange, which the first transmission stands for.
    QCOMPARE(layout.item(0).acknowledgement, 3);
    QCOMPARE(layout.item(3).acknowledged, 0);
    QCOMPARE(layout.item(3).request, 0);
}

void TestLadderLayout::separateResponse()
{
    Trace trace;
    trace.send(get(0x0001, "aa", "separate"));
    trace.receive(message(MessageType::Acknowledgement, MessageCode::Empty, 0x0001));
    trace.receive(message(MessageType::Confirmable, MessageCode::Content, 0x0077, "aa"));
    trace.send(message(MessageType::Acknowledgement, MessageCode::Empty, 0x0077));
    trace.model.flush();
    LadderLayout layout(&trace.model);
    layout.setSession(session);

    QCOMPARE(layout.count(), 4);
    QCOMPARE(layout.item(1).kind, Kind::Ack);
    QCOMPARE(layout.item(0).acknowledgement, 1);
    QCOMPARE(layout.item(0).response, 2);
    QCOMPARE(layout.item(2).request, 0);
    QVERIFY(layout.item(2).separate);
    QVERIFY(layout.label(2).contains(QStringLiteral("separate response")));
    QCOMPARE(layout.item(2).acknowledgement, 3);
    QCOMPARE(layout.item(3).acknowledged, 2);
    QCOMPARE(layout.item(3).direction, Direction::ToPeer);
    QCOMPARE(layout.label(1), QStringLiteral("ACK [MID 0x0001]"));
}

void TestLadderLayout::resetAnswersACon()
{
    Trace trace;
    trace.send(get(0x0009, "09", "gone"));
    trace.receive(message(MessageType::Reset, MessageCode::Empty, 0x0009));
    trace.model.flush();
    LadderLayout layout(&trace.model);
    layout.setSession(session);

    QCOMPARE(layout.item(1).kind, Kind::Reset);
    QCOMPARE(layout.item(0).acknowledgement, 1);
    QCOMPARE(layout.item(1).acknowledged, 0);
    QCOMPARE(layout.label(1), QStringLiteral("RST [MID 0x0009]"));
}

void TestLadderLayout::observeNotificationsAreNumbered()
{
    Trace trace;
    Message registration = get(0x0200, "0b", "obs");
    registration.addUintOption(OptionNumber::Observe, 0);
    trace.send(registration);
    for (quint32 sequence : {12u, 13u, 14u}) {
        Message notification = message(
            sequence == 12 ? MessageType::Acknowledgement : MessageType::NonConfirmable,
            MessageCode::Content, sequence == 12 ? 0x0200 : quint16(0x3000 + sequence), "0b");
        notification.addUintOption(OptionNumber::Observe, sequence);
        trace.receive(notification);
    }
    trace.model.flush();
    LadderLayout layout(&trace.model);
    layout.setSession(session);

    QCOMPARE(layout.count(), 4);
    QVERIFY(layout.label(0).contains(QStringLiteral("Obs register")));
    QCOMPARE(layout.item(0).response, 1);
    for (int index = 1; index < 4; ++index) {
        QCOMPARE(layout.item(index).observe, std::optional<quint32>(11 + index));
        QCOMPARE(layout.item(index).request, 0);
        QVERIFY(!layout.item(index).separate);
    }
    QCOMPARE(layout.label(2), QStringLiteral("NON 2.05 Content Obs 13 [MID 0x300d, token 0b]"));
    QVERIFY(layout.label(3).contains(QStringLiteral("Obs 14")));
}

void TestLadderLayout::blockwiseTransferIsOneGroup()
{
    Trace trace;
    LadderLayout layout(&trace.model); // before the traffic: it follows the rows as they come
    layout.setSession(session);
    QSignalSpy appended(&layout, &LadderLayout::itemsAppended);

    // Each block's request has a token of its own, as RFC 7959 allows.
    const QByteArrayList tokens{"b0", "b1", "b2", "b3"};
    for (quint32 number = 0; number < 4; ++number) {
        Message request = get(quint16(0x0400 + number), tokens.at(number), "large");
        if (number > 0)
            request = withBlock2(request, number, false);
        trace.send(request);
        Message response = withBlock2(message(MessageType::Acknowledgement, MessageCode::Content,
                                              quint16(0x0400 + number), tokens.at(number)),
                                      number, number < 3);
        trace.receive(response);
        trace.model.flush();
        QCOMPARE(layout.count(), int(number + 1) * 2);
        if (number == 1) // the total is not known until the last block (no Size2 here)
            QVERIFY(layout.label(3).contains(QStringLiteral("block 2")));
    }
    QCOMPARE(appended.count(), 4);

    QCOMPARE(layout.groups().size(), 1);
    const LadderLayout::BlockGroup &group = layout.groups().first();
    QCOMPARE(group.total, 4);
    QVERIFY(group.complete);
    QVERIFY(!group.block1);
    QCOMPARE(group.firstItem, 0);
    QCOMPARE(group.lastItem, 7);
    QCOMPARE(group.resource, QStringLiteral("GET /large"));
    for (int index = 0; index < 8; ++index)
        QCOMPARE(layout.item(index).blockGroup, 0);
    QVERIFY(layout.label(1).contains(QStringLiteral("block 1/4")));
    QVERIFY(layout.label(2).contains(QStringLiteral("block 2/4")));
    QVERIFY(layout.label(7).contains(QStringLiteral("block 4/4")));
    QCOMPARE(layout.label(5), QStringLiteral("ACK 2.05 Content block 3/4 [MID 0x0402, token b2]"));

    // Another transfer of the same resource is another group, in the freed column.
    trace.send(get(0x0500, "c0", "large"));
    trace.receive(withBlock2(
        message(MessageType::Acknowledgement, MessageCode::Content, 0x0500, "c0"), 0, true));
    trace.model.flush();
    QCOMPARE(layout.groups().size(), 2);
    QCOMPARE(layout.groups().at(1).id, 2);
    QCOMPARE(layout.groups().at(1).column, 0);
    QCOMPARE(layout.item(8).blockGroup, 1);
}

void TestLadderLayout::onlyTheChosenSessionIsLaidOut()
{
    Trace trace;
    trace.send(get(1, "01", "a"));
    trace.send(get(2, "02", "b"), TraceCause::Transmission, 0, 99);
    trace.send(get(3, "03", "c"));
    trace.model.flush();
    LadderLayout layout(&trace.model);
    QSignalSpy reset(&layout, &LadderLayout::layoutReset);
    QCOMPARE(layout.count(), 0);
    layout.setSession(session);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(layout.count(), 2);
    QCOMPARE(layout.itemForRow(0), 0);
    QCOMPARE(layout.itemForRow(1), -1);
    QCOMPARE(layout.itemForRow(2), 1);
    QCOMPARE(layout.item(1).row, 2);
    layout.setSession(99);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(layout.item(0).row, 1);
    trace.model.clear();
    QCOMPARE(layout.count(), 0);
    QCOMPARE(reset.count(), 3);
}

void TestLadderLayout::malformedAndDtlsDatagrams()
{
    Trace trace;
    trace.receiveBytes(QByteArray::fromHex("40010001f0"));
    trace.receiveBytes(QByteArray::fromHex("16fefd000000000000000000050100000000"));
    trace.model.flush();
    LadderLayout layout(&trace.model);
    layout.setSession(session);
    QCOMPARE(layout.item(0).kind, Kind::Malformed);
    QVERIFY(layout.label(0).startsWith(QStringLiteral("malformed [5 byte")));
    QCOMPARE(layout.item(1).kind, Kind::DtlsFlight);
    QVERIFY2(layout.label(1).startsWith(QStringLiteral("DTLS ClientHello")),
             qPrintable(layout.label(1)));
}

void TestLadderLayout::visibleRangeFindsItemsByPosition()
{
    Trace trace;
    for (int i = 0; i < 100; ++i)
        trace.send(get(quint16(i), "01", "a"));
    trace.model.flush();
    LadderLayout layout(&trace.model);
    layout.setSession(session);
    QCOMPARE(layout.count(), 100);
    const double ten = layout.item(10).position;
    const double twenty = layout.item(20).position;
    QCOMPARE(layout.visibleRange(ten, twenty), std::make_pair(10, 21));
    QCOMPARE(layout.visibleRange(-5, -1), std::make_pair(0, 0));
    QCOMPARE(layout.visibleRange(layout.extent() + 1, layout.extent() + 9),
             std::make_pair(100, 100));
    QCOMPARE(layout.visibleRange(0, layout.extent()), std::make_pair(0, 100));
}

QTEST_GUILESS_MAIN(TestLadderLayout)
#include "tst_ladderlayout.moc"
