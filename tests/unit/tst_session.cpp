// SPDX-License-Identifier: BSD-2-Clause
// Client and server contexts in one process, talking over real UDP sockets on loopback. Timers
// run on a manual clock, so retransmissions and idle expiry are tested without sleeping.

#include "client/coapreply.h"
#include "codec/optionnumber.h"
#include "codec/udpcodec.h"
#include "server/serverexchange.h"
#include "session/context.h"
#include "session/endpoint.h"
#include "session/manualclock.h"
#include "session/session.h"
#include "trace/tracer.h"

#include <QDateTime>
#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace coapscope;
namespace N = OptionNumber;

namespace {

struct RecordingTracer : Tracer
{
    QList<TraceRecord> records;
    void record(const TraceRecord &record) override { records.append(record); }
    QList<TraceCause> causes(TraceDirection direction) const
    {
        QList<TraceCause> result;
        for (const auto &r : records) {
            if (r.direction == direction)
                result.append(r.cause);
        }
        return result;
    }
};

const SocketAddress loopback{QHostAddress(QHostAddress::LocalHost), 0};

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void clientSessionBasics();
    void referenceCounting();
    void releasingFreesAndFailsPending();
    void getOverLoopback();
    void serverSessionGoesToFreePoolAndExpires();
    void pooledSessionIsRevivedByReturningPeer();
    void pooledSessionExpiresFromItsLastRelease();
    void routingErrors_data();
    void routingErrors();
    void nonRequestGetsNonResponse();
    void nonWithUnknownCriticalOptionIsRejected();
    void separateResponse();
    void duplicateRequestRunsHandlerOnce();
    void restartedPeerReusingMessageIdIsServedAnew();
    void malformedDatagramsLeaveServerServing();
    void everyCodecRejectGetsItsReaction_data();
    void everyCodecRejectGetsItsReaction();
    void pingIsAnsweredByReset();
    void silentServerTimesOut();
    void closedPortFailsAtOnce();
    void changesAreCoalesced();
    void requestLargerThanMtuIsRefused();
    void contextDestroyedRightAfterRelease();
    void ipv6Loopback();
    void separateResponseOvertakingAckEndsRetransmission();
    void pooledServerSessionCanSendAndReturnsToPool();
    void cancelBeforeDeferredFailureKeepsCancel();
    void faultInjectionDropsAndRetransmissionRecovers();
    void faultInjectionDuplicatesAndServerDeduplicates();
    void faultInjectionDelaysOnTheSessionClock();
    void faultInjectionIsForDatagramsOnly();

private:
    Session *connectClient();
    Message exchangeRaw(QUdpSocket &socket, const Message &request);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Context> m_server;
    std::unique_ptr<Context> m_client;
    Endpoint *m_endpoint = nullptr;
    int m_handlerRuns = 0;
    std::shared_ptr<ServerExchange> m_deferred;
};

void TestSession::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_server = std::make_unique<Context>(*m_clock, 1);
    m_client = std::make_unique<Context>(*m_clock, 2);
    m_handlerRuns = 0;
    auto endpoint = m_server->addEndpoint(Protocol::Udp, loopback);
    QVERIFY(endpoint.hasValue());
    m_endpoint = endpoint.value();

    m_server->resources().add({"hello"}).on(MessageCode::Get, [this](const auto &exchange) {
        ++m_handlerRuns;
        exchange->respond(MessageCode::Content, "world", 0);
    });
    m_server->resources().add({"echo"}).on(MessageCode::Post, [](const auto &exchange) {
        exchange->respond(MessageCode::Changed, exchange->request().payloadView());
    });
    m_server->resources().add({"slow"}).on(MessageCode::Get, [this](const auto &exchange) {
        exchange->deferResponse();
        m_deferred = exchange;
    });
    m_server->resources().add({"silent"}).on(MessageCode::Get, [](const auto &) {});
}

void TestSession::cleanup()
{
    m_deferred.reset();
    m_client.reset();
    m_server.reset();
    m_clock.reset();
}

Session *TestSession::connectClient()
{
    SocketAddress server = m_endpoint->localAddress();
    server.address = QHostAddress(QHostAddress::LocalHost);
    auto session = m_client->newClientSession(server, Protocol::Udp);
    return session.hasValue() ? session.value() : nullptr;
}

