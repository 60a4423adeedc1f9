// SPDX-License-Identifier: BSD-2-Clause
// RFC 7641 end to end: a client context and a server context over real loopback sockets, the
// manual clock driving time.

#include "client/coapreply.h"
#include "codec/optionnumber.h"
#include "codec/udpcodec.h"
#include "server/serverexchange.h"
#include "session/context.h"
#include "session/endpoint.h"
#include "session/manualclock.h"
#include "session/session.h"
#include "trace/tracer.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

using namespace coapscope;
namespace N = OptionNumber;

namespace {

struct SentTypes : Tracer
{
    QList<MessageType> notificationTypes;
    void record(const TraceRecord &record) override
    {
        if (record.direction == TraceDirection::Sent && record.message &&
            record.message->hasOption(N::Observe) && record.message->code().isResponse())
            notificationTypes.append(record.message->type());
    }
};

} // namespace

class TestObserve : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void registersAndReceivesInOrder();
    void everyFifthNotificationIsConfirmable();
    void stopObservingDeregisters();
    void cancelledObservationIsRefusedWithReset();
    void notObservableResourceJustAnswers();
    void blockwiseNotificationsArriveWhole();
    void reorderedNotificationIsFlaggedStale();
    void vanishedObserverIsDropped();
    void reregistersWhenMaxAgeRunsOut();

private:
    Session *clientSession();
    CoapRequest observeRequest(const QByteArray &path) const;
    void notify(const QByteArray &path);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Context> m_server;
    std::unique_ptr<Context> m_client;
    Endpoint *m_endpoint = nullptr;
    int m_value = 0;
};

void TestObserve::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_server = std::make_unique<Context>(*m_clock, 21);
    m_client = std::make_unique<Context>(*m_clock, 22);
    m_value = 0;
    m_server->resources()
        .add({"counter"})
        .setObservable(true)
        .on(MessageCode::Get, [this](const auto &x) {
            x->respond(MessageCode::Content, QByteArray::number(m_value), 0);
        });
    m_server->resources().add({"big"}).setObservable(true).on(
        MessageCode::Get, [this](const auto &x) {
            x->respond(MessageCode::Content, QByteArray(3000, char('A' + m_value % 26)), 0);
        });
    m_server->resources().add({"plain"}).on(MessageCode::Get, [](const auto &x) {
        x->respond(MessageCode::Content, "not observable", 0);
    });
    m_endpoint =
        m_server->addEndpoint(Protocol::Udp, {QHostAddress(QHostAddress::LocalHost), 0}).value();
}

void TestObserve::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_clock.reset();
}

Session *TestObserve::clientSession()
{
    return m_client->newClientSession(m_endpoint->localAddress(), Protocol::Udp).value();
}

CoapRequest TestObserve::observeRequest(const QByteArray &path) const
{
    CoapRequest request(MessageCode::Get);
    request.addOption(N::UriPath, path);
    request.setObserve(true);
    return request;
}

void TestObserve::notify(const QByteArray &path)
{
    ++m_value;
    m_server->notifyObservers({path});
}

void TestObserve::registersAndReceivesInOrder()
{
    Session *session = clientSession();
    std::unique_ptr<CoapReply> reply(session->send(observeRequest("counter")));
    QSignalSpy notifications(reply.get(), &CoapReply::notification);
    QTRY_COMPARE(notifications.size(), 1);
    QVERIFY(reply->isObserving());
    QVERIFY(!reply->isFinished());
    QCOMPARE(m_server->observers().count({"counter"}), 1);
    Session *server = m_server->sessions().first();
    QCOMPARE(server->referenceCount(), 1); // held by the observation
    QCOMPARE(server->state(), SessionState::Established);

    for (int i = 0; i < 3; ++i)
        notify("counter");
    QTRY_COMPARE(notifications.size(), 4);
    QList<QByteArray> payloads;
    QList<quint64> sequences;
    for (const auto &arguments : notifications) {
        const auto message = arguments.at(0).value<Message>();
        payloads.append(message.payload());
        sequences.append(*message.uintOption(N::Observe));
        QVERIFY(!arguments.at(1).toBool());
    }
    QCOMPARE(payloads, (QList<QByteArray>{"0", "1", "2", "3"}));
    QVERIFY(std::is_sorted(sequences.begin(), sequences.end()));
    QCOMPARE(reply->notificationCount(), 4);
}

