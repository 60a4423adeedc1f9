// SPDX-License-Identifier: BSD-2-Clause
// Connecting with a profile in the main window, to the demo server on 127.0.0.1 (ephemeral
// ports): the session gets the profile's MTU, the composer its block size, and a key kept in
// the keychain is read from it, or asked for where there is no keychain. COAPSCOPE_TEST_KEYCHAIN
// says which ("real" under tests/keychain/with-keyring.sh, "none" without a session bus).
#include "dialogs/pskdialog.h"
#include "dialogs/secretedit.h"
#include "keychaintesting.h"
#include "models/logmodel.h"
#include "models/profilesecrets.h"
#include "models/workspace.h"
#include "session/context.h"
#include "session/session.h"
#include "text/translations.h"
#include "widgets/mainwindow.h"
#include "widgets/profilelauncher.h"
#include "widgets/requestcomposer.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace coapscope;

namespace {

const QByteArray labIdentity = QByteArrayLiteral("lab");
const QByteArray labKey = QByteArrayLiteral("lab-secret");

// Types the key into the next pre-shared key dialog and accepts it, once it is up.
void answerNextPskDialog(const QString &key, bool *asked)
{
    QTimer::singleShot(10, [key, asked] {
        auto *dialog = qobject_cast<PskDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            answerNextPskDialog(key, asked);
            return;
        }
        *asked = true;
        QTest::keyClicks(dialog->keyEdit()->lineEdit(), key);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    });
}

} // namespace

class TestProfileLauncher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mtuAndBlockSizeAreApplied();
    void withoutOwnMtuTheDefaultApplies();
    void nonsenseSizesAreRefused_data();
    void nonsenseSizesAreRefused();
    void keyFromTheKeychain();
    void keyAskedForWithoutKeychain();

private:
    // Connects and returns the session it opened, once it is established.
    Session *connect(const ConnectionProfile &profile);
    ConnectionProfile dtlsProfile(const QString &name) const;
    QString lastLogLines(int count) const;
    int composerBlockSize() const;

    bool m_real = false;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestProfileLauncher::initTestCase()
{
    const QByteArray mode = keychainTestMode();
    if (mode.isEmpty())
        QSKIP("Run through ctest: COAPSCOPE_TEST_KEYCHAIN=real (under with-keyring.sh) or none");
    m_real = mode == "real";
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("CoapScopeTests"));
    text::installTranslations(*qApp);
    m_workspace = std::make_unique<Workspace>();
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    SecuritySettings server;
    server.pskServer =
        PskServerSettings{QByteArrayLiteral("profile test"), {}, {{labIdentity, labKey}}};
    const auto problem = m_workspace->startServer(
        QHostAddress::LocalHost, {{Protocol::Udp, 0}, {Protocol::Dtls, 0}}, server);
    QVERIFY2(!problem, problem ? qPrintable(*problem) : "");
}

Session *TestProfileLauncher::connect(const ConnectionProfile &profile)
{
    const qsizetype before = m_workspace->clientContext()->sessions().size();
    if (!m_window->profiles()->connectWith(profile))
        return nullptr;
    const auto opened = [&] { return m_workspace->clientContext()->sessions().size() > before; };
    if (!QTest::qWaitFor(opened, 10000))
        return nullptr;
    Session *session = m_workspace->clientContext()->sessions().last();
    const auto up = [session] { return session->state() == SessionState::Established; };
    return QTest::qWaitFor(up, 10000) ? session : nullptr;
}

ConnectionProfile TestProfileLauncher::dtlsProfile(const QString &name) const
{
    ConnectionProfile profile;
    profile.name = name;
    profile.uri = m_workspace->serverUri(Protocol::Dtls)->toString() + QStringLiteral("test");
    profile.security.pskClient = PskClientSettings{labIdentity, {}};
    profile.keyStorage = KeyStorage::Keychain;
    return profile;
}

QString TestProfileLauncher::lastLogLines(int count) const
{
    LogModel *log = m_window->log();
    log->flush();
    QStringList lines;
    for (int row = std::max(0, log->rowCount() - count); row < log->rowCount(); ++row)
        lines.append(log->index(row, LogModel::MessageColumn).data().toString());
    return lines.join(QLatin1Char('\n'));
}

int TestProfileLauncher::composerBlockSize() const
{
    auto *box = m_window->composer()->findChild<QComboBox *>(QStringLiteral("blockSize"));
    return box ? box->currentData().toInt() : -1;
}

