// SPDX-License-Identifier: BSD-2-Clause
// A user's first session, scripted in a real window: start the demo server from the Local
// Server panel with a pre-shared key set in its dialog, GET /test, observe /obs, fetch /large
// block-wise, set the client's key in the PSK dialog and GET over DTLS, then save a profile
// and see it again after a reload. Assertions are on what the widgets show.
#include "dialogs/profilesdialog.h"
#include "dialogs/pskdialog.h"
#include "dialogs/secretedit.h"
#include "models/connectionprofile.h"
#include "models/notificationmodel.h"
#include "models/profilestore.h"
#include "models/sessiontablemodel.h"
#include "models/workspace.h"
#include "server/demoserver.h"
#include "session/context.h"
#include "session/session.h"
#include "text/translations.h"
#include "widgets/localserverpanel.h"
#include "widgets/mainwindow.h"
#include "widgets/observepanel.h"
#include "widgets/requestcomposer.h"
#include "widgets/responseviewer.h"
#include "widgets/securitymenu.h"
#include "widgets/sessionspanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace coapscope;

class TestEndToEnd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void startTheServerWithAKeyFromItsDialog();
    void getTest();
    void observeObs();
    void blockwiseGetOfLarge();
    void connectOverDtlsWithTheKeyFromThePskDialog();
    void saveAndReloadAProfile();

private:
    // Runs act on the next modal dialog of type T once it is open, then lets it close.
    template <typename T> void whenDialogOpens(std::function<void(T *)> act);
    void send(const QString &path, bool observe = false);
    QString responseStatus() const;
    QPushButton *button(QWidget *parent, const QString &accessibleName) const;

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QString m_base;
};

template <typename T> void TestEndToEnd::whenDialogOpens(std::function<void(T *)> act)
{
    auto *poll = new QTimer(this);
    poll->setInterval(20);
    connect(poll, &QTimer::timeout, this, [poll, act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            act(dialog);
        }
    });
    poll->start();
}

QPushButton *TestEndToEnd::button(QWidget *parent, const QString &accessibleName) const
{
    for (QPushButton *candidate : parent->findChildren<QPushButton *>()) {
        if (candidate->accessibleName() == accessibleName)
            return candidate;
    }
    return nullptr;
}

QString TestEndToEnd::responseStatus() const
{
    auto *status =
        m_window->responseViewer()->findChild<QLabel *>(QStringLiteral("responseStatus"));
    return status ? status->text() : QString();
}

void TestEndToEnd::send(const QString &uri, bool observe)
{
    RequestComposer *composer = m_window->composer();
    composer->setUri(uri);
    composer->findChild<QCheckBox *>(QStringLiteral("observe"))->setChecked(observe);
    auto *sendButton = composer->findChild<QPushButton *>(QStringLiteral("send"));
    QTRY_VERIFY(sendButton->isEnabled());
    m_window->responseViewer()->clear(); // so the next status seen is this request's
    QTest::mouseClick(sendButton, Qt::LeftButton);
}

