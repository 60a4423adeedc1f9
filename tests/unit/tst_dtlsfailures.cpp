// SPDX-License-Identifier: BSD-2-Clause
// Every way a DTLS handshake can fail, provoked for real between two DtlsTransports on
// 127.0.0.1, and what each end reports. Wrong credentials must never yield a session.

#include "dtlstestkit.h"
#include "session/systemclock.h"

#include <QUdpSocket>

using namespace coapscope;
using namespace dtlstest;

namespace {

constexpr int waitMs = 10000;
using Kind = SecurityError::Kind;

// TLS AlertDescription codes (RFC 5246 §7.2, RFC 4279 §2).
constexpr int noAlert = -1;
constexpr int badRecordMac = 20;
constexpr int handshakeFailure = 40;
constexpr int badCertificate = 42;
constexpr int certificateRevoked = 44;
constexpr int certificateExpired = 45;
constexpr int unknownCa = 48;
constexpr int unknownPskIdentity = 115;

int alertOf(const SecurityError &error)
{
    return error.alert ? int(*error.alert) : noAlert;
}

QString describe(const QList<SecurityError> &failures)
{
    QStringList parts;
    for (const SecurityError &error : failures) {
        parts.append(QStringLiteral("%1 [%2] %3")
                         .arg(SecurityError::kindId(error.kind))
                         .arg(alertOf(error))
                         .arg(error.detail));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestDtlsFailures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wrongPreSharedKey_data();
    void wrongPreSharedKey();
    void unknownIdentity();
    void serverCertificateRefused_data();
    void serverCertificateRefused();
    void clientCertificateRefused();
    void noPeerCertificateWhenRequired();
    void noAnswerFromServer();
    void alertReceivedIsNamed();

private:
    struct Outcome
    {
        Observed client;
        Observed server;
    };
    // Runs one handshake attempt to its end (established or failed on both sides).
    void handshake(const SecuritySettings &clientSettings, const SecuritySettings &serverSettings,
                   Outcome &outcome);

    SystemClock m_clock;
    TestCertificates m_certificates;
};

void TestDtlsFailures::initTestCase()
{
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
}

void TestDtlsFailures::handshake(const SecuritySettings &clientSettings,
                                 const SecuritySettings &serverSettings, Outcome &outcome)
{
    QString error;
    DtlsTransport *server = makeDtls(serverSettings, DtlsRole::Server, m_clock, this, &error);
    QVERIFY2(server, qPrintable(error));
    DtlsTransport *client = makeDtls(clientSettings, DtlsRole::Client, m_clock, this, &error);
    QVERIFY2(client, qPrintable(error));
    observe(server, outcome.server);
    observe(client, outcome.client);
    client->send("must never arrive unless established", server->localAddress());
    const auto settled = [](const Observed &end) {
        return !end.established.isEmpty() || !end.failures.isEmpty();
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(outcome.client), waitMs);
    // The server only learns of a failure the client detects through its alert.
    QTRY_VERIFY_WITH_TIMEOUT(settled(outcome.server) || !outcome.client.failures.isEmpty(), waitMs);
    QTest::qWait(100); // let any late datagram land: nothing may change any more
    if (outcome.client.established.isEmpty())
        QVERIFY(outcome.server.received.isEmpty());
}

void TestDtlsFailures::wrongPreSharedKey_data()
{
    QTest::addColumn<QString>("suite");
    // AEAD: OpenSSL drops the undecryptable Finished silently; DtlsConnection catches it.
    QTest::newRow("default list") << QString();
    QTest::newRow("PSK-AES128-CCM8") << QStringLiteral("PSK-AES128-CCM8");
    QTest::newRow("PSK-AES128-GCM") << QStringLiteral("PSK-AES128-GCM-SHA256");
    // CBC with encrypt-then-MAC: OpenSSL itself fails with bad_record_mac.
    QTest::newRow("ECDHE-PSK-AES128-CBC") << QStringLiteral("ECDHE-PSK-AES128-CBC-SHA256");
}

void TestDtlsFailures::wrongPreSharedKey()
{
    QFETCH(QString, suite);
    SecuritySettings clientSettings = pskClient("client-1", "not-the-right-key");
    if (!suite.isEmpty())
        clientSettings.cipherSuites = {suite};
    Outcome outcome;
    handshake(clientSettings, pskServer(), outcome);

    QVERIFY(outcome.client.established.isEmpty());
    QVERIFY(outcome.server.established.isEmpty());
    QCOMPARE(outcome.server.failures.size(), 1);
    QCOMPARE(outcome.client.failures.size(), 1);
    // The server finds that the client's Finished does not authenticate and says so...
    const SecurityError server = outcome.server.failures.first();
    QVERIFY2(server.kind == Kind::WrongPreSharedKey, qPrintable(describe(outcome.server.failures)));
    QCOMPARE(alertOf(server), badRecordMac);
    // ...and the client learns it from that alert.
    const SecurityError client = outcome.client.failures.first();
    QVERIFY2(client.kind == Kind::WrongPreSharedKey, qPrintable(describe(outcome.client.failures)));
    QCOMPARE(alertOf(client), badRecordMac);
    QVERIFY(outcome.client.count(SecurityEvent::Direction::Received,
                                 QStringLiteral("bad_record_mac")) == 1);
}

void TestDtlsFailures::unknownIdentity()
{
    Outcome outcome;
    handshake(pskClient("stranger", "secret-key-1"), pskServer(), outcome);
    QVERIFY(outcome.client.established.isEmpty() && outcome.server.established.isEmpty());
    QCOMPARE(outcome.server.failures.size(), 1);
    QCOMPARE(outcome.server.failures.first().kind, Kind::UnknownIdentity);
    QCOMPARE(alertOf(outcome.server.failures.first()), unknownPskIdentity);
    QCOMPARE(outcome.client.failures.size(), 1);
    QCOMPARE(outcome.client.failures.first().kind, Kind::UnknownIdentity);
    QCOMPARE(alertOf(outcome.client.failures.first()), unknownPskIdentity);
}

void TestDtlsFailures::serverCertificateRefused_data()
{
    QTest::addColumn<QString>("serverCertificate");
    QTest::addColumn<QString>("clientTweak");
    QTest::addColumn<int>("clientKind"); // -1: the handshake succeeds
    QTest::addColumn<int>("alertSent");  // by the client

    const auto row = [](const char *name, const char *certificate, const char *tweak, int kind,
                        int alert) {
        QTest::newRow(name) << QString::fromLatin1(certificate) << QString::fromLatin1(tweak)
                            << kind << alert;
    };
    constexpr int succeeds = -1;
    row("untrusted issuer", "untrusted", "", int(Kind::UntrustedIssuer), unknownCa);
    row("expired", "expired", "", int(Kind::ExpiredCertificate), certificateExpired);
    row("expired allowed", "expired", "allowExpired", succeeds, noAlert);
    row("self-signed", "selfsigned", "", int(Kind::SelfSignedRefused), unknownCa);
    row("self-signed allowed", "selfsigned", "allowSelfSigned", succeeds, noAlert);
    row("host name mismatch", "wrongname", "expectLocalhost", int(Kind::NameMismatch),
        badCertificate);
    row("host name match", "server", "expectLocalhost", succeeds, noAlert);
    row("name check hook", "server", "nameCheckRefuses", int(Kind::NameMismatch), handshakeFailure);
    row("revoked", "revoked", "checkRevocation", int(Kind::Revoked), certificateRevoked);
    row("revoked, not checked", "revoked", "", succeeds, noAlert);
    row("no CRL", "server", "checkRevocationWithoutCrl", int(Kind::CrlProblem), unknownCa);
    row("no CRL allowed", "server", "allowNoCrl", succeeds, noAlert);
}

void TestDtlsFailures::serverCertificateRefused()
{
    QFETCH(QString, serverCertificate);
    QFETCH(QString, clientTweak);
    QFETCH(int, clientKind);
    QFETCH(int, alertSent);

    SecuritySettings clientSettings = pkiClient(m_certificates);
    PkiSettings &pki = *clientSettings.pki;
    QList<int> nameCheckDepths;
    if (clientTweak == QLatin1StringView("allowExpired"))
        pki.allowExpiredCerts = true;
    if (clientTweak == QLatin1StringView("allowSelfSigned"))
        pki.allowSelfSigned = true;
    if (clientTweak == QLatin1StringView("expectLocalhost"))
        pki.expectedHostName = QStringLiteral("localhost");
    if (clientTweak == QLatin1StringView("nameCheckRefuses")) {
        pki.nameCheck = [&nameCheckDepths](const CertificateInfo &certificate, int depth) {
            nameCheckDepths.append(depth);
            return certificate.subject != QLatin1StringView("CN=localhost");
        };
    }
    if (clientTweak.startsWith(QLatin1StringView("checkRevocation")) ||
        clientTweak == QLatin1StringView("allowNoCrl")) {
        pki.checkCertRevocation = true;
        if (clientTweak == QLatin1StringView("checkRevocation"))
            pki.crlFile = m_certificates.path(QStringLiteral("crl.pem"));
        pki.allowNoCrl = clientTweak == QLatin1StringView("allowNoCrl");
    }
    Outcome outcome;
    handshake(clientSettings, pkiServer(m_certificates, serverCertificate), outcome);

    if (clientKind < 0) {
        QVERIFY2(outcome.client.failures.isEmpty(), qPrintable(describe(outcome.client.failures)));
        QCOMPARE(outcome.client.established.size(), 1);
        QTRY_COMPARE(outcome.server.received.size(), 1);
        return;
    }
    QVERIFY(outcome.client.established.isEmpty() && outcome.server.established.isEmpty());
    QCOMPARE(outcome.client.failures.size(), 1);
    const SecurityError client = outcome.client.failures.first();
    QVERIFY2(int(client.kind) == clientKind, qPrintable(describe(outcome.client.failures)));
    QCOMPARE(alertOf(client), alertSent); // the alert this end sent
    if (clientTweak == QLatin1StringView("nameCheckRefuses"))
        QCOMPARE(nameCheckDepths.value(0), 1); // the CA first, passed; then the server's
    // The server hears of it as the client's alert, by name.
    QTRY_COMPARE(outcome.server.failures.size(), 1);
    const SecurityError server = outcome.server.failures.first();
    QCOMPARE(server.kind, Kind::AlertReceived);
    QCOMPARE(alertOf(server), alertOf(client));
    QVERIFY(outcome.server.count(SecurityEvent::Direction::Received, alertName(*client.alert)) ==
            1);
}

void TestDtlsFailures::clientCertificateRefused()
{
    SecuritySettings clientSettings = pkiClient(m_certificates);
    clientSettings.pki->own = certificateFiles(m_certificates, QStringLiteral("untrusted"));
    Outcome outcome;
    handshake(clientSettings, pkiServer(m_certificates), outcome);
    QVERIFY(outcome.client.established.isEmpty() && outcome.server.established.isEmpty());
    QCOMPARE(outcome.server.failures.size(), 1);
    QCOMPARE(outcome.server.failures.first().kind, Kind::UntrustedIssuer);
    QCOMPARE(outcome.client.failures.size(), 1);
    QCOMPARE(outcome.client.failures.first().kind, Kind::AlertReceived);
    QCOMPARE(alertOf(outcome.client.failures.first()), unknownCa);
}

void TestDtlsFailures::noPeerCertificateWhenRequired()
{
    SecuritySettings clientSettings = pkiClient(m_certificates);
    clientSettings.pki->own = {};
    Outcome outcome;
    handshake(clientSettings, pkiServer(m_certificates), outcome);
    QVERIFY(outcome.client.established.isEmpty() && outcome.server.established.isEmpty());
    QCOMPARE(outcome.server.failures.size(), 1);
    QCOMPARE(outcome.server.failures.first().kind, Kind::NoPeerCertificate);
    QCOMPARE(outcome.client.failures.size(), 1);
    QCOMPARE(outcome.client.failures.first().kind, Kind::AlertReceived);
    QCOMPARE(alertOf(outcome.client.failures.first()), handshakeFailure);

    // Not required: the same client gets in.
    SecuritySettings lenientServer = pkiServer(m_certificates);
    lenientServer.pki->requirePeerCert = false;
    lenientServer.pki->verifyPeerCert = false;
    Outcome lenient;
    handshake(clientSettings, lenientServer, lenient);
    QCOMPARE(lenient.client.established.size(), 1);
    QVERIFY(lenient.server.established.value(0).peerCertificates.isEmpty());
}

void TestDtlsFailures::noAnswerFromServer()
{
    // A bound loopback socket that never answers.
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress(QHostAddress::LocalHost), 0));
    const SocketAddress silentAddress{QHostAddress(QHostAddress::LocalHost), silent.localPort()};
    SecuritySettings settings = pskClient();
    settings.handshakeTimeoutMs = 1500;
    QString error;
    DtlsTransport *client = makeDtls(settings, DtlsRole::Client, m_clock, this, &error);
    QVERIFY2(client, qPrintable(error));
    Observed seen;
    observe(client, seen);
    QElapsedTimer elapsed;
    elapsed.start();
    client->send("queued plaintext", silentAddress);
    QTRY_COMPARE_WITH_TIMEOUT(seen.failures.size(), 1, 5000);
    QVERIFY(elapsed.elapsed() >= 1400);
    QCOMPARE(seen.failures.first().kind, Kind::HandshakeTimeout);
    QVERIFY(seen.established.isEmpty());
    QCOMPARE(client->state(silentAddress), std::nullopt);
    // The ClientHello went out and was retransmitted after a second; the plaintext never did.
    QCOMPARE(seen.count(SecurityEvent::Direction::Sent, QStringLiteral("ClientHello")), 2);
    int datagrams = 0;
    while (silent.hasPendingDatagrams()) {
        QByteArray datagram(int(silent.pendingDatagramSize()), '\0');
        silent.readDatagram(datagram.data(), datagram.size());
        QVERIFY(!datagram.contains("queued plaintext"));
        QCOMPARE(quint8(datagram.at(13)), quint8(1)); // ClientHello
        ++datagrams;
    }
    QCOMPARE(datagrams, 2);
}

void TestDtlsFailures::alertReceivedIsNamed()
{
    // No suite in common: the server refuses with handshake_failure.
    SecuritySettings clientSettings = pskClient();
    clientSettings.cipherSuites = {QStringLiteral("PSK-AES128-CCM8")};
    SecuritySettings serverSettings = pskServer();
    serverSettings.cipherSuites = {QStringLiteral("PSK-AES128-GCM-SHA256")};
    Outcome outcome;
    handshake(clientSettings, serverSettings, outcome);
    QCOMPARE(outcome.server.failures.size(), 1);
    QCOMPARE(outcome.server.failures.first().kind, Kind::NoSharedCipherSuite);
    QCOMPARE(outcome.client.failures.size(), 1);
    const SecurityError client = outcome.client.failures.first();
    QCOMPARE(client.kind, Kind::AlertReceived);
    QCOMPARE(alertOf(client), handshakeFailure);
    QCOMPARE(alertName(*client.alert), QStringLiteral("handshake_failure"));
    QVERIFY(!client.detail.isEmpty()); // OpenSSL's own words
}

QTEST_GUILESS_MAIN(TestDtlsFailures)
#include "tst_dtlsfailures.moc"
