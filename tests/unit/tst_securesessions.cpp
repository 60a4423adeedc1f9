// SPDX-License-Identifier: BSD-2-Clause
// DTLS and TLS sessions end to end: a client context and the demo server over real loopback
// sockets and real OpenSSL handshakes, with pre-shared keys and with certificates, through the
// same requests as over UDP (plain GET, block-wise, observe); then the failures, each of which
// must name its reason and never leave an established session.

#include "client/coapreply.h"
#include "client/coaprequest.h"
#include "codec/uri.h"
#include "server/demoserver.h"
#include "session/context.h"
#include "session/endpoint.h"
#include "session/manualclock.h"
#include "session/session.h"
#include "testcertificates.h"
#include "trace/tracer.h"

#include <QSignalSpy>
#include <QTest>

using namespace coapscope;

namespace {

enum class Credentials
{
    Psk,
    Certificates
};

CoapRequest get(const QString &path, int blockSize = 0)
{
    CoapRequest request(MessageCode::Get,
                        Uri::parse(QStringLiteral("coap://127.0.0.1") + path).value());
    if (blockSize > 0)
        request.setBlockSize(blockSize);
    return request;
}

// What each side's handshake went through, for the message when a check fails.
class HandshakeLog final : public Tracer
{
public:
    void record(const TraceRecord &) override {}
    void recordSecurityEvent(quint64, const SocketAddress &, const SecurityEvent &event) override
    {
        steps.append(
            QStringLiteral("%1 %2").arg(SecurityEvent::directionId(event.direction), event.name));
    }
    QStringList steps;
};

} // namespace

class TestSecureSessions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void requestSuite_data();
    void requestSuite();
    void failuresAreNamed_data();
    void failuresAreNamed();
    void sessionOverridesContextSecurity();
    void unusableSettingsFailAtCreation();

private:
    SecuritySettings serverSettings(Credentials credentials) const;
    SecuritySettings clientSettings(Credentials credentials) const;
    Endpoint *listen(Protocol protocol, const SecuritySettings &settings);
    bool finish(CoapReply *reply);

    TestCertificates m_certificates;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Context> m_server;
    std::unique_ptr<Context> m_client;
};

void TestSecureSessions::initTestCase()
{
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
}

void TestSecureSessions::init()
{
    m_clock = std::make_unique<ManualClock>();
    m_server = std::make_unique<Context>(*m_clock, 31);
    m_client = std::make_unique<Context>(*m_clock, 32);
    new DemoServer(m_server.get());
}

void TestSecureSessions::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_clock.reset();
}

SecuritySettings TestSecureSessions::serverSettings(Credentials credentials) const
{
    SecuritySettings settings;
    if (credentials == Credentials::Psk) {
        PskServerSettings psk;
        psk.hint = "coapscope-hint";
        psk.keysByIdentity.insert("sensor-1", "sensor-1 secret");
        settings.pskServer = psk;
        return settings;
    }
    PkiSettings pki;
    pki.own.certificateChain =
        PkiSource::fromFile(m_certificates.path(QStringLiteral("server.pem")));
    pki.own.privateKey = PkiSource::fromFile(m_certificates.path(QStringLiteral("server.key")));
    pki.caFile = m_certificates.path(QStringLiteral("ca.pem"));
    pki.requirePeerCert = true;
    settings.pki = pki;
    return settings;
}

SecuritySettings TestSecureSessions::clientSettings(Credentials credentials) const
{
    SecuritySettings settings;
    if (credentials == Credentials::Psk) {
        settings.pskClient = PskClientSettings{"sensor-1", "sensor-1 secret"};
        return settings;
    }
    PkiSettings pki;
    pki.own.certificateChain =
        PkiSource::fromFile(m_certificates.path(QStringLiteral("client.pem")));
    pki.own.privateKey = PkiSource::fromFile(m_certificates.path(QStringLiteral("client.key")));
    pki.caFile = m_certificates.path(QStringLiteral("ca.pem"));
    pki.expectedHostName = QStringLiteral("localhost");
    settings.pki = pki;
    return settings;
}

Endpoint *TestSecureSessions::listen(Protocol protocol, const SecuritySettings &settings)
{
    m_server->setSecurity(settings);
    auto endpoint = m_server->addEndpoint(protocol, {QHostAddress(QHostAddress::LocalHost), 0});
    return endpoint ? endpoint.value() : nullptr;
}

bool TestSecureSessions::finish(CoapReply *reply)
{
    return QTest::qWaitFor([reply] { return reply->isFinished(); }, 15000);
}

void TestSecureSessions::requestSuite_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<Credentials>("credentials");
    QTest::newRow("DTLS, PSK") << Protocol::Dtls << Credentials::Psk;
    QTest::newRow("DTLS, certificates") << Protocol::Dtls << Credentials::Certificates;
    QTest::newRow("TLS, PSK") << Protocol::Tls << Credentials::Psk;
    QTest::newRow("TLS, certificates") << Protocol::Tls << Credentials::Certificates;
}

