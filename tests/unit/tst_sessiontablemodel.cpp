// SPDX-License-Identifier: BSD-2-Clause
// The session table, log and workspace models against a real engine on 127.0.0.1: the demo
// server in one context, client sessions in another, as the desktop application runs them.
#include "client/coapreply.h"
#include "client/coaprequest.h"
#include "models/delayqueuemodel.h"
#include "models/logmodel.h"
#include "models/notificationmodel.h"
#include "models/sendqueuemodel.h"
#include "models/sessionactivitylog.h"
#include "models/sessiontablemodel.h"
#include "models/workspace.h"
#include "session/context.h"
#include "session/session.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace coapscope;

class TestSessionTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsClientAndServerSessions();
    void followsReferenceCounts();
    void releasedClientSessionLeavesTheTable();
    void releasedServerSessionWaitsIdle();
    void batchesUpdatesUnderTraffic();
    void filtersNothingOutOfOrder();
    void logBatchesAndCapsEntries();
    void logExplainsAFailedHandshake();
    void serverStartFailureNamesTheListener();
    void queueModelsCountDown();
    void notificationModelBatchesAndFlagsStale();

private:
    Uri serverUri(Protocol protocol = Protocol::Udp) const;
    Session *openSession(const Uri &uri);
    QVariant cell(quint64 sessionId, int column) const;

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SessionTableModel> m_model;
};

void TestSessionTableModel::init()
{
    m_workspace = std::make_unique<Workspace>();
    SecuritySettings security;
    security.pskServer = PskServerSettings{"hint", "right key", {}};
    QVERIFY(!m_workspace->startServer(QHostAddress::LocalHost,
                                      {{Protocol::Udp, 0}, {Protocol::Dtls, 0}}, security));
    m_model = std::make_unique<SessionTableModel>();
    // Checks every signal and answer of the model against Qt's rules as the tests run.
    new QAbstractItemModelTester(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
    m_model->addContext(m_workspace->clientContext(), QStringLiteral("Client"));
    m_model->addContext(m_workspace->serverContext(), QStringLiteral("Server"));
}

void TestSessionTableModel::cleanup()
{
    m_model.reset();
    m_workspace.reset();
}

Uri TestSessionTableModel::serverUri(Protocol protocol) const
{
    const auto uri = m_workspace->serverUri(protocol);
    return uri ? *uri : Uri();
}

Session *TestSessionTableModel::openSession(const Uri &uri)
{
    Session *opened = nullptr;
    bool done = false;
    m_workspace->newSession(uri, [&](Session *session, const QString &) {
        opened = session;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        return nullptr;
    return opened;
}

QVariant TestSessionTableModel::cell(quint64 sessionId, int column) const
{
    m_model->refreshNow();
    const int row = m_model->rowOf(sessionId);
    return row < 0 ? QVariant() : m_model->index(row, column).data();
}

void TestSessionTableModel::showsClientAndServerSessions()
{
    Session *client = openSession(serverUri());
    QVERIFY(client);
    std::unique_ptr<CoapReply> reply(client->send(CoapRequest(MessageCode::Get, serverUri())));
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 5000));

    m_model->refreshNow();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(cell(client->id(), SessionTableModel::RoleColumn).toString(),
             QStringLiteral("Client"));
    QCOMPARE(cell(client->id(), SessionTableModel::ContextColumn).toString(),
             QStringLiteral("Client"));
    QCOMPARE(cell(client->id(), SessionTableModel::ProtocolColumn).toString(),
             QStringLiteral("UDP"));
    QCOMPARE(cell(client->id(), SessionTableModel::StateColumn).toString(),
             QStringLiteral("Established"));
    QCOMPARE(cell(client->id(), SessionTableModel::ReferenceCountColumn).toInt(), 1);
    QCOMPARE(cell(client->id(), SessionTableModel::MtuColumn).toInt(), 1152);
    QCOMPARE(cell(client->id(), SessionTableModel::MaxPduSizeColumn).toLongLong(),
             client->maxPduSize());
    QCOMPARE(cell(client->id(), SessionTableModel::DescriptionColumn).toString(),
             client->description());

    Session *server = m_workspace->serverContext()->sessions().value(0);
    QVERIFY(server);
    QVERIFY(server->id() != client->id()); // ids are unique across contexts
    QCOMPARE(cell(server->id(), SessionTableModel::RoleColumn).toString(),
             QStringLiteral("Server"));
    QCOMPARE(cell(server->id(), SessionTableModel::ContextColumn).toString(),
             QStringLiteral("Server"));
    QCOMPARE(cell(server->id(), SessionTableModel::RemoteColumn).toString(),
             client->localAddress().toString());
}

void TestSessionTableModel::followsReferenceCounts()
{
    Session *client = openSession(serverUri());
    QVERIFY(client);
    client->reference();
    client->reference();
    QTRY_COMPARE(cell(client->id(), SessionTableModel::ReferenceCountColumn).toInt(), 3);
    client->release();
    QTRY_COMPARE(cell(client->id(), SessionTableModel::ReferenceCountColumn).toInt(), 2);
    QVERIFY(client->setMtu(600));
    QTRY_COMPARE(cell(client->id(), SessionTableModel::MtuColumn).toInt(), 600);
    QTRY_COMPARE(cell(client->id(), SessionTableModel::MaxPduSizeColumn).toLongLong(), 596);
    // Without refreshNow() the timer brings the change by itself.
    client->reference();
    const int row = m_model->rowOf(client->id());
    QTRY_COMPARE(m_model->index(row, SessionTableModel::ReferenceCountColumn).data().toInt(), 3);
}

void TestSessionTableModel::releasedClientSessionLeavesTheTable()
{
    Session *kept = openSession(serverUri());
    Session *released = openSession(serverUri());
    QVERIFY(kept && released);
    const quint64 releasedId = released->id();
    m_model->refreshNow();
    QCOMPARE(m_model->rowCount(), 2);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    released->release();
    QTRY_COMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->rowOf(releasedId), -1);
    QCOMPARE(m_model->sessionAt(0), kept);
}