void TestEndToEnd::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("CoapScopeTests"));
    text::installTranslations(*qApp);
    m_workspace = std::make_unique<Workspace>();
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestEndToEnd::startTheServerWithAKeyFromItsDialog()
{
    whenDialogOpens<PskDialog>([](PskDialog *dialog) {
        dialog->hintEdit()->setText(QStringLiteral("end-to-end"));
        dialog->keyEdit()->lineEdit()->setText(QStringLiteral("e2e key"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    m_window->securityMenu()->editServerPsk();
    QVERIFY(m_window->localServer()->security().pskServer);
    QCOMPARE(m_window->localServer()->security().pskServer->defaultKey, QByteArray("e2e key"));

    LocalServerPanel *panel = m_window->localServer();
    panel->setListener(Protocol::Udp, true, 0);
    panel->setListener(Protocol::Dtls, true, 0);
    panel->setListener(Protocol::Tcp, false, 0);
    panel->setListener(Protocol::Tls, false, 0);
    QTest::mouseClick(button(panel, QStringLiteral("Start the demo server")), Qt::LeftButton);
    QVERIFY(m_workspace->isServerRunning());
    auto *status = panel->findChild<QLabel *>();
    for (QLabel *label : panel->findChildren<QLabel *>()) {
        if (label->accessibleName() == QStringLiteral("Demo server status"))
            status = label;
    }
    QVERIFY2(status->text().startsWith(QStringLiteral("Serving coap://127.0.0.1:")),
             qPrintable(status->text()));
    m_base = m_workspace->serverUri(Protocol::Udp)->toString();
}

void TestEndToEnd::getTest()
{
    send(m_base + QStringLiteral("test"));
    QTRY_VERIFY2(responseStatus().contains(QStringLiteral("2.05")), qPrintable(responseStatus()));
    // The request opened a client session, which the table shows beside the server's.
    QTRY_VERIFY(m_window->sessionTable()->rowCount() >= 2);
}

void TestEndToEnd::observeObs()
{
    send(m_base + QStringLiteral("obs"), true);
    ObservePanel *observe = m_window->observePanel();
    QTRY_COMPARE(observe->observationCount(), 1);
    QTRY_COMPARE(observe->notifications(0)->rowCount(), 1);
    QVERIFY(observe->notifications(0)
                ->index(0, NotificationModel::PayloadColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("obs ")));
    observe->stopCurrent();
    QTRY_VERIFY(observe->stateText(0).startsWith(QStringLiteral("ended")));
}

void TestEndToEnd::blockwiseGetOfLarge()
{
    send(m_base + QStringLiteral("large"));
    QTRY_VERIFY2(responseStatus().contains(QStringLiteral("2.05")), qPrintable(responseStatus()));
    // The whole body arrived, every block in its place.
    auto *text =
        m_window->responseViewer()->findChild<QPlainTextEdit *>(QStringLiteral("renderedText"));
    QVERIFY(text);
    QTRY_COMPARE(text->toPlainText(), QString::fromUtf8(DemoServer::largeText()));
}

void TestEndToEnd::connectOverDtlsWithTheKeyFromThePskDialog()
{
    whenDialogOpens<PskDialog>([](PskDialog *dialog) {
        dialog->identityEdit()->setText(QStringLiteral("tester"));
        dialog->keyEdit()->lineEdit()->setText(QStringLiteral("e2e key"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
    m_window->securityMenu()->editClientPsk();
    QCOMPARE(m_workspace->clientContext()->security().pskClient->identity, QByteArray("tester"));

    send(m_workspace->serverUri(Protocol::Dtls)->toString() + QStringLiteral("test"));
    QTRY_VERIFY2(responseStatus().contains(QStringLiteral("2.05")), qPrintable(responseStatus()));
    Session *dtls = m_window->sessionsPanel()->currentSession();
    QVERIFY(dtls);
    QCOMPARE(dtls->protocol(), Protocol::Dtls);
    QCOMPARE(dtls->securityInfo()->pskIdentityHint, QByteArray("end-to-end"));
}

void TestEndToEnd::saveAndReloadAProfile()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("profiles.json"));
    {
        ProfileStore store(path);
        QVERIFY(!store.load());
        ConnectionProfile profile;
        profile.name = QStringLiteral("demo over DTLS");
        profile.uri = m_workspace->serverUri(Protocol::Dtls)->toString();
        profile.security = m_workspace->clientContext()->security();
        QVERIFY(!store.add(profile));
        QVERIFY(!store.save());
    }
    ProfileStore reloaded(path);
    QVERIFY(!reloaded.load());
    ProfilesDialog dialog(&reloaded, m_window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *list = dialog.findChild<QListView *>();
    QVERIFY(list);
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("demo over DTLS"));
    // The key was not asked to be stored, so it comes back without it.
    QVERIFY(reloaded.profiles().at(0).lacksKey());
}

QTEST_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
