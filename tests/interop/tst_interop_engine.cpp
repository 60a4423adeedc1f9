// SPDX-License-Identifier: BSD-2-Clause
// The engine against libcoap, an independent implementation, both ways: coapscope-cli as the
// client of coap-server-notls, and coap-client-notls as the client of coapscope-cli serve.

#include "cliprocess.h"
#include "loopbackports.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

class TestInteropEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    // coapscope-cli → coap-server-notls
    void getFromLibcoap();
    void discoverLibcoap();
    void putThenGetOnLibcoap();
    void pingLibcoap();
    void libcoapNotFound();
    void observeLibcoapTime();
    void discoverLibcoapResources();

    // coap-client-notls → coapscope-cli serve
    void libcoapGetsPlugtestResources_data();
    void libcoapGetsPlugtestResources();
    void libcoapMethodsOnTest_data();
    void libcoapMethodsOnTest();
    void libcoapSeparateResponse();
    void libcoapNonRequest();
    void libcoapDiscoveryFilters_data();
    void libcoapDiscoveryFilters();
    void libcoapNotFoundFromUs();
    void libcoapCreatesAndQueries();
    void libcoapObservesOurTime();
    void libcoapObservesOurLargeResource();

private:
    CliResult ours(const QStringList &arguments) const
    {
        return runCli(QStringLiteral(COAPSCOPE_CLI_PATH), arguments);
    }
    CliResult libcoapClient(const QStringList &arguments) const
    {
        return runCli(QStringLiteral(COAP_CLIENT_PATH),
                      QStringList{QStringLiteral("-B"), QStringLiteral("5")} + arguments);
    }
    QString libcoapUri(const QString &path) const
    {
        return QStringLiteral("coap://127.0.0.1:%1%2").arg(m_libcoapPort).arg(path);
    }
    QString ourUri(const QString &path) const
    {
        return QStringLiteral("coap://127.0.0.1:%1%2").arg(m_ourPort).arg(path);
    }

    QProcess m_libcoapServer;
    QProcess m_ourServer;
    quint16 m_libcoapPort = 0;
    quint16 m_ourPort = 0;
};

void TestInteropEngine::initTestCase()
{
    m_ourPort = freeLoopbackPort();
    QVERIFY(startServer(m_ourServer, QStringLiteral(COAPSCOPE_CLI_PATH),
                        {QStringLiteral("serve"), QStringLiteral("--listen"), ourUri(QString())},
                        "Serving"));

    m_libcoapPort = freeLoopbackPort();
    m_libcoapServer.start(QStringLiteral(COAP_SERVER_PATH),
                          {QStringLiteral("-A"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                           QString::number(m_libcoapPort)});
    QVERIFY(m_libcoapServer.waitForStarted());
    // Ready once it answers our ping.
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (ours({QStringLiteral("ping"), QStringLiteral("--timeout"), QStringLiteral("1"),
                  libcoapUri(QString())})
                .exitCode == 0)
            return;
        QTest::qWait(100);
    }
    QFAIL("coap-server-notls did not come up");
}

void TestInteropEngine::cleanupTestCase()
{
    stopServer(m_libcoapServer);
    stopServer(m_ourServer);
}

void TestInteropEngine::getFromLibcoap()
{
    const CliResult result = ours({QStringLiteral("get"), libcoapUri(QStringLiteral("/time"))});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(!result.out.isEmpty(), result.err.constData());
}

void TestInteropEngine::discoverLibcoap()
{
    const CliResult result = ours({QStringLiteral("get"), QStringLiteral("--json"),
                                   libcoapUri(QStringLiteral("/.well-known/core"))});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    const QString links = json.value(QLatin1StringView("payload"))
                              .toObject()
                              .value(QLatin1StringView("text"))
                              .toString();
    QVERIFY2(links.contains(QStringLiteral("</time>")), qPrintable(links));
    QCOMPARE(json.value(QLatin1StringView("options"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1StringView("value"))
                 .toInt(),
             40);
}

void TestInteropEngine::putThenGetOnLibcoap()
{
    const QString uri = libcoapUri(QStringLiteral("/example_data"));
    QCOMPARE(ours({QStringLiteral("put"), QStringLiteral("--payload"),
                   QStringLiteral("stored by coapscope"), QStringLiteral("--content-format"),
                   QStringLiteral("text/plain"), uri})
                 .exitCode,
             0);
    const CliResult result = ours({QStringLiteral("get"), uri});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("stored by coapscope"));
}

void TestInteropEngine::pingLibcoap()
{
    const CliResult result = ours({QStringLiteral("ping"), libcoapUri(QString())});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("RST"));
}

