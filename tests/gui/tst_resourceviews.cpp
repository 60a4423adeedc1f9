// SPDX-License-Identifier: BSD-2-Clause
// The resource browser and the observe panel in a real window, against the demo server.
#include "client/coapreply.h"
#include "client/coaprequest.h"
#include "models/notificationmodel.h"
#include "models/workspace.h"
#include "server/resourcetable.h"
#include "server/serverexchange.h"
#include "session/context.h"
#include "session/session.h"
#include "text/translations.h"
#include "widgets/observepanel.h"
#include "widgets/resourcebrowser.h"
#include "widgets/valueplot.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUdpSocket>

using namespace coapscope;

class TestResourceViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void discoversTheDemoResourcesIntoATree();
    void activatingAResourceGivesItsUri();
    void explainsABadServerUri();
    void explainsAServerThatIsNotThere();
    void observationShowsNotificationsAndPlotsNumbers();
    void stoppingAnObservationEndsIt();
    void readsOneNumberPayloadsOnly_data();
    void readsOneNumberPayloadsOnly();

private:
    QTreeWidgetItem *findItem(const QString &name) const;
    CoapReply *observeCounter();

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ResourceBrowser> m_browser;
    std::unique_ptr<ObservePanel> m_observe;
    int m_counter = 0;
};

void TestResourceViews::initTestCase()
{
    text::installTranslations(*qApp);
    m_workspace = std::make_unique<Workspace>();
    QVERIFY(!m_workspace->startServer(QHostAddress::LocalHost, {{Protocol::Udp, 0}}, {}));
    // A numeric observable resource the test changes at will.
    m_workspace->serverContext()
        ->resources()
        .add({"counter"})
        .setObservable(true)
        .on(MessageCode::Get, [this](const std::shared_ptr<ServerExchange> &exchange) {
            exchange->respond(MessageCode::Content, QByteArray::number(m_counter));
        });
    m_browser = std::make_unique<ResourceBrowser>(m_workspace.get());
    m_browser->show();
    m_observe = std::make_unique<ObservePanel>();
    m_observe->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
}

QTreeWidgetItem *TestResourceViews::findItem(const QString &name) const
{
    const auto items = m_browser->tree()->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
    return items.value(0);
}

void TestResourceViews::discoversTheDemoResourcesIntoATree()
{
    m_browser->setServer(m_workspace->serverUri(Protocol::Udp)->toString());
    m_browser->discover();
    QTRY_VERIFY2(m_browser->statusText().contains(QStringLiteral(" at coap://")),
                 qPrintable(m_browser->statusText()));
    QTreeWidgetItem *obs = findItem(QStringLiteral("obs"));
    QVERIFY(obs);
    QCOMPARE(obs->text(1), QStringLiteral("observe"));
    QCOMPARE(obs->text(4), QStringLiteral("yes"));
    QTreeWidgetItem *seg3 = findItem(QStringLiteral("seg3"));
    QVERIFY(seg3);
    QCOMPARE(seg3->parent()->text(0), QStringLiteral("seg2"));
    QCOMPARE(seg3->parent()->parent()->text(0), QStringLiteral("seg1"));
    QVERIFY(findItem(QStringLiteral("counter")));
}

void TestResourceViews::activatingAResourceGivesItsUri()
{
    QTreeWidgetItem *seg3 = findItem(QStringLiteral("seg3"));
    QVERIFY(seg3);
    QSignalSpy activated(m_browser.get(), &ResourceBrowser::resourceActivated);
    emit m_browser->tree()->itemActivated(seg3, 0);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toString(),
             m_workspace->serverUri(Protocol::Udp)->toString() + QStringLiteral("seg1/seg2/seg3"));
}

void TestResourceViews::explainsABadServerUri()
{
    const int before = m_browser->tree()->topLevelItemCount();
    m_browser->setServer(QStringLiteral("http://example.com/"));
    m_browser->discover();
    QVERIFY2(m_browser->statusText().startsWith(QStringLiteral("Not a CoAP URI")),
             qPrintable(m_browser->statusText()));
    QCOMPARE(m_browser->tree()->topLevelItemCount(), before); // what was there stays
}