void TestObserve::everyFifthNotificationIsConfirmable()
{
    SentTypes sent;
    m_server->addTracer(&sent);
    Session *session = clientSession();
    std::unique_ptr<CoapReply> reply(session->send(observeRequest("counter")));
    QSignalSpy notifications(reply.get(), &CoapReply::notification);
    QTRY_COMPARE(notifications.size(), 1);
    for (int i = 0; i < 10; ++i) {
        notify("counter");
        QTRY_COMPARE(notifications.size(), i + 2);
    }
    // The registration answer rides on the ACK; then NON, NON, NON, NON, CON, ...
    QCOMPARE(sent.notificationTypes.size(), 11);
    QCOMPARE(sent.notificationTypes.first(), MessageType::Acknowledgement);
    for (int i = 1; i <= 10; ++i) {
        QCOMPARE(sent.notificationTypes[i],
                 i % 5 == 0 ? MessageType::Confirmable : MessageType::NonConfirmable);
    }
    QTRY_VERIFY(m_server->sessions().first()->sendQueue().isEmpty()); // the CONs were ACKed
    m_server->removeTracer(&sent);
}

void TestObserve::stopObservingDeregisters()
{
    Session *session = clientSession();
    std::unique_ptr<CoapReply> reply(session->send(observeRequest("counter")));
    QSignalSpy notifications(reply.get(), &CoapReply::notification);
    QTRY_COMPARE(notifications.size(), 1);
    const QByteArray token = reply->sentMessage().token();
    reply->stopObserving();
    QTRY_VERIFY(reply->isFinished());
    QVERIFY(reply->response().has_value());
    QVERIFY(!reply->response()->hasOption(N::Observe));
    QCOMPARE(reply->response()->token(), token);
    QCOMPARE(m_server->observers().count({"counter"}), 0);
    QCOMPARE(m_server->sessions().first()->state(), SessionState::Idle);
}

void TestObserve::cancelledObservationIsRefusedWithReset()
{
    Session *session = clientSession();
    std::unique_ptr<CoapReply> reply(session->send(observeRequest("counter")));
    QSignalSpy notifications(reply.get(), &CoapReply::notification);
    QTRY_COMPARE(notifications.size(), 1);
    reply->cancel(); // forget it: the next notification gets a RST
    notify("counter");
    QTRY_COMPARE(m_server->observers().count({"counter"}), 0);
    QCOMPARE(notifications.size(), 1);
}

void TestObserve::notObservableResourceJustAnswers()
{
    Session *session = clientSession();
    std::unique_ptr<CoapReply> reply(session->send(observeRequest("plain")));
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->response()->payload(), QByteArray("not observable"));
    QCOMPARE(reply->notificationCount(), 0);
    QVERIFY(!reply->isObserving());
}

void TestObserve::blockwiseNotificationsArriveWhole()
{
    Session *session = clientSession();
    std::unique_ptr<CoapReply> reply(session->send(observeRequest("big")));
    QSignalSpy notifications(reply.get(), &CoapReply::notification);
    QTRY_COMPARE(notifications.size(), 1);
    notify("big");
    QTRY_COMPARE(notifications.size(), 2);
    QCOMPARE(notifications[0].at(0).value<Message>().payload(), QByteArray(3000, 'A'));
    QCOMPARE(notifications[1].at(0).value<Message>().payload(), QByteArray(3000, 'B'));
    QCOMPARE(m_server->observers().count({"big"}), 1); // block fetches did not register more
}