void TestSessionTableModel::releasedServerSessionWaitsIdle()
{
    Session *client = openSession(serverUri());
    QVERIFY(client);
    std::unique_ptr<CoapReply> reply(client->send(CoapRequest(MessageCode::Get, serverUri())));
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 5000));
    Session *server = m_workspace->serverContext()->sessions().value(0);
    QVERIFY(server);
    server->release();
    QCOMPARE(cell(server->id(), SessionTableModel::StateColumn).toString(), QStringLiteral("Idle"));
    QCOMPARE(cell(server->id(), SessionTableModel::ReferenceCountColumn).toInt(), 0);
}

// Hundreds of exchanges change a session hundreds of times; the view hears of it a few times.
void TestSessionTableModel::batchesUpdatesUnderTraffic()
{
    Session *client = openSession(serverUri());
    QVERIFY(client);
    m_model->refreshNow();
    QSignalSpy changes(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    int sessionChanges = 0;
    connect(client, &Session::changed, this, [&] { ++sessionChanges; });

    std::vector<std::unique_ptr<CoapReply>> replies;
    // Confirmable, so NSTART queues them and the queues change with every exchange.
    for (int i = 0; i < 100; ++i)
        replies.emplace_back(client->send(CoapRequest(MessageCode::Get, serverUri())));
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return std::all_of(replies.begin(), replies.end(),
                                        [](const auto &reply) { return reply->isFinished(); });
                 },
                 10000),
             qPrintable(QString::number(
                 std::count_if(replies.begin(), replies.end(),
                               [](const auto &reply) { return reply->isFinished(); }))));
    m_model->refreshNow();
    QVERIFY2(sessionChanges > 20, qPrintable(QString::number(sessionChanges)));
    QVERIFY2(changes.count() < sessionChanges / 4,
             qPrintable(QStringLiteral("%1 view updates for %2 session changes")
                            .arg(changes.count())
                            .arg(sessionChanges)));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(cell(client->id(), SessionTableModel::SendQueueColumn).toInt(), 0);
}

void TestSessionTableModel::filtersNothingOutOfOrder()
{
    // Sessions opened and freed within one refresh interval never reach the view.
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    Session *brief = openSession(serverUri());
    QVERIFY(brief);
    brief->release();
    QTest::qWait(SessionTableModel::DefaultRefreshIntervalMs * 2);
    m_model->refreshNow();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(inserted.count(), 0);
}

void TestSessionTableModel::logBatchesAndCapsEntries()
{
    LogModel log;
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    log.setCapacity(100);
    QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 250; ++i)
        log.append(LogLevel::Info, QStringLiteral("entry %1").arg(i));
    QCOMPARE(log.rowCount(), 0); // nothing until the event loop turns
    QTRY_COMPARE(log.rowCount(), 100);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(log.index(0, LogModel::MessageColumn).data().toString(), QStringLiteral("entry 150"));
    QCOMPARE(log.index(99, LogModel::MessageColumn).data().toString(), QStringLiteral("entry 249"));
    log.append(LogLevel::Error, QStringLiteral("one more"));
    QTRY_COMPARE(log.index(99, LogModel::MessageColumn).data().toString(),
                 QStringLiteral("one more"));
    QCOMPARE(log.rowCount(), 100);
    QCOMPARE(log.index(99, LogModel::LevelColumn).data().toString(), QStringLiteral("Error"));
}

