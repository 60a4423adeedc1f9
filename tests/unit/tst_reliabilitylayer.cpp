// SPDX-License-Identifier: BSD-2-Clause
// The message layer in lockstep: a manual clock, and hooks that record what goes on the wire.

#include "codec/optionnumber.h"
#include "codec/udpcodec.h"
#include "session/manualclock.h"
#include "session/reliabilitylayer.h"

#include <QRandomGenerator>
#include <QTest>

using namespace coapscope;

namespace {

struct Sent
{
    Message message;
    TraceCause cause;
    int retransmission;
    qint64 at;
};

} // namespace

class TestReliabilityLayer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void retransmissionScheduleDoublesAndGivesUp();
    void initialTimeoutStaysWithinRandomFactor();
    void piggybackedResponseEndsExchange();
    void separateResponseIsAcknowledged();
    void resetFailsExchange();
    void unwantedConResponseGetsReset();
    void pingIsAnsweredWithReset();
    void duplicateRequestGetsCachedResponseAndRunsOnce();
    void duplicateBeforeAnswerIsOnlyCounted();
    void reusedIdTakesNoAnswerFromTheOlderExchange();
    void deduplicationForgetsAfterExchangeLifetime();
    void nstartQueuesRequests();
    void cancelStopsRetransmission();
    void nonRequestsAreNotRetransmitted();
    void strayAckIsIgnored();

private:
    std::unique_ptr<ReliabilityLayer> makeLayer(TransmissionParameters parameters = {});
    Message request(MessageType type, const QByteArray &token) const;
    QList<Sent> sentWith(TraceCause cause) const;

    ManualClock m_clock;
    QRandomGenerator m_random{7252};
    QList<Sent> m_sent;
    QList<QPair<Message, TraceCause>> m_traced;
    QList<Message> m_requests;
    QList<Message> m_responses;
    QList<QByteArray> m_acknowledged;
    QList<QPair<QByteArray, ExchangeFailure>> m_failures;
    QList<qint64> m_roundTrips;
    bool m_acceptResponses = true;
};

void TestReliabilityLayer::init()
{
    m_sent.clear();
    m_traced.clear();
    m_requests.clear();
    m_responses.clear();
    m_acknowledged.clear();
    m_failures.clear();
    m_roundTrips.clear();
    m_acceptResponses = true;
}

std::unique_ptr<ReliabilityLayer> TestReliabilityLayer::makeLayer(TransmissionParameters parameters)
{
    ReliabilityLayer::Hooks hooks;
    hooks.transmit = [this](const Message &message, TraceCause cause, int retransmission) {
        m_sent.append(Sent{message, cause, retransmission, m_clock.now()});
        return UdpCodec::encode(message);
    };
    // A cached answer comes back as the bytes transmit returned; decoded, it must be the
    // message first sent.
    hooks.resend = [this](const QByteArray &datagram, TraceCause cause) {
        const auto decoded = UdpCodec::decode(datagram);
        QVERIFY(decoded.hasValue());
        m_sent.append(Sent{decoded.value(), cause, 0, m_clock.now()});
    };
    hooks.traced = [this](const Message &message, TraceCause cause) {
        m_traced.append({message, cause});
    };
    hooks.deliverRequest = [this](const Message &message) { m_requests.append(message); };
    hooks.deliverResponse = [this](const Message &message) {
        m_responses.append(message);
        return m_acceptResponses;
    };
    hooks.acknowledged = [this](quint16, const QByteArray &token) { m_acknowledged.append(token); };
    hooks.failed = [this](quint16, const QByteArray &token, ExchangeFailure failure) {
        m_failures.append({token, failure});
    };
    hooks.roundTripSample = [this](qint64 ms) { m_roundTrips.append(ms); };
    auto layer = std::make_unique<ReliabilityLayer>(m_clock, m_random, hooks);
    layer->setParameters(parameters);
    return layer;
}

Message TestReliabilityLayer::request(MessageType type, const QByteArray &token) const
{
    Message message(type, MessageCode::Get);
    message.setToken(token);
    message.addOption(OptionNumber::UriPath, "x");
    return message;
}

QList<Sent> TestReliabilityLayer::sentWith(TraceCause cause) const
{
    QList<Sent> result;
    for (const Sent &sent : m_sent) {
        if (sent.cause == cause)
            result.append(sent);
    }
    return result;
}

