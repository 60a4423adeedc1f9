// SPDX-License-Identifier: BSD-2-Clause
// The pieces of the DTLS bridge that need no handshake: settings validation, what building the
// OpenSSL context refuses (and how it names the culprit), cookies, and the names of things.

#include "security/dtlscookiejar.h"
#include "security/dtlstransport.h"
#include "security/securityerror.h"
#include "security/securityevent.h"
#include "session/manualclock.h"
#include "testcertificates.h"
#include "transport/udptransport.h"

#include <QFile>
#include <QTest>

using namespace coapscope;

namespace {

using Problem = SettingsProblem::Kind;

SecuritySettings pskClientSettings(const QByteArray &identity, const QByteArray &key)
{
    SecuritySettings settings;
    settings.pskClient = PskClientSettings{identity, key};
    return settings;
}

} // namespace

class TestDtlsSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validate_data();
    void validate();
    void contextRefusesBadFiles_data();
    void contextRefusesBadFiles();
    void contextAcceptsGoodPki();
    void cookiesAreBoundToTheAddress();
    void cookieSecretsRotate();
    void names();

private:
    TestCertificates m_certificates;
};

void TestDtlsSettings::initTestCase()
{
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
}

void TestDtlsSettings::validate_data()
{
    QTest::addColumn<SecuritySettings>("settings");
    QTest::addColumn<bool>("isServer");
    QTest::addColumn<int>("problem"); // -1: valid
    QTest::addColumn<QString>("field");

    const auto row = [](const char *name, const SecuritySettings &settings, bool isServer,
                        int problem, const char *field) {
        QTest::newRow(name) << settings << isServer << problem << QString::fromLatin1(field);
    };
    row("psk client", pskClientSettings("id", "key"), false, -1, "");
    row("nothing", SecuritySettings{}, false, int(Problem::NoCredentials), "");
    row("client psk on a server", pskClientSettings("id", "key"), true, int(Problem::NoCredentials),
        "");
    row("empty identity", pskClientSettings("", "key"), false, int(Problem::EmptyIdentity),
        "pskClient.identity");
    row("empty key", pskClientSettings("id", ""), false, int(Problem::EmptyKey), "pskClient.key");
    row("long identity", pskClientSettings(QByteArray(256, 'i'), "key"), false,
        int(Problem::IdentityTooLong), "pskClient.identity");
    row("identity with NUL", pskClientSettings(QByteArray("a\0b", 3), "key"), false,
        int(Problem::IdentityHasNulByte), "pskClient.identity");
    row("long key", pskClientSettings("id", QByteArray(513, 'k')), false, int(Problem::KeyTooLong),
        "pskClient.key");

    SecuritySettings server;
    server.pskServer = PskServerSettings{};
    row("server without keys", server, true, int(Problem::NoCredentials), "pskServer");
    server.pskServer->defaultKey = "default";
    row("server with a default key", server, true, -1, "");

    SecuritySettings pkiServer;
    pkiServer.pki = PkiSettings{};
    pkiServer.pki->caFile = QStringLiteral("ca.pem");
    row("pki server without certificate", pkiServer, true, int(Problem::MissingCertificate),
        "pki.own.certificate");
    pkiServer.pki->own.certificateChain = PkiSource::fromFile(QStringLiteral("server.pem"));
    row("pki server without key", pkiServer, true, int(Problem::MissingPrivateKey),
        "pki.own.privateKey");
    pkiServer.pki->own.privateKey = PkiSource{QStringLiteral("server.key"), "bytes too"};
    row("key from file and memory", pkiServer, true, int(Problem::FileAndMemoryBothSet),
        "pki.own.privateKey");
    pkiServer.pki->own.privateKey = PkiSource::fromFile(QStringLiteral("server.key"));
    row("pki server", pkiServer, true, -1, "");
    pkiServer.pki->caFile.clear();
    row("verification without CAs", pkiServer, true, int(Problem::NoTrustAnchors), "pki.caFile");
    pkiServer.pki->allowSelfSigned = true;
    row("self-signed peers need no CA", pkiServer, true, -1, "");

    SecuritySettings pkiClient;
    pkiClient.pki = PkiSettings{};
    pkiClient.pki->caDirectory = QStringLiteral("/etc/ssl/certs");
    row("pki client without own certificate", pkiClient, false, -1, "");
    pkiClient.pki->certChainVerifyDepth = -1;
    row("negative depth", pkiClient, false, int(Problem::BadVerifyDepth),
        "pki.certChainVerifyDepth");

    SecuritySettings timing = pskClientSettings("id", "key");
    timing.handshakeTimeoutMs = 0;
    row("no handshake time", timing, false, int(Problem::BadHandshakeTimeout),
        "handshakeTimeoutMs");
    timing.handshakeTimeoutMs = 1000;
    timing.linkMtu = 100;
    row("tiny MTU", timing, false, int(Problem::BadLinkMtu), "linkMtu");
}

