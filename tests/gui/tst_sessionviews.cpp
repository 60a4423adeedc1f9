// SPDX-License-Identifier: BSD-2-Clause
// The session views in a real window, as `coapscope --demo` opens it: the demo server on all
// four protocols in one context, client sessions to it in another.
#include "client/coapreply.h"
#include "client/coaprequest.h"
#include "dialogs/messagesizeeditor.h"
#include "dialogs/transmissioneditor.h"
#include "models/connectionprofile.h"
#include "models/notificationmodel.h"
#include "models/savedsettings.h"
#include "models/sessiontablemodel.h"
#include "models/tracemodel.h"
#include "models/tracerecorder.h"
#include "models/workspace.h"
#include "session/context.h"
#include "session/session.h"
#include "text/translations.h"
#include "trace/captureimporter.h"
#include "widgets/appearance.h"
#include "widgets/demostartup.h"
#include "widgets/localserverpanel.h"
#include "widgets/mainwindow.h"
#include "widgets/observepanel.h"
#include "widgets/profilelauncher.h"
#include "widgets/requestcomposer.h"
#include "widgets/resourcebrowser.h"
#include "widgets/responseviewer.h"
#include "widgets/sessiondetailspanel.h"
#include "widgets/sessionspanel.h"
#include "widgets/settingsdialog.h"
#include "widgets/tracepanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUdpSocket>

using namespace coapscope;

class TestSessionViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void demoOpensSessionsOnEveryProtocol();
    void selectingASessionShowsItsDetails();
    void referenceAndReleaseMoveTheCount();
    void dtlsSessionShowsWhatWasNegotiated();
    void sendQueueCountsDownToTheRetransmission();
    void composerSendsOverTheSharedSession();
    void observingFromTheComposerFillsTheObservePanel();
    void profileConnectsWithItsSecurity();
    void profileWithNonsenseChangesNothing();
    void captureExportsWhatCrossedTheWire();
    void traceShowsEveryDatagramDecoded();
    void faultInjectionShowsInTheDetails();
    void settingsDialogRefusesNonsense();
    void busyPollSettingReachesBothContextsAndIsKept();
    void darkThemeReachesEveryView();
    void settingsHaveAShortcut();
    void releasingToZeroFreesTheClientSession();
    void stoppingTheServerRemovesItsSessions();

private:
    Session *clientSession(Protocol protocol) const;
    QString tableCell(Session *session, int column) const;
    void select(Session *session);

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestSessionViews::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("CoapScopeTests"));
    text::installTranslations(*qApp);
    m_workspace = std::make_unique<Workspace>();
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    startDemo(*m_window);
    QVERIFY(m_workspace->isServerRunning());
}

Session *TestSessionViews::clientSession(Protocol protocol) const
{
    for (Session *session : m_workspace->clientContext()->sessions()) {
        if (session->protocol() == protocol)
            return session;
    }
    return nullptr;
}

QString TestSessionViews::tableCell(Session *session, int column) const
{
    SessionTableModel *model = m_window->sessionTable();
    const int row = model->rowOf(session->id());
    return row < 0 ? QString() : model->index(row, column).data().toString();
}

void TestSessionViews::select(Session *session)
{
    m_window->sessionsPanel()->selectSession(session->id());
    QCOMPARE(m_window->sessionsPanel()->currentSession(), session);
}

