// SPDX-License-Identifier: BSD-2-Clause
// DTLS 1.2 end to end with pre-shared keys: a client and a server DtlsTransport in this process,
// real OpenSSL handshakes over real UDP sockets on 127.0.0.1. Certificates and cipher suites are
// in tst_dtlscertificates, failures in tst_dtlsfailures.

#include "dtlstestkit.h"
#include "session/systemclock.h"

#include <QFile>
#include <QNetworkDatagram>
#include <QRegularExpression>
#include <QUdpSocket>

using namespace coapscope;
using namespace dtlstest;

namespace {

constexpr int handshakeTimeoutMs = 10000;

// A ClientHello carrying a cookie the server never made: DTLS 1.2, one PSK suite, no extensions.
QByteArray clientHelloWithForgedCookie()
{
    QByteArray body;
    body.append("\xfe\xfd", 2);         // client_version
    body.append(32, '\x11');            // random
    body.append('\0');                  // session_id
    body.append('\x20');                // cookie length
    body.append(32, '\x5a');            // cookie
    body.append("\x00\x02\xc0\xa8", 4); // cipher_suites: TLS_PSK_WITH_AES_128_CCM_8
    body.append("\x01\x00", 2);         // compression_methods: null
    QByteArray handshake;
    handshake.append('\x01'); // ClientHello
    const auto put24 = [](QByteArray &out, int value) {
        out.append(char((value >> 16) & 0xff));
        out.append(char((value >> 8) & 0xff));
        out.append(char(value & 0xff));
    };
    put24(handshake, int(body.size()));
    handshake.append("\x00\x00", 2); // message_seq
    put24(handshake, 0);             // fragment_offset
    put24(handshake, int(body.size()));
    handshake += body;
    QByteArray record("\x16\xfe\xfd\x00\x00\x00\x00\x00\x00\x00\x00", 11); // epoch 0, seq 0
    record.append(char((handshake.size() >> 8) & 0xff));
    record.append(char(handshake.size() & 0xff));
    return record + handshake;
}

} // namespace

class TestDtlsTransport : public QObject
{
    Q_OBJECT

private slots:
    void pskHandshakeAndDataBothWays();
    void cookieExchangeIsObserved();
    void forgedCookieAllocatesNoState();
    void closeNotifyEndsTheSession();
    void keyLogHasClientRandomLines();
    void concurrentHandshakes();
    void restartedClientReplacesItsSession();

private:
    SystemClock m_clock;
};

void TestDtlsTransport::pskHandshakeAndDataBothWays()
{
    Observed clientSeen, serverSeen;
    const Pair pair = makePair(pskClient(), pskServer(), m_clock, this, clientSeen, serverSeen);
    QVERIFY(pair.client && pair.server);
    const SocketAddress serverAddress = pair.server->localAddress();

    // Sent before any handshake: queued, then delivered in order once established.
    pair.client->send("first", serverAddress);
    pair.client->send("second", serverAddress);
    QCOMPARE(pair.client->state(serverAddress), DtlsConnection::State::Handshaking);
    QTRY_COMPARE_WITH_TIMEOUT(serverSeen.received.size(), 2, handshakeTimeoutMs);
    QCOMPARE(serverSeen.received, (QList<QByteArray>{"first", "second"}));
    const SocketAddress clientAddress = serverSeen.receivedFrom.first();
    QCOMPARE(clientAddress, pair.client->localAddress());

    pair.server->send("reply", clientAddress);
    QTRY_COMPARE(clientSeen.received, QList<QByteArray>{"reply"});
    QCOMPARE(clientSeen.receivedFrom.first(), serverAddress);

    QCOMPARE(clientSeen.established.size(), 1);
    QCOMPARE(serverSeen.established.size(), 1);
    QVERIFY(clientSeen.failures.isEmpty() && serverSeen.failures.isEmpty());
    const SecurityInfo client = clientSeen.established.first();
    const SecurityInfo server = serverSeen.established.first();
    QCOMPARE(client.protocolVersion, QStringLiteral("DTLSv1.2"));
    QCOMPARE(client.cipherSuite, server.cipherSuite);
    QVERIFY(client.cipherSuite.contains(QLatin1StringView("PSK")));
    QCOMPARE(client.pskIdentity, QByteArray("client-1"));
    QCOMPARE(server.pskIdentity, QByteArray("client-1"));
    QCOMPARE(client.pskIdentityHint, QByteArray("coapscope-hint"));
    QCOMPARE(server.pskIdentityHint, QByteArray("coapscope-hint"));
    QVERIFY(client.peerCertificates.isEmpty());
    QVERIFY(client.recordOverhead > 13);
    QCOMPARE(pair.client->recordOverhead(serverAddress), client.recordOverhead);
    QCOMPARE(pair.server->recordOverhead(clientAddress), server.recordOverhead);
    QCOMPARE(pair.client->state(serverAddress), DtlsConnection::State::Established);
    QCOMPARE(pair.server->peerCount(), 1);

    using D = SecurityEvent::Direction;
    for (const char *name : {"ClientHello", "ClientKeyExchange", "Finished"})
        QVERIFY2(hasEvent(clientSeen, D::Sent, name), name);
    for (const char *name : {"HelloVerifyRequest", "ServerHello", "ServerKeyExchange",
                             "ServerHelloDone", "Finished", "ChangeCipherSpec"})
        QVERIFY2(hasEvent(clientSeen, D::Received, name), name);
    QVERIFY(hasEvent(clientSeen, D::Local, "HandshakeStarted"));
    QVERIFY(hasEvent(clientSeen, D::Local, "Established"));
    QVERIFY(hasEvent(serverSeen, D::Sent, "ServerHello"));
    QVERIFY(hasEvent(serverSeen, D::Received, "Finished"));
}

