// SPDX-License-Identifier: BSD-2-Clause
// CoAP over TCP (RFC 8323) against libcoap both ways: coapscope-cli against coap-server-notls,
// coap-client-notls against coapscope-cli serve, each over coap+tcp://.

#include "cliprocess.h"
#include "loopbackports.h"
#include "server/demoserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryFile>

class TestInteropTcp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // coapscope-cli → coap-server-notls
    void weGetAndDiscover();
    void wePing();
    void weObserveTime();
    void weUploadBlockwiseAndReadBack();

    // coap-client-notls → coapscope-cli serve
    void libcoapGetsPlugtestResources_data();
    void libcoapGetsPlugtestResources();
    void libcoapDownloadsBlockwise();
    void libcoapUploadsBlockwise();
    void libcoapObservesOurTime();
    void libcoapDiscoversWithAFilter();

private:
    CliResult ours(const QStringList &arguments) const
    {
        return runCli(QStringLiteral(COAPSCOPE_CLI_PATH), arguments);
    }
    CliResult libcoapClient(const QStringList &arguments) const
    {
        return runCli(QStringLiteral(COAP_CLIENT_PATH),
                      QStringList{QStringLiteral("-B"), QStringLiteral("10")} + arguments);
    }
    static QString uri(quint16 port, const QString &path)
    {
        return QStringLiteral("coap+tcp://127.0.0.1:%1%2").arg(port).arg(path);
    }

    QByteArray m_body;
    QTemporaryFile m_bodyFile;
    QProcess m_ourServer;
    QProcess m_libcoapServer;
    quint16 m_ourPort = 0;
    quint16 m_libcoapPort = 0;
};

void TestInteropTcp::initTestCase()
{
    m_body.resize(20 * 1024);
    QRandomGenerator random(8323);
    for (char &byte : m_body)
        byte = char(random.bounded(256));
    QVERIFY(m_bodyFile.open());
    m_bodyFile.write(m_body);
    m_bodyFile.flush();

    m_ourPort = freeLoopbackPort();
    QVERIFY(startServer(
        m_ourServer, QStringLiteral(COAPSCOPE_CLI_PATH),
        {QStringLiteral("serve"), QStringLiteral("--listen"), uri(m_ourPort, QString())}, "(TCP)"));

    m_libcoapPort = freeLoopbackPort();
    m_libcoapServer.start(QStringLiteral(COAP_SERVER_PATH),
                          {QStringLiteral("-A"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                           QString::number(m_libcoapPort), QStringLiteral("-d"),
                           QStringLiteral("10")});
    QVERIFY(m_libcoapServer.waitForStarted());
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (ours({QStringLiteral("ping"), QStringLiteral("--timeout"), QStringLiteral("1"),
                  uri(m_libcoapPort, QString())})
                .exitCode == 0)
            return;
        QTest::qWait(100);
    }
    QFAIL("coap-server-notls did not come up");
}

void TestInteropTcp::cleanupTestCase()
{
    stopServer(m_libcoapServer);
    stopServer(m_ourServer);
}

