// SPDX-License-Identifier: BSD-2-Clause
// The thread's busy poller on real loopback sockets: one poller for all of a thread's sockets,
// its limit the largest they ask for, a poll that ends as soon as any of them can be read, and
// the limit a context gives the UDP transports and the TCP connections it makes.

#include "session/context.h"
#include "session/endpoint.h"
#include "transport/busypoller.h"
#include "transport/udptransport.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

using namespace coapscope;

class TestBusyPoller : public QObject
{
    Q_OBJECT

private slots:
    void oneThreadOnePollerWithTheLargestLimit();
    void pollEndsWhenAnyWatchedSocketIsReadable();
    void pollerGoesWithItsLastSocket();
    void eventLoopPollsBeforeSleeping();
    void contextGivesItsLimitToItsTransports();
    void acceptedStreamsAreWatchedWithTheContextsLimit();
};

namespace {

constexpr qint64 OneSecondNs = 1'000'000'000;

QUdpSocket *boundSocket(QObject *parent)
{
    auto *socket = new QUdpSocket(parent);
    if (!socket->bind(QHostAddress::LocalHost, 0))
        qFatal("cannot bind a loopback UDP socket");
    return socket;
}

} // namespace

void TestBusyPoller::oneThreadOnePollerWithTheLargestLimit()
{
    QObject owner;
    QUdpSocket *first = boundSocket(&owner);
    QUdpSocket *second = boundSocket(&owner);
    BusyPoller *poller = BusyPoller::watch(first, 20'000);
    QCOMPARE(BusyPoller::watch(second, 50'000), poller);
    QCOMPARE(poller->window().limitNs(), 50'000);
    poller->unwatch(second);
    QCOMPARE(poller->window().limitNs(), 20'000);
    poller->unwatch(first);
}

void TestBusyPoller::pollEndsWhenAnyWatchedSocketIsReadable()
{
    QObject owner;
    QUdpSocket *quiet = boundSocket(&owner);
    QUdpSocket *busy = boundSocket(&owner);
    BusyPoller *poller = BusyPoller::watch(quiet, OneSecondNs);
    BusyPoller::watch(busy, OneSecondNs);

    // An idle period well within the limit, ended by a datagram: the window opens.
    QVERIFY(!poller->pollBeforeSleep());
    poller->dataArrived();
    QVERIFY(poller->window().windowNs() > 0);

    // Nothing to read: the poll runs out its window and says so.
    QVERIFY(!poller->pollBeforeSleep());

    // A datagram for the second socket ends the poll, whichever socket it was for.
    QUdpSocket sender;
    sender.writeDatagram("ping", 4, QHostAddress::LocalHost, busy->localPort());
    QVERIFY(busy->waitForReadyRead(5000)); // the socket's own wait, not the event loop's
    poller->dataArrived();
    QVERIFY(poller->window().windowNs() > 0);
    QVERIFY(poller->pollBeforeSleep());

    poller->unwatch(quiet);
    poller->unwatch(busy);
}

void TestBusyPoller::pollerGoesWithItsLastSocket()
{
    QObject owner;
    QUdpSocket *socket = boundSocket(&owner);
    BusyPoller *poller = BusyPoller::watch(socket, 50'000);
    QSignalSpy destroyed(poller, &QObject::destroyed);
    poller->unwatch(socket);
    QCOMPARE(destroyed.size(), 1);
}

void TestBusyPoller::eventLoopPollsBeforeSleeping()
{
    // Only the event loop marks the thread idle. A datagram read by the transport after that
    // opens the window, so a window seen open on arrival shows the poller follows the loop.
    QObject owner;
    QUdpSocket *probe = boundSocket(&owner);
    BusyPoller *poller = BusyPoller::watch(probe, 0);
    UdpTransport transport;
    transport.setBusyPollLimitUs(1'000'000);
    const auto bound = transport.bind(SocketAddress{QHostAddress::LocalHost, 0});
    QVERIFY(bound);
    // Sent from a timer, so the loop has been asleep before; run with exec(), since qWait()
    // never lets the loop block.
    qint64 windowOnArrival = -1;
    QEventLoop loop;
    connect(&transport, &DatagramTransport::datagramReceived, &loop, [&] {
        windowOnArrival = poller->window().windowNs();
        loop.quit();
    });
    QUdpSocket sender;
    QTimer::singleShot(20, &loop, [&] {
        sender.writeDatagram("ping", 4, QHostAddress::LocalHost, bound.value().port);
    });
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    loop.exec();
    QVERIFY(windowOnArrival > 0);
    transport.close();
    poller->unwatch(probe);
}

void TestBusyPoller::contextGivesItsLimitToItsTransports()
{
    Context context;
    QCOMPARE(context.busyPollLimitUs(), Context::DefaultBusyPollLimitUs);
    context.setBusyPollLimitUs(7);
    const auto endpoint =
        context.addEndpoint(Protocol::Udp, SocketAddress{QHostAddress::LocalHost, 0});
    QVERIFY(endpoint);
    // The endpoint's socket is watched with the context's limit: a socket that asks for none
    // joins the same poller and finds that limit in force.
    QObject owner;
    QUdpSocket *probe = boundSocket(&owner);
    BusyPoller *poller = BusyPoller::watch(probe, 0);
    QCOMPARE(poller->window().limitNs(), 7'000);
    poller->unwatch(probe);

    context.setBusyPollLimitUs(-3);
    QCOMPARE(context.busyPollLimitUs(), 0);
}

void TestBusyPoller::acceptedStreamsAreWatchedWithTheContextsLimit()
{
    Context context;
    context.setBusyPollLimitUs(9);
    const auto endpoint =
        context.addEndpoint(Protocol::Tcp, SocketAddress{QHostAddress::LocalHost, 0});
    QVERIFY(endpoint);
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, endpoint.value()->localAddress().port);
    QTRY_COMPARE(context.sessions().size(), 1); // the accepted connection's server session

    QObject owner;
    QUdpSocket *probe = boundSocket(&owner);
    BusyPoller *poller = BusyPoller::watch(probe, 0);
    QCOMPARE(poller->window().limitNs(), 9'000);
    poller->unwatch(probe);
}

QTEST_GUILESS_MAIN(TestBusyPoller)
#include "tst_busypoller.moc"
