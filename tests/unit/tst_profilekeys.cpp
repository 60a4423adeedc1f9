// SPDX-License-Identifier: BSD-2-Clause
// Where a profile's keys go when profiles are exported and imported: out only when asked for,
// in only where the user says, and never into the keychain unasked.

#include "models/profilestore.h"
#include "profilefixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coapscope;

class TestProfileKeys : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void exportLeavesKeysOut();
    void exportWithKeysWhenAsked();
    void importLeavesKeysOutByDefault();
    void importPutsKeysWhereChosen_data();
    void importPutsKeysWhereChosen();
    void changesAreSignalledWithBeforeAndAfter();
    void fillSecretTakesOnlyWhatIsMissing();

private:
    QString path(const QString &name) const { return m_directory->filePath(name); }
    // A file of two profiles, one carrying keys (as an export with keys writes it).
    QString exportWithKeys();

    std::unique_ptr<QTemporaryDir> m_directory;
};

void TestProfileKeys::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
}

void TestProfileKeys::exportLeavesKeysOut()
{
    // Even a profile that keeps its keys in the profile file exports without them.
    ProfileStore store(path(QStringLiteral("profiles.json")));
    QVERIFY(!store.add(fullProfile(QStringLiteral("Gateway"))));
    QVERIFY(!store.save());
    QVERIFY(readAll(store.filePath()).contains("\"key\""));
    const QString exported = path(QStringLiteral("out.json"));
    QVERIFY(!store.exportTo(exported));
    const QByteArray file = readAll(exported);
    QVERIFY(!file.contains("\"key\""));
    QVERIFY(!file.contains(QByteArray("secret").toBase64()));
    QVERIFY(file.contains("gateway-7"));
    QVERIFY(file.contains("/etc/coap/client.pem"));
    ProfileStore reader(exported);
    QVERIFY(!reader.load());
    QVERIFY(reader.profiles().first().lacksKey());
    QVERIFY(!reader.profiles().first().hasKeys());
}

void TestProfileKeys::exportWithKeysWhenAsked()
{
    ConnectionProfile profile = fullProfile(QStringLiteral("Gateway"));
    profile.keyStorage = KeyStorage::Keychain; // held in memory, not in profiles.json
    ProfileStore store(path(QStringLiteral("profiles.json")));
    QVERIFY(!store.add(profile));
    QVERIFY(!store.save());
    QVERIFY(!readAll(store.filePath()).contains("\"key\""));
    const QString exported = path(QStringLiteral("with-keys.json"));
    QVERIFY(!store.exportTo(exported, {}, KeysInJson::All));
    ProfileStore reader(exported);
    QVERIFY(!reader.load());
    const ConnectionProfile &loaded = reader.profiles().first();
    QCOMPARE(loaded.security.pskClient->key, profile.security.pskClient->key);
    QCOMPARE(loaded.security.pki->own.privateKey.data, profile.security.pki->own.privateKey.data);
}

QString TestProfileKeys::exportWithKeys()
{
    ProfileStore source(path(QStringLiteral("source.json")));
    if (source.add(fullProfile(QStringLiteral("Gateway"))) ||
        source.add(plainProfile(QStringLiteral("Local"))))
        return {};
    const QString exported = path(QStringLiteral("exported.json"));
    return source.exportTo(exported, {}, KeysInJson::All) ? QString() : exported;
}

void TestProfileKeys::importLeavesKeysOutByDefault()
{
    const QString exported = exportWithKeys();
    QVERIFY(!exported.isEmpty());
    ProfileStore store(path(QStringLiteral("profiles.json")));
    QSignalSpy added(&store, &ProfileStore::profileAdded);
    QVERIFY(store.importFrom(exported));
    const ConnectionProfile gateway = *store.profile(QStringLiteral("Gateway"));
    QVERIFY(!gateway.hasKeys());
    QCOMPARE(gateway.keyStorage, KeyStorage::NotStored);
    QCOMPARE(gateway.security.pskClient->identity, QByteArray("gateway-7"));
    // What the keychain's keeper hears carries no keys either.
    QCOMPARE(added.size(), 2);
    QVERIFY(!added.first().first().value<ConnectionProfile>().hasKeys());
    QVERIFY(!store.save());
    QVERIFY(!readAll(store.filePath()).contains("\"key\""));
}

