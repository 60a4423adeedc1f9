// SPDX-License-Identifier: BSD-2-Clause
// Profile keys kept in the system keychain follow their profile: written when set, moved when
// it is renamed, removed with it, read back when connecting. Against a real Secret Service
// (tests/keychain/with-keyring.sh) and against none at all, where the user is told.

#include "keychaintesting.h"
#include "models/profilesecrets.h"
#include "models/profilestore.h"
#include "models/secretstore.h"
#include "profilefixtures.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace coapscope;

class TestProfileSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void keysAreInTheSecretService();
    void keysFollowTheProfile();
    void keysMoveWhenNotYetRead();
    void otherStorageRemovesKeys();
    void fillAndFetchReadKeys();
    void importIntoTheKeychainOnlyWhenChosen();
    void noKeychainIsReportedNotHidden();

private:
    bool m_real = false;
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ProfileSecrets> m_secrets;
};

void TestProfileSecrets::initTestCase()
{
    const QByteArray mode = keychainTestMode();
    if (mode.isEmpty())
        QSKIP("Run through ctest: COAPSCOPE_TEST_KEYCHAIN=real (under with-keyring.sh) or none");
    m_real = mode == "real";
}

void TestProfileSecrets::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    m_secrets.reset();
    m_keychain = std::make_unique<SecretStore>(testService);
    m_store = std::make_unique<ProfileStore>(m_directory->filePath(QStringLiteral("p.json")));
    m_secrets = std::make_unique<ProfileSecrets>(m_store.get(), m_keychain.get());
}

void TestProfileSecrets::keysAreInTheSecretService()
{
    if (!m_real)
        QSKIP("Needs a keychain");
    // Another Secret Service client finds the key: it went to the keychain, not to a file.
    const QString secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (secretTool.isEmpty())
        QSKIP("secret-tool (libsecret-tools) is not installed");
    ConnectionProfile profile = fullProfile(QStringLiteral("Seen"));
    profile.keyStorage = KeyStorage::Keychain;
    QVERIFY(!m_store->add(profile));
    QVERIFY(settle(*m_secrets));
    QProcess lookup;
    lookup.start(secretTool, {QStringLiteral("lookup"), QStringLiteral("server"), testService,
                              QStringLiteral("user"), QStringLiteral("profile/Seen/psk-key")});
    QVERIFY(lookup.waitForFinished(keychainAnswerMs));
    QCOMPARE(lookup.exitCode(), 0);
    // QtKeychain keeps binary data base64-encoded in the Secret Service.
    QCOMPARE(QByteArray::fromBase64(lookup.readAllStandardOutput().trimmed()),
             profile.security.pskClient->key);
    QVERIFY(!m_store->save());
    QVERIFY(!readAll(m_store->filePath()).contains(profile.security.pskClient->key.toHex()));
}

void TestProfileSecrets::keysFollowTheProfile()
{
    if (!m_real)
        QSKIP("Needs a keychain");
    ConnectionProfile profile = fullProfile(QStringLiteral("A"));
    profile.keyStorage = KeyStorage::Keychain;
    QVERIFY(!m_store->add(profile));
    QVERIFY(settle(*m_secrets));
    QCOMPARE(keyOf(*m_keychain, QStringLiteral("A"), ProfileSecret::PskKey),
             profile.security.pskClient->key);
    QCOMPARE(keyOf(*m_keychain, QStringLiteral("A"), ProfileSecret::PrivateKey),
             profile.security.pki->own.privateKey.data);

    // A new key is written over the old one.
    profile.security.pskClient->key = "second key";
    QVERIFY(!m_store->replace(QStringLiteral("A"), profile));
    QVERIFY(settle(*m_secrets));
    QCOMPARE(keyOf(*m_keychain, QStringLiteral("A"), ProfileSecret::PskKey), "second key");

    // Renamed, the keys go with it.
    profile.name = QStringLiteral("B");
    QVERIFY(!m_store->replace(QStringLiteral("A"), profile));
    QVERIFY(settle(*m_secrets));
    QCOMPARE(keyOf(*m_keychain, QStringLiteral("B"), ProfileSecret::PskKey), "second key");
    QCOMPARE(keyOf(*m_keychain, QStringLiteral("A"), ProfileSecret::PskKey), "<not found>");

    // The private key read from a file from now on: the copy in the keychain goes.
    profile.security.pki->own.privateKey = PkiSource::fromFile(QStringLiteral("/etc/key.pem"));
    QVERIFY(!m_store->replace(QStringLiteral("B"), profile));
    QVERIFY(settle(*m_secrets));
    QCOMPARE(keyOf(*m_keychain, QStringLiteral("B"), ProfileSecret::PrivateKey), "<not found>");

    // Deleted, nothing of it is left.
    QVERIFY(!m_store->remove(QStringLiteral("B")));
    QVERIFY(settle(*m_secrets));
    QCOMPARE(keyOf(*m_keychain, QStringLiteral("B"), ProfileSecret::PskKey), "<not found>");
}