void TestResourceViews::explainsAServerThatIsNotThere()
{
    QUdpSocket probe; // a port nobody listens on: loopback answers with ICMP unreachable
    QVERIFY(probe.bind(QHostAddress::LocalHost, 0));
    const quint16 port = probe.localPort();
    probe.close();
    m_browser->setServer(QStringLiteral("coap://127.0.0.1:%1").arg(port));
    m_browser->discover();
    QTRY_VERIFY2_WITH_TIMEOUT(
        m_browser->statusText().startsWith(QStringLiteral("Discovery failed")),
        qPrintable(m_browser->statusText()), 10000);
}

CoapReply *TestResourceViews::observeCounter()
{
    Uri uri = *m_workspace->serverUri(Protocol::Udp);
    uri.setPathSegments({QByteArrayLiteral("counter")});
    CoapReply *reply = nullptr;
    m_workspace->sessionFor(uri, [&](Session *session, const QString &) {
        CoapRequest request(MessageCode::Get, uri);
        request.setObserve(true);
        reply = session->send(request);
    });
    if (!QTest::qWaitFor([&] { return reply != nullptr; }, 5000))
        return nullptr;
    m_observe->watch(reply, uri.toString());
    return reply;
}

void TestResourceViews::observationShowsNotificationsAndPlotsNumbers()
{
    CoapReply *reply = observeCounter();
    QVERIFY(reply);
    const int index = m_observe->observationCount() - 1;
    NotificationModel *notifications = m_observe->notifications(index);
    QTRY_COMPARE(notifications->rowCount(), 1);
    for (int i = 1; i <= 3; ++i) {
        m_counter = i * 10;
        m_workspace->serverContext()->notifyObservers({"counter"});
        QTRY_COMPARE(notifications->rowCount(), i + 1);
    }
    QCOMPARE(notifications->index(3, NotificationModel::PayloadColumn).data().toString(),
             QStringLiteral("30"));
    const auto sequences = notifications->notifications();
    QVERIFY(sequences.at(3).sequence > sequences.at(1).sequence);
    QCOMPARE(m_observe->plot(index)->pointCount(), 4);
    QCOMPARE(m_observe->stateText(index), QStringLiteral("observing"));
}

void TestResourceViews::stoppingAnObservationEndsIt()
{
    const int index = m_observe->observationCount() - 1;
    QVERIFY(index >= 0);
    m_observe->stopCurrent();
    QTRY_VERIFY2(m_observe->stateText(index).startsWith(QStringLiteral("ended")),
                 qPrintable(m_observe->stateText(index)));
    const int rows = m_observe->notifications(index)->rowCount();
    m_counter = 99;
    m_workspace->serverContext()->notifyObservers({"counter"});
    QTest::qWait(200);
    QCOMPARE(m_observe->notifications(index)->rowCount(), rows);
}

void TestResourceViews::readsOneNumberPayloadsOnly_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("isNumber");
    QTest::addColumn<double>("value");
    QTest::newRow("integer") << QByteArray("42") << true << 42.0;
    QTest::newRow("negative decimal") << QByteArray("-3.25") << true << -3.25;
    QTest::newRow("with unit") << QByteArray("21.5 C") << true << 21.5;
    QTest::newRow("json") << QByteArray(R"({"t": 1e3})") << true << 1000.0;
    QTest::newRow("demo obs") << QByteArray("obs 7") << true << 7.0;
    QTest::newRow("date") << QByteArray("2026-11-25T10:00:00Z") << false << 0.0;
    QTest::newRow("words") << QByteArray("hello") << false << 0.0;
    QTest::newRow("empty") << QByteArray() << false << 0.0;
}

void TestResourceViews::readsOneNumberPayloadsOnly()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, isNumber);
    QFETCH(double, value);
    const auto read = NotificationModel::numericValue(payload);
    QCOMPARE(read.has_value(), isNumber);
    if (isNumber)
        QCOMPARE(*read, value);
}

QTEST_MAIN(TestResourceViews)
#include "tst_resourceviews.moc"