void TestSessionViews::demoOpensSessionsOnEveryProtocol()
{
    for (Protocol protocol : {Protocol::Udp, Protocol::Dtls, Protocol::Tcp, Protocol::Tls})
        QVERIFY2(m_workspace->serverUri(protocol), protocolName(protocol).data());
    QTRY_VERIFY(clientSession(Protocol::Udp) && clientSession(Protocol::Dtls));
    Session *dtls = clientSession(Protocol::Dtls);
    QTRY_COMPARE(dtls->state(), SessionState::Established);
    // The table shows both contexts: two client sessions and the server's DTLS session.
    QTRY_VERIFY(m_window->sessionTable()->rowCount() >= 3);
    QTRY_COMPARE(tableCell(dtls, SessionTableModel::StateColumn), QStringLiteral("Established"));
    QCOMPARE(tableCell(dtls, SessionTableModel::ContextColumn), QStringLiteral("Client"));
    // The resource browser's discovery shares the demo's UDP session rather than opening one.
    QTRY_VERIFY(m_window->resourceBrowser()->tree()->topLevelItemCount() > 0);
    int udpSessions = 0;
    for (Session *session : m_workspace->clientContext()->sessions())
        udpSessions += session->protocol() == Protocol::Udp ? 1 : 0;
    QCOMPARE(udpSessions, 1);
}

void TestSessionViews::selectingASessionShowsItsDetails()
{
    Session *udp = clientSession(Protocol::Udp);
    QVERIFY(udp);
    select(udp);
    SessionDetailsPanel *details = m_window->sessionDetails();
    QCOMPARE(details->session(), udp);
    QCOMPARE(details->propertyText(QStringLiteral("description")), udp->description());
    QCOMPARE(details->propertyText(QStringLiteral("protocol")), QStringLiteral("UDP"));
    QCOMPARE(details->propertyText(QStringLiteral("mtu")), QStringLiteral("1152"));
    QCOMPARE(details->propertyText(QStringLiteral("maxPdu")), QString::number(udp->maxPduSize()));

    std::unique_ptr<CoapReply> reply(
        udp->send(CoapRequest(MessageCode::Get, *m_workspace->serverUri(Protocol::Udp))));
    QTRY_VERIFY(reply->isFinished());
    const SessionCounters counters = udp->counters();
    QTRY_COMPARE(details->propertyText(QStringLiteral("pdus")),
                 QStringLiteral("%1 / %2").arg(counters.pdusSent).arg(counters.pdusReceived));
    QVERIFY(counters.pdusSent > 0);
    QVERIFY(details->propertyText(QStringLiteral("rtt")).endsWith(QStringLiteral("ms")));
}

void TestSessionViews::referenceAndReleaseMoveTheCount()
{
    Session *udp = clientSession(Protocol::Udp);
    select(udp);
    SessionsPanel *panel = m_window->sessionsPanel();
    panel->referenceAction()->trigger();
    QCOMPARE(udp->referenceCount(), 2);
    QTRY_COMPARE(tableCell(udp, SessionTableModel::ReferenceCountColumn), QStringLiteral("2"));
    QTRY_COMPARE(m_window->sessionDetails()->propertyText(QStringLiteral("references")),
                 QStringLiteral("2"));
    panel->releaseAction()->trigger();
    QCOMPARE(udp->referenceCount(), 1);
    QTRY_COMPARE(tableCell(udp, SessionTableModel::ReferenceCountColumn), QStringLiteral("1"));
}

void TestSessionViews::dtlsSessionShowsWhatWasNegotiated()
{
    Session *dtls = clientSession(Protocol::Dtls);
    QVERIFY(dtls);
    QTRY_COMPARE(dtls->state(), SessionState::Established);
    select(dtls);
    auto *security = m_window->sessionDetails()->findChild<QTreeWidget *>();
    QVERIFY(security);
    QStringList fields;
    for (int i = 0; i < security->topLevelItemCount(); ++i)
        fields << security->topLevelItem(i)->text(0) + QStringLiteral(": ") +
                      security->topLevelItem(i)->text(1);
    QVERIFY2(fields.contains(QStringLiteral("Protocol version: DTLSv1.2")),
             qPrintable(fields.join(QLatin1Char('\n'))));
    QVERIFY2(fields.contains(QStringLiteral("PSK identity: coapscope")),
             qPrintable(fields.join(QLatin1Char('\n'))));
    QVERIFY2(fields.contains(QStringLiteral("PSK identity hint: CoapScope demo server")),
             qPrintable(fields.join(QLatin1Char('\n'))));
    QVERIFY(fields.filter(QStringLiteral("Cipher suite: TLS_")).size() == 1);
}