void TestInteropEngine::libcoapNotFound()
{
    const CliResult result = ours({QStringLiteral("get"), libcoapUri(QStringLiteral("/missing"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.startsWith("Not Found (4.04)"));
}

void TestInteropEngine::discoverLibcoapResources()
{
    const CliResult all = ours({QStringLiteral("discover"), libcoapUri(QString())});
    QCOMPARE(all.exitCode, 0);
    QVERIFY2(all.out.contains("/time  "), all.out.constData());
    QVERIFY(all.out.contains("/example_data  "));
    const CliResult clocks = ours({QStringLiteral("discover"), QStringLiteral("--filter"),
                                   QStringLiteral("rt=ticks"), libcoapUri(QString())});
    QCOMPARE(clocks.exitCode, 0);
    QCOMPARE(clocks.out.count('\n'), 1);
    QVERIFY(clocks.out.startsWith("/time  "));
}

void TestInteropEngine::observeLibcoapTime()
{
    const CliResult result =
        ours({QStringLiteral("observe"), QStringLiteral("--count"), QStringLiteral("3"),
              QStringLiteral("--json"), libcoapUri(QStringLiteral("/time"))});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    qint64 previous = -1;
    for (const QByteArray &line : lines) {
        const QJsonObject json = QJsonDocument::fromJson(line).object();
        QCOMPARE(json.value(QLatin1StringView("code")).toString(), QStringLiteral("2.05"));
        QVERIFY(!json.value(QLatin1StringView("stale")).toBool());
        const qint64 observe = json.value(QLatin1StringView("observe")).toInteger();
        QVERIFY(observe > previous);
        previous = observe;
    }
}

void TestInteropEngine::libcoapGetsPlugtestResources_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("/seg1/seg2/seg3")
        << "/seg1/seg2/seg3" << QStringList{} << QByteArray("seg1/seg2/seg3");
    QTest::newRow("/query") << "/query?first=1&second=2" << QStringList{}
                            << QByteArray("query: first=1&second=2");
    QTest::newRow("/multi-format text")
        << "/multi-format" << QStringList{QStringLiteral("-A"), QStringLiteral("0")}
        << QByteArray("multi-format: plain text");
    QTest::newRow("/multi-format xml")
        << "/multi-format" << QStringList{QStringLiteral("-A"), QStringLiteral("41")}
        << QByteArray("<multi-format>xml</multi-format>");
    QTest::newRow("/link2") << "/link2" << QStringList{} << QByteArray("link2");
    QTest::newRow("/path/sub3") << "/path/sub3" << QStringList{} << QByteArray("path/sub3");
    QTest::newRow("/path") << "/path" << QStringList{}
                           << QByteArray("</path/sub1>,</path/sub2>,</path/sub3>");
    QTest::newRow("/validate") << "/validate" << QStringList{} << QByteArray("initial value");
}

void TestInteropEngine::libcoapGetsPlugtestResources()
{
    QFETCH(QString, path);
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, expected);
    const CliResult result = libcoapClient(extra + QStringList{ourUri(path)});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), expected);
}

void TestInteropEngine::libcoapMethodsOnTest_data()
{
    QTest::addColumn<QString>("method");
    QTest::newRow("POST") << "post";
    QTest::newRow("PUT") << "put";
    QTest::newRow("DELETE") << "delete";
}

void TestInteropEngine::libcoapMethodsOnTest()
{
    QFETCH(QString, method);
    const CliResult result =
        libcoapClient({QStringLiteral("-m"), method, QStringLiteral("-e"),
                       QStringLiteral("payload from libcoap"), ourUri(QStringLiteral("/test"))});
    QCOMPARE(result.exitCode, 0);
    // coap-client reports 4.xx and 5.xx answers on standard error.
    QVERIFY2(!result.err.contains("4.") && !result.err.contains("5."), result.err.constData());
}

void TestInteropEngine::libcoapSeparateResponse()
{
    const CliResult result = libcoapClient({ourUri(QStringLiteral("/separate"))});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QByteArray("separate response"));
}

void TestInteropEngine::libcoapNonRequest()
{
    const CliResult result =
        libcoapClient({QStringLiteral("-N"), ourUri(QStringLiteral("/seg1/seg2/seg3"))});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed(), QByteArray("seg1/seg2/seg3"));
}

void TestInteropEngine::libcoapDiscoveryFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArrayList>("present");
    QTest::addColumn<QByteArrayList>("absent");
    QTest::newRow("all") << "" << QByteArrayList{"</test>", "</link1>", "</path/sub2>"}
                         << QByteArrayList{};
    QTest::newRow("rt=Type1") << "?rt=Type1" << QByteArrayList{"</link1>", "</link3>"}
                              << QByteArrayList{"</link2>", "</test>"};
    QTest::newRow("if=If2") << "?if=If2" << QByteArrayList{"</link2>"}
                            << QByteArrayList{"</link1>"};
    QTest::newRow("href prefix") << "?href=/path*" << QByteArrayList{"</path>", "</path/sub1>"}
                                 << QByteArrayList{"</test>"};
}

