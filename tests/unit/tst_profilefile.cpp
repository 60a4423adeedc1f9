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
    void keysOmittedUnlessAsked();
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
    QVERIFY(loaded.storeKeys);
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
    // Saving what was loaded gives the same file.
    QVERIFY(!again.save());
    QCOMPARE(readAll(again.filePath()), profilesToJson(store.profiles()));
}

void TestProfileFile::keysOmittedUnlessAsked()
{
    ConnectionProfile profile = fullProfile(QStringLiteral("Gateway"));
    profile.storeKeys = false;
    ProfileStore store(path(QStringLiteral("profiles.json")));
    QVERIFY(!store.add(profile));
    QVERIFY(!store.save());

    const QByteArray file = readAll(store.filePath());
    QVERIFY(!file.contains(QByteArray("\x00\xff\x10k", 4).toHex()));
    QVERIFY(!file.contains(QByteArray("secret").toBase64()));
    QVERIFY(!file.contains("\"key\""));
    QVERIFY(file.contains("gateway-7"));            // the identity is no secret
    QVERIFY(file.contains("/etc/coap/client.pem")); // nor is a path

    ProfileStore again(store.filePath());
    QVERIFY(!again.load());
    const ConnectionProfile loaded = again.profiles().at(0);
    QCOMPARE(loaded.security.pskClient->identity, QByteArray("gateway-7"));
    QVERIFY(loaded.security.pskClient->key.isEmpty());
    QVERIFY(!loaded.security.pki->own.privateKey.isSet());
    QVERIFY(loaded.lacksKey());
    // In memory the keys stay until the application ends.
    QVERIFY(!store.profiles().at(0).security.pskClient->key.isEmpty());
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