void TestSessionViews::sendQueueCountsDownToTheRetransmission()
{
    // A peer that never answers keeps our CON in the send queue.
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    const auto uri =
        Uri::parse(QStringLiteral("coap://127.0.0.1:%1/quiet").arg(silent.localPort()));
    QVERIFY(uri);
    auto session = m_workspace->clientContext()->newClientSession(
        SocketAddress{QHostAddress::LocalHost, silent.localPort()}, Protocol::Udp);
    QVERIFY(session);
    std::unique_ptr<CoapReply> reply(session.value()->send(CoapRequest(MessageCode::Get, *uri)));
    select(session.value());
    auto *queue = m_window->sessionDetails()->findChild<QTableView *>();
    QVERIFY(queue);
    QCOMPARE(queue->accessibleName(), QStringLiteral("Send queue"));
    QTRY_COMPARE(queue->model()->rowCount(), 1);
    QCOMPARE(queue->model()->index(0, 0).data().toInt(),
             int(session.value()->sendQueue().value(0).messageId));
    const QString before = queue->model()->index(0, 4).data().toString();
    QTRY_VERIFY(queue->model()->index(0, 4).data().toString() != before);
    QTRY_COMPARE(tableCell(session.value(), SessionTableModel::SendQueueColumn),
                 QStringLiteral("1"));
    reply->cancel();
    QTRY_COMPARE(queue->model()->rowCount(), 0);
    session.value()->release();
}

void TestSessionViews::composerSendsOverTheSharedSession()
{
    const int sessionsBefore = int(m_workspace->clientContext()->sessions().size());
    RequestComposer *composer = m_window->composer();
    composer->setUri(m_workspace->serverUri(Protocol::Udp)->toString() + QStringLiteral("test"));
    auto *send = composer->findChild<QPushButton *>(QStringLiteral("send"));
    QVERIFY(send && send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    auto *status =
        m_window->responseViewer()->findChild<QLabel *>(QStringLiteral("responseStatus"));
    QVERIFY(status);
    QTRY_VERIFY2(status->text().contains(QStringLiteral("2.05")), qPrintable(status->text()));
    QTRY_VERIFY(send->isEnabled());
    QCOMPARE(int(m_workspace->clientContext()->sessions().size()), sessionsBefore);
    QCOMPARE(m_window->sessionsPanel()->currentSession(), clientSession(Protocol::Udp));
}

void TestSessionViews::observingFromTheComposerFillsTheObservePanel()
{
    RequestComposer *composer = m_window->composer();
    composer->setUri(m_workspace->serverUri(Protocol::Udp)->toString() + QStringLiteral("obs"));
    auto *observe = composer->findChild<QCheckBox *>(QStringLiteral("observe"));
    QVERIFY(observe);
    observe->setChecked(true);
    QTest::mouseClick(composer->findChild<QPushButton *>(QStringLiteral("send")), Qt::LeftButton);
    ObservePanel *panel = m_window->observePanel();
    QTRY_COMPARE(panel->observationCount(), 1);
    QTRY_COMPARE(panel->notifications(0)->rowCount(), 1);
    QCOMPARE(panel->stateText(0), QStringLiteral("observing"));
    QTRY_VERIFY(composer->findChild<QPushButton *>(QStringLiteral("send"))->isEnabled());
    panel->stopCurrent();
    QTRY_VERIFY(panel->stateText(0).startsWith(QStringLiteral("ended")));
    observe->setChecked(false);
}

void TestSessionViews::profileConnectsWithItsSecurity()
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("demo over DTLS");
    profile.uri = m_workspace->serverUri(Protocol::Dtls)->toString() + QStringLiteral("test");
    profile.security.pskClient = PskClientSettings{"coapscope", "coapscope-demo"};
    profile.transmission.maxRetransmit = 2;
    const int before = int(m_workspace->clientContext()->sessions().size());
    QVERIFY(m_window->profiles()->connectWith(profile));
    QTRY_COMPARE(int(m_workspace->clientContext()->sessions().size()), before + 1);
    Session *opened = m_workspace->clientContext()->sessions().last();
    QTRY_COMPARE(opened->state(), SessionState::Established);
    QCOMPARE(opened->transmissionParameters().maxRetransmit, 2);
    QCOMPARE(m_window->composer()->uriText(), profile.uri);
    QTRY_COMPARE(m_window->sessionsPanel()->currentSession(), opened);
    m_workspace->clientContext()->setTransmissionParameters({});
}