void TestSessionTableModel::logExplainsAFailedHandshake()
{
    LogModel log;
    SessionActivityLog activity(&log);
    activity.addContext(m_workspace->clientContext());
    SecuritySettings wrong;
    wrong.pskClient = PskClientSettings{"someone", "wrong key"};
    m_workspace->clientContext()->setSecurity(wrong);
    Session *client = openSession(serverUri(Protocol::Dtls));
    QVERIFY(client);
    std::unique_ptr<CoapReply> reply(client->send(CoapRequest(MessageCode::Get, serverUri())));
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
    auto logged = [&] {
        QStringList lines;
        for (int row = 0; row < log.rowCount(); ++row)
            lines << log.index(row, LogModel::MessageColumn).data().toString();
        return lines.join(QLatin1Char('\n'));
    };
    QTRY_VERIFY2(logged().contains(QStringLiteral("DTLS handshake failed: wrong pre-shared key")),
                 qPrintable(logged()));
    QVERIFY(logged().contains(QStringLiteral("Client session %1 opened").arg(client->id())));
}

void TestSessionTableModel::serverStartFailureNamesTheListener()
{
    const auto taken = m_workspace->serverUri(Protocol::Udp);
    QVERIFY(taken);
    Workspace other;
    const auto problem = other.startServer(
        QHostAddress::LocalHost, {{Protocol::Tcp, 0}, {Protocol::Udp, taken->port()}}, {});
    QVERIFY(problem);
    QVERIFY2(problem->contains(QStringLiteral("UDP")), qPrintable(*problem));
    QVERIFY2(problem->contains(QString::number(taken->port())), qPrintable(*problem));
    QVERIFY(!other.isServerRunning()); // all or nothing
}

void TestSessionTableModel::queueModelsCountDown()
{
    SendQueueModel sendQueue;
    QAbstractItemModelTester sendTester(&sendQueue,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    SendQueueEntry entry;
    entry.messageId = 0x1234;
    entry.token = QByteArray::fromHex("a1b2");
    entry.code = MessageCode::Get;
    entry.retransmissions = 2;
    entry.nextRetransmissionAt = 10000;
    sendQueue.setEntries({entry}, 7500);
    QCOMPARE(sendQueue.rowCount(), 1);
    QCOMPARE(sendQueue.index(0, SendQueueModel::MessageIdColumn).data().toInt(), 0x1234);
    QCOMPARE(sendQueue.index(0, SendQueueModel::TokenColumn).data().toString(),
             QStringLiteral("a1b2"));
    QCOMPARE(sendQueue.index(0, SendQueueModel::NextRetransmissionColumn).data().toString(),
             QStringLiteral("2.5 s"));
    QSignalSpy changed(&sendQueue, &QAbstractItemModel::dataChanged);
    sendQueue.setNow(9800);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(sendQueue.index(0, SendQueueModel::NextRetransmissionColumn).data().toString(),
             QStringLiteral("200 ms"));
    sendQueue.setNow(12000); // overdue shows 0, not a negative time
    QCOMPARE(sendQueue.index(0, SendQueueModel::NextRetransmissionColumn).data().toString(),
             QStringLiteral("0 ms"));

    DelayQueueModel delayQueue;
    QAbstractItemModelTester delayTester(&delayQueue,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    delayQueue.setEntries({DelayQueueEntry{QByteArray(), MessageCode::Post, 1000}}, 1500);
    QCOMPARE(delayQueue.index(0, DelayQueueModel::TokenColumn).data().toString(),
             QStringLiteral("(empty)"));
    QCOMPARE(delayQueue.index(0, DelayQueueModel::WaitingColumn).data().toString(),
             QStringLiteral("500 ms"));
    delayQueue.setEntries({}, 0);
    QCOMPARE(delayQueue.rowCount(), 0);
}

void TestSessionTableModel::notificationModelBatchesAndFlagsStale()
{
    NotificationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 3; ++i) {
        Message notification(MessageType::NonConfirmable, MessageCode::Content, quint16(i));
        notification.setUintOption(6, quint64(10 + i)); // Observe
        notification.setPayload(QByteArray::number(i * 1.5));
        model.append(notification, i == 2, QDateTime::currentDateTime());
    }
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.index(1, NotificationModel::SequenceColumn).data().toInt(), 11);
    QCOMPARE(model.notifications().at(1).value, 1.5);
    QVERIFY(model.index(2, NotificationModel::FlagColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("stale")));
    QVERIFY(model.index(1, NotificationModel::FlagColumn).data().toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestSessionTableModel)
#include "tst_sessiontablemodel.moc"
