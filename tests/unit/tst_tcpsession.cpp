// SPDX-License-Identifier: BSD-2-Clause
// CoAP over TCP (RFC 8323) end to end: client and demo server contexts over real loopback
// connections, and a raw socket standing in for peers that misbehave. The manual clock drives
// observe notifications and ping timeouts.

#include "client/coapreply.h"
#include "client/coaprequest.h"
#include "codec/optionnumber.h"
#include "codec/signaling.h"
#include "codec/tcpframing.h"
#include "codec/tcpstreamdecoder.h"
#include "codec/uri.h"
#include "server/demoserver.h"
#include "session/context.h"
#include "session/endpoint.h"
#include "session/manualclock.h"
#include "session/session.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace coapscope;

namespace {

CoapRequest get(const QString &path, int blockSize = 0)
{
    CoapRequest request(MessageCode::Get,
                        Uri::parse(QStringLiteral("coap+tcp://127.0.0.1") + path).value());
    if (blockSize > 0)
        request.setBlockSize(blockSize);
    return request;
}

// Reads frames from a raw socket until one arrives or the wait runs out. It keeps the event
// loop turning, since the engine's sockets live on this thread too.
std::optional<Message> readFrame(QTcpSocket &socket, TcpStreamDecoder &decoder)
{
    std::optional<Message> frame;
    const bool arrived = QTest::qWaitFor([&] {
        decoder.append(socket.readAll());
        if (auto next = decoder.next(); next && next->hasValue())
            frame = next->value();
        return frame.has_value();
    });
    return arrived ? frame : std::nullopt;
}

} // namespace

class TestTcpSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void capabilitiesExchangeEstablishesBothSides();
    void getsEveryKindOfResource_data();
    void getsEveryKindOfResource();
    void uploadsBlockwise();
    void observesOverTheStream();
    void pingIsAnsweredByPong();
    void requestsWaitForThePeersCsm();
    void maxPduSizeFollowsThePeersMaxMessageSize();
    void peerThatSkipsTheCsmIsAborted();
    void malformedFrameAbortsTheConnection();
    void peerAbortFailsPendingRequests();
    void releaseClosesBothSides();
    void refusedConnectionFailsTheRequest();
    void clientReconnectsAfterThePeerCloses();

private:
    Session *connectedClient();
    bool finish(CoapReply *reply);
    // A raw server socket the client connects to; returns the accepted connection.
    QTcpSocket *acceptRaw(QTcpServer &listener);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Context> m_server;
    std::unique_ptr<Context> m_client;
    Endpoint *m_endpoint = nullptr;
};

void TestTcpSession::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_server = std::make_unique<Context>(*m_clock, 21);
    m_client = std::make_unique<Context>(*m_clock, 22);
    new DemoServer(m_server.get());
    auto endpoint =
        m_server->addEndpoint(Protocol::Tcp, {QHostAddress(QHostAddress::LocalHost), 0});
    QVERIFY(endpoint);
    m_endpoint = endpoint.value();
}

void TestTcpSession::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_clock.reset();
}

Session *TestTcpSession::connectedClient()
{
    auto session = m_client->newClientSession(m_endpoint->localAddress(), Protocol::Tcp);
    if (!session)
        return nullptr;
    Session *client = session.value();
    if (!QTest::qWaitFor([client] { return client->state() == SessionState::Established; }))
        return nullptr;
    return client;
}

bool TestTcpSession::finish(CoapReply *reply)
{
    return QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000);
}

QTcpSocket *TestTcpSession::acceptRaw(QTcpServer &listener)
{
    if (!QTest::qWaitFor([&] { return listener.hasPendingConnections(); }))
        return nullptr;
    return listener.nextPendingConnection();
}

void TestTcpSession::capabilitiesExchangeEstablishesBothSides()
{
    auto session = m_client->newClientSession(m_endpoint->localAddress(), Protocol::Tcp);
    QVERIFY(session);
    Session *client = session.value();
    QCOMPARE(client->state(), SessionState::Connecting);
    QCOMPARE(client->protocol(), Protocol::Tcp);
    QVERIFY(!client->peerCapabilities());
    QTRY_COMPARE(client->state(), SessionState::Established);
    QCOMPARE(client->peerCapabilities()->maxMessageSize, Session::StreamMaxMessageSize);
    QCOMPARE(client->maxPduSize(), qsizetype(Session::StreamMaxMessageSize));
    QVERIFY(client->description().endsWith(QStringLiteral(" TCP")));

    QTRY_COMPARE(m_server->sessions().size(), 1);
    Session *server = m_server->sessions().first();
    QCOMPARE(server->role(), SessionRole::Server);
    QTRY_COMPARE(server->state(), SessionState::Established);
    // The open connection holds the server session; no free pool for streams.
    QCOMPARE(server->referenceCount(), 1);
    QCOMPARE(server->remoteAddress(), client->localAddress());
}