void TestInteropTcp::weGetAndDiscover()
{
    const CliResult time =
        ours({QStringLiteral("get"), uri(m_libcoapPort, QStringLiteral("/time"))});
    QCOMPARE(time.exitCode, 0);
    QVERIFY(!time.out.isEmpty());

    const CliResult clocks = ours({QStringLiteral("discover"), QStringLiteral("--filter"),
                                   QStringLiteral("rt=ticks"), uri(m_libcoapPort, QString())});
    QCOMPARE(clocks.exitCode, 0);
    QCOMPARE(clocks.out.count('\n'), 1);
    QVERIFY2(clocks.out.startsWith("/time  "), clocks.out.constData());

    const CliResult missing =
        ours({QStringLiteral("get"), uri(m_libcoapPort, QStringLiteral("/missing"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.startsWith("Not Found (4.04)"));
}

void TestInteropTcp::wePing()
{
    const CliResult result = ours({QStringLiteral("ping"), uri(m_libcoapPort, QString())});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith("Pong in "), result.out.constData());
}

void TestInteropTcp::weObserveTime()
{
    const CliResult result =
        ours({QStringLiteral("observe"), QStringLiteral("--count"), QStringLiteral("3"),
              QStringLiteral("--json"), uri(m_libcoapPort, QStringLiteral("/time"))});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    qint64 previous = -1;
    for (const QByteArray &line : lines) {
        const QJsonObject json = QJsonDocument::fromJson(line).object();
        QCOMPARE(json.value(QLatin1StringView("code")).toString(), QStringLiteral("2.05"));
        const qint64 observe = json.value(QLatin1StringView("observe")).toInteger();
        QVERIFY(observe > previous);
        previous = observe;
    }
}

void TestInteropTcp::weUploadBlockwiseAndReadBack()
{
    const QString target = uri(m_libcoapPort, QStringLiteral("/uploaded-over-tcp"));
    const CliResult put =
        ours({QStringLiteral("put"), QStringLiteral("--block-size"), QStringLiteral("256"),
              QStringLiteral("--payload-file"), m_bodyFile.fileName(), target});
    QVERIFY2(put.exitCode == 0, put.err.constData());
    const CliResult get =
        ours({QStringLiteral("get"), QStringLiteral("--block-size"), QStringLiteral("64"), target});
    QCOMPARE(get.exitCode, 0);
    QCOMPARE(get.out, m_body);
}

void TestInteropTcp::libcoapGetsPlugtestResources_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("/seg1/seg2/seg3")
        << "/seg1/seg2/seg3" << QStringList{} << QByteArray("seg1/seg2/seg3");
    QTest::newRow("/query") << "/query?first=1&second=2" << QStringList{}
                            << QByteArray("query: first=1&second=2");
    QTest::newRow("/multi-format xml")
        << "/multi-format" << QStringList{QStringLiteral("-A"), QStringLiteral("41")}
        << QByteArray("<multi-format>xml</multi-format>");
    QTest::newRow("/separate") << "/separate" << QStringList{} << QByteArray("separate response");
    QTest::newRow("/path") << "/path" << QStringList{}
                           << QByteArray("</path/sub1>,</path/sub2>,</path/sub3>");
}

void TestInteropTcp::libcoapGetsPlugtestResources()
{
    QFETCH(QString, path);
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, expected);
    const CliResult result = libcoapClient(extra + QStringList{uri(m_ourPort, path)});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), expected);
}

void TestInteropTcp::libcoapDownloadsBlockwise()
{
    const QByteArray expected = coapscope::DemoServer::largeText();
    for (const QString &size : {QStringLiteral("64"), QStringLiteral("1024")}) {
        const CliResult result =
            libcoapClient({QStringLiteral("-b"), size, uri(m_ourPort, QStringLiteral("/large"))});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(withoutTrailingNewline(result.out, expected.size()), expected);
    }
}

void TestInteropTcp::libcoapUploadsBlockwise()
{
    const CliResult put =
        libcoapClient({QStringLiteral("-b"), QStringLiteral("64"), QStringLiteral("-m"),
                       QStringLiteral("put"), QStringLiteral("-f"), m_bodyFile.fileName(),
                       uri(m_ourPort, QStringLiteral("/large-update"))});
    QCOMPARE(put.exitCode, 0);
    QVERIFY2(!put.err.contains("4.") && !put.err.contains("5."), put.err.constData());
    const CliResult get =
        ours({QStringLiteral("get"), uri(m_ourPort, QStringLiteral("/large-update"))});
    QCOMPARE(get.exitCode, 0);
    QCOMPARE(get.out, m_body);
}

void TestInteropTcp::libcoapObservesOurTime()
{
    // -s 3: observe for three seconds; /time changes every second.
    const CliResult result = libcoapClient(
        {QStringLiteral("-s"), QStringLiteral("3"), uri(m_ourPort, QStringLiteral("/time"))});
    QCOMPARE(result.exitCode, 0);
    // coap-client prints the timestamps back to back: count their trailing 'Z's.
    const int notifications = int(result.out.count('Z'));
    QVERIFY2(notifications >= 3, result.out.constData());
}

void TestInteropTcp::libcoapDiscoversWithAFilter()
{
    const CliResult result =
        libcoapClient({uri(m_ourPort, QStringLiteral("/.well-known/core?rt=Type2"))});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("</link2>") && !result.out.contains("</link3>"),
             result.out.constData());
}

QTEST_GUILESS_MAIN(TestInteropTcp)
#include "tst_interop_tcp.moc"