void TestSecureSessions::requestSuite()
{
    QFETCH(Protocol, protocol);
    QFETCH(Credentials, credentials);
    Endpoint *endpoint = listen(protocol, serverSettings(credentials));
    QVERIFY(endpoint);
    auto made = m_client->newClientSession(endpoint->localAddress(), protocol, {},
                                           clientSettings(credentials));
    QVERIFY(made);
    Session *client = made.value();
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), SessionState::Established, 10000);

    const SecurityInfo info = *client->securityInfo();
    QVERIFY2(!info.cipherSuite.isEmpty(), qPrintable(info.openSslCipherName));
    QVERIFY(info.protocolVersion.startsWith(protocol == Protocol::Dtls ? QStringLiteral("DTLS")
                                                                       : QStringLiteral("TLS")));
    if (credentials == Credentials::Psk) {
        QCOMPARE(info.pskIdentity, QByteArray("sensor-1"));
        QCOMPARE(info.pskIdentityHint, QByteArray("coapscope-hint"));
        QVERIFY(info.cipherSuite.contains(QLatin1StringView("PSK")));
    } else {
        QVERIFY(!info.peerCertificates.isEmpty());
        QVERIFY2(info.peerCertificates.first().subject.contains(QLatin1StringView("localhost")),
                 qPrintable(info.peerCertificates.first().subject));
        QCOMPARE(info.peerCertificates.first().sha256Fingerprint.size(), 32);
        QCOMPARE(info.peerCertificates.first().verifyResult, 0);
    }
    if (protocol == Protocol::Dtls) {
        // The record overhead of the negotiated suite leaves less room for CoAP.
        QVERIFY(info.recordOverhead > 0);
        QCOMPARE(client->maxPduSize(), client->mtu() - info.recordOverhead - 4);
    }

    std::unique_ptr<CoapReply> plain(client->send(get(QStringLiteral("/seg1/seg2/seg3"))));
    QVERIFY(finish(plain.get()));
    QVERIFY2(plain->response(),
             plain->error() ? qPrintable(RequestError::kindId(plain->error()->kind).toString())
                            : "");
    QCOMPARE(plain->response()->payload(), QByteArray("seg1/seg2/seg3"));

    std::unique_ptr<CoapReply> large(client->send(get(QStringLiteral("/large"), 64)));
    QSignalSpy progress(large.get(), &CoapReply::progress);
    QVERIFY(finish(large.get()));
    QVERIFY(large->response());
    QCOMPARE(large->response()->payload(), DemoServer::largeText());
    QVERIFY(progress.size() > 10);

    CoapRequest observe = get(QStringLiteral("/time"));
    observe.setObserve(true);
    std::unique_ptr<CoapReply> observation(client->send(observe));
    QSignalSpy notifications(observation.get(), &CoapReply::notification);
    QTRY_COMPARE(notifications.size(), 1);
    m_clock->advance(1000);
    QTRY_COMPARE(notifications.size(), 2);
    m_clock->advance(1000);
    QTRY_COMPARE(notifications.size(), 3);
    observation->stopObserving();
    QVERIFY(finish(observation.get()));

    QCOMPARE(m_server->sessions().size(), 1);
    const std::optional<SecurityInfo> serverView = m_server->sessions().first()->securityInfo();
    QVERIFY(serverView);
    QCOMPARE(serverView->cipherSuite, info.cipherSuite);
    if (credentials == Credentials::Psk)
        QCOMPARE(serverView->pskIdentity, QByteArray("sensor-1"));
    else
        QVERIFY(serverView->peerCertificates.first().subject.contains(
            QLatin1StringView("coapscope-client")));
}

void TestSecureSessions::failuresAreNamed_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<SecurityError::Kind>("expected");
    for (const Protocol protocol : {Protocol::Dtls, Protocol::Tls}) {
        const char *name = protocol == Protocol::Dtls ? "DTLS" : "TLS";
        const auto row = [&](const char *problem, SecurityError::Kind kind) {
            QTest::addRow("%s: %s", name, problem)
                << protocol << QString::fromLatin1(problem) << kind;
        };
        row("wrong key", SecurityError::Kind::WrongPreSharedKey);
        row("unknown identity", SecurityError::Kind::UnknownIdentity);
        row("untrusted issuer", SecurityError::Kind::UntrustedIssuer);
        row("expired", SecurityError::Kind::ExpiredCertificate);
        row("self-signed", SecurityError::Kind::SelfSignedRefused);
        row("wrong name", SecurityError::Kind::NameMismatch);
        row("revoked", SecurityError::Kind::Revoked);
    }
}