void TestTcpSession::getsEveryKindOfResource_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("blockSize");
    QTest::addColumn<QByteArray>("expectedStart");
    QTest::newRow("/test") << "/test" << 0 << QByteArray("Hello from the CoapScope");
    QTest::newRow("/separate") << "/separate" << 0 << QByteArray("separate response");
    QTest::newRow("/large whole") << "/large" << 0 << QByteArray("CoapScope demo /large");
    QTest::newRow("/large in 64-byte blocks") << "/large" << 64 << QByteArray("CoapScope demo");
    QTest::newRow("/.well-known/core") << "/.well-known/core" << 0 << QByteArray("<");
}

void TestTcpSession::getsEveryKindOfResource()
{
    QFETCH(QString, path);
    QFETCH(int, blockSize);
    QFETCH(QByteArray, expectedStart);
    Session *client = connectedClient();
    QVERIFY(client);
    std::unique_ptr<CoapReply> reply(client->send(get(path, blockSize)));
    QSignalSpy progress(reply.get(), &CoapReply::progress);
    // Time moves in small steps, for the demo server's deferred answer to /separate.
    QVERIFY(QTest::qWaitFor([&] {
        m_clock->advance(50);
        return reply->isFinished();
    }));
    QVERIFY2(reply->response(),
             reply->error() ? qPrintable(RequestError::kindId(reply->error()->kind).toString())
                            : "");
    QCOMPARE(reply->response()->code(), MessageCode::Content);
    QVERIFY2(reply->response()->payload().startsWith(expectedStart),
             reply->response()->payload().left(60).constData());
    if (path == QStringLiteral("/large")) {
        QVERIFY(reply->response()->payload().size() > 2000);
        // Whole in one message when no block size is asked for; else block by block.
        QCOMPARE(progress.isEmpty(), blockSize == 0);
    }
}

void TestTcpSession::uploadsBlockwise()
{
    Session *client = connectedClient();
    QVERIFY(client);
    QByteArray body;
    for (int line = 0; line < 100; ++line)
        body += QByteArray::number(line).rightJustified(4, '0') + " uploaded over TCP\n";
    CoapRequest put(MessageCode::Put,
                    Uri::parse(QStringLiteral("coap+tcp://127.0.0.1/large-update")).value());
    put.setPayload(body);
    put.setBlockSize(128);
    std::unique_ptr<CoapReply> stored(client->send(put));
    QVERIFY(finish(stored.get()));
    QVERIFY(stored->response());
    QCOMPARE(stored->response()->code(), MessageCode::Changed);

    std::unique_ptr<CoapReply> readBack(client->send(get(QStringLiteral("/large-update"), 256)));
    QVERIFY(finish(readBack.get()));
    QVERIFY(readBack->response());
    QCOMPARE(readBack->response()->payload(), body);
}

void TestTcpSession::observesOverTheStream()
{
    Session *client = connectedClient();
    QVERIFY(client);
    CoapRequest observe = get(QStringLiteral("/time"));
    observe.setObserve(true);
    std::unique_ptr<CoapReply> reply(client->send(observe));
    QSignalSpy notifications(reply.get(), &CoapReply::notification);
    QTRY_COMPARE(notifications.size(), 1);
    for (int tick = 0; tick < 3; ++tick) {
        m_clock->advance(1000);
        QTRY_COMPARE(notifications.size(), tick + 2);
    }
    for (const QList<QVariant> &arguments : std::as_const(notifications))
        QVERIFY(!arguments.at(1).toBool()); // none stale
    reply->stopObserving();
    QVERIFY(finish(reply.get()));
    QVERIFY(reply->response());
    QVERIFY(!reply->response()->hasOption(OptionNumber::Observe));
    QCOMPARE(m_server->observers().count({"time"}), 0);
}

