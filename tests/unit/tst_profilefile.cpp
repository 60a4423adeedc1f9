// SPDX-License-Identifier: BSD-2-Clause
// The profile file format: what is kept, what is not, and what is refused as not ours.

#include "models/profilefileformat.h"
#include "models/profilestore.h"
#include "profilefixtures.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coapscope;

class TestProfileFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip();
    void keysOmittedUnlessAsked_data();
    void keysOmittedUnlessAsked();
    void filesFromBeforeMessageSizesLoad_data();
    void filesFromBeforeMessageSizesLoad();
    void sizesAtTheirLimitsLoad_data();
    void sizesAtTheirLimitsLoad();
    void foreignJsonIsRefused_data();
    void foreignJsonIsRefused();

private:
    QString path(const QString &name) const { return m_directory->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_directory;
};

void TestProfileFile::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    QVERIFY(m_directory->isValid());
}

void TestProfileFile::roundTrip()
{
    ProfileStore store(path(QStringLiteral("profiles.json")));
    QVERIFY(!store.add(fullProfile(QStringLiteral("Gateway"))));
    QVERIFY(!store.add(plainProfile(QStringLiteral("Local"))));
    QVERIFY(!store.save());

    ProfileStore again(store.filePath());
    QVERIFY(!again.load());
    QCOMPARE(names(again), (QStringList{QStringLiteral("Gateway"), QStringLiteral("Local")}));
    const ConnectionProfile expected = fullProfile(QStringLiteral("Gateway"));
    const ConnectionProfile loaded = again.profiles().at(0);
    QCOMPARE(loaded.uri, expected.uri);
    QCOMPARE(loaded.keyStorage, KeyStorage::ProfileFile);
    QCOMPARE(loaded.mtu, std::optional<int>(1280));
    QCOMPARE(loaded.blockSize, 256);
    QVERIFY(loaded.security.pskClient);
    QCOMPARE(loaded.security.pskClient->identity, expected.security.pskClient->identity);
    QCOMPARE(loaded.security.pskClient->key, expected.security.pskClient->key);
    QVERIFY(loaded.security.pki);
    const PkiSettings &pki = *loaded.security.pki;
    QCOMPARE(pki.own.certificateChain.filePath,
             expected.security.pki->own.certificateChain.filePath);
    QCOMPARE(pki.own.privateKey.data, expected.security.pki->own.privateKey.data);
    QCOMPARE(pki.caFile, expected.security.pki->caFile);
    QCOMPARE(pki.caDirectory, expected.security.pki->caDirectory);
    QCOMPARE(pki.crlFile, expected.security.pki->crlFile);
    QCOMPARE(pki.verifyPeerCert, false);
    QCOMPARE(pki.requirePeerCert, true);
    QCOMPARE(pki.allowSelfSigned, true);
    QCOMPARE(pki.allowExpiredCerts, true);
    QCOMPARE(pki.certChainVerifyDepth, 7);
    QCOMPARE(pki.checkCertRevocation, true);
    QCOMPARE(pki.allowNoCrl, true);
    QCOMPARE(pki.allowExpiredCrl, false);
    QCOMPARE(pki.expectedHostName, expected.security.pki->expectedHostName);
    QCOMPARE(pki.sni, expected.security.pki->sni);
    QCOMPARE(loaded.security.handshakeTimeoutMs, 9000);
    QCOMPARE(loaded.security.linkMtu, 1400);
    QCOMPARE(loaded.security.cipherSuites, expected.security.cipherSuites);
    QCOMPARE(loaded.security.keyLogFile, expected.security.keyLogFile);
    QCOMPARE(loaded.transmission, expected.transmission);
    QVERIFY(!loaded.lacksKey());

    const ConnectionProfile local = again.profiles().at(1);
    QVERIFY(!local.hasSecurity());
    QCOMPARE(local.transmission, TransmissionParameters{});
    QCOMPARE(local.mtu, std::nullopt); // the application's default
    QCOMPARE(local.blockSize, 0);
    QCOMPARE(local.keyStorage, KeyStorage::NotStored);
    QVERIFY(!profilesToJson({local}).contains("\"mtu\""));
    // Saving what was loaded gives the same file.
    QVERIFY(!again.save());
    QCOMPARE(readAll(again.filePath()), profilesToJson(store.profiles()));
}