void TestProfileSecrets::keysMoveWhenNotYetRead()
{
    if (!m_real)
        QSKIP("Needs a keychain");
    ConnectionProfile profile = fullProfile(QStringLiteral("Old"));
    profile.keyStorage = KeyStorage::Keychain;
    QVERIFY(!m_store->add(profile));
    QVERIFY(settle(*m_secrets));
    QVERIFY(!m_store->save());
    // The next run: loaded from the file, the keys are not in memory.
    ProfileStore store(m_store->filePath());
    ProfileSecrets secrets(&store, m_keychain.get());
    QVERIFY(!store.load());
    ConnectionProfile loaded = store.profiles().first();
    QVERIFY(!loaded.hasKeys());
    loaded.name = QStringLiteral("New");
    QVERIFY(!store.replace(QStringLiteral("Old"), loaded));
    QVERIFY(settle(secrets));
    QCOMPARE(keyOf(*m_keychain, QStringLiteral("New"), ProfileSecret::PskKey),
             profile.security.pskClient->key);
    QCOMPARE(keyOf(*m_keychain, QStringLiteral("New"), ProfileSecret::PrivateKey),
             profile.security.pki->own.privateKey.data);
    QCOMPARE(keyOf(*m_keychain, QStringLiteral("Old"), ProfileSecret::PskKey), "<not found>");
}

void TestProfileSecrets::otherStorageRemovesKeys()
{
    if (!m_real)
        QSKIP("Needs a keychain");
    ConnectionProfile held = fullProfile(QStringLiteral("Held"));
    held.keyStorage = KeyStorage::Keychain;
    ConnectionProfile unread = fullProfile(QStringLiteral("Unread"));
    unread.keyStorage = KeyStorage::Keychain;
    QVERIFY(!m_store->add(held));
    QVERIFY(!m_store->add(unread));
    QVERIFY(settle(*m_secrets));
    QVERIFY(!m_store->save());

    // Keys held in memory go to the profile file; the keychain's copies go.
    held.keyStorage = KeyStorage::ProfileFile;
    QVERIFY(!m_store->replace(held.name, held));
    QVERIFY(settle(*m_secrets));
    QCOMPARE(keyOf(*m_keychain, held.name, ProfileSecret::PskKey), "<not found>");
    QCOMPARE(keyOf(*m_keychain, held.name, ProfileSecret::PrivateKey), "<not found>");

    // Keys not read yet (the next run) are read first, so that they are not lost on the way.
    ProfileStore store(m_store->filePath());
    ProfileSecrets secrets(&store, m_keychain.get());
    QVERIFY(!store.load());
    ConnectionProfile loaded = *store.profile(unread.name);
    QVERIFY(!loaded.hasKeys());
    loaded.keyStorage = KeyStorage::ProfileFile;
    QVERIFY(!store.replace(loaded.name, loaded));
    QVERIFY(settle(secrets));
    QCOMPARE(store.profile(loaded.name)->security.pskClient->key, unread.security.pskClient->key);
    QCOMPARE(store.profile(loaded.name)->security.pki->own.privateKey.data,
             unread.security.pki->own.privateKey.data);
    QCOMPARE(keyOf(*m_keychain, loaded.name, ProfileSecret::PskKey), "<not found>");
    QVERIFY(!store.save());
    QVERIFY(readAll(store.filePath()).contains(unread.security.pskClient->key.toHex()));
}