void TestTcpSession::pingIsAnsweredByPong()
{
    Session *client = connectedClient();
    QVERIFY(client);
    std::unique_ptr<CoapReply> reply(client->ping());
    QCOMPARE(reply->sentMessage().code(), MessageCode::Ping);
    QVERIFY(finish(reply.get()));
    QVERIFY(reply->response());
    QCOMPARE(reply->response()->code(), MessageCode::Pong);
    QCOMPARE(reply->response()->token(), reply->sentMessage().token());
}

void TestTcpSession::requestsWaitForThePeersCsm()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    auto session = m_client->newClientSession(
        {QHostAddress(QHostAddress::LocalHost), listener.serverPort()}, Protocol::Tcp);
    QVERIFY(session);
    Session *client = session.value();
    std::unique_ptr<CoapReply> reply(client->send(get(QStringLiteral("/held"))));
    std::unique_ptr<QTcpSocket> raw(acceptRaw(listener));
    QVERIFY(raw);
    TcpStreamDecoder decoder(1 << 20);
    const auto csm = readFrame(*raw, decoder);
    QVERIFY(csm);
    QCOMPARE(csm->code(), MessageCode::Csm);
    QCOMPARE(Signaling::readCsm(*csm)->maxMessageSize, Session::StreamMaxMessageSize);
    QCOMPARE(client->state(), SessionState::ExchangingCapabilities);
    QCOMPARE(client->delayQueue().size(), 1);
    QTest::qWait(50);
    QCOMPARE(raw->bytesAvailable(), 0); // the request is still held back

    raw->write(TcpFraming::encode(Signaling::csm(CsmSettings{4096, false})));
    const auto request = readFrame(*raw, decoder);
    QVERIFY(request);
    QCOMPARE(request->code(), MessageCode::Get);
    QCOMPARE(client->state(), SessionState::Established);
    QVERIFY(client->delayQueue().isEmpty());

    Message response(MessageType::Confirmable, MessageCode::Content);
    response.setToken(request->token());
    response.setPayload("answered by hand");
    raw->write(TcpFraming::encode(response));
    QVERIFY(finish(reply.get()));
    QCOMPARE(reply->response()->payload(), QByteArray("answered by hand"));
}

void TestTcpSession::maxPduSizeFollowsThePeersMaxMessageSize()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    auto session = m_client->newClientSession(
        {QHostAddress(QHostAddress::LocalHost), listener.serverPort()}, Protocol::Tcp);
    QVERIFY(session);
    Session *client = session.value();
    QCOMPARE(client->maxPduSize(), qsizetype(TcpStreamDecoder::DefaultMaxMessageSize));
    std::unique_ptr<QTcpSocket> raw(acceptRaw(listener));
    QVERIFY(raw);
    raw->write(TcpFraming::encode(Signaling::csm(CsmSettings{300, false})));
    QTRY_COMPARE(client->state(), SessionState::Established);
    QCOMPARE(client->maxPduSize(), 300);

    // A body too large for one message goes block-wise, in blocks that fit 300 bytes.
    CoapRequest put(MessageCode::Put, Uri::parse(QStringLiteral("coap+tcp://127.0.0.1/x")).value());
    put.setPayload(QByteArray(1000, 'x'));
    std::unique_ptr<CoapReply> reply(client->send(put));
    TcpStreamDecoder decoder(1 << 20);
    std::optional<Message> first;
    do {
        first = readFrame(*raw, decoder);
    } while (first && first->code().isSignaling());
    QVERIFY(first);
    QVERIFY(first->hasOption(OptionNumber::Block1));
    QVERIFY(TcpFraming::encode(*first).size() <= 300);
}

void TestTcpSession::peerThatSkipsTheCsmIsAborted()
{
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, m_endpoint->localAddress().port);
    QVERIFY(raw.waitForConnected(5000));
    Message request(MessageType::Confirmable, MessageCode::Get);
    request.setToken("t1");
    raw.write(TcpFraming::encode(request));
    TcpStreamDecoder decoder(1 << 20);
    std::optional<Message> frame;
    do {
        frame = readFrame(raw, decoder);
    } while (frame && frame->code() == MessageCode::Csm);
    QVERIFY(frame);
    QCOMPARE(frame->code(), MessageCode::Abort);
    QCOMPARE(frame->payload(), QByteArray("expected a CSM first"));
    QTRY_COMPARE(raw.state(), QAbstractSocket::UnconnectedState);
    QTRY_VERIFY(m_server->sessions().isEmpty());
}