Message TestSession::exchangeRaw(QUdpSocket &socket, const Message &request)
{
    socket.writeDatagram(UdpCodec::encode(request), QHostAddress::LocalHost,
                         m_endpoint->localAddress().port);
    for (int i = 0; i < 200 && !socket.hasPendingDatagrams(); ++i)
        QTest::qWait(5);
    if (!socket.hasPendingDatagrams())
        return Message();
    const auto decoded = UdpCodec::decode(socket.receiveDatagram().data());
    return decoded.hasValue() ? decoded.value() : Message();
}

void TestSession::clientSessionBasics()
{
    Session *session = connectClient();
    QVERIFY(session);
    QCOMPARE(session->role(), SessionRole::Client);
    QCOMPARE(session->protocol(), Protocol::Udp);
    QCOMPARE(session->state(), SessionState::Established);
    QCOMPARE(session->referenceCount(), 1);
    QCOMPARE(session->mtu(), 1152);
    QCOMPARE(session->maxPduSize(), 1148);
    QVERIFY(!session->setMtu(63));
    QVERIFY(!session->setMtu(70000));
    QVERIFY(session->setMtu(1280));
    QCOMPARE(session->maxPduSize(), 1276);
    session->setAppData(QStringLiteral("my data"));
    QCOMPARE(session->appData().toString(), QStringLiteral("my data"));
    const QString expected = QStringLiteral("127.0.0.1:%1 <-> 127.0.0.1:%2 UDP")
                                 .arg(session->localAddress().port)
                                 .arg(m_endpoint->localAddress().port);
    QCOMPARE(session->description(), expected);
    QCOMPARE(m_client->sessions(), QList<Session *>{session});

    auto invalid = m_client->newClientSession(SocketAddress{}, Protocol::Udp);
    QVERIFY(!invalid.hasValue());
    QCOMPARE(invalid.error().kind, SessionError::Kind::InvalidAddress);
    // DTLS with no keys or certificates set cannot work.
    auto dtls = m_client->newClientSession(m_endpoint->localAddress(), Protocol::Dtls);
    QVERIFY(!dtls.hasValue());
    QCOMPARE(dtls.error().kind, SessionError::Kind::Security);
    QCOMPARE(dtls.error().securityError->kind, SecurityError::Kind::InvalidSettings);
}

void TestSession::referenceCounting()
{
    Session *session = connectClient();
    QCOMPARE(session->reference(), session);
    QCOMPARE(session->referenceCount(), 2);
    session->release();
    QCOMPARE(session->referenceCount(), 1);
    QSignalSpy removed(m_client.get(), &Context::sessionRemoved);
    const quint64 id = session->id();
    QPointer<Session> watch(session);
    session->release();
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().first().toULongLong(), id);
    QVERIFY(m_client->sessions().isEmpty());
    QTRY_VERIFY(watch.isNull()); // deleted at the next event-loop turn
}

void TestSession::releasingFreesAndFailsPending()
{
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    auto session = m_client->newClientSession(
        {QHostAddress(QHostAddress::LocalHost), silent.localPort()}, Protocol::Udp);
    QVERIFY(session.hasValue());
    TransmissionParameters parameters;
    parameters.nstart = 1;
    session.value()->setTransmissionParameters(parameters);
    std::unique_ptr<CoapReply> first(session.value()->send(CoapRequest(MessageCode::Get)));
    std::unique_ptr<CoapReply> second(session.value()->send(CoapRequest(MessageCode::Get)));
    QCOMPARE(session.value()->sendQueue().size(), 1);
    QCOMPARE(session.value()->delayQueue().size(), 1);
    session.value()->release();
    QVERIFY(first->isFinished());
    QVERIFY(second->isFinished());
    QCOMPARE(first->error()->kind, RequestError::Kind::SessionReleased);
    QCOMPARE(second->error()->kind, RequestError::Kind::SessionReleased);
}