void TestSecureSessions::failuresAreNamed()
{
    QFETCH(Protocol, protocol);
    QFETCH(QString, problem);
    QFETCH(SecurityError::Kind, expected);
    SecuritySettings server = serverSettings(Credentials::Certificates);
    SecuritySettings client = clientSettings(Credentials::Certificates);
    client.pki->own = {};
    server.pki->verifyPeerCert = false;
    const auto serveCertificate = [&](const char *name) {
        server.pki->own.certificateChain = PkiSource::fromFile(
            m_certificates.path(QLatin1StringView(name) + QStringLiteral(".pem")));
        server.pki->own.privateKey = PkiSource::fromFile(
            m_certificates.path(QLatin1StringView(name) + QStringLiteral(".key")));
    };
    if (problem == QStringLiteral("wrong key") || problem == QStringLiteral("unknown identity")) {
        server = serverSettings(Credentials::Psk);
        client = clientSettings(Credentials::Psk);
        if (problem == QStringLiteral("wrong key"))
            client.pskClient->key = "not the secret";
        else
            client.pskClient->identity = "stranger";
    } else if (problem == QStringLiteral("untrusted issuer")) {
        serveCertificate("untrusted");
    } else if (problem == QStringLiteral("expired")) {
        serveCertificate("expired");
    } else if (problem == QStringLiteral("self-signed")) {
        serveCertificate("selfsigned");
    } else if (problem == QStringLiteral("wrong name")) {
        serveCertificate("wrongname");
    } else if (problem == QStringLiteral("revoked")) {
        serveCertificate("revoked");
        client.pki->checkCertRevocation = true;
        client.pki->crlFile = m_certificates.path(QStringLiteral("crl.pem"));
    }
    Endpoint *endpoint = listen(protocol, server);
    QVERIFY(endpoint);
    HandshakeLog clientLog;
    HandshakeLog serverLog;
    m_client->addTracer(&clientLog);
    m_server->addTracer(&serverLog);
    auto made = m_client->newClientSession(endpoint->localAddress(), protocol, {}, client);
    QVERIFY(made);
    Session *session = made.value();
    QSignalSpy changes(session, &Session::changed);
    std::unique_ptr<CoapReply> reply(session->send(get(QStringLiteral("/test"))));
    QVERIFY2(finish(reply.get()),
             qPrintable(clientLog.steps.join(QStringLiteral(", ")) + QStringLiteral(" / server: ") +
                        serverLog.steps.join(QStringLiteral(", "))));
    QVERIFY(!reply->response());
    QCOMPARE(reply->error()->kind, RequestError::Kind::Security);
    QVERIFY(reply->error()->securityError);
    QCOMPARE(reply->error()->securityError->kind, expected);
    QCOMPARE(session->state(), SessionState::Disconnected);
    QCOMPARE(session->lastError()->securityError->kind, expected);
    QVERIFY(!session->securityInfo());
    // The server never let a request through either.
    for (const Session *serverSide : m_server->sessions())
        QVERIFY(serverSide->counters().pdusReceived == 0);
}

void TestSecureSessions::sessionOverridesContextSecurity()
{
    Endpoint *endpoint = listen(Protocol::Dtls, serverSettings(Credentials::Psk));
    QVERIFY(endpoint);
    SecuritySettings wrong;
    wrong.pskClient = PskClientSettings{"sensor-1", "wrong"};
    m_client->setSecurity(wrong);
    // The context's settings are what a session gets by default...
    auto inherited = m_client->newClientSession(endpoint->localAddress(), Protocol::Dtls);
    QVERIFY(inherited);
    std::unique_ptr<CoapReply> refused(inherited.value()->send(get(QStringLiteral("/test"))));
    QVERIFY(finish(refused.get()));
    QCOMPARE(refused->error()->kind, RequestError::Kind::Security);
    // ...unless it brings its own.
    auto own = m_client->newClientSession(endpoint->localAddress(), Protocol::Dtls, {},
                                          clientSettings(Credentials::Psk));
    QVERIFY(own);
    std::unique_ptr<CoapReply> answered(own.value()->send(get(QStringLiteral("/test"))));
    QVERIFY(finish(answered.get()));
    QVERIFY(answered->response());
}

void TestSecureSessions::unusableSettingsFailAtCreation()
{
    const SocketAddress somewhere{QHostAddress(QHostAddress::LocalHost), 5684};
    for (const Protocol protocol : {Protocol::Dtls, Protocol::Tls}) {
        SecuritySettings empty;
        auto none = m_client->newClientSession(somewhere, protocol, {}, empty);
        QVERIFY(!none);
        QCOMPARE(none.error().kind, SessionError::Kind::Security);
        QCOMPARE(none.error().securityError->kind, SecurityError::Kind::InvalidSettings);

        SecuritySettings missingFile = clientSettings(Credentials::Certificates);
        missingFile.pki->caFile = m_certificates.path(QStringLiteral("no-such-ca.pem"));
        auto broken = m_client->newClientSession(somewhere, protocol, {}, missingFile);
        QVERIFY(!broken);
        QCOMPARE(broken.error().securityError->kind, SecurityError::Kind::InvalidSettings);
        QVERIFY2(broken.error().securityError->detail.contains(QStringLiteral("no-such-ca.pem")),
                 qPrintable(broken.error().securityError->detail));
    }
    QVERIFY(m_client->sessions().isEmpty());
}

QTEST_GUILESS_MAIN(TestSecureSessions)
#include "tst_securesessions.moc"