void TestProfileSecrets::fillAndFetchReadKeys()
{
    if (!m_real)
        QSKIP("Needs a keychain");
    ConnectionProfile profile = fullProfile(QStringLiteral("Kept"));
    profile.keyStorage = KeyStorage::Keychain;
    QVERIFY(!m_store->add(profile));
    QVERIFY(!m_store->add(plainProfile(QStringLiteral("Plain"))));
    QVERIFY(settle(*m_secrets));
    QVERIFY(!m_store->save());
    ProfileStore store(m_store->filePath());
    ProfileSecrets secrets(&store, m_keychain.get());
    QVERIFY(!store.load());
    QVERIFY(store.profiles().first().lacksKey());

    std::optional<ConnectionProfile> fetched;
    QString problem = QStringLiteral("not called");
    secrets.fetch(store.profiles().first(), this,
                  [&](const ConnectionProfile &p, const QString &why) {
                      fetched = p;
                      problem = why;
                  });
    QTRY_VERIFY_WITH_TIMEOUT(fetched, keychainAnswerMs);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(fetched->security.pskClient->key, profile.security.pskClient->key);
    QVERIFY(store.profiles().first().lacksKey()); // fetch leaves the store alone

    std::optional<QString> filled;
    secrets.fill({}, this, [&filled](const QString &why) { filled = why; });
    QTRY_VERIFY_WITH_TIMEOUT(filled, keychainAnswerMs);
    QVERIFY(filled->isEmpty());
    QVERIFY(!store.profiles().first().lacksKey());
    QCOMPARE(store.profiles().first().security.pki->own.privateKey.data,
             profile.security.pki->own.privateKey.data);
}

void TestProfileSecrets::importIntoTheKeychainOnlyWhenChosen()
{
    if (!m_real)
        QSKIP("Needs a keychain");
    ProfileStore source(m_directory->filePath(QStringLiteral("source.json")));
    QVERIFY(!source.add(fullProfile(QStringLiteral("Imported"))));
    const QString exported = m_directory->filePath(QStringLiteral("exported.json"));
    QVERIFY(!source.exportTo(exported, {}, KeysInJson::All));

    QVERIFY(m_store->importFrom(exported)); // keys left out
    QVERIFY(settle(*m_secrets));
    QCOMPARE(keyOf(*m_keychain, QStringLiteral("Imported"), ProfileSecret::PskKey), "<not found>");
    QVERIFY(m_store->importFrom(exported, KeyStorage::Keychain));
    QVERIFY(settle(*m_secrets));
    QCOMPARE(keyOf(*m_keychain, QStringLiteral("Imported (2)"), ProfileSecret::PskKey),
             fullProfile({}).security.pskClient->key);
}

void TestProfileSecrets::noKeychainIsReportedNotHidden()
{
    if (m_real)
        QSKIP("Needs the absence of a keychain");
    QSignalSpy problems(m_secrets.get(), &ProfileSecrets::problem);
    ConnectionProfile profile = fullProfile(QStringLiteral("Nowhere"));
    profile.keyStorage = KeyStorage::Keychain;
    QVERIFY(!m_store->add(profile));
    QVERIFY(settle(*m_secrets));
    QCOMPARE(problems.size(), 2); // the pre-shared key and the private key
    QVERIFY2(problems.first().first().toString().contains(QStringLiteral("\"Nowhere\"")),
             qPrintable(problems.first().first().toString()));
    QCOMPARE(m_keychain->status(), SecretStore::Status::Unavailable);

    // Connecting then finds the key missing, and says why: it is asked for instead.
    std::optional<ConnectionProfile> fetched;
    QString problem;
    m_secrets->fetch(profile.withoutKeys(), this,
                     [&](const ConnectionProfile &p, const QString &why) {
                         fetched = p;
                         problem = why;
                     });
    QTRY_VERIFY_WITH_TIMEOUT(fetched, keychainAnswerMs);
    QVERIFY(fetched->lacksKey());
    QVERIFY(problem.contains(QStringLiteral("keychain")));
    // The file never gets the keys for it.
    QVERIFY(!m_store->save());
    QVERIFY(!readAll(m_store->filePath()).contains("\"key\""));
}

QTEST_GUILESS_MAIN(TestProfileSecrets)
#include "tst_profilesecrets.moc"