void TestReliabilityLayer::retransmissionScheduleDoublesAndGivesUp()
{
    TransmissionParameters parameters;
    parameters.ackRandomFactor = 1.0; // exact timeouts: 2, 4, 8, 16, 32 s
    auto layer = makeLayer(parameters);
    const qint64 start = m_clock.now();
    layer->sendRequest(request(MessageType::Confirmable, "t1"));
    while (m_clock.advanceToNextTimer()) {
    }
    QList<qint64> times;
    for (const Sent &sent : m_sent)
        times.append(sent.at - start);
    QCOMPARE(times, (QList<qint64>{0, 2000, 6000, 14000, 30000}));
    QCOMPARE(sentWith(TraceCause::Retransmission).size(), 4);
    QCOMPARE(sentWith(TraceCause::Retransmission).last().retransmission, 4);
    // All copies carry the same message ID.
    for (const Sent &sent : m_sent)
        QCOMPARE(sent.message.messageId(), m_sent.first().message.messageId());
    // The exchange fails 32 s after the last retransmission (MAX_TRANSMIT_WAIT = 62 s).
    QCOMPARE(m_clock.now() - start, 62000);
    QCOMPARE(m_failures.size(), 1);
    QCOMPARE(m_failures.first().first, QByteArray("t1"));
    QCOMPARE(m_failures.first().second, ExchangeFailure::Timeout);
    QVERIFY(layer->sendQueue().isEmpty());
    QCOMPARE(layer->retransmissions(), 4u);
}

void TestReliabilityLayer::initialTimeoutStaysWithinRandomFactor()
{
    auto layer = makeLayer();
    for (int i = 0; i < 200; ++i) {
        m_sent.clear();
        const qint64 start = m_clock.now();
        layer->sendRequest(request(MessageType::Confirmable, QByteArray::number(i)));
        m_clock.advanceToNextTimer();
        const qint64 timeout = m_sent.last().at - start;
        QVERIFY2(timeout >= 2000 && timeout <= 3000, qPrintable(QString::number(timeout)));
        layer->cancel(QByteArray::number(i));
    }
}

void TestReliabilityLayer::piggybackedResponseEndsExchange()
{
    auto layer = makeLayer();
    layer->sendRequest(request(MessageType::Confirmable, "t"));
    const quint16 messageId = m_sent.first().message.messageId();
    QCOMPARE(layer->sendQueue().size(), 1);
    QCOMPARE(layer->sendQueue().first().messageId, messageId);

    m_clock.advance(150);
    Message response(MessageType::Acknowledgement, MessageCode::Content, messageId);
    response.setToken("t");
    layer->receive(response);
    QCOMPARE(m_responses.size(), 1);
    QVERIFY(layer->sendQueue().isEmpty());
    QCOMPARE(m_roundTrips, QList<qint64>{150});
    m_clock.advance(100000);
    QCOMPARE(m_sent.size(), 1); // nothing retransmitted
}

void TestReliabilityLayer::separateResponseIsAcknowledged()
{
    auto layer = makeLayer();
    layer->sendRequest(request(MessageType::Confirmable, "sep"));
    const quint16 requestId = m_sent.first().message.messageId();
    layer->receive(Message(MessageType::Acknowledgement, MessageCode::Empty, requestId));
    QCOMPARE(m_acknowledged, QList<QByteArray>{"sep"});
    QVERIFY(layer->sendQueue().isEmpty());

    Message response(MessageType::Confirmable, MessageCode::Content, 0x4000);
    response.setToken("sep");
    layer->receive(response);
    QCOMPARE(m_responses.size(), 1);
    QCOMPARE(m_sent.last().message.type(), MessageType::Acknowledgement);
    QCOMPARE(m_sent.last().message.messageId(), 0x4000);
    QVERIFY(m_sent.last().message.isEmptyMessage());

    // The response again (our ACK was lost): ACKed again, not delivered twice.
    layer->receive(response);
    QCOMPARE(m_responses.size(), 1);
    QCOMPARE(m_sent.last().message.type(), MessageType::Acknowledgement);
    QCOMPARE(m_sent.last().cause, TraceCause::CachedResponseSent);
    QCOMPARE(layer->duplicates(), 1u);
}

