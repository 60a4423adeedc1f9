// SPDX-License-Identifier: BSD-2-Clause
// libcoap's coap-client and coap-server talk to bare sockets driven by our codec: what libcoap
// sends must decode as the request it was asked to make, and what we encode libcoap must accept.

#include "codec/blockvalue.h"
#include "codec/contentformat.h"
#include "codec/optionnumber.h"
#include "codec/signaling.h"
#include "codec/tcpframing.h"
#include "codec/tcpstreamdecoder.h"
#include "codec/udpcodec.h"
#include "codec/uri.h"
#include "loopbackports.h"

#include <QNetworkDatagram>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

using namespace coapscope;
namespace N = OptionNumber;

class TestInteropCodec : public QObject
{
    Q_OBJECT

private slots:
    void decodesLibcoapUdpRequestAndAnswersIt();
    void decodesLibcoapNonRequest();
    void decodesLibcoapTcpStream();
    void libcoapServerAnswersOurRequests();
    void libcoapServerBlockwiseAnswerDecodes();
    void cleanup();

private:
    static QByteArray receiveOne(QUdpSocket &socket, QHostAddress *from, quint16 *fromPort);
    void startServer();
    Message exchangeWithServer(const Message &request);

    QProcess m_server;
    quint16 m_serverPort = 0;
};

QByteArray TestInteropCodec::receiveOne(QUdpSocket &socket, QHostAddress *from, quint16 *fromPort)
{
    if (!socket.hasPendingDatagrams() && !socket.waitForReadyRead(10000))
        return {};
    const QNetworkDatagram datagram = socket.receiveDatagram();
    *from = datagram.senderAddress();
    *fromPort = quint16(datagram.senderPort());
    return datagram.data();
}

void TestInteropCodec::decodesLibcoapUdpRequestAndAnswersIt()
{
    QUdpSocket socket;
    QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
    const QString uri = QStringLiteral("coap://127.0.0.1:%1/a/b%20c?x=1&y").arg(socket.localPort());

    QProcess client;
    client.start(QStringLiteral(COAP_CLIENT_PATH),
                 {QStringLiteral("-m"), QStringLiteral("put"), QStringLiteral("-B"),
                  QStringLiteral("5"), QStringLiteral("-t"), QStringLiteral("50"),
                  QStringLiteral("-e"), QStringLiteral("{\"on\":true}"), QStringLiteral("-O"),
                  QStringLiteral("2049,0x0102"), uri});
    QVERIFY(client.waitForStarted());

    QHostAddress peer;
    quint16 peerPort = 0;
    const QByteArray datagram = receiveOne(socket, &peer, &peerPort);
    QVERIFY2(!datagram.isEmpty(), "coap-client sent nothing");
    const auto decoded = UdpCodec::decode(datagram);
    QVERIFY(decoded.hasValue());
    const Message &request = decoded.value();
    QCOMPARE(request.type(), MessageType::Confirmable);
    QCOMPARE(request.code(), MessageCode::Put);
    QVERIFY(!request.token().isEmpty()); // libcoap picks it; our echo of it is checked below
    QCOMPARE(request.optionValues(N::UriPath), (QList<QByteArray>{"a", "b c"}));
    QCOMPARE(request.optionValues(N::UriQuery), (QList<QByteArray>{"x=1", "y"}));
    QCOMPARE(request.uintOption(N::ContentFormat), quint64(ContentFormat::Json));
    QCOMPARE(request.option(2049), QByteArray("\x01\x02"));
    QCOMPARE(request.payload(), QByteArray("{\"on\":true}"));
    QCOMPARE(UdpCodec::encode(request), datagram);

    // The URI it names, composed back from the options, is the one libcoap was given.
    const auto composed =
        Uri::fromOptions(UriScheme::Coap, QStringLiteral("127.0.0.1"), socket.localPort(), request);
    QVERIFY(composed.hasValue());
    QCOMPARE(composed->toString(), uri);

    Message response(MessageType::Acknowledgement, MessageCode::Changed, request.messageId());
    response.setToken(request.tokenView());
    response.addUintOption(N::ContentFormat, ContentFormat::TextPlain);
    response.setPayload("stored by coapscope");
    socket.writeDatagram(UdpCodec::encode(response), peer, peerPort);

    QVERIFY(client.waitForFinished(15000));
    QCOMPARE(client.exitCode(), 0);
    QCOMPARE(client.readAllStandardOutput().trimmed(), QByteArray("stored by coapscope"));
}

void TestInteropCodec::decodesLibcoapNonRequest()
{
    QUdpSocket socket;
    QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
    QProcess client;
    client.start(QStringLiteral(COAP_CLIENT_PATH),
                 {QStringLiteral("-N"), QStringLiteral("-B"), QStringLiteral("1"),
                  QStringLiteral("-A"), QStringLiteral("60"),
                  QStringLiteral("coap://127.0.0.1:%1/sensors/temp").arg(socket.localPort())});
    QHostAddress peer;
    quint16 peerPort = 0;
    const QByteArray datagram = receiveOne(socket, &peer, &peerPort);
    const auto decoded = UdpCodec::decode(datagram);
    QVERIFY(decoded.hasValue());
    QCOMPARE(decoded->type(), MessageType::NonConfirmable);
    QCOMPARE(decoded->code(), MessageCode::Get);
    QCOMPARE(decoded->uintOption(N::Accept), quint64(ContentFormat::Cbor));
    QCOMPARE(decoded->optionValues(N::UriPath), (QList<QByteArray>{"sensors", "temp"}));
    client.waitForFinished(10000);
}