void TestSession::getOverLoopback()
{
    RecordingTracer clientTrace;
    m_client->addTracer(&clientTrace);
    Session *session = connectClient();
    CoapRequest request(MessageCode::Get);
    request.addOption(N::UriPath, "hello");
    std::unique_ptr<CoapReply> reply(session->send(request));
    QSignalSpy finished(reply.get(), &CoapReply::finished);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(reply->response().has_value());
    QCOMPARE(reply->response()->code(), MessageCode::Content);
    QCOMPARE(reply->response()->type(), MessageType::Acknowledgement); // piggybacked
    QCOMPARE(reply->response()->payload(), QByteArray("world"));
    QCOMPARE(reply->response()->token(), reply->sentMessage().token());
    QCOMPARE(reply->sentMessage().token().size(), Session::DefaultTokenLength);
    QVERIFY(session->sendQueue().isEmpty());
    QCOMPARE(session->counters().pdusSent, 1u);
    QCOMPARE(session->counters().pdusReceived, 1u);
    QCOMPARE(clientTrace.causes(TraceDirection::Sent), QList<TraceCause>{TraceCause::Transmission});
    QCOMPARE(clientTrace.causes(TraceDirection::Received), QList<TraceCause>{TraceCause::Received});
    QCOMPARE(clientTrace.records.first().sessionId, session->id());
    QVERIFY(clientTrace.records.first().message.has_value());

    std::unique_ptr<CoapReply> echo(session->send([] {
        CoapRequest post(MessageCode::Post);
        post.addOption(N::UriPath, "echo");
        post.setPayload("ping pong");
        return post;
    }()));
    QTRY_VERIFY(echo->isFinished());
    QCOMPARE(echo->response()->code(), MessageCode::Changed);
    QCOMPARE(echo->response()->payload(), QByteArray("ping pong"));
    m_client->removeTracer(&clientTrace);
}

void TestSession::serverSessionGoesToFreePoolAndExpires()
{
    Session *client = connectClient();
    CoapRequest request(MessageCode::Get);
    request.addOption(N::UriPath, "hello");
    std::unique_ptr<CoapReply> reply(client->send(request));
    QTRY_VERIFY(reply->isFinished());

    QCOMPARE(m_server->sessions().size(), 1);
    Session *server = m_server->sessions().first();
    QCOMPARE(server->role(), SessionRole::Server);
    QCOMPARE(server->referenceCount(), 0);
    QCOMPARE(server->state(), SessionState::Idle);
    QCOMPARE(server->remoteAddress().port, client->localAddress().port);

    m_clock->advance(Context::DefaultServerIdleTimeoutMs - 1);
    QCOMPARE(m_server->sessions().size(), 1);
    m_clock->advance(1);
    QVERIFY(m_server->sessions().isEmpty());
    QVERIFY(m_endpoint->sessions().isEmpty());
}

void TestSession::pooledSessionIsRevivedByReturningPeer()
{
    Session *client = connectClient();
    CoapRequest request(MessageCode::Get);
    request.addOption(N::UriPath, "hello");
    std::unique_ptr<CoapReply> first(client->send(request));
    QTRY_VERIFY(first->isFinished());
    const quint64 serverId = m_server->sessions().first()->id();

    m_clock->advance(60000);
    std::unique_ptr<CoapReply> second(client->send(request));
    QTRY_VERIFY(second->isFinished());
    QCOMPARE(m_server->sessions().size(), 1);
    QCOMPARE(m_server->sessions().first()->id(), serverId);
    // The idle timer started again when it went back to the pool.
    m_clock->advance(Context::DefaultServerIdleTimeoutMs - 1);
    QCOMPARE(m_server->sessions().size(), 1);

    // An application reference keeps a server session out of the pool.
    Session *server = m_server->sessions().first();
    server->reference();
    QCOMPARE(server->state(), SessionState::Established);
    m_clock->advance(Context::DefaultServerIdleTimeoutMs * 2);
    QCOMPARE(m_server->sessions().size(), 1);
}

// One idle timer serves every stay in the pool: it fires at the first deadline, finds the
// session came back since, and waits out the rest from its latest release.
void TestSession::pooledSessionExpiresFromItsLastRelease()
{
    Session *client = connectClient();
    CoapRequest request(MessageCode::Get);
    request.addOption(N::UriPath, "hello");
    for (int i = 0; i < 3; ++i) {
        std::unique_ptr<CoapReply> reply(client->send(request));
        QTRY_VERIFY(reply->isFinished());
        m_clock->advance(100000);
    }
    // Released last 100 s ago, at the third exchange; the first deadline (300 s after the
    // first exchange) has just passed.
    QCOMPARE(m_server->sessions().size(), 1);
    m_clock->advance(Context::DefaultServerIdleTimeoutMs - 100000 - 1);
    QCOMPARE(m_server->sessions().size(), 1);
    m_clock->advance(1);
    QVERIFY(m_server->sessions().isEmpty());
}