void TestDtlsSettings::validate()
{
    QFETCH(SecuritySettings, settings);
    QFETCH(bool, isServer);
    QFETCH(int, problem);
    QFETCH(QString, field);

    const auto found = settings.validate(isServer ? DtlsRole::Server : DtlsRole::Client);
    if (problem < 0) {
        QVERIFY2(!found, found ? SettingsProblem::kindId(found->kind).data() : "");
        return;
    }
    QVERIFY(found);
    QCOMPARE(SettingsProblem::kindId(found->kind),
             SettingsProblem::kindId(SettingsProblem::Kind(problem)));
    QCOMPARE(found->field, field);
}

void TestDtlsSettings::contextRefusesBadFiles_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("named"); // what the detail must mention

    QTest::newRow("missing certificate") << "absent.pem"
                                         << "server.key"
                                         << "ca.pem"
                                         << "absent.pem";
    QTest::newRow("missing key") << "server.pem"
                                 << "absent.key"
                                 << "ca.pem"
                                 << "absent.key";
    QTest::newRow("not a certificate") << "ca.cnf"
                                       << "server.key"
                                       << "ca.pem"
                                       << "ca.cnf";
    QTest::newRow("key of another certificate") << "server.pem"
                                                << "client.key"
                                                << "ca.pem"
                                                << "does not match";
    QTest::newRow("certificate as key") << "server.pem"
                                        << "server.pem"
                                        << "ca.pem"
                                        << "server.pem";
    QTest::newRow("missing CA file") << "server.pem"
                                     << "server.key"
                                     << "absent-ca.pem"
                                     << "absent-ca.pem";
}

void TestDtlsSettings::contextRefusesBadFiles()
{
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QString, caFile);
    QFETCH(QString, named);

    SecuritySettings settings;
    settings.pki = PkiSettings{};
    settings.pki->own = {PkiSource::fromFile(m_certificates.path(certificate)),
                         PkiSource::fromFile(m_certificates.path(key))};
    settings.pki->caFile = m_certificates.path(caFile);
    ManualClock clock;
    auto created = DtlsTransport::create(new UdpTransport, settings, DtlsRole::Server, clock);
    QVERIFY(!created);
    QCOMPARE(created.error().kind, SecurityError::Kind::InvalidSettings);
    QVERIFY2(created.error().detail.contains(named), qPrintable(created.error().detail));
}

void TestDtlsSettings::contextAcceptsGoodPki()
{
    SecuritySettings settings;
    settings.pki = PkiSettings{};
    settings.pki->own = {PkiSource::fromFile(m_certificates.path(QStringLiteral("server.der"))),
                         PkiSource::fromFile(m_certificates.path(QStringLiteral("server.key")))};
    settings.pki->caFile = m_certificates.path(QStringLiteral("ca.pem"));
    settings.pki->checkCertRevocation = true;
    settings.pki->crlFile = m_certificates.path(QStringLiteral("crl.pem"));
    ManualClock clock;
    auto created = DtlsTransport::create(new UdpTransport, settings, DtlsRole::Server, clock);
    QVERIFY2(created, created ? "" : qPrintable(created.error().detail));
    QCOMPARE((*created)->role(), DtlsRole::Server);
    delete *created;

    settings.pki->crlFile = m_certificates.path(QStringLiteral("server.pem"));
    auto refused = DtlsTransport::create(new UdpTransport, settings, DtlsRole::Server, clock);
    QVERIFY(!refused);
    QVERIFY(refused.error().detail.contains(QLatin1StringView("server.pem")));
}