void TestProfileKeys::importPutsKeysWhereChosen_data()
{
    QTest::addColumn<KeyStorage>("keysTo");
    QTest::addColumn<bool>("keysInProfilesFile");
    QTest::newRow("profile file") << KeyStorage::ProfileFile << true;
    QTest::newRow("keychain") << KeyStorage::Keychain << false;
}

void TestProfileKeys::importPutsKeysWhereChosen()
{
    QFETCH(KeyStorage, keysTo);
    QFETCH(bool, keysInProfilesFile);
    const QString exported = exportWithKeys();
    QVERIFY(!exported.isEmpty());
    ProfileStore store(path(QStringLiteral("profiles.json")));
    QVERIFY(!store.add(plainProfile(QStringLiteral("Gateway"))));
    QSignalSpy added(&store, &ProfileStore::profileAdded);
    const auto result = store.importFrom(exported, keysTo);
    QVERIFY(result);
    QCOMPARE(result->added.first(), QStringLiteral("Gateway (2)"));
    const ConnectionProfile imported = *store.profile(QStringLiteral("Gateway (2)"));
    QCOMPARE(imported.keyStorage, keysTo);
    QCOMPARE(imported.security.pskClient->key, QByteArray("\x00\xff\x10k", 4));
    // A profile without keys keeps what its file said.
    QCOMPARE(store.profile(QStringLiteral("Local"))->keyStorage, KeyStorage::NotStored);
    // The keeper of the keychain hears of the keys under the name given.
    QCOMPARE(added.size(), 2);
    const auto heard = added.first().first().value<ConnectionProfile>();
    QCOMPARE(heard.name, QStringLiteral("Gateway (2)"));
    QVERIFY(heard.hasKeys());
    QVERIFY(!store.save());
    QCOMPARE(readAll(store.filePath()).contains("\"key\""), keysInProfilesFile);
}

void TestProfileKeys::changesAreSignalledWithBeforeAndAfter()
{
    ProfileStore store(path(QStringLiteral("profiles.json")));
    QSignalSpy replaced(&store, &ProfileStore::profileReplaced);
    QSignalSpy removed(&store, &ProfileStore::profileRemoved);
    QVERIFY(!store.add(fullProfile(QStringLiteral("A"))));
    ConnectionProfile renamed = fullProfile(QStringLiteral("B"));
    renamed.security.pskClient->key = "new";
    QVERIFY(!store.replace(QStringLiteral("A"), renamed));
    QCOMPARE(replaced.size(), 1);
    const auto before = replaced.first().at(0).value<ConnectionProfile>();
    const auto after = replaced.first().at(1).value<ConnectionProfile>();
    QCOMPARE(before.name, QStringLiteral("A"));
    QCOMPARE(before.security.pskClient->key, QByteArray("\x00\xff\x10k", 4));
    QCOMPARE(after.name, QStringLiteral("B"));
    QCOMPARE(after.security.pskClient->key, QByteArray("new"));
    QVERIFY(store.replace(QStringLiteral("A"), renamed)); // refused: nothing signalled
    QCOMPARE(replaced.size(), 1);
    QVERIFY(!store.remove(QStringLiteral("B")));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().first().value<ConnectionProfile>().name, QStringLiteral("B"));
}

void TestProfileKeys::fillSecretTakesOnlyWhatIsMissing()
{
    ProfileStore store(path(QStringLiteral("profiles.json")));
    ConnectionProfile profile = fullProfile(QStringLiteral("A")).withoutKeys();
    QVERIFY(!store.add(profile));
    QSignalSpy replaced(&store, &ProfileStore::profileReplaced);
    QVERIFY(store.fillSecret(QStringLiteral("A"), ProfileSecret::PskKey, "from keychain"));
    QVERIFY(!store.fillSecret(QStringLiteral("A"), ProfileSecret::PskKey, "again"));
    QVERIFY(!store.fillSecret(QStringLiteral("Z"), ProfileSecret::PskKey, "nobody"));
    QCOMPARE(store.profile(QStringLiteral("A"))->security.pskClient->key,
             QByteArray("from keychain"));
    QCOMPARE(replaced.size(), 0); // not an edit: nothing to write back
    QVERIFY(!store.add(plainProfile(QStringLiteral("Plain"))));
    QVERIFY(!store.fillSecret(QStringLiteral("Plain"), ProfileSecret::PskKey, "unused"));
    QVERIFY(!store.profile(QStringLiteral("Plain"))->hasSecurity());
}

QTEST_GUILESS_MAIN(TestProfileKeys)
#include "tst_profilekeys.moc"