void TestProfileFile::keysOmittedUnlessAsked_data()
{
    QTest::addColumn<KeyStorage>("storage");
    QTest::addColumn<QByteArray>("storageId");
    QTest::newRow("not stored") << KeyStorage::NotStored << QByteArray("\"none\"");
    QTest::newRow("keychain") << KeyStorage::Keychain << QByteArray("\"keychain\"");
}

void TestProfileFile::keysOmittedUnlessAsked()
{
    QFETCH(KeyStorage, storage);
    QFETCH(QByteArray, storageId);
    ConnectionProfile profile = fullProfile(QStringLiteral("Gateway"));
    profile.keyStorage = storage;
    ProfileStore store(path(QStringLiteral("profiles.json")));
    QVERIFY(!store.add(profile));
    QVERIFY(!store.save());

    const QByteArray file = readAll(store.filePath());
    QVERIFY(file.contains("\"keyStorage\": " + storageId));
    // What readers from before keyStorage go by: no keys here.
    QVERIFY(file.contains("\"storeKeys\": false"));
    QVERIFY(!file.contains(QByteArray("\x00\xff\x10k", 4).toHex()));
    QVERIFY(!file.contains(QByteArray("secret").toBase64()));
    QVERIFY(!file.contains("\"key\""));
    QVERIFY(file.contains("gateway-7"));            // the identity is no secret
    QVERIFY(file.contains("/etc/coap/client.pem")); // nor is a path

    ProfileStore again(store.filePath());
    QVERIFY(!again.load());
    const ConnectionProfile loaded = again.profiles().at(0);
    QCOMPARE(loaded.keyStorage, storage);
    QCOMPARE(loaded.security.pskClient->identity, QByteArray("gateway-7"));
    QVERIFY(loaded.security.pskClient->key.isEmpty());
    QVERIFY(!loaded.security.pki->own.privateKey.isSet());
    QVERIFY(loaded.lacksKey());
    // In memory the keys stay until the application ends.
    QVERIFY(!store.profiles().at(0).security.pskClient->key.isEmpty());
}

void TestProfileFile::filesFromBeforeMessageSizesLoad_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<KeyStorage>("storage");
    QTest::addColumn<QByteArray>("key");
    // As the first release wrote them: no keyStorage, mtu or blockSize.
    const QByteArray head = "{\n    \"format\": \"coapscope-profiles\",\n    \"profiles\": [\n"
                            "        {\n            \"name\": \"Lab\",\n";
    const QByteArray tail =
        "            \"transmission\": {\"ackTimeoutMs\": 2000, \"nstart\": 1},\n"
        "            \"uri\": \"coaps://lab.example/\"\n        }\n    ],\n"
        "    \"version\": 1\n}\n";
    QTest::newRow("keys stored")
        << head +
               "            \"security\": {\"psk\": {\"identity\": \"lab\", \"key\": "
               "\"s3cret\"}, \"linkMtu\": 1280},\n            \"storeKeys\": true,\n" +
               tail
        << KeyStorage::ProfileFile << QByteArray("s3cret");
    QTest::newRow("keys not stored")
        << head +
               "            \"security\": {\"psk\": {\"identity\": \"lab\"}},\n"
               "            \"storeKeys\": false,\n" +
               tail
        << KeyStorage::NotStored << QByteArray();
}

