// SPDX-License-Identifier: BSD-2-Clause
// RFC 7959 end to end: a client context and the demo server over real loopback sockets, the
// manual clock driving retransmissions.

#include "client/coapreply.h"
#include "codec/blockvalue.h"
#include "codec/optionnumber.h"
#include "codec/udpcodec.h"
#include "server/demoserver.h"
#include "server/serverexchange.h"
#include "session/context.h"
#include "session/endpoint.h"
#include "session/manualclock.h"
#include "session/session.h"
#include "transport/faultinjectingtransport.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace coapscope;
namespace N = OptionNumber;

class TestBlockwise : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void downloadAtEveryBlockSize_data();
    void downloadAtEveryBlockSize();
    void uploadThenReadBack_data();
    void uploadThenReadBack();
    void postCreatesLargeResource();
    void outOfOrderBlockGets408();
    void oversizedUploadGets413();
    void blockBeyondEndGets402();
    void changingRepresentationFailsTransfer();
    void surviveLossBothWays();

private:
    void makeContexts(double dropRate);
    Session *clientSession();
    // Runs until reply finishes, moving the manual clock so retransmissions happen.
    bool finish(CoapReply *reply);
    Message rawExchange(const Message &request);
    CoapRequest request(MessageCode method, const QByteArrayList &path, int blockSize = 0) const;

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Context> m_server;
    std::unique_ptr<Context> m_client;
    Endpoint *m_endpoint = nullptr;
    int m_version = 0;
};

void TestBlockwise::init()
{
    makeContexts(0.0);
}

void TestBlockwise::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_clock.reset();
}

void TestBlockwise::makeContexts(double dropRate)
{
    cleanup();
    m_clock = std::make_unique<ManualClock>();
    m_server = std::make_unique<Context>(*m_clock, 11);
    m_client = std::make_unique<Context>(*m_clock, 12);
    if (dropRate > 0) {
        quint32 seed = 100;
        for (Context *context : {m_server.get(), m_client.get()}) {
            TransmissionParameters parameters;
            parameters.maxRetransmit = 8; // keep the RFC's own failure odds out of the test
            context->setTransmissionParameters(parameters);
            context->setTransportDecorator([this, dropRate, seed](DatagramTransport *inner) {
                auto *lossy = new FaultInjectingTransport(inner, *m_clock, seed);
                lossy->setFaults(FaultInjection{dropRate, 0.0, 0});
                return lossy;
            });
            ++seed;
        }
    }
    new DemoServer(m_server.get());
    m_server->resources().add({"changing"}).on(MessageCode::Get, [this](const auto &exchange) {
        // A different representation, and ETag, every time it is read.
        ++m_version;
        Message response(MessageType::Acknowledgement, MessageCode::Content);
        response.addOption(N::ETag, QByteArray::number(m_version));
        response.setPayload(QByteArray(3000, char('a' + m_version % 26)));
        exchange->respond(response);
    });
    m_endpoint =
        m_server->addEndpoint(Protocol::Udp, {QHostAddress(QHostAddress::LocalHost), 0}).value();
}

Session *TestBlockwise::clientSession()
{
    return m_client->newClientSession(m_endpoint->localAddress(), Protocol::Udp).value();
}

bool TestBlockwise::finish(CoapReply *reply)
{
    for (int step = 0; step < 200000 && !reply->isFinished(); ++step) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!reply->isFinished() && step % 4 == 3)
            m_clock->advance(100);
    }
    return reply->isFinished();
}

CoapRequest TestBlockwise::request(MessageCode method, const QByteArrayList &path,
                                   int blockSize) const
{
    CoapRequest request(method);
    for (const QByteArray &segment : path)
        request.addOption(N::UriPath, segment);
    request.setBlockSize(blockSize);
    request.setTimeoutMs(600000);
    return request;
}

Message TestBlockwise::rawExchange(const Message &message)
{
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    socket.writeDatagram(UdpCodec::encode(message), QHostAddress::LocalHost,
                         m_endpoint->localAddress().port);
    for (int i = 0; i < 200 && !socket.hasPendingDatagrams(); ++i)
        QTest::qWait(5);
    return socket.hasPendingDatagrams() ? UdpCodec::decode(socket.receiveDatagram().data()).value()
                                        : Message();
}

void TestBlockwise::downloadAtEveryBlockSize_data()
{
    QTest::addColumn<int>("blockSize");
    for (int size : {16, 32, 64, 128, 256, 512, 1024, 0})
        QTest::newRow(size ? qPrintable(QString::number(size)) : "automatic") << size;
}

void TestBlockwise::downloadAtEveryBlockSize()
{
    QFETCH(int, blockSize);
    Session *session = clientSession();
    std::unique_ptr<CoapReply> reply(
        session->send(request(MessageCode::Get, {"large"}, blockSize)));
    QSignalSpy progress(reply.get(), &CoapReply::progress);
    QVERIFY(finish(reply.get()));
    QVERIFY(reply->response().has_value());
    QCOMPARE(reply->response()->code(), MessageCode::Content);
    QCOMPARE(reply->response()->payload(), DemoServer::largeText());
    QVERIFY(!reply->response()->hasOption(N::Block2));
    const int effective = blockSize ? blockSize : 1024;
    const int blocks = int((DemoServer::largeText().size() + effective - 1) / effective);
    QCOMPARE(progress.size(), blocks - 1);
    QCOMPARE(progress.last().at(1).toLongLong(), DemoServer::largeText().size());
    QCOMPARE(session->counters().pdusSent, quint64(blocks));
}