void TestDtlsTransport::cookieExchangeIsObserved()
{
    Observed clientSeen, serverSeen;
    const Pair pair = makePair(pskClient(), pskServer(), m_clock, this, clientSeen, serverSeen);
    QVERIFY(pair.client && pair.server);
    pair.client->connectToPeer(pair.server->localAddress());
    QTRY_COMPARE_WITH_TIMEOUT(serverSeen.established.size(), 1, handshakeTimeoutMs);

    using D = SecurityEvent::Direction;
    QCOMPARE(serverSeen.count(D::Sent, QStringLiteral("HelloVerifyRequest")), 1);
    QCOMPARE(clientSeen.count(D::Received, QStringLiteral("HelloVerifyRequest")), 1);
    // The first ClientHello (no cookie) and the second (with it).
    QCOMPARE(clientSeen.count(D::Sent, QStringLiteral("ClientHello")), 2);
    // Per-peer state only after the cookie came back: one handshake started, for the client.
    QCOMPARE(serverSeen.started, QList<SocketAddress>{pair.client->localAddress()});
}

void TestDtlsTransport::forgedCookieAllocatesNoState()
{
    QString error;
    DtlsTransport *server = makeDtls(pskServer(), DtlsRole::Server, m_clock, this, &error);
    QVERIFY2(server, qPrintable(error));
    Observed serverSeen;
    observe(server, serverSeen);

    QUdpSocket attacker;
    QVERIFY(attacker.bind(QHostAddress(QHostAddress::LocalHost), 0));
    const QByteArray forged = clientHelloWithForgedCookie();
    attacker.writeDatagram(forged, QHostAddress(QHostAddress::LocalHost),
                           server->localAddress().port);
    QTRY_VERIFY(attacker.hasPendingDatagrams());
    const QByteArray answer = attacker.receiveDatagram().data();
    QVERIFY(answer.size() > 13 + 12);
    QCOMPARE(quint8(answer.at(0)), quint8(22)); // handshake record
    QCOMPARE(quint8(answer.at(13)), quint8(3)); // HelloVerifyRequest, not a ServerHello
    QCOMPARE(server->peerCount(), 0);
    QVERIFY(serverSeen.started.isEmpty());
    const SocketAddress attackerAddress{attacker.localAddress(), attacker.localPort()};
    QCOMPARE(server->state(attackerAddress), std::nullopt);

    // Replaying the cookie the server made for someone else is no better.
    Observed clientSeen;
    RecordingTransport *wire = nullptr;
    DtlsTransport *client = makeDtls(pskClient(), DtlsRole::Client, m_clock, this, &error, &wire);
    QVERIFY(client);
    observe(client, clientSeen);
    client->connectToPeer(server->localAddress());
    QTRY_COMPARE_WITH_TIMEOUT(clientSeen.established.size(), 1, handshakeTimeoutMs);
    const QByteArray helloWithCookie = wire->sent.value(1); // the second ClientHello
    QCOMPARE(quint8(helloWithCookie.at(13)), quint8(1));
    attacker.writeDatagram(helloWithCookie, QHostAddress(QHostAddress::LocalHost),
                           server->localAddress().port);
    QTRY_VERIFY(attacker.hasPendingDatagrams());
    QCOMPARE(quint8(attacker.receiveDatagram().data().at(13)), quint8(3));
    QCOMPARE(server->peerCount(), 1); // the real client only
    QCOMPARE(server->state(attackerAddress), std::nullopt);
}