void TestSession::routingErrors_data()
{
    QTest::addColumn<QByteArrayList>("path");
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("extraOption");
    QTest::addColumn<int>("expected");
    QTest::newRow("unknown path") << QByteArrayList{"nowhere"} << 0x01 << 0 << 0x84;
    QTest::newRow("wrong method") << QByteArrayList{"hello"} << 0x04 << 0 << 0x85;
    QTest::newRow("unknown critical option") << QByteArrayList{"hello"} << 0x01 << 2049 << 0x82;
    QTest::newRow("unknown elective option is fine")
        << QByteArrayList{"hello"} << 0x01 << 2050 << 0x45;
    QTest::newRow("proxy request")
        << QByteArrayList{"hello"} << 0x01 << int(N::ProxyScheme) << 0xa5;
    QTest::newRow("handler without answer") << QByteArrayList{"silent"} << 0x01 << 0 << 0xa0;
}

void TestSession::routingErrors()
{
    QFETCH(QByteArrayList, path);
    QFETCH(int, method);
    QFETCH(int, extraOption);
    QFETCH(int, expected);
    Session *session = connectClient();
    CoapRequest request{MessageCode(quint8(method))};
    for (const QByteArray &segment : path)
        request.addOption(N::UriPath, segment);
    if (extraOption)
        request.addOption(quint16(extraOption), "x");
    std::unique_ptr<CoapReply> reply(session->send(request));
    QTRY_VERIFY(reply->isFinished());
    QVERIFY(reply->response().has_value());
    QCOMPARE(int(reply->response()->code().raw()), expected);
}

void TestSession::nonRequestGetsNonResponse()
{
    Session *session = connectClient();
    CoapRequest request(MessageCode::Get);
    request.setConfirmable(false);
    request.addOption(N::UriPath, "hello");
    std::unique_ptr<CoapReply> reply(session->send(request));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->response()->type(), MessageType::NonConfirmable);
    QCOMPARE(reply->response()->payload(), QByteArray("world"));
}

void TestSession::nonWithUnknownCriticalOptionIsRejected()
{
    QUdpSocket raw;
    QVERIFY(raw.bind(QHostAddress::LocalHost, 0));
    Message request(MessageType::NonConfirmable, MessageCode::Get, 0x99);
    request.addOption(N::UriPath, "hello");
    request.addOption(2049, "x");
    const Message answer = exchangeRaw(raw, request);
    QCOMPARE(answer.type(), MessageType::Reset);
    QCOMPARE(answer.messageId(), 0x99);
    QCOMPARE(m_handlerRuns, 0);
}

void TestSession::separateResponse()
{
    RecordingTracer serverTrace;
    m_server->addTracer(&serverTrace);
    Session *session = connectClient();
    CoapRequest request(MessageCode::Get);
    request.addOption(N::UriPath, "slow");
    std::unique_ptr<CoapReply> reply(session->send(request));
    QTRY_VERIFY(m_deferred != nullptr);
    QTRY_VERIFY(session->sendQueue().isEmpty()); // the empty ACK arrived
    QVERIFY(!reply->isFinished());
    Session *server = m_server->sessions().first();
    QCOMPARE(server->referenceCount(), 1); // held by the deferred exchange

    m_deferred->respond(MessageCode::Content, "finally");
    m_deferred.reset();
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->response()->type(), MessageType::Confirmable);
    QCOMPARE(reply->response()->payload(), QByteArray("finally"));
    QTRY_VERIFY(server->sendQueue().isEmpty()); // the client ACKed the CON response
    QCOMPARE(server->state(), SessionState::Idle);

    QList<QPair<MessageType, bool>> sent;
    for (const auto &record : serverTrace.records) {
        if (record.direction == TraceDirection::Sent)
            sent.append({record.message->type(), record.message->isEmptyMessage()});
    }
    QCOMPARE(sent, (QList<QPair<MessageType, bool>>{{MessageType::Acknowledgement, true},
                                                    {MessageType::Confirmable, false}}));
    m_server->removeTracer(&serverTrace);
}

