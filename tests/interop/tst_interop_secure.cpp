// SPDX-License-Identifier: BSD-2-Clause
// DTLS and TLS against libcoap's OpenSSL build, both ways, with pre-shared keys and with
// certificates made at test time by openssl(1): coapscope-cli against coap-server-openssl over
// coaps:// and coaps+tcp://, and coap-client-openssl against coapscope-cli serve.

#include "cliprocess.h"
#include "loopbackports.h"
#include "testcertificates.h"

class TestInteropSecure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void weTalkToLibcoap_data();
    void weTalkToLibcoap();
    void libcoapTalksToUs_data();
    void libcoapTalksToUs();
    void wrongKeyFailsWithSecurityStatus_data();
    void wrongKeyFailsWithSecurityStatus();

private:
    CliResult ours(const QStringList &arguments) const
    {
        return runCli(QStringLiteral(COAPSCOPE_CLI_PATH), arguments, {}, 60000);
    }
    QString file(const char *name) const { return m_certificates.path(QLatin1StringView(name)); }
    QStringList ourClientCredentials(const QString &credentials) const;

    TestCertificates m_certificates;
    QProcess m_libcoapPsk;
    QProcess m_libcoapPki;
    QProcess m_ourPsk;
    QProcess m_ourPki;
    quint16 m_libcoapPskPort = 0; // libcoap listens for (D)TLS one port above -p
    quint16 m_libcoapPkiPort = 0;
    quint16 m_ourPskPort = 0;
    quint16 m_ourPkiPort = 0;
};

namespace {

// A port p with p and p + 1 both free, for coap-server's plain and secure listeners.
quint16 freePortPair()
{
    for (int attempt = 0; attempt < 50; ++attempt) {
        const quint16 port = freeLoopbackPort();
        QUdpSocket udp;
        QTcpServer tcp;
        if (port < 65535 && udp.bind(QHostAddress::LocalHost, port + 1) &&
            tcp.listen(QHostAddress::LocalHost, port + 1))
            return port;
    }
    qFatal("no pair of free loopback ports");
}

bool startLibcoap(QProcess &process, quint16 port, const QStringList &arguments)
{
    process.start(QStringLiteral(COAP_SERVER_PATH),
                  QStringList{QStringLiteral("-A"), QStringLiteral("127.0.0.1"),
                              QStringLiteral("-p"), QString::number(port)} +
                      arguments);
    if (!process.waitForStarted())
        return false;
    // Ready once its TCP listener takes connections.
    return QTest::qWaitFor([port] {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        return probe.waitForConnected(100);
    });
}

} // namespace

void TestInteropSecure::initTestCase()
{
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));

    const quint16 pskBase = freePortPair();
    m_libcoapPskPort = pskBase + 1;
    QVERIFY(startLibcoap(m_libcoapPsk, pskBase,
                         {QStringLiteral("-k"), QStringLiteral("interop secret"),
                          QStringLiteral("-h"), QStringLiteral("libcoap-hint")}));
    const quint16 pkiBase = freePortPair();
    m_libcoapPkiPort = pkiBase + 1;
    QVERIFY(startLibcoap(m_libcoapPki, pkiBase,
                         {QStringLiteral("-c"), file("server.pem"), QStringLiteral("-j"),
                          file("server.key"), QStringLiteral("-R"), file("ca.pem")}));

    m_ourPskPort = freeLoopbackPort();
    QVERIFY(startServer(m_ourPsk, QStringLiteral(COAPSCOPE_CLI_PATH),
                        {QStringLiteral("serve"), QStringLiteral("--listen"),
                         QStringLiteral("coaps://127.0.0.1:%1").arg(m_ourPskPort),
                         QStringLiteral("--listen"),
                         QStringLiteral("coaps+tcp://127.0.0.1:%1").arg(m_ourPskPort),
                         QStringLiteral("--psk-key"), QStringLiteral("interop secret"),
                         QStringLiteral("--psk-hint"), QStringLiteral("coapscope-hint")},
                        "(TLS)"));
    m_ourPkiPort = freeLoopbackPort();
    QVERIFY(startServer(m_ourPki, QStringLiteral(COAPSCOPE_CLI_PATH),
                        {QStringLiteral("serve"), QStringLiteral("--listen"),
                         QStringLiteral("coaps://127.0.0.1:%1").arg(m_ourPkiPort),
                         QStringLiteral("--listen"),
                         QStringLiteral("coaps+tcp://127.0.0.1:%1").arg(m_ourPkiPort),
                         QStringLiteral("--cert"), file("server.pem"), QStringLiteral("--key"),
                         file("server.key"), QStringLiteral("--ca"), file("ca.pem")},
                        "(TLS)"));
}

void TestInteropSecure::cleanupTestCase()
{
    stopServer(m_libcoapPsk);
    stopServer(m_libcoapPki);
    stopServer(m_ourPsk);
    stopServer(m_ourPki);
}