void TestDtlsTransport::closeNotifyEndsTheSession()
{
    Observed clientSeen, serverSeen;
    const Pair pair = makePair(pskClient(), pskServer(), m_clock, this, clientSeen, serverSeen);
    QVERIFY(pair.client && pair.server);
    const SocketAddress serverAddress = pair.server->localAddress();
    pair.client->send("hello", serverAddress);
    QTRY_COMPARE_WITH_TIMEOUT(serverSeen.received.size(), 1, handshakeTimeoutMs);
    const SocketAddress clientAddress = serverSeen.receivedFrom.first();

    pair.client->closePeer(serverAddress);
    QCOMPARE(pair.client->state(serverAddress), std::nullopt);
    QTRY_COMPARE(serverSeen.closed, QList<SocketAddress>{clientAddress});
    QCOMPARE(pair.server->state(clientAddress), std::nullopt);
    QCOMPARE(pair.server->peerCount(), 0);
    QVERIFY(hasEvent(serverSeen, SecurityEvent::Direction::Received, "close_notify"));
    QVERIFY(hasEvent(clientSeen, SecurityEvent::Direction::Sent, "close_notify"));
    QVERIFY(serverSeen.failures.isEmpty());

    // The next datagram starts a new session.
    pair.client->send("again", serverAddress);
    QTRY_COMPARE_WITH_TIMEOUT(serverSeen.received.size(), 2, handshakeTimeoutMs);
    QCOMPARE(serverSeen.established.size(), 2);

    // And the server can end it as well.
    pair.server->closePeer(clientAddress);
    QTRY_COMPARE(clientSeen.closed, QList<SocketAddress>{serverAddress});
}

void TestDtlsTransport::keyLogHasClientRandomLines()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    SecuritySettings clientSettings = pskClient();
    clientSettings.keyLogFile = directory.filePath(QStringLiteral("keys.log"));
    Observed clientSeen, serverSeen;
    const Pair pair = makePair(clientSettings, pskServer(), m_clock, this, clientSeen, serverSeen);
    QVERIFY(pair.client && pair.server);
    pair.client->connectToPeer(pair.server->localAddress());
    QTRY_COMPARE_WITH_TIMEOUT(clientSeen.established.size(), 1, handshakeTimeoutMs);

    QFile log(clientSettings.keyLogFile);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromLatin1(log.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    static const QRegularExpression nssLine(
        QStringLiteral("^CLIENT_RANDOM [0-9a-f]{64} [0-9a-f]{96}$"));
    QVERIFY2(nssLine.match(lines.first()).hasMatch(), qPrintable(lines.first()));
}

void TestDtlsTransport::concurrentHandshakes()
{
    constexpr int clients = 20;
    QString error;
    DtlsTransport *server = makeDtls(pskServer(), DtlsRole::Server, m_clock, this, &error);
    QVERIFY2(server, qPrintable(error));
    Observed serverSeen;
    observe(server, serverSeen);

    QList<DtlsTransport *> started;
    QList<Observed> clientSeen(clients);
    for (int i = 0; i < clients; ++i) {
        const QByteArray identity = i % 2 ? "client-1" : "client-2";
        const QByteArray key = i % 2 ? "secret-key-1" : "another-key-2";
        DtlsTransport *client =
            makeDtls(pskClient(identity, key), DtlsRole::Client, m_clock, this, &error);
        QVERIFY2(client, qPrintable(error));
        observe(client, clientSeen[i]);
        started.append(client);
    }
    // All handshakes in flight at once, interleaved at the server.
    for (int i = 0; i < clients; ++i)
        started[i]->send(QByteArray::number(i), server->localAddress());
    QTRY_COMPARE_WITH_TIMEOUT(serverSeen.received.size(), clients, 20000);
    QCOMPARE(serverSeen.established.size(), clients);
    QCOMPARE(server->peerCount(), clients);
    QVERIFY(serverSeen.failures.isEmpty());
    QStringList received;
    for (const QByteArray &datagram : serverSeen.received)
        received.append(QString::fromLatin1(datagram));
    received.sort();
    QStringList expected;
    for (int i = 0; i < clients; ++i)
        expected.append(QString::number(i));
    expected.sort();
    QCOMPARE(received, expected);
}

void TestDtlsTransport::restartedClientReplacesItsSession()
{
    Observed firstSeen, serverSeen;
    const Pair pair = makePair(pskClient(), pskServer(), m_clock, this, firstSeen, serverSeen);
    QVERIFY(pair.client && pair.server);
    pair.client->send("before", pair.server->localAddress());
    QTRY_COMPARE_WITH_TIMEOUT(serverSeen.received.size(), 1, handshakeTimeoutMs);
    const SocketAddress clientAddress = pair.client->localAddress();
    delete pair.client; // gone without close_notify, as if it crashed

    // The same address comes back with a new ClientHello: after the cookie exchange its new
    // session replaces the old one.
    auto restarted =
        DtlsTransport::create(new UdpTransport, pskClient(), DtlsRole::Client, m_clock, this);
    QVERIFY(restarted);
    QVERIFY((*restarted)->bind(clientAddress));
    (*restarted)->send("after", pair.server->localAddress());
    QTRY_COMPARE_WITH_TIMEOUT(serverSeen.received.size(), 2, handshakeTimeoutMs);
    QCOMPARE(serverSeen.received.last(), QByteArray("after"));
    QCOMPARE(serverSeen.established.size(), 2);
    QCOMPARE(pair.server->peerCount(), 1);
    QVERIFY(serverSeen.failures.isEmpty());
    QCOMPARE(serverSeen.count(SecurityEvent::Direction::Sent, QStringLiteral("HelloVerifyRequest")),
             2);
}

QTEST_GUILESS_MAIN(TestDtlsTransport)
#include "tst_dtlstransport.moc"