void TestBlockwise::uploadThenReadBack_data()
{
    QTest::addColumn<int>("blockSize");
    QTest::newRow("64") << 64;
    QTest::newRow("1024") << 1024;
}

void TestBlockwise::uploadThenReadBack()
{
    QFETCH(int, blockSize);
    QByteArray body(64 * 1024, Qt::Uninitialized);
    QRandomGenerator random(7959);
    for (char &byte : body)
        byte = char(random.bounded(256));
    Session *session = clientSession();
    CoapRequest put = request(MessageCode::Put, {"large-update"}, blockSize);
    put.setPayload(body);
    std::unique_ptr<CoapReply> upload(session->send(put));
    QSignalSpy progress(upload.get(), &CoapReply::progress);
    QVERIFY(finish(upload.get()));
    QCOMPARE(upload->response()->code(), MessageCode::Changed);
    const auto block1 = BlockValue::fromOptionValue(*upload->response()->option(N::Block1));
    QVERIFY(block1 && !block1->more);
    QCOMPARE(progress.last().at(1).toLongLong(), body.size());

    std::unique_ptr<CoapReply> download(
        session->send(request(MessageCode::Get, {"large-update"}, blockSize)));
    QVERIFY(finish(download.get()));
    QCOMPARE(download->response()->payload(), body);
}

void TestBlockwise::postCreatesLargeResource()
{
    Session *session = clientSession();
    CoapRequest post = request(MessageCode::Post, {"large-create"}, 128);
    post.setPayload(QByteArray(5000, 'c'));
    std::unique_ptr<CoapReply> created(session->send(post));
    QVERIFY(finish(created.get()));
    QCOMPARE(created->response()->code(), MessageCode::Created);
    const QByteArrayList location = created->response()->optionValues(N::LocationPath);
    QCOMPARE(location, (QByteArrayList{"large-create", "1"}));
    std::unique_ptr<CoapReply> read(session->send(request(MessageCode::Get, location)));
    QVERIFY(finish(read.get()));
    QCOMPARE(read->response()->payload(), QByteArray(5000, 'c'));
}

void TestBlockwise::outOfOrderBlockGets408()
{
    Message second(MessageType::Confirmable, MessageCode::Put, 0x100);
    second.addOption(N::UriPath, "large-update");
    second.addOption(N::Block1, BlockValue{1, true, 2}.toOptionValue());
    second.setPayload(QByteArray(64, 'x'));
    QCOMPARE(rawExchange(second).code(), MessageCode::RequestEntityIncomplete);
}

void TestBlockwise::oversizedUploadGets413()
{
    Message first(MessageType::Confirmable, MessageCode::Put, 0x101);
    first.addOption(N::UriPath, "large-update");
    first.addOption(N::Block1, BlockValue{0, true, 6}.toOptionValue());
    first.addUintOption(N::Size1, 2 << 20);
    first.setPayload(QByteArray(1024, 'x'));
    const Message answer = rawExchange(first);
    QCOMPARE(answer.code(), MessageCode::RequestEntityTooLarge);
    QCOMPARE(answer.uintOption(N::Size1), quint64(1 << 20));
}

void TestBlockwise::blockBeyondEndGets402()
{
    Message request(MessageType::Confirmable, MessageCode::Get, 0x102);
    request.addOption(N::UriPath, "large");
    request.addOption(N::Block2, BlockValue{1000, false, 0}.toOptionValue());
    QCOMPARE(rawExchange(request).code(), MessageCode::BadOption);
}

void TestBlockwise::changingRepresentationFailsTransfer()
{
    Session *session = clientSession();
    std::unique_ptr<CoapReply> reply(session->send(request(MessageCode::Get, {"changing"}, 1024)));
    QVERIFY(finish(reply.get()));
    QVERIFY(!reply->response().has_value());
    QCOMPARE(reply->error()->kind, RequestError::Kind::IncompleteTransfer);
}

void TestBlockwise::surviveLossBothWays()
{
    makeContexts(0.2);
    QByteArray body(64 * 1024, Qt::Uninitialized);
    QRandomGenerator random(2023);
    for (char &byte : body)
        byte = char(random.bounded(256));
    Session *session = clientSession();
    CoapRequest put = request(MessageCode::Put, {"large-update"}, 1024);
    put.setPayload(body);
    std::unique_ptr<CoapReply> upload(session->send(put));
    QVERIFY(finish(upload.get()));
    QVERIFY2(upload->response().has_value(),
             qPrintable(QString(RequestError::kindId(upload->error()->kind))));
    QCOMPARE(upload->response()->code(), MessageCode::Changed);

    std::unique_ptr<CoapReply> download(
        session->send(request(MessageCode::Get, {"large-update"}, 1024)));
    QVERIFY(finish(download.get()));
    QVERIFY(download->response().has_value());
    QCOMPARE(download->response()->payload(), body);
    QVERIFY(session->counters().retransmissions > 0); // the loss was real
}

QTEST_GUILESS_MAIN(TestBlockwise)
#include "tst_blockwise.moc"