void TestInteropCodec::decodesLibcoapTcpStream()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QProcess client;
    client.start(QStringLiteral(COAP_CLIENT_PATH),
                 {QStringLiteral("-B"), QStringLiteral("5"),
                  QStringLiteral("coap+tcp://127.0.0.1:%1/over/tcp").arg(server.serverPort())});
    QVERIFY(server.waitForNewConnection(10000));
    QTcpSocket *connection = server.nextPendingConnection();
    // libcoap holds its request back until it has the server's CSM.
    connection->write(TcpFraming::encode(Signaling::csm(CsmSettings{1152, false})));

    TcpStreamDecoder stream;
    QList<Message> received;
    while (received.size() < 2 && connection->waitForReadyRead(10000)) {
        stream.append(connection->readAll());
        while (auto next = stream.next()) {
            QVERIFY2(next->hasValue(), "libcoap sent a frame we could not decode");
            received.append(next->value());
        }
    }
    QCOMPARE(received.size(), 2);
    // RFC 8323 §5.3: the CSM comes first.
    QCOMPARE(received[0].code(), MessageCode::Csm);
    QVERIFY(Signaling::readCsm(received[0]).has_value());
    QCOMPARE(received[1].code(), MessageCode::Get);
    QCOMPARE(received[1].optionValues(N::UriPath), (QList<QByteArray>{"over", "tcp"}));

    Message response(MessageType::Confirmable, MessageCode::Content);
    response.setToken(received[1].tokenView());
    response.setPayload("framed by coapscope");
    connection->write(TcpFraming::encode(response));
    connection->flush();

    QVERIFY(client.waitForFinished(15000));
    QCOMPARE(client.readAllStandardOutput().trimmed(), QByteArray("framed by coapscope"));
}

void TestInteropCodec::startServer()
{
    m_serverPort = freeLoopbackPort();
    m_server.start(QStringLiteral(COAP_SERVER_PATH),
                   {QStringLiteral("-A"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                    QString::number(m_serverPort)});
    QVERIFY(m_server.waitForStarted());
    // Ready once it answers a CoAP ping (an Empty CON) with a Reset.
    QUdpSocket probe;
    const QByteArray ping =
        UdpCodec::encode(Message(MessageType::Confirmable, MessageCode::Empty, 1));
    for (int attempt = 0; attempt < 50; ++attempt) {
        probe.writeDatagram(ping, QHostAddress::LocalHost, m_serverPort);
        if (probe.waitForReadyRead(200)) {
            const auto reply = UdpCodec::decode(probe.receiveDatagram().data());
            QVERIFY(reply.hasValue());
            QCOMPARE(reply->type(), MessageType::Reset);
            QCOMPARE(reply->messageId(), 1);
            return;
        }
    }
    QFAIL("coap-server did not come up");
}

Message TestInteropCodec::exchangeWithServer(const Message &request)
{
    QUdpSocket socket;
    socket.writeDatagram(UdpCodec::encode(request), QHostAddress::LocalHost, m_serverPort);
    if (!socket.waitForReadyRead(5000))
        return Message();
    const auto decoded = UdpCodec::decode(socket.receiveDatagram().data());
    return decoded.hasValue() ? decoded.value() : Message();
}

void TestInteropCodec::libcoapServerAnswersOurRequests()
{
    startServer();
    Message request(MessageType::Confirmable, MessageCode::Get, 0x1234);
    request.setToken("\x0a\x0b");
    Uri::parse(u"coap://127.0.0.1/.well-known/core")->addOptionsTo(request);
    const Message response = exchangeWithServer(request);
    QCOMPARE(response.type(), MessageType::Acknowledgement);
    QCOMPARE(response.messageId(), 0x1234);
    QCOMPARE(response.token(), QByteArray("\x0a\x0b"));
    QCOMPARE(response.code(), MessageCode::Content);
    QCOMPARE(response.uintOption(N::ContentFormat), quint64(ContentFormat::LinkFormat));
    QVERIFY2(response.payload().contains("</time>"), response.payload().constData());

    Message missing(MessageType::Confirmable, MessageCode::Get, 0x1235);
    missing.addOption(N::UriPath, "no-such-resource");
    QCOMPARE(exchangeWithServer(missing).code(), MessageCode::NotFound);
}

void TestInteropCodec::libcoapServerBlockwiseAnswerDecodes()
{
    startServer();
    Message request(MessageType::Confirmable, MessageCode::Get, 0x2000);
    request.setToken("b");
    request.addOption(N::UriPath, ".well-known");
    request.addOption(N::UriPath, "core");
    request.addOption(N::Block2, BlockValue{0, false, 0}.toOptionValue()); // 16-byte blocks
    const Message response = exchangeWithServer(request);
    QCOMPARE(response.code(), MessageCode::Content);
    const auto block = BlockValue::fromOptionValue(*response.option(N::Block2));
    QVERIFY(block.has_value());
    QCOMPARE(block->number, 0u);
    QVERIFY(block->more);
    QCOMPARE(block->blockSize(), 16);
    QCOMPARE(response.payload().size(), 16);
}

void TestInteropCodec::cleanup()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(3000))
            m_server.kill();
        m_server.waitForFinished(3000);
    }
}

QTEST_GUILESS_MAIN(TestInteropCodec)
#include "tst_interop_codec.moc"