void TestSession::duplicateRequestRunsHandlerOnce()
{
    QUdpSocket raw;
    QVERIFY(raw.bind(QHostAddress::LocalHost, 0));
    Message request(MessageType::Confirmable, MessageCode::Get, 0x4242);
    request.setToken("dup");
    request.addOption(N::UriPath, "hello");
    const Message first = exchangeRaw(raw, request);
    const Message second = exchangeRaw(raw, request);
    QCOMPARE(first.code(), MessageCode::Content);
    QCOMPARE(second, first);
    QCOMPARE(m_handlerRuns, 1);
    QCOMPARE(m_server->sessions().first()->counters().duplicatesReceived, 1u);
}

void TestSession::restartedPeerReusingMessageIdIsServedAnew()
{
    // A client restarted on the same port, with a new random first ID, can reuse an ID the
    // server still remembers from its previous run. Its token differs, so the request is new.
    QUdpSocket raw;
    QVERIFY(raw.bind(QHostAddress::LocalHost, 0));
    Message request(MessageType::Confirmable, MessageCode::Get, 0x4242);
    request.setToken("run1");
    request.addOption(N::UriPath, "hello");
    const Message first = exchangeRaw(raw, request);
    request.setToken("run2");
    const Message second = exchangeRaw(raw, request);
    QCOMPARE(first.token(), QByteArray("run1"));
    QCOMPARE(second.token(), QByteArray("run2"));
    QCOMPARE(second.type(), MessageType::Acknowledgement);
    QCOMPARE(second.code(), MessageCode::Content);
    QCOMPARE(m_handlerRuns, 2);
    QCOMPARE(m_server->sessions().first()->counters().duplicatesReceived, 0u);

    // And the new exchange is the one remembered: its retransmission is a duplicate.
    const Message third = exchangeRaw(raw, request);
    QCOMPARE(third, second);
    QCOMPARE(m_handlerRuns, 2);
    QCOMPARE(m_server->sessions().first()->counters().duplicatesReceived, 1u);
}

void TestSession::malformedDatagramsLeaveServerServing()
{
    QUdpSocket raw;
    QVERIFY(raw.bind(QHostAddress::LocalHost, 0));
    const quint16 port = m_endpoint->localAddress().port;
    const QList<QByteArray> garbage{
        QByteArray::fromHex("4001"),       // too short: ignored
        QByteArray::fromHex("40010001f0"), // CON with a reserved nibble: RST
        QByteArray::fromHex("50010002f0"), // NON with a reserved nibble: ignored
        QByteArray::fromHex("8001000301"), // version 2: ignored
        QByteArray::fromHex("6000beef"),   // ACK for no exchange: ignored
        QByteArray::fromHex("7000beef"),   // RST for no exchange: ignored
    };
    for (const QByteArray &datagram : garbage)
        raw.writeDatagram(datagram, QHostAddress::LocalHost, port);
    QTRY_COMPARE(m_server->sessions().size(), 1);
    Session *server = m_server->sessions().first();
    QTRY_COMPARE(server->counters().pdusReceived, quint64(garbage.size()));
    QCOMPARE(server->counters().malformedReceived, 4u);

    QList<Message> answers;
    while (raw.waitForReadyRead(200)) {
        while (raw.hasPendingDatagrams())
            answers.append(UdpCodec::decode(raw.receiveDatagram().data()).value());
    }
    QCOMPARE(answers.size(), 1);
    QCOMPARE(answers.first().type(), MessageType::Reset);
    QCOMPARE(answers.first().messageId(), 1);

    Message request(MessageType::Confirmable, MessageCode::Get, 0x10);
    request.addOption(N::UriPath, "hello");
    QCOMPARE(exchangeRaw(raw, request).payload(), QByteArray("world"));
}