QStringList TestInteropSecure::ourClientCredentials(const QString &credentials) const
{
    if (credentials == QStringLiteral("psk")) {
        return {QStringLiteral("--psk-identity"), QStringLiteral("coapscope"),
                QStringLiteral("--psk-key"), QStringLiteral("interop secret")};
    }
    return {QStringLiteral("--cert"), file("client.pem"),     QStringLiteral("--key"),
            file("client.key"),       QStringLiteral("--ca"), file("ca.pem")};
}

void TestInteropSecure::weTalkToLibcoap_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("credentials");
    for (const char *scheme : {"coaps", "coaps+tcp"}) {
        for (const char *credentials : {"psk", "certificates"})
            QTest::addRow("%s, %s", scheme, credentials) << scheme << credentials;
    }
}

void TestInteropSecure::weTalkToLibcoap()
{
    QFETCH(QString, scheme);
    QFETCH(QString, credentials);
    const quint16 port = credentials == QStringLiteral("psk") ? m_libcoapPskPort : m_libcoapPkiPort;
    const QString base = QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(port);
    const CliResult time = ours(QStringList{QStringLiteral("get"), base + QStringLiteral("/time")} +
                                ourClientCredentials(credentials));
    QVERIFY2(time.exitCode == 0, time.err.constData());
    QVERIFY(!time.out.isEmpty());

    const CliResult discovered =
        ours(QStringList{QStringLiteral("discover"), QStringLiteral("--filter"),
                         QStringLiteral("rt=ticks"), base} +
             ourClientCredentials(credentials));
    QCOMPARE(discovered.exitCode, 0);
    QVERIFY2(discovered.out.startsWith("/time  "), discovered.out.constData());

    const CliResult observed =
        ours(QStringList{QStringLiteral("observe"), QStringLiteral("--count"), QStringLiteral("2"),
                         base + QStringLiteral("/time")} +
             ourClientCredentials(credentials));
    QCOMPARE(observed.exitCode, 0);
    QCOMPARE(observed.out.trimmed().split('\n').size(), 2);
}

void TestInteropSecure::libcoapTalksToUs_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("credentials");
    for (const char *scheme : {"coaps", "coaps+tcp"}) {
        for (const char *credentials : {"psk", "certificates"})
            QTest::addRow("%s, %s", scheme, credentials) << scheme << credentials;
    }
}

void TestInteropSecure::libcoapTalksToUs()
{
    QFETCH(QString, scheme);
    QFETCH(QString, credentials);
    const bool psk = credentials == QStringLiteral("psk");
    const QString base =
        QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(psk ? m_ourPskPort : m_ourPkiPort);
    const QStringList libcoapCredentials =
        psk ? QStringList{QStringLiteral("-u"), QStringLiteral("libcoap"), QStringLiteral("-k"),
                          QStringLiteral("interop secret")}
            : QStringList{QStringLiteral("-c"), file("client.pem"),   QStringLiteral("-j"),
                          file("client.key"),   QStringLiteral("-R"), file("ca.pem")};
    const auto libcoapClient = [&](const QStringList &arguments) {
        return runCli(QStringLiteral(COAP_CLIENT_PATH),
                      QStringList{QStringLiteral("-B"), QStringLiteral("10")} + libcoapCredentials +
                          arguments);
    };
    const CliResult segments = libcoapClient({base + QStringLiteral("/seg1/seg2/seg3")});
    QVERIFY2(segments.exitCode == 0, segments.err.constData());
    QCOMPARE(segments.out.trimmed(), QByteArray("seg1/seg2/seg3"));

    const CliResult large = libcoapClient(
        {QStringLiteral("-b"), QStringLiteral("64"), base + QStringLiteral("/large")});
    QCOMPARE(large.exitCode, 0);
    QVERIFY(large.out.startsWith("CoapScope demo /large, line 001"));
    QVERIFY(large.out.size() > 2000);
}

void TestInteropSecure::wrongKeyFailsWithSecurityStatus_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("coaps") << "coaps";
    QTest::newRow("coaps+tcp") << "coaps+tcp";
}

void TestInteropSecure::wrongKeyFailsWithSecurityStatus()
{
    QFETCH(QString, scheme);
    // Our server answers a wrong key with an alert, so the client knows at once.
    const CliResult result =
        ours({QStringLiteral("get"),
              QStringLiteral("%1://127.0.0.1:%2/test").arg(scheme).arg(m_ourPskPort),
              QStringLiteral("--psk-identity"), QStringLiteral("coapscope"),
              QStringLiteral("--psk-key"), QStringLiteral("not the secret")});
    QCOMPARE(result.exitCode, 4);
    QVERIFY2(result.err.contains("wrong pre-shared key"), result.err.constData());
}

QTEST_GUILESS_MAIN(TestInteropSecure)
#include "tst_interop_secure.moc"
