// SPDX-License-Identifier: BSD-2-Clause
// The system keychain through QtKeychain: against a real Secret Service (GNOME Keyring in a
// D-Bus session of its own, tests/keychain/with-keyring.sh) and against none at all.

#include "keychaintesting.h"
#include "models/profilesecrets.h"
#include "models/secretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace coapscope;

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void keysAreNamedAfterTheProfile();
    void availabilityIsFoundOut();
    void writeReadRemove();

private:
    bool m_real = false;
    std::unique_ptr<SecretStore> m_keychain;
};

void TestSecretStore::initTestCase()
{
    const QByteArray mode = keychainTestMode();
    if (mode.isEmpty())
        QSKIP("Run through ctest: COAPSCOPE_TEST_KEYCHAIN=real (under with-keyring.sh) or none");
    m_real = mode == "real";
    if (m_real && !SecretStore::isBuiltIn())
        QFAIL("A real keychain was set up, but this build has no QtKeychain");
}

void TestSecretStore::init()
{
    m_keychain = std::make_unique<SecretStore>(testService);
}

void TestSecretStore::keysAreNamedAfterTheProfile()
{
    QCOMPARE(SecretStore::defaultService(), QStringLiteral("CoapScope"));
    QCOMPARE(ProfileSecrets::keyFor(QStringLiteral("Lab gateway"), ProfileSecret::PskKey),
             QStringLiteral("profile/Lab gateway/psk-key"));
    QCOMPARE(ProfileSecrets::keyFor(QStringLiteral("Lab"), ProfileSecret::PrivateKey),
             QStringLiteral("profile/Lab/private-key"));
}

void TestSecretStore::availabilityIsFoundOut()
{
    QSignalSpy changed(m_keychain.get(), &SecretStore::statusChanged);
    if (SecretStore::isBuiltIn())
        QCOMPARE(m_keychain->status(), SecretStore::Status::Unknown);
    m_keychain->checkAvailability();
    const auto expected =
        m_real ? SecretStore::Status::Available : SecretStore::Status::Unavailable;
    QTRY_COMPARE_WITH_TIMEOUT(m_keychain->status(), expected, keychainAnswerMs);
    QCOMPARE(m_keychain->unavailableReason().isEmpty(), m_real);
    if (SecretStore::isBuiltIn())
        QCOMPARE(changed.size(), 1);
    else
        QVERIFY(m_keychain->unavailableReason().contains(QStringLiteral("build")));
}

void TestSecretStore::writeReadRemove()
{
    const QString key = QStringLiteral("profile/Raw/psk-key");
    const QByteArray bytes("\x00\x01 binary\xff", 10);
    std::optional<SecretStore::Result> written;
    m_keychain->write(key, bytes, this, [&written](const auto &result) { written = result; });
    QVERIFY(!written); // never answered on the spot
    QTRY_VERIFY_WITH_TIMEOUT(written, keychainAnswerMs);
    if (!m_real) {
        QCOMPARE(written->outcome, SecretStore::Result::Outcome::Failed);
        QVERIFY(!written->detail.isEmpty());
        QCOMPARE(m_keychain->status(), SecretStore::Status::Unavailable);
        return;
    }
    QVERIFY2(written->succeeded(), qPrintable(written->detail));
    const auto read = readNow(*m_keychain, key);
    QVERIFY2(read.succeeded(), qPrintable(read.detail));
    QCOMPARE(read.data, bytes);
    std::optional<SecretStore::Result> removed;
    m_keychain->remove(key, this, [&removed](const auto &result) { removed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, keychainAnswerMs);
    QVERIFY(removed->succeeded());
    QCOMPARE(readNow(*m_keychain, key).outcome, SecretStore::Result::Outcome::NotFound);
    // Removing what is not there is no failure.
    removed.reset();
    m_keychain->remove(key, this, [&removed](const auto &result) { removed = result; });
    QTRY_VERIFY_WITH_TIMEOUT(removed, keychainAnswerMs);
    QVERIFY(removed->succeeded());
    QCOMPARE(m_keychain->status(), SecretStore::Status::Available);
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