void TestDtlsSettings::cookiesAreBoundToTheAddress()
{
    ManualClock clock;
    DtlsCookieJar jar(clock);
    const SocketAddress alice{QHostAddress(QStringLiteral("127.0.0.1")), 40000};
    const SocketAddress aliceMapped{QHostAddress(QStringLiteral("::ffff:127.0.0.1")), 40000};
    const SocketAddress otherPort{QHostAddress(QStringLiteral("127.0.0.1")), 40001};
    const SocketAddress ipv6{QHostAddress(QStringLiteral("::1")), 40000};
    const QByteArray cookie = jar.cookieFor(alice);
    QCOMPARE(cookie.size(), 32);
    QVERIFY(jar.isValid(cookie, alice));
    QVERIFY(jar.isValid(cookie, aliceMapped));
    QVERIFY(!jar.isValid(cookie, otherPort));
    QVERIFY(!jar.isValid(cookie, ipv6));
    QByteArray tampered = cookie;
    tampered[5] = char(tampered[5] ^ 1);
    QVERIFY(!jar.isValid(tampered, alice));
    QVERIFY(!jar.isValid(cookie.left(31), alice));
    QVERIFY(jar.cookieFor(ipv6) != cookie);
}

void TestDtlsSettings::cookieSecretsRotate()
{
    ManualClock clock;
    DtlsCookieJar jar(clock, 1000);
    const SocketAddress peer{QHostAddress(QStringLiteral("127.0.0.1")), 5684};
    const QByteArray first = jar.cookieFor(peer);
    clock.advance(999);
    QCOMPARE(jar.cookieFor(peer), first);
    clock.advance(1);
    const QByteArray second = jar.cookieFor(peer); // rotated
    QVERIFY(second != first);
    QVERIFY(jar.isValid(first, peer)); // the previous secret still counts
    clock.advance(1000);
    QVERIFY(!jar.isValid(first, peer)); // two rotations later it does not
    QVERIFY(jar.isValid(second, peer));
    clock.advance(5000);
    QVERIFY(!jar.isValid(second, peer)); // long idle: both secrets replaced
}

void TestDtlsSettings::names()
{
    QCOMPARE(alertName(0), QStringLiteral("close_notify"));
    QCOMPARE(alertName(20), QStringLiteral("bad_record_mac"));
    QCOMPARE(alertName(40), QStringLiteral("handshake_failure"));
    QCOMPARE(alertName(42), QStringLiteral("bad_certificate"));
    QCOMPARE(alertName(51), QStringLiteral("decrypt_error"));
    QCOMPARE(alertName(115), QStringLiteral("unknown_psk_identity"));
    QCOMPARE(alertName(200), QStringLiteral("alert_200"));
    QCOMPARE(handshakeTypeName(3), QStringLiteral("HelloVerifyRequest"));
    QCOMPARE(handshakeTypeName(14), QStringLiteral("ServerHelloDone"));
    QCOMPARE(handshakeTypeName(99), QStringLiteral("HandshakeType99"));
    QCOMPARE(SecurityError::kindId(SecurityError::Kind::WrongPreSharedKey),
             QLatin1StringView("wrong-pre-shared-key"));
    QCOMPARE(SecurityEvent::kindId(SecurityEvent::Kind::ChangeCipherSpec),
             QLatin1StringView("change-cipher-spec"));
}

QTEST_GUILESS_MAIN(TestDtlsSettings)
#include "tst_dtlssettings.moc"