void TestSession::everyCodecRejectGetsItsReaction_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<bool>("reset");
    // RFC 7252 §4.2/§4.3: a CON we cannot process, whose header can be read, gets a RST with
    // its message ID; anything else malformed is dropped silently.
    QTest::newRow("3 bytes") << QByteArray::fromHex("400100") << false;
    QTest::newRow("version 2") << QByteArray::fromHex("80010001") << false;
    QTest::newRow("token length 9") << QByteArray::fromHex("4901000101020304050607080900") << true;
    QTest::newRow("token past end") << QByteArray::fromHex("48010001a1") << true;
    QTest::newRow("delta nibble 15") << QByteArray::fromHex("40010001f0") << true;
    QTest::newRow("length nibble 15") << QByteArray::fromHex("40010001bf61") << true;
    QTest::newRow("truncated delta") << QByteArray::fromHex("40010001d1") << true;
    QTest::newRow("truncated length") << QByteArray::fromHex("400100011d") << true;
    QTest::newRow("value past end") << QByteArray::fromHex("400100011361") << true;
    QTest::newRow("number beyond 65535") << QByteArray::fromHex("40010001e0fef210") << true;
    QTest::newRow("marker without payload") << QByteArray::fromHex("40010001ff") << true;
    QTest::newRow("empty with token") << QByteArray::fromHex("41000001aa") << true;
    QTest::newRow("reserved class") << QByteArray::fromHex("40c00001") << true;
    QTest::newRow("signaling on UDP") << QByteArray::fromHex("40e10001") << true;
    QTest::newRow("NON, malformed") << QByteArray::fromHex("50010001f0") << false;
    QTest::newRow("ACK, malformed") << QByteArray::fromHex("60450001f0") << false;
}

void TestSession::everyCodecRejectGetsItsReaction()
{
    QFETCH(QByteArray, datagram);
    QFETCH(bool, reset);
    QUdpSocket raw;
    QVERIFY(raw.bind(QHostAddress::LocalHost, 0));
    raw.writeDatagram(datagram, QHostAddress::LocalHost, m_endpoint->localAddress().port);
    // The server runs in this thread: let the event loop turn while waiting.
    if (reset)
        QTRY_VERIFY(raw.hasPendingDatagrams());
    else
        QTest::qWait(150);
    QList<Message> answers;
    while (raw.hasPendingDatagrams())
        answers.append(UdpCodec::decode(raw.receiveDatagram().data()).value());
    if (reset) {
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().type(), MessageType::Reset);
        QCOMPARE(answers.first().messageId(), 1);
    } else {
        QVERIFY(answers.isEmpty());
    }
    // Still serving.
    Message request(MessageType::Confirmable, MessageCode::Get, 0x20);
    request.addOption(N::UriPath, "hello");
    QCOMPARE(exchangeRaw(raw, request).payload(), QByteArray("world"));
}

void TestSession::pingIsAnsweredByReset()
{
    Session *session = connectClient();
    std::unique_ptr<CoapReply> ping(session->ping());
    QTRY_VERIFY(ping->isFinished());
    QVERIFY(!ping->error().has_value());
    QCOMPARE(ping->response()->type(), MessageType::Reset);
    QCOMPARE(ping->response()->messageId(), ping->sentMessage().messageId());
}

void TestSession::silentServerTimesOut()
{
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    auto session = m_client->newClientSession(
        {QHostAddress(QHostAddress::LocalHost), silent.localPort()}, Protocol::Udp);
    std::unique_ptr<CoapReply> reply(session.value()->send(CoapRequest(MessageCode::Get)));
    QSignalSpy failed(reply.get(), &CoapReply::errorOccurred);
    const auto entry = session.value()->sendQueue().first();
    QCOMPARE(entry.retransmissions, 0);
    QVERIFY(entry.nextRetransmissionAt >= m_clock->now() + 2000);
    while (m_clock->advanceToNextTimer() && !reply->isFinished()) {
    }
    QCOMPARE(failed.size(), 1);
    QCOMPARE(reply->error()->kind, RequestError::Kind::Timeout);
    QCOMPARE(reply->retransmissions(), 4);
    QCOMPARE(session.value()->counters().retransmissions, 4u);
    // The peer saw the request five times, always with the same message ID.
    QSet<quint16> messageIds;
    int copies = 0;
    while (silent.waitForReadyRead(100)) {
        while (silent.hasPendingDatagrams()) {
            messageIds.insert(UdpCodec::decode(silent.receiveDatagram().data())->messageId());
            ++copies;
        }
    }
    QCOMPARE(copies, 5);
    QCOMPARE(messageIds.size(), 1);
}