void TestReliabilityLayer::resetFailsExchange()
{
    auto layer = makeLayer();
    layer->sendRequest(request(MessageType::Confirmable, "r"));
    layer->receive(
        Message(MessageType::Reset, MessageCode::Empty, m_sent.first().message.messageId()));
    QCOMPARE(m_failures.size(), 1);
    QCOMPARE(m_failures.first().second, ExchangeFailure::Reset);
}

void TestReliabilityLayer::unwantedConResponseGetsReset()
{
    auto layer = makeLayer();
    m_acceptResponses = false;
    Message stray(MessageType::Confirmable, MessageCode::Content, 0x1234);
    stray.setToken("unknown");
    layer->receive(stray);
    QCOMPARE(m_sent.size(), 1);
    QCOMPARE(m_sent.first().message.type(), MessageType::Reset);
    QCOMPARE(m_sent.first().message.messageId(), 0x1234);
    QCOMPARE(m_sent.first().cause, TraceCause::ResetSent);
}

void TestReliabilityLayer::pingIsAnsweredWithReset()
{
    auto layer = makeLayer();
    layer->receive(Message(MessageType::Confirmable, MessageCode::Empty, 77));
    QCOMPARE(m_sent.size(), 1);
    QCOMPARE(m_sent.first().message.type(), MessageType::Reset);
    QCOMPARE(m_sent.first().message.messageId(), 77);
    QVERIFY(m_requests.isEmpty());
}

void TestReliabilityLayer::duplicateRequestGetsCachedResponseAndRunsOnce()
{
    auto layer = makeLayer();
    Message incoming = request(MessageType::Confirmable, "d");
    incoming.setMessageId(500);
    layer->receive(incoming);
    QCOMPARE(m_requests.size(), 1);
    Message response(MessageType::Acknowledgement, MessageCode::Content);
    response.setToken("d");
    response.setPayload("answer");
    layer->respond(m_requests.first(), response);
    QCOMPARE(m_sent.size(), 1);
    QCOMPARE(m_sent.first().message.messageId(), 500);
    QCOMPARE(m_sent.first().message.type(), MessageType::Acknowledgement);

    m_clock.advance(3000);
    layer->receive(incoming); // the client's retransmission
    QCOMPARE(m_requests.size(), 1);
    QCOMPARE(m_sent.size(), 2);
    QCOMPARE(m_sent.last().message, m_sent.first().message);
    QCOMPARE(m_sent.last().cause, TraceCause::CachedResponseSent);
    QCOMPARE(m_traced.last().second, TraceCause::DuplicateReceived);
}

void TestReliabilityLayer::duplicateBeforeAnswerIsOnlyCounted()
{
    auto layer = makeLayer();
    Message incoming = request(MessageType::Confirmable, "slow");
    incoming.setMessageId(600);
    layer->receive(incoming);
    layer->receive(incoming);
    QCOMPARE(m_requests.size(), 1);
    QVERIFY(m_sent.isEmpty());
    layer->acknowledge(m_requests.first()); // deferring: empty ACK now
    layer->receive(incoming);
    QCOMPARE(m_sent.size(), 2);
    QVERIFY(m_sent.last().message.isEmptyMessage());
    // The answer that follows cannot ride on the ACK any more: it goes as a separate CON.
    Message response(MessageType::Acknowledgement, MessageCode::Content);
    response.setToken("slow");
    layer->respond(m_requests.first(), response);
    QCOMPARE(m_sent.last().message.type(), MessageType::Confirmable);
    QVERIFY(m_sent.last().message.messageId() != 600);
    QCOMPARE(layer->sendQueue().size(), 1);
}

void TestReliabilityLayer::reusedIdTakesNoAnswerFromTheOlderExchange()
{
    // A peer restarted on its port reuses ID 700 while the first exchange's handler is still
    // at work. The ID now stands for the new exchange only.
    auto layer = makeLayer();
    Message first = request(MessageType::Confirmable, "old");
    first.setMessageId(700);
    layer->receive(first);
    Message second = request(MessageType::Confirmable, "new");
    second.setMessageId(700);
    layer->receive(second);
    QCOMPARE(m_requests.size(), 2);
    QVERIFY(m_sent.isEmpty());

    // The old exchange neither acknowledges ID 700 nor rides on it.
    layer->acknowledge(m_requests.first());
    QVERIFY(m_sent.isEmpty());
    Message oldResponse(MessageType::Acknowledgement, MessageCode::Content);
    oldResponse.setToken("old");
    layer->respond(m_requests.first(), oldResponse);
    QCOMPARE(m_sent.last().message.type(), MessageType::Confirmable);
    QVERIFY(m_sent.last().message.messageId() != 700);

    // The new one piggybacks, and its retransmission gets that very answer again.
    Message newResponse(MessageType::Acknowledgement, MessageCode::Content);
    newResponse.setToken("new");
    layer->respond(m_requests.last(), newResponse);
    QCOMPARE(m_sent.last().message.type(), MessageType::Acknowledgement);
    QCOMPARE(m_sent.last().message.messageId(), 700);
    layer->receive(second);
    QCOMPARE(m_sent.last().cause, TraceCause::CachedResponseSent);
    QCOMPARE(m_sent.last().message.token(), QByteArray("new"));
    QCOMPARE(m_requests.size(), 2);
}