void TestTcpSession::malformedFrameAbortsTheConnection()
{
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, m_endpoint->localAddress().port);
    QVERIFY(raw.waitForConnected(5000));
    raw.write(TcpFraming::encode(Signaling::csm(CsmSettings{})));
    // Token length 9 is reserved (RFC 8323 §3.2).
    raw.write(QByteArray::fromHex("0901"));
    TcpStreamDecoder decoder(1 << 20);
    std::optional<Message> frame;
    do {
        frame = readFrame(raw, decoder);
    } while (frame && frame->code() == MessageCode::Csm);
    QVERIFY(frame);
    QCOMPARE(frame->code(), MessageCode::Abort);
    QVERIFY(frame->payload().startsWith("malformed message"));
    QTRY_COMPARE(raw.state(), QAbstractSocket::UnconnectedState);
    QTRY_VERIFY(m_server->sessions().isEmpty());
}

void TestTcpSession::peerAbortFailsPendingRequests()
{
    QTcpServer listener;
    QVERIFY(listener.listen(QHostAddress::LocalHost));
    auto session = m_client->newClientSession(
        {QHostAddress(QHostAddress::LocalHost), listener.serverPort()}, Protocol::Tcp);
    QVERIFY(session);
    Session *client = session.value();
    std::unique_ptr<QTcpSocket> raw(acceptRaw(listener));
    QVERIFY(raw);
    raw->write(TcpFraming::encode(Signaling::csm(CsmSettings{})));
    QTRY_COMPARE(client->state(), SessionState::Established);
    std::unique_ptr<CoapReply> reply(client->send(get(QStringLiteral("/never"))));
    raw->write(TcpFraming::encode(Signaling::abort(std::nullopt, "shutting down")));
    QVERIFY(finish(reply.get()));
    QVERIFY(reply->error());
    QCOMPARE(reply->error()->kind, RequestError::Kind::Aborted);
    QCOMPARE(reply->error()->detail, QStringLiteral("shutting down"));
    QCOMPARE(client->state(), SessionState::Disconnected);
    QCOMPARE(client->lastError()->kind, RequestError::Kind::Aborted);
}

void TestTcpSession::releaseClosesBothSides()
{
    Session *client = connectedClient();
    QVERIFY(client);
    QTRY_COMPARE(m_server->sessions().size(), 1);
    QSignalSpy removed(m_server.get(), &Context::sessionRemoved);
    client->releaseConnection();
    QCOMPARE(client->state(), SessionState::Disconnected);
    QCOMPARE(client->lastError()->kind, RequestError::Kind::Released);
    QTRY_COMPARE(removed.size(), 1);
    QVERIFY(m_server->sessions().isEmpty());
}

void TestTcpSession::refusedConnectionFailsTheRequest()
{
    QTcpServer probe; // find a port nobody listens on
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    auto session =
        m_client->newClientSession({QHostAddress(QHostAddress::LocalHost), port}, Protocol::Tcp);
    QVERIFY(session);
    std::unique_ptr<CoapReply> reply(session.value()->send(get(QStringLiteral("/test"))));
    QVERIFY(finish(reply.get()));
    QVERIFY(reply->error());
    QCOMPARE(reply->error()->kind, RequestError::Kind::Transport);
    QCOMPARE(reply->error()->transportError->kind, TransportError::Kind::ConnectionRefused);
    QCOMPARE(session.value()->state(), SessionState::Disconnected);
}

void TestTcpSession::clientReconnectsAfterThePeerCloses()
{
    Session *client = connectedClient();
    QVERIFY(client);
    QTRY_COMPARE(m_server->sessions().size(), 1);
    const quint16 firstPort = client->localAddress().port;
    // The server side drops the connection.
    m_server->sessions().first()->abortConnection("test over");
    QTRY_COMPARE(client->state(), SessionState::Disconnected);
    QCOMPARE(client->lastError()->kind, RequestError::Kind::Aborted);

    std::unique_ptr<CoapReply> reply(client->send(get(QStringLiteral("/test"))));
    QCOMPARE(client->state(), SessionState::Connecting);
    QVERIFY(finish(reply.get()));
    QVERIFY(reply->response());
    QCOMPARE(reply->response()->code(), MessageCode::Content);
    QCOMPARE(client->state(), SessionState::Established);
    QVERIFY(client->localAddress().port != firstPort);
}

QTEST_GUILESS_MAIN(TestTcpSession)
#include "tst_tcpsession.moc"