void TestSession::closedPortFailsAtOnce()
{
    quint16 closedPort = 0;
    {
        QUdpSocket probe;
        QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
        closedPort = probe.localPort();
    }
    auto session = m_client->newClientSession({QHostAddress(QHostAddress::LocalHost), closedPort},
                                              Protocol::Udp);
    std::unique_ptr<CoapReply> reply(session.value()->send(CoapRequest(MessageCode::Get)));
    QTRY_VERIFY(reply->isFinished()); // no clock advance: the ICMP answer alone ends it
    QCOMPARE(reply->error()->kind, RequestError::Kind::Transport);
    QCOMPARE(reply->error()->transportError->kind, TransportError::Kind::ConnectionRefused);
    QVERIFY(session.value()->sendQueue().isEmpty());
}

void TestSession::changesAreCoalesced()
{
    Session *session = connectClient();
    QSignalSpy changed(session, &Session::changed);
    QCoreApplication::processEvents();
    changed.clear();
    session->setMtu(1000);
    session->setMtu(1100);
    session->reference();
    session->release();
    QCOMPARE(changed.size(), 0); // nothing synchronous
    QCoreApplication::processEvents();
    QCOMPARE(changed.size(), 1);
}

void TestSession::requestLargerThanMtuIsRefused()
{
    Session *session = connectClient();
    // A large payload would go block-wise; options that alone exceed the MTU cannot.
    CoapRequest request(MessageCode::Put);
    request.addOption(2050, QByteArray(1200, 'o'));
    std::unique_ptr<CoapReply> reply(session->send(request));
    QSignalSpy failed(reply.get(), &CoapReply::errorOccurred);
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(reply->error()->kind, RequestError::Kind::MessageTooLarge);
    QCOMPARE(reply->error()->limit, 1152);
    QCOMPARE(session->counters().pdusSent, 0u);
}

void TestSession::ipv6Loopback()
{
    auto endpoint =
        m_server->addEndpoint(Protocol::Udp, {QHostAddress(QHostAddress::LocalHostIPv6), 0});
    if (!endpoint)
        QSKIP("this machine has no IPv6 loopback");
    RecordingTracer trace;
    m_client->addTracer(&trace);
    auto session = m_client->newClientSession(endpoint.value()->localAddress(), Protocol::Udp);
    QVERIFY(session.hasValue());
    QVERIFY(session.value()->description().startsWith(QStringLiteral("[::1]:")));
    CoapRequest request(MessageCode::Get);
    request.addOption(N::UriPath, "hello");
    std::unique_ptr<CoapReply> reply(session.value()->send(request));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->response()->payload(), QByteArray("world"));
    // Trace timestamps are wall-clock microseconds.
    const qint64 nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    QVERIFY(qAbs(trace.records.first().timestampUs - nowUs) < 10'000'000);
    m_client->removeTracer(&trace);
}

void TestSession::contextDestroyedRightAfterRelease()
{
    // The closed session waits for deleteLater(); the context must not leave it to outlive
    // the clock it uses (run under AddressSanitizer to see the difference).
    Session *session = connectClient();
    std::unique_ptr<CoapReply> reply(session->send(CoapRequest(MessageCode::Get)));
    session->release();
    m_client.reset();
    QVERIFY(reply->isFinished());
}

void TestSession::separateResponseOvertakingAckEndsRetransmission()
{
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    auto session = m_client->newClientSession(
        {QHostAddress(QHostAddress::LocalHost), peer.localPort()}, Protocol::Udp);
    std::unique_ptr<CoapReply> reply(session.value()->send(CoapRequest(MessageCode::Get)));
    QVERIFY(peer.waitForReadyRead(5000));
    const QNetworkDatagram datagram = peer.receiveDatagram();
    const Message request = UdpCodec::decode(datagram.data()).value();
    // The empty ACK got lost; only the separate CON response arrives.
    Message response(MessageType::Confirmable, MessageCode::Content, 0x5151);
    response.setToken(request.tokenView());
    response.setPayload("late");
    peer.writeDatagram(UdpCodec::encode(response), datagram.senderAddress(),
                       quint16(datagram.senderPort()));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->response()->payload(), QByteArray("late"));
    QVERIFY(session.value()->sendQueue().isEmpty()); // no retransmission of the request
    m_clock->advance(60000);
    int copies = 0;
    while (peer.waitForReadyRead(100)) {
        while (peer.hasPendingDatagrams()) {
            const Message sent = UdpCodec::decode(peer.receiveDatagram().data()).value();
            if (sent.code() == MessageCode::Get)
                ++copies;
        }
    }
    QCOMPARE(copies, 0);
}

