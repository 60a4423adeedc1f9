// SPDX-License-Identifier: BSD-2-Clause
// DTLS 1.2 with certificates and with each cipher suite we offer: real OpenSSL handshakes
// between two DtlsTransports over UDP on 127.0.0.1, certificates made by openssl(1) at test time.

#include "dtlstestkit.h"
#include "session/systemclock.h"

#include <QFile>

using namespace coapscope;
using namespace dtlstest;

namespace {

constexpr int handshakeTimeoutMs = 10000;

} // namespace

class TestDtlsCertificates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pkiHandshakeAndDataBothWays();
    void pkiFromMemoryAndDer();
    void sniSelectsServerCertificate();
    void cipherSuites_data();
    void cipherSuites();
    void handshakeFlightsFitTheLinkMtu();

private:
    SystemClock m_clock;
    TestCertificates m_certificates;
};

void TestDtlsCertificates::initTestCase()
{
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
}

void TestDtlsCertificates::pkiHandshakeAndDataBothWays()
{
    Observed clientSeen, serverSeen;
    SecuritySettings clientSettings = pkiClient(m_certificates);
    clientSettings.pki->expectedHostName = QStringLiteral("127.0.0.1");
    const Pair pair =
        makePair(clientSettings, pkiServer(m_certificates), m_clock, this, clientSeen, serverSeen);
    QVERIFY(pair.client && pair.server);

    pair.client->send("over certificates", pair.server->localAddress());
    QTRY_COMPARE_WITH_TIMEOUT(serverSeen.received.size(), 1, handshakeTimeoutMs);
    pair.server->send("and back", serverSeen.receivedFrom.first());
    QTRY_COMPARE(clientSeen.received, QList<QByteArray>{"and back"});

    const SecurityInfo client = clientSeen.established.value(0);
    QVERIFY(client.cipherSuite.startsWith(QLatin1StringView("TLS_ECDHE_ECDSA_")));
    QVERIFY(client.pskIdentity.isEmpty());
    QCOMPARE(client.peerCertificates.size(), 1);
    const CertificateInfo serverCertificate = client.peerCertificates.first();
    QCOMPARE(serverCertificate.subject, QStringLiteral("CN=localhost"));
    QCOMPARE(serverCertificate.issuer, QStringLiteral("CN=CoapScope Test CA"));
    QCOMPARE(serverCertificate.verifyResult, 0);
    QCOMPARE(serverCertificate.sha256Fingerprint.size(), 32);
    QVERIFY(serverCertificate.notBefore < QDateTime::currentDateTimeUtc());
    QVERIFY(serverCertificate.notAfter > QDateTime::currentDateTimeUtc());
    QCOMPARE(serverCertificate.subjectAltNames,
             (QStringList{QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1")}));

    const SecurityInfo server = serverSeen.established.value(0);
    QCOMPARE(server.peerCertificates.size(), 1);
    QCOMPARE(server.peerCertificates.first().subject, QStringLiteral("CN=coapscope-client"));
    QVERIFY(hasEvent(clientSeen, SecurityEvent::Direction::Received, "Certificate"));
    QVERIFY(hasEvent(clientSeen, SecurityEvent::Direction::Received, "CertificateRequest"));
    QVERIFY(hasEvent(clientSeen, SecurityEvent::Direction::Sent, "CertificateVerify"));
}

void TestDtlsCertificates::pkiFromMemoryAndDer()
{
    const auto readAll = [this](const char *name) {
        QFile file(m_certificates.path(QString::fromLatin1(name)));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    SecuritySettings serverSettings = pkiServer(m_certificates);
    serverSettings.pki->own = {
        PkiSource::fromFile(m_certificates.path(QStringLiteral("server.der"))),
        PkiSource::fromMemory(readAll("server.key.der"))};
    SecuritySettings clientSettings = pkiClient(m_certificates);
    clientSettings.pki->own = {PkiSource::fromMemory(readAll("client.pem")),
                               PkiSource::fromMemory(readAll("client.key"))};
    Observed clientSeen, serverSeen;
    const Pair pair =
        makePair(clientSettings, serverSettings, m_clock, this, clientSeen, serverSeen);
    QVERIFY(pair.client && pair.server);
    pair.client->connectToPeer(pair.server->localAddress());
    QTRY_COMPARE_WITH_TIMEOUT(clientSeen.established.size(), 1, handshakeTimeoutMs);
    QCOMPARE(clientSeen.established.first().peerCertificates.value(0).subject,
             QStringLiteral("CN=localhost"));
    QCOMPARE(serverSeen.established.value(0).peerCertificates.value(0).subject,
             QStringLiteral("CN=coapscope-client"));
}

void TestDtlsCertificates::sniSelectsServerCertificate()
{
    SecuritySettings serverSettings = pkiServer(m_certificates);
    serverSettings.pki->certificatesBySni.insert(
        QStringLiteral("Other.Example"), certificateFiles(m_certificates, QStringLiteral("other")));
    QString error;
    DtlsTransport *server = makeDtls(serverSettings, DtlsRole::Server, m_clock, this, &error);
    QVERIFY2(server, qPrintable(error));
    Observed serverSeen;
    observe(server, serverSeen);

    const auto presentedTo = [&](const QString &sni) -> QString {
        SecuritySettings clientSettings = pkiClient(m_certificates);
        clientSettings.pki->sni = sni;
        DtlsTransport *client = makeDtls(clientSettings, DtlsRole::Client, m_clock, this);
        if (!client)
            return QStringLiteral("no client");
        Observed clientSeen;
        observe(client, clientSeen);
        client->connectToPeer(server->localAddress());
        if (!QTest::qWaitFor([&] { return !clientSeen.established.isEmpty(); }, handshakeTimeoutMs))
            return QStringLiteral("no handshake");
        const QString subject = clientSeen.established.first().peerCertificates.value(0).subject;
        delete client;
        return subject;
    };
    QCOMPARE(presentedTo(QStringLiteral("other.example")), QStringLiteral("CN=other.example"));
    QCOMPARE(serverSeen.established.last().serverName, QStringLiteral("other.example"));
    QCOMPARE(presentedTo(QStringLiteral("unknown.example")), QStringLiteral("CN=localhost"));
    QCOMPARE(presentedTo(QString()), QStringLiteral("CN=localhost"));
    QCOMPARE(serverSeen.established.last().serverName, QString());
}

void TestDtlsCertificates::cipherSuites_data()
{
    QTest::addColumn<bool>("certificates");
    QTest::addColumn<QString>("suite");
    QTest::addColumn<QString>("ianaName");
    QTest::addColumn<int>("overhead");
    QTest::addColumn<bool>("isBlockCipher");
    // RFC 7252's two mandatory suites, though OpenSSL rates CCM_8 below Debian's SECLEVEL 2.
    QTest::newRow("PSK-AES128-CCM8") << false << "PSK-AES128-CCM8"
                                     << "TLS_PSK_WITH_AES_128_CCM_8" << 29 << false;
    QTest::newRow("ECDHE-ECDSA-AES128-CCM8") << true << "ECDHE-ECDSA-AES128-CCM8"
                                             << "TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8" << 29 << false;
    QTest::newRow("PSK-AES128-CCM") << false << "PSK-AES128-CCM"
                                    << "TLS_PSK_WITH_AES_128_CCM" << 37 << false;
    QTest::newRow("PSK-AES128-GCM") << false << "PSK-AES128-GCM-SHA256"
                                    << "TLS_PSK_WITH_AES_128_GCM_SHA256" << 37 << false;
    QTest::newRow("ECDHE-PSK-CHACHA20")
        << false << "ECDHE-PSK-CHACHA20-POLY1305"
        << "TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256" << 29 << false;
    QTest::newRow("ECDHE-PSK-AES128-CBC") << false << "ECDHE-PSK-AES128-CBC-SHA256"
                                          << "TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256" << 77 << true;
    QTest::newRow("ECDHE-ECDSA-AES256-GCM")
        << true << "ECDHE-ECDSA-AES256-GCM-SHA384"
        << "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384" << 37 << false;
}

void TestDtlsCertificates::cipherSuites()
{
    QFETCH(bool, certificates);
    QFETCH(QString, suite);
    QFETCH(QString, ianaName);
    QFETCH(int, overhead);
    QFETCH(bool, isBlockCipher);

    // Only the client is restricted: the server's default list must accept each of these.
    SecuritySettings clientSettings = certificates ? pkiClient(m_certificates) : pskClient();
    clientSettings.cipherSuites = {suite};
    const SecuritySettings serverSettings = certificates ? pkiServer(m_certificates) : pskServer();
    Observed clientSeen, serverSeen;
    const Pair pair =
        makePair(clientSettings, serverSettings, m_clock, this, clientSeen, serverSeen);
    QVERIFY(pair.client && pair.server);
    pair.client->connectToPeer(pair.server->localAddress());
    QTRY_COMPARE_WITH_TIMEOUT(clientSeen.established.size(), 1, handshakeTimeoutMs);
    QCOMPARE(clientSeen.established.first().cipherSuite, ianaName);
    QCOMPARE(clientSeen.established.first().openSslCipherName, suite);
    QCOMPARE(clientSeen.established.first().recordOverhead, overhead);
    QCOMPARE(serverSeen.established.value(0).recordOverhead, overhead);

    // The overhead is what a record really adds: exactly for AEAD, at most for CBC.
    const QByteArray payload(100, 'p');
    pair.client->send(payload, pair.server->localAddress());
    QTRY_COMPARE(serverSeen.received, QList<QByteArray>{payload});
    const qsizetype recordSize = pair.clientWire->sent.last().size();
    if (isBlockCipher) {
        QVERIFY(recordSize <= payload.size() + overhead);
        QVERIFY(recordSize > payload.size() + overhead - 16);
    } else {
        QCOMPARE(recordSize, payload.size() + overhead);
    }
}

void TestDtlsCertificates::handshakeFlightsFitTheLinkMtu()
{
    constexpr int linkMtu = 300; // 272 bytes of UDP payload: a certificate must be split
    SecuritySettings clientSettings = pkiClient(m_certificates);
    SecuritySettings serverSettings = pkiServer(m_certificates);
    clientSettings.linkMtu = linkMtu;
    serverSettings.linkMtu = linkMtu;
    Observed clientSeen, serverSeen;
    const Pair pair =
        makePair(clientSettings, serverSettings, m_clock, this, clientSeen, serverSeen);
    QVERIFY(pair.client && pair.server);
    pair.client->send("small", pair.server->localAddress());
    QTRY_COMPARE_WITH_TIMEOUT(serverSeen.received.size(), 1, handshakeTimeoutMs);

    const int largestAllowed = linkMtu - 28;
    qsizetype largest = 0;
    for (const auto *wire : {pair.clientWire, pair.serverWire}) {
        for (const QByteArray &datagram : wire->sent)
            largest = qMax(largest, datagram.size());
    }
    QVERIFY2(largest <= largestAllowed, qPrintable(QString::number(largest)));
    // The server's Certificate message did not fit: more than one datagram starts with a
    // fragment of it (handshake type 11 right after the first record header).
    const auto startsWithCertificate = [](const QByteArray &datagram) {
        return datagram.size() > 13 && datagram.at(0) == 22 && datagram.at(13) == 11;
    };
    QVERIFY(std::count_if(pair.serverWire->sent.cbegin(), pair.serverWire->sent.cend(),
                          startsWithCertificate) >= 2);
}

QTEST_GUILESS_MAIN(TestDtlsCertificates)
#include "tst_dtlscertificates.moc"