void TestReliabilityLayer::deduplicationForgetsAfterExchangeLifetime()
{
    auto layer = makeLayer();
    Message incoming = request(MessageType::Confirmable, "life");
    incoming.setMessageId(700);
    layer->receive(incoming);
    m_clock.advance(TransmissionParameters().exchangeLifetimeMs() - 1);
    layer->receive(incoming);
    QCOMPARE(m_requests.size(), 1);
    m_clock.advance(1);
    layer->receive(incoming);
    QCOMPARE(m_requests.size(), 2);

    Message non = request(MessageType::NonConfirmable, "n");
    non.setMessageId(701);
    layer->receive(non);
    m_clock.advance(TransmissionParameters().nonLifetimeMs());
    layer->receive(non);
    QCOMPARE(m_requests.size(), 4);
}

void TestReliabilityLayer::nstartQueuesRequests()
{
    auto layer = makeLayer();
    layer->sendRequest(request(MessageType::Confirmable, "a"));
    layer->sendRequest(request(MessageType::Confirmable, "b"));
    layer->sendRequest(request(MessageType::Confirmable, "c"));
    QCOMPARE(m_sent.size(), 1);
    QCOMPARE(layer->delayQueue().size(), 2);
    QCOMPARE(layer->delayQueue().first().token, QByteArray("b"));

    layer->receive(Message(MessageType::Acknowledgement, MessageCode::Empty,
                           m_sent.first().message.messageId()));
    QCOMPARE(m_sent.size(), 2);
    QCOMPARE(m_sent.last().message.token(), QByteArray("b"));
    QCOMPARE(layer->delayQueue().size(), 1);

    TransmissionParameters two;
    two.nstart = 2;
    layer->setParameters(two);
    layer->cancel("b");
    QCOMPARE(m_sent.last().message.token(), QByteArray("c"));
    QVERIFY(layer->delayQueue().isEmpty());
}

void TestReliabilityLayer::cancelStopsRetransmission()
{
    auto layer = makeLayer();
    layer->sendRequest(request(MessageType::Confirmable, "x"));
    QVERIFY(layer->cancel("x"));
    QVERIFY(!layer->cancel("x"));
    m_clock.advance(100000);
    QCOMPARE(m_sent.size(), 1);
    QVERIFY(m_failures.isEmpty());
}

void TestReliabilityLayer::nonRequestsAreNotRetransmitted()
{
    auto layer = makeLayer();
    layer->sendRequest(request(MessageType::NonConfirmable, "n1"));
    layer->sendRequest(request(MessageType::NonConfirmable, "n2"));
    QCOMPARE(m_sent.size(), 2); // NSTART limits CON exchanges only
    QVERIFY(m_sent[0].message.messageId() != m_sent[1].message.messageId());
    m_clock.advance(100000);
    QCOMPARE(m_sent.size(), 2);
    QVERIFY(layer->sendQueue().isEmpty());
}

void TestReliabilityLayer::strayAckIsIgnored()
{
    auto layer = makeLayer();
    layer->receive(Message(MessageType::Acknowledgement, MessageCode::Empty, 999));
    layer->receive(Message(MessageType::Reset, MessageCode::Empty, 998));
    QVERIFY(m_sent.isEmpty());
    QCOMPARE(m_traced.size(), 2);
    QCOMPARE(m_traced[0].second, TraceCause::Ignored);
    QCOMPARE(m_traced[1].second, TraceCause::Ignored);
}

QTEST_GUILESS_MAIN(TestReliabilityLayer)
#include "tst_reliabilitylayer.moc"