void TestObserve::reorderedNotificationIsFlaggedStale()
{
    // A hand-driven "server" that answers out of order.
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    Session *session =
        m_client
            ->newClientSession({QHostAddress(QHostAddress::LocalHost), peer.localPort()},
                               Protocol::Udp)
            .value();
    std::unique_ptr<CoapReply> reply(session->send(observeRequest("x")));
    QSignalSpy notifications(reply.get(), &CoapReply::notification);
    QVERIFY(peer.waitForReadyRead(5000));
    const QNetworkDatagram registration = peer.receiveDatagram();
    const Message request = UdpCodec::decode(registration.data()).value();
    const auto send = [&](MessageType type, quint16 messageId, quint32 sequence) {
        Message notification(type, MessageCode::Content, messageId);
        notification.setToken(request.tokenView());
        notification.addUintOption(N::Observe, sequence);
        notification.addUintOption(N::MaxAge, 3600); // no re-registration during the test
        notification.setPayload(QByteArray::number(sequence));
        peer.writeDatagram(UdpCodec::encode(notification), registration.senderAddress(),
                           quint16(registration.senderPort()));
    };
    send(MessageType::Acknowledgement, request.messageId(), 10);
    QTRY_COMPARE(notifications.size(), 1);
    send(MessageType::NonConfirmable, 0x7000, 12);
    QTRY_COMPARE(notifications.size(), 2);
    send(MessageType::NonConfirmable, 0x7001, 11); // overtaken by 12
    QTRY_COMPARE(notifications.size(), 3);
    QCOMPARE(notifications[1].at(1).toBool(), false);
    QCOMPARE(notifications[2].at(1).toBool(), true);
    m_clock->advance(129000); // RFC 7641 §3.4: after 128 s any number counts as newer
    send(MessageType::NonConfirmable, 0x7002, 3);
    QTRY_COMPARE(notifications.size(), 4);
    QCOMPARE(notifications[3].at(1).toBool(), false);
}

void TestObserve::vanishedObserverIsDropped()
{
    Session *session = clientSession();
    std::unique_ptr<CoapReply> reply(session->send(observeRequest("counter")));
    QTRY_VERIFY(reply->isObserving());
    reply.reset();
    m_client.reset(); // the client goes away without a word; its port closes
    for (int i = 0; i < 5; ++i)
        notify("counter"); // the fifth is a CON that nobody will acknowledge
    for (int i = 0; i < 100 && m_server->observers().count({"counter"}) > 0; ++i) {
        QCoreApplication::processEvents();
        m_clock->advance(1000);
    }
    QCOMPARE(m_server->observers().count({"counter"}), 0);
}

void TestObserve::reregistersWhenMaxAgeRunsOut()
{
    int reads = 0;
    m_server->resources()
        .add({"short-lived"})
        .setObservable(true)
        .on(MessageCode::Get, [&reads](const auto &x) {
            ++reads;
            Message response(MessageType::Acknowledgement, MessageCode::Content);
            response.addUintOption(N::MaxAge, 2);
            response.setPayload(QByteArray::number(reads));
            x->respond(response);
        });
    Session *session = clientSession();
    std::unique_ptr<CoapReply> reply(session->send(observeRequest("short-lived")));
    QSignalSpy notifications(reply.get(), &CoapReply::notification);
    QTRY_COMPARE(notifications.size(), 1);
    m_clock->advance(3999); // Max-Age 2 s plus the client's 2 s of slack: not yet
    QCoreApplication::processEvents();
    QCOMPARE(reads, 1);
    m_clock->advance(1);
    QTRY_COMPARE(notifications.size(), 2);
    QCOMPARE(reads, 2);
    QCOMPARE(m_server->observers().count({"short-lived"}), 1); // refreshed, not doubled
    QCOMPARE(notifications.last().at(0).value<Message>().payload(), QByteArray("2"));
    QVERIFY(reply->isObserving());
}

QTEST_GUILESS_MAIN(TestObserve)
#include "tst_observe.moc"