void TestSessionViews::profileWithNonsenseChangesNothing()
{
    const SecuritySettings security = m_workspace->clientContext()->security();
    ConnectionProfile profile;
    profile.name = QStringLiteral("broken");
    profile.uri = QStringLiteral("coap://[::1");
    profile.security.pskClient = PskClientSettings{"someone", "else"};
    QVERIFY(!m_window->profiles()->connectWith(profile));
    QCOMPARE(m_workspace->clientContext()->security().pskClient->identity,
             security.pskClient->identity);
    profile.uri = QStringLiteral("coap://127.0.0.1/");
    profile.transmission.nstart = 0;
    QVERIFY(!m_window->profiles()->connectWith(profile));
    QCOMPARE(m_workspace->clientContext()->security().pskClient->identity,
             security.pskClient->identity);
}

void TestSessionViews::captureExportsWhatCrossedTheWire()
{
    TraceRecorder *recorder = m_window->traceRecorder();
    recorder->start();
    Session *udp = clientSession(Protocol::Udp);
    std::unique_ptr<CoapReply> reply(
        udp->send(CoapRequest(MessageCode::Get, *m_workspace->serverUri(Protocol::Udp))));
    QTRY_VERIFY(reply->isFinished());
    recorder->stop();
    // Both contexts live in this process: the client's sending and the server's receiving.
    QCOMPARE(recorder->datagramCount(), 4);
    QTemporaryDir directory;
    const QString pcapng = directory.filePath(QStringLiteral("t.pcapng"));
    QVERIFY(!recorder->exportTo(pcapng));
    QFile file(pcapng);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CaptureImporter importer(file);
    QCOMPARE(importer.readSome(100).size(), 4);
    QVERIFY(!importer.error());
    QVERIFY(!recorder->exportTo(directory.filePath(QStringLiteral("t.csv"))));
    const auto problem = recorder->exportTo(directory.filePath(QStringLiteral("no/such/t.json")));
    QVERIFY(problem);
    QVERIFY2(problem->startsWith(QStringLiteral("cannot create the trace")), qPrintable(*problem));
}