void TestInteropEngine::libcoapDiscoveryFilters()
{
    QFETCH(QString, query);
    QFETCH(QByteArrayList, present);
    QFETCH(QByteArrayList, absent);
    const CliResult result = libcoapClient({ourUri(QStringLiteral("/.well-known/core") + query)});
    QCOMPARE(result.exitCode, 0);
    for (const QByteArray &link : present)
        QVERIFY2(result.out.contains(link), result.out.constData());
    for (const QByteArray &link : absent)
        QVERIFY2(!result.out.contains(link), result.out.constData());
}

void TestInteropEngine::libcoapNotFoundFromUs()
{
    const CliResult result = libcoapClient({ourUri(QStringLiteral("/missing"))});
    QVERIFY2(result.err.contains("4.04"), result.err.constData());
}

void TestInteropEngine::libcoapCreatesAndQueries()
{
    // TD_COAP_CORE: /create1 with If-None-Match: created once (2.01), then 4.12.
    libcoapClient(
        {QStringLiteral("-m"), QStringLiteral("delete"), ourUri(QStringLiteral("/create1"))});
    const QStringList create{QStringLiteral("-m"),
                             QStringLiteral("put"),
                             QStringLiteral("-O"),
                             QStringLiteral("5,"),
                             QStringLiteral("-e"),
                             QStringLiteral("x"),
                             ourUri(QStringLiteral("/create1"))};
    const CliResult first = libcoapClient(create);
    QVERIFY2(!first.err.contains("4.12"), first.err.constData());
    const CliResult second = libcoapClient(create);
    QVERIFY2(second.err.contains("4.12"), second.err.constData());
    // /location-query and /large-create answer 2.01; coap-client reports no error for either.
    const CliResult location =
        libcoapClient({QStringLiteral("-m"), QStringLiteral("post"), QStringLiteral("-e"),
                       QStringLiteral("x"), ourUri(QStringLiteral("/location-query"))});
    QCOMPARE(location.exitCode, 0);
    QVERIFY2(!location.err.contains("4.") && !location.err.contains("5."),
             location.err.constData());
    const CliResult large = libcoapClient(
        {QStringLiteral("-m"), QStringLiteral("post"), QStringLiteral("-b"), QStringLiteral("64"),
         QStringLiteral("-e"), QString(QLatin1Char('L')).repeated(3000),
         ourUri(QStringLiteral("/large-create"))});
    QCOMPARE(large.exitCode, 0);
    QVERIFY2(!large.err.contains("4.") && !large.err.contains("5."), large.err.constData());
    // What it created holds the whole body.
    const CliResult created = ours({QStringLiteral("discover"), QStringLiteral("--filter"),
                                    QStringLiteral("href=/large-create/*"), ourUri(QString())});
    QCOMPARE(created.exitCode, 0);
    const QByteArray path = created.out.split(' ').first().trimmed();
    QVERIFY2(path.startsWith("/large-create/"), created.out.constData());
    QCOMPARE(ours({QStringLiteral("get"), ourUri(QString::fromUtf8(path))}).out,
             QByteArray(3000, 'L'));
}

void TestInteropEngine::libcoapObservesOurTime()
{
    // coap-client -s: observe for the given seconds; /time notifies every second.
    const CliResult result = runCli(QStringLiteral(COAP_CLIENT_PATH),
                                    {QStringLiteral("-s"), QStringLiteral("3"),
                                     QStringLiteral("-w"), ourUri(QStringLiteral("/time"))});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QVERIFY2(lines.size() >= 3, result.out.constData());
    for (const QByteArray &line : lines)
        QVERIFY2(line.endsWith('Z'), line.constData()); // ISO 8601 UTC
}

void TestInteropEngine::libcoapObservesOurLargeResource()
{
    // A notification too large for one datagram goes as Block2 blocks.
    const CliResult result = runCli(QStringLiteral(COAP_CLIENT_PATH),
                                    {QStringLiteral("-s"), QStringLiteral("7"),
                                     QStringLiteral("-w"), ourUri(QStringLiteral("/obs-large"))});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.count("obs-large ") >= 2, result.out.left(300).constData());
    for (const QByteArray &line : result.out.split('\n')) {
        if (line.startsWith("obs-large "))
            continue;
        QVERIFY(line.isEmpty() || line.size() >= 1400);
    }
}

QTEST_GUILESS_MAIN(TestInteropEngine)
#include "tst_interop_engine.moc"