void TestProfileLauncher::mtuAndBlockSizeAreApplied()
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("small datagrams");
    profile.uri = m_workspace->serverUri(Protocol::Udp)->toString() + QStringLiteral("test");
    profile.mtu = 400;
    profile.blockSize = 64;
    QCOMPARE(composerBlockSize(), 0);
    Session *session = connect(profile);
    QVERIFY(session);
    QCOMPARE(session->mtu(), 400);
    QCOMPARE(composerBlockSize(), 64);
    // The next request the user sends asks for 64-byte blocks.
    const auto composed = m_window->composer()->composedRequest();
    QVERIFY2(composed, qPrintable(m_window->composer()->lastProblem()));
    QCOMPARE(composed->second.blockSize(), 64);
    QTRY_VERIFY(lastLogLines(1).contains(QStringLiteral("MTU 400")));
    // The workspace's default for other sessions is left as it was.
    QCOMPARE(m_workspace->defaultMtu(), Session::DefaultMtu);
}

void TestProfileLauncher::withoutOwnMtuTheDefaultApplies()
{
    m_workspace->setDefaultMtu(900);
    ConnectionProfile profile;
    profile.name = QStringLiteral("defaults");
    profile.uri = m_workspace->serverUri(Protocol::Udp)->toString();
    m_window->composer()->setBlockSize(256);
    Session *session = connect(profile);
    QVERIFY(session);
    QCOMPARE(session->mtu(), 900);
    QCOMPARE(composerBlockSize(), 0); // the profile's "automatic" replaces what was there
    m_workspace->setDefaultMtu(Session::DefaultMtu);
}

void TestProfileLauncher::nonsenseSizesAreRefused_data()
{
    QTest::addColumn<int>("mtu");
    QTest::addColumn<int>("blockSize");
    QTest::addColumn<QString>("why");
    QTest::newRow("MTU too small") << 63 << 0 << QStringLiteral("MTU");
    QTest::newRow("MTU too large") << 65508 << 0 << QStringLiteral("MTU");
    QTest::newRow("odd block size") << 1152 << 100 << QStringLiteral("block size");
}

void TestProfileLauncher::nonsenseSizesAreRefused()
{
    QFETCH(int, mtu);
    QFETCH(int, blockSize);
    QFETCH(QString, why);
    ConnectionProfile profile;
    profile.name = QStringLiteral("nonsense");
    profile.uri = m_workspace->serverUri(Protocol::Udp)->toString();
    profile.mtu = mtu;
    profile.blockSize = blockSize;
    const qsizetype before = m_workspace->clientContext()->sessions().size();
    QVERIFY(!m_window->profiles()->connectWith(profile));
    QTest::qWait(100);
    QCOMPARE(m_workspace->clientContext()->sessions().size(), before);
    QVERIFY2(lastLogLines(1).contains(why), qPrintable(lastLogLines(1)));
}

void TestProfileLauncher::keyFromTheKeychain()
{
    if (!m_real)
        QSKIP("Needs a keychain");
    // As the profiles dialog left it: the key in the keychain, under the application's service.
    SecretStore *keychain = m_window->profiles()->secrets()->keychain();
    QCOMPARE(keychain->service(), SecretStore::defaultService());
    std::optional<SecretStore::Result> written;
    keychain->write(ProfileSecrets::keyFor(QStringLiteral("keyed"), ProfileSecret::PskKey), labKey,
                    this, [&written](const auto &result) { written = result; });
    QTRY_VERIFY_WITH_TIMEOUT(written, keychainAnswerMs);
    QVERIFY2(written->succeeded(), qPrintable(written->detail));
    bool asked = false;
    QTimer watch; // a key dialog would be a failure: fail it fast rather than wait
    watch.callOnTimeout([&asked] {
        if (auto *dialog = qobject_cast<PskDialog *>(QApplication::activeModalWidget())) {
            asked = true;
            dialog->reject();
        }
    });
    watch.start(50);
    Session *session = connect(dtlsProfile(QStringLiteral("keyed")));
    QVERIFY(!asked);
    QVERIFY(session);
    QCOMPARE(session->protocol(), Protocol::Dtls);
    QCOMPARE(m_workspace->clientContext()->security().pskClient->key, labKey);
}

void TestProfileLauncher::keyAskedForWithoutKeychain()
{
    if (m_real)
        QSKIP("Needs the absence of a keychain");
    bool asked = false;
    answerNextPskDialog(QString::fromLatin1(labKey), &asked);
    Session *session = connect(dtlsProfile(QStringLiteral("asked")));
    QVERIFY(asked);
    QVERIFY(session);
    QCOMPARE(session->protocol(), Protocol::Dtls);
    // The log says why it was asked for.
    QVERIFY2(lastLogLines(5).contains(QStringLiteral("keychain")), qPrintable(lastLogLines(5)));
}

QTEST_MAIN(TestProfileLauncher)
#include "tst_profilelauncher.moc"