void TestProfileFile::filesFromBeforeMessageSizesLoad()
{
    QFETCH(QByteArray, json);
    QFETCH(KeyStorage, storage);
    QFETCH(QByteArray, key);
    const QString file = path(QStringLiteral("profiles.json"));
    QVERIFY(writeAll(file, json));
    ProfileStore store(file);
    const auto error = store.load();
    QVERIFY2(!error, error ? qPrintable(describeProfileError(*error)) : "");
    QCOMPARE(store.profiles().size(), 1);
    const ConnectionProfile &profile = store.profiles().first();
    QCOMPARE(profile.keyStorage, storage);
    QCOMPARE(profile.security.pskClient->key, key);
    QCOMPARE(profile.mtu, std::nullopt);
    QCOMPARE(profile.blockSize, 0);
    // Saved again, it says the same in the new members and the old one.
    QVERIFY(!store.save());
    ProfileStore again(file);
    QVERIFY(!again.load());
    QCOMPARE(again.profiles().first().keyStorage, storage);
    QCOMPARE(again.profiles().first().security.pskClient->key, key);
}

void TestProfileFile::sizesAtTheirLimitsLoad_data()
{
    QTest::addColumn<int>("mtu");
    QTest::addColumn<int>("blockSize");
    QTest::newRow("smallest") << 64 << 16;
    QTest::newRow("largest") << 65507 << 1024;
    QTest::newRow("libcoap's") << 1152 << 0;
}

void TestProfileFile::sizesAtTheirLimitsLoad()
{
    QFETCH(int, mtu);
    QFETCH(int, blockSize);
    ConnectionProfile profile = plainProfile(QStringLiteral("Sizes"));
    profile.mtu = mtu;
    profile.blockSize = blockSize;
    const auto loaded = profilesFromJson(profilesToJson({profile}), QStringLiteral("x.json"));
    QVERIFY(loaded);
    QCOMPARE(loaded->first().mtu, std::optional<int>(mtu));
    QCOMPARE(loaded->first().blockSize, blockSize);
}