void TestSession::pooledServerSessionCanSendAndReturnsToPool()
{
    Session *client = connectClient();
    CoapRequest hello(MessageCode::Get);
    hello.addOption(N::UriPath, "hello");
    std::unique_ptr<CoapReply> first(client->send(hello));
    QTRY_VERIFY(first->isFinished());
    Session *server = m_server->sessions().first();
    QCOMPARE(server->state(), SessionState::Idle);
    std::unique_ptr<CoapReply> ping(server->ping()); // CoAP is symmetric: ping the client back
    QCOMPARE(server->state(), SessionState::Established);
    QTRY_VERIFY(ping->isFinished());
    QVERIFY(ping->response().has_value());
    QCOMPARE(server->referenceCount(), 0);
    QCOMPARE(server->state(), SessionState::Idle);
}

void TestSession::cancelBeforeDeferredFailureKeepsCancel()
{
    Session *session = connectClient();
    CoapRequest request(MessageCode::Put);
    request.addOption(2050, QByteArray(1200, 'o'));
    std::unique_ptr<CoapReply> reply(session->send(request));
    reply->cancel();
    QCoreApplication::processEvents();
    QVERIFY(reply->isFinished());
    QVERIFY(reply->error().has_value());
    QCOMPARE(reply->error()->kind, RequestError::Kind::Cancelled);
}

// Every first transmission lost: the retransmission gets through once the faults stop.
void TestSession::faultInjectionDropsAndRetransmissionRecovers()
{
    Session *session = connectClient();
    QVERIFY(session->setFaultInjection({1.0, 0.0, 0}));
    std::unique_ptr<CoapReply> reply(session->send(
        CoapRequest(MessageCode::Get, Uri::parse(QStringLiteral("coap://x/hello")).value())));
    QTest::qWait(50);
    QCOMPARE(m_handlerRuns, 0);
    QCOMPARE(session->counters().droppedByFaultInjection, 1u);
    QVERIFY(session->setFaultInjection({}));
    QVERIFY(m_clock->advanceToNextTimer()); // the first retransmission
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->response()->code(), MessageCode::Content);
    QCOMPARE(reply->retransmissions(), 1);
    QCOMPARE(m_handlerRuns, 1);
}

void TestSession::faultInjectionDuplicatesAndServerDeduplicates()
{
    Session *session = connectClient();
    QVERIFY(session->setFaultInjection({0.0, 1.0, 0}));
    std::unique_ptr<CoapReply> reply(session->send(
        CoapRequest(MessageCode::Get, Uri::parse(QStringLiteral("coap://x/hello")).value())));
    QTRY_VERIFY(reply->isFinished());
    QTRY_COMPARE(m_server->sessions().value(0)->counters().duplicatesReceived, 1u);
    QCOMPARE(session->counters().duplicatedByFaultInjection, 1u);
    QCOMPARE(m_handlerRuns, 1);
}

void TestSession::faultInjectionDelaysOnTheSessionClock()
{
    Session *session = connectClient();
    QVERIFY(session->setFaultInjection({0.0, 0.0, 700}));
    QCOMPARE(session->faultInjection().delayMs, 700);
    std::unique_ptr<CoapReply> reply(session->send(
        CoapRequest(MessageCode::Get, Uri::parse(QStringLiteral("coap://x/hello")).value())));
    QTest::qWait(50);
    QCOMPARE(m_handlerRuns, 0); // still held back
    m_clock->advance(700);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(m_handlerRuns, 1);
    QCOMPARE(reply->retransmissions(), 0);
}

void TestSession::faultInjectionIsForDatagramsOnly()
{
    auto endpoint = m_server->addEndpoint(Protocol::Tcp, loopback);
    QVERIFY(endpoint.hasValue());
    SocketAddress server = endpoint.value()->localAddress();
    auto session = m_client->newClientSession(server, Protocol::Tcp);
    QVERIFY(session.hasValue());
    QVERIFY(!session.value()->setFaultInjection({0.5, 0.0, 0}));
    QVERIFY(!session.value()->faultInjection().isActive());
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