void TestSessionViews::traceShowsEveryDatagramDecoded()
{
    TraceModel *model = m_window->traceModel();
    QTRY_VERIFY(model->rowCount() > 4); // the demo's discoveries, both sides of each
    TracePanel *panel = m_window->tracePanel();
    panel->setFilterText(QStringLiteral("core"));
    QAbstractItemModel *shown = panel->view()->model();
    QTRY_VERIFY(shown->rowCount() > 0); // the filter searches in the background
    QVERIFY(shown->rowCount() < model->rowCount());
    panel->view()->selectionModel()->setCurrentIndex(
        shown->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY2(panel->decodedText().contains(QStringLiteral("GET")),
             qPrintable(panel->decodedText()));
    QVERIFY2(panel->decodedText().contains(QStringLiteral("core")),
             qPrintable(panel->decodedText()));
    panel->setFilterText({});
    QCOMPARE(shown->rowCount(), model->rowCount());
}

void TestSessionViews::faultInjectionShowsInTheDetails()
{
    Session *udp = clientSession(Protocol::Udp);
    select(udp);
    QVERIFY(m_window->sessionsPanel()->faultInjectionAction()->isEnabled());
    QVERIFY(udp->setFaultInjection({1.0, 0.0, 0}));
    std::unique_ptr<CoapReply> reply(
        udp->send(CoapRequest(MessageCode::Get, *m_workspace->serverUri(Protocol::Udp))));
    SessionDetailsPanel *details = m_window->sessionDetails();
    QTRY_COMPARE(details->propertyText(QStringLiteral("faults")),
                 QStringLiteral("drop 100%, duplicate 0%, delay 0 ms; 1 dropped, 0 duplicated"));
    QTRY_COMPARE(tableCell(udp, SessionTableModel::SendQueueColumn), QStringLiteral("1"));
    QVERIFY(udp->setFaultInjection({}));
    reply->cancel();
    QTRY_COMPARE(details->propertyText(QStringLiteral("faults")), QStringLiteral("off"));
}

void TestSessionViews::settingsDialogRefusesNonsense()
{
    SettingsDialog dialog;
    QVERIFY(dialog.problem().isEmpty());
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    // The spin boxes keep out what the RFC forbids: no ACK_TIMEOUT of 0.
    QDoubleSpinBox *ackTimeout = dialog.transmissionEditor()->ackTimeoutBox();
    QCOMPARE(ackTimeout->accessibleName(), QStringLiteral("ACK_TIMEOUT"));
    ackTimeout->setValue(0);
    QVERIFY(ackTimeout->value() > 0);
    QVERIFY(dialog.problem().isEmpty());

    // An MTU typed out of range is said beside the field, and OK waits for a good one.
    QLineEdit *mtu = dialog.sizeEditor()->mtuEdit();
    mtu->selectAll();
    QTest::keyClicks(mtu, QStringLiteral("12"));
    QVERIFY(!dialog.problem().isEmpty());
    QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QTest::keyClicks(mtu, QStringLiteral("80"));
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(dialog.defaultMtu(), 1280);

    QComboBox *blockSize = dialog.sizeEditor()->blockSizeBox();
    blockSize->setCurrentIndex(blockSize->findData(256));
    QCOMPARE(dialog.defaultBlockSize(), 256);

    // Busy polling: 0 reads as "Never", and the box holds nothing beyond a millisecond.
    QSpinBox *busyPoll = dialog.busyPollBox();
    QCOMPARE(dialog.busyPollUs(), Context::DefaultBusyPollLimitUs);
    busyPoll->setValue(0);
    QCOMPARE(busyPoll->text(), QStringLiteral("Never"));
    QCOMPARE(dialog.busyPollUs(), 0);
    busyPoll->selectAll();
    QTest::keyClicks(busyPoll, QStringLiteral("5000"));
    QVERIFY(dialog.busyPollUs() <= Context::MaxBusyPollLimitUs);

    buttons->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(dialog.busyPollUs(), Context::DefaultBusyPollLimitUs);
    QVERIFY(dialog.problem().isEmpty());
    QCOMPARE(dialog.parameters(), TransmissionParameters{});
    QCOMPARE(dialog.defaultMtu(), Session::DefaultMtu);
    QCOMPARE(dialog.defaultBlockSize(), 0);
    bool showsLifetime = false;
    for (QLabel *label : dialog.findChildren<QLabel *>())
        showsLifetime |= label->text().contains(QStringLiteral("247 s (EXCHANGE_LIFETIME)"));
    QVERIFY(showsLifetime);
}

void TestSessionViews::busyPollSettingReachesBothContextsAndIsKept()
{
    Workspace workspace;
    workspace.setBusyPollLimitUs(0);
    QCOMPARE(workspace.clientContext()->busyPollLimitUs(), 0);
    QVERIFY(!workspace.startServer(QHostAddress::LocalHost, {{Protocol::Udp, 0}}, {}));
    QCOMPARE(workspace.serverContext()->busyPollLimitUs(), 0);

    SavedSettings saved = SavedSettings::load();
    saved.busyPollUs = 7;
    saved.save();
    bool usable = false;
    QCOMPARE(SavedSettings::load(&usable).busyPollUs, 7);
    QVERIFY(usable);
    QSettings().setValue(QStringLiteral("engine/busyPollUs"), QStringLiteral("a lot"));
    QCOMPARE(SavedSettings::load(&usable).busyPollUs, Context::DefaultBusyPollLimitUs);
    QVERIFY(!usable);
    QSettings().setValue(QStringLiteral("engine/busyPollUs"), 5000);
    QCOMPARE(SavedSettings::load(&usable).busyPollUs, Context::DefaultBusyPollLimitUs);
    QVERIFY(!usable);
    QSettings().remove(QStringLiteral("engine/busyPollUs"));
}

// Every view paints with palette roles: in the dark theme the whole window turns dark, with no
// light boxes left over, and the system's look comes back when chosen again.
void TestSessionViews::darkThemeReachesEveryView()
{
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    const auto averageLightness = [this] {
        QTest::qWait(50); // style and palette changes reach the widgets through events
        const QImage image = m_window->grab().toImage().scaled(64, 64, Qt::IgnoreAspectRatio,
                                                               Qt::SmoothTransformation);
        qint64 sum = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                sum += QColor(image.pixel(x, y)).lightness();
        }
        return int(sum / (image.width() * image.height()));
    };
    for (int tab = 0; tab < m_window->findChild<QTabWidget *>()->count(); ++tab) {
        m_window->findChild<QTabWidget *>()->setCurrentIndex(tab);
        m_window->appearance()->apply(Appearance::Theme::Dark);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QVERIFY2(averageLightness() < 90, qPrintable(QString::number(averageLightness())));
        m_window->appearance()->apply(Appearance::Theme::Light);
        QVERIFY2(averageLightness() > 150, qPrintable(QString::number(averageLightness())));
    }
    m_window->findChild<QTabWidget *>()->setCurrentIndex(0);
    m_window->appearance()->apply(Appearance::Theme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
}

// File ▸ Settings answers to the desktop's Preferences key, or to Ctrl+, where it has none.
void TestSessionViews::settingsHaveAShortcut()
{
    QAction *settings = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("&Settings…"))
            settings = action;
    }
    QVERIFY(settings);
    QVERIFY(!settings->shortcuts().isEmpty());
    const auto bound = QKeySequence::keyBindings(QKeySequence::Preferences);
    QCOMPARE(settings->shortcuts(),
             bound.isEmpty() ? QList<QKeySequence>{QKeySequence(QStringLiteral("Ctrl+,"))} : bound);
}

void TestSessionViews::releasingToZeroFreesTheClientSession()
{
    Session *udp = clientSession(Protocol::Udp);
    const quint64 id = udp->id();
    select(udp);
    m_window->sessionsPanel()->releaseAction()->trigger();
    QTRY_COMPARE(m_window->sessionTable()->rowOf(id), -1);
    // The selection moves on to another session, or to none.
    QTRY_VERIFY(!m_window->sessionDetails()->session() ||
                m_window->sessionDetails()->session()->id() != id);
}

void TestSessionViews::stoppingTheServerRemovesItsSessions()
{
    QTRY_VERIFY(!m_workspace->serverContext()->sessions().isEmpty());
    QList<quint64> serverSessions;
    for (Session *session : m_workspace->serverContext()->sessions())
        serverSessions << session->id();
    m_window->localServer()->stop();
    QVERIFY(!m_workspace->isServerRunning());
    for (quint64 id : serverSessions)
        QTRY_COMPARE(m_window->sessionTable()->rowOf(id), -1);
}

QTEST_MAIN(TestSessionViews)
#include "tst_sessionviews.moc"