void TestProfileFile::foreignJsonIsRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<ProfileError::Kind>("kind");
    QTest::addColumn<QString>("field");
    using Kind = ProfileError::Kind;
    const QByteArray head = "{\"format\": \"coapscope-profiles\", \"version\": 1, \"profiles\": ";
    QTest::newRow("array") << QByteArray("[1, 2]") << Kind::NotAProfileFile << QString();
    QTest::newRow("other JSON") << QByteArray("{\"name\": \"x\"}") << Kind::NotAProfileFile
                                << QString();
    QTest::newRow("no version") << QByteArray(
                                       "{\"format\": \"coapscope-profiles\", \"profiles\": []}")
                                << Kind::NotAProfileFile << QString();
    QTest::newRow("version as text")
        << QByteArray("{\"format\": \"coapscope-profiles\", \"version\": \"1\", \"profiles\": []}")
        << Kind::NotAProfileFile << QString();
    QTest::newRow("newer version")
        << QByteArray("{\"format\": \"coapscope-profiles\", \"version\": 2, \"profiles\": []}")
        << Kind::NewerVersion << QString();
    QTest::newRow("profiles not a list") << head + "{}}" << Kind::NotAProfileFile << QString();
    QTest::newRow("profile not an object")
        << head + "[3]}" << Kind::InvalidProfile << QStringLiteral("profiles[0]");
    QTest::newRow("no name") << head + "[{\"uri\": \"coap://h/\"}]}" << Kind::InvalidProfile
                             << QStringLiteral("profiles[0].name");
    QTest::newRow("bad URI") << head + "[{\"name\": \"a\", \"uri\": \"http://h/\"}]}"
                             << Kind::InvalidProfile << QStringLiteral("profiles[0].uri");
    QTest::newRow("nstart as text")
        << head +
               "[{\"name\": \"a\", \"uri\": \"coap://h/\", \"transmission\": {\"nstart\": \"2\"}}]}"
        << Kind::InvalidProfile << QStringLiteral("profiles[0].transmission.nstart");
    QTest::newRow("fractional retransmit")
        << head + "[{\"name\": \"a\", \"uri\": \"coap://h/\", \"transmission\": "
                  "{\"maxRetransmit\": 1.5}}]}"
        << Kind::InvalidProfile << QStringLiteral("profiles[0].transmission.maxRetransmit");
    QTest::newRow("random factor below 1")
        << head + "[{\"name\": \"a\", \"uri\": \"coap://h/\", \"transmission\": "
                  "{\"ackRandomFactor\": 0.5}}]}"
        << Kind::InvalidProfile << QStringLiteral("profiles[0].transmission.ackRandomFactor");
    QTest::newRow("odd hex key")
        << head + "[{\"name\": \"a\", \"uri\": \"coaps://h/\", \"security\": {\"psk\": "
                  "{\"identity\": \"i\", \"key\": {\"hex\": \"abc\"}}}}]}"
        << Kind::InvalidProfile << QStringLiteral("profiles[0].security.psk.key");
    QTest::newRow("certificate as number")
        << head + "[{\"name\": \"a\", \"uri\": \"coaps://h/\", \"security\": {\"pki\": "
                  "{\"certificate\": 5}}}]}"
        << Kind::InvalidProfile << QStringLiteral("profiles[0].security.pki.certificate");
    QTest::newRow("tiny MTU")
        << head + "[{\"name\": \"a\", \"uri\": \"coaps://h/\", \"security\": {\"linkMtu\": 10}}]}"
        << Kind::InvalidProfile << QStringLiteral("profiles[0].security.linkMtu");
    const QByteArray a = head + "[{\"name\": \"a\", \"uri\": \"coap://h/\", ";
    QTest::newRow("MTU below 64") << a + "\"mtu\": 63}]}" << Kind::InvalidProfile
                                  << QStringLiteral("profiles[0].mtu");
    QTest::newRow("MTU above 65507")
        << a + "\"mtu\": 65508}]}" << Kind::InvalidProfile << QStringLiteral("profiles[0].mtu");
    QTest::newRow("MTU as text") << a + "\"mtu\": \"1280\"}]}" << Kind::InvalidProfile
                                 << QStringLiteral("profiles[0].mtu");
    QTest::newRow("block size not a power of two")
        << a + "\"blockSize\": 100}]}" << Kind::InvalidProfile
        << QStringLiteral("profiles[0].blockSize");
    QTest::newRow("block size below 16") << a + "\"blockSize\": 8}]}" << Kind::InvalidProfile
                                         << QStringLiteral("profiles[0].blockSize");
    QTest::newRow("block size above 1024") << a + "\"blockSize\": 2048}]}" << Kind::InvalidProfile
                                           << QStringLiteral("profiles[0].blockSize");
    QTest::newRow("unknown key storage")
        << a + "\"keyStorage\": \"vault\"}]}" << Kind::InvalidProfile
        << QStringLiteral("profiles[0].keyStorage");
    QTest::newRow("second profile broken")
        << head + "[{\"name\": \"a\", \"uri\": \"coap://h/\"}, {\"name\": \"b\", \"uri\": 7}]}"
        << Kind::InvalidProfile << QStringLiteral("profiles[1].uri");
    QTest::newRow("name twice") << head + "[{\"name\": \"a\", \"uri\": \"coap://h/\"}, {\"name\": "
                                          "\"a\", \"uri\": \"coap://h/\"}]}"
                                << Kind::InvalidProfile << QStringLiteral("profiles[1].name");
}

void TestProfileFile::foreignJsonIsRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(ProfileError::Kind, kind);
    QFETCH(QString, field);
    const QString file = path(QStringLiteral("profiles.json"));
    QVERIFY(writeAll(file, json));
    ProfileStore store(file);
    const auto error = store.load();
    QVERIFY(error);
    QCOMPARE(error->kind, kind);
    QCOMPARE(error->field, field);
    QVERIFY(!describeProfileError(*error).isEmpty());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.save());
    QCOMPARE(readAll(file), json);
}

QTEST_GUILESS_MAIN(TestProfileFile)
#include "tst_profilefile.moc"
