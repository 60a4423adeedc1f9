// SPDX-License-Identifier: BSD-2-Clause
// The real coapscope-cli as a client of the real coapscope-cli serve, on loopback.

#include "cliprocess.h"
#include "loopbackports.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

class TestCliRequests : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void getPrintsPayload();
    void errorResponseExitsOne();
    void methodsOnTest_data();
    void methodsOnTest();
    void jsonOutput();
    void queryAndOptions();
    void acceptSelectsFormat_data();
    void acceptSelectsFormat();
    void etagValidation();
    void conditionalCreate();
    void separateResponse();
    void nonConfirmable();
    void payloadFromFile();
    void discoveryFilter();
    void ping();
    void discover();
    void bench();
    void observeCount();
    void observeDuration();
    void observeNotObservable();
    void closedPortFailsFast_data();
    void closedPortFailsFast();
    void overTcp();
    void usageErrors_data();
    void usageErrors();
    void serveStopsCleanlyOnSigterm();
    void serveRefusesBusyPort();
    void withoutBusyPolling();

private:
    CliResult cli(const QStringList &arguments) const
    {
        return runCli(QStringLiteral(COAPSCOPE_CLI_PATH), arguments);
    }
    QString uri(const QString &path) const
    {
        return QStringLiteral("coap://127.0.0.1:%1%2").arg(m_port).arg(path);
    }
    QString tcpUri(const QString &path) const
    {
        return QStringLiteral("coap+tcp://127.0.0.1:%1%2").arg(m_port).arg(path);
    }

    QProcess m_server;
    quint16 m_port = 0;
};

void TestCliRequests::initTestCase()
{
    m_port = freeLoopbackPort();
    QVERIFY(startServer(m_server, QStringLiteral(COAPSCOPE_CLI_PATH),
                        {QStringLiteral("serve"), QStringLiteral("--listen"), uri(QString()),
                         QStringLiteral("--listen"), tcpUri(QString())},
                        "(TCP)"));
}

void TestCliRequests::cleanupTestCase()
{
    stopServer(m_server);
}

void TestCliRequests::getPrintsPayload()
{
    const CliResult result = cli({QStringLiteral("get"), uri(QStringLiteral("/seg1/seg2/seg3"))});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("seg1/seg2/seg3"));
    QVERIFY(result.err.isEmpty());
}

void TestCliRequests::errorResponseExitsOne()
{
    const CliResult result = cli({QStringLiteral("get"), uri(QStringLiteral("/no/such/thing"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.trimmed(), QByteArray("Not Found (4.04)"));
}

void TestCliRequests::methodsOnTest_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("code");
    QTest::newRow("POST") << "post"
                          << "2.01";
    QTest::newRow("PUT") << "put"
                         << "2.04";
    QTest::newRow("DELETE") << "delete"
                            << "2.02";
    QTest::newRow("FETCH is not allowed") << "fetch"
                                          << "4.05";
    QTest::newRow("iPATCH is not allowed") << "ipatch"
                                           << "4.05";
}

void TestCliRequests::methodsOnTest()
{
    QFETCH(QString, method);
    QFETCH(QString, code);
    const CliResult result = cli({method, QStringLiteral("--json"), QStringLiteral("--payload"),
                                  QStringLiteral("x"), uri(QStringLiteral("/test"))});
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QLatin1StringView("code")).toString(), code);
    QCOMPARE(result.exitCode, code.startsWith(u'2') ? 0 : 1);
}

void TestCliRequests::jsonOutput()
{
    const CliResult result = cli(
        {QStringLiteral("get"), QStringLiteral("--json"), uri(QStringLiteral("/seg1/seg2/seg3"))});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QLatin1StringView("type")).toString(), QStringLiteral("ACK"));
    QCOMPARE(json.value(QLatin1StringView("codeName")).toString(), QStringLiteral("Content"));
    QVERIFY(json.value(QLatin1StringView("roundTripMs")).toInt(-1) >= 0);
    QCOMPARE(json.value(QLatin1StringView("retransmissions")).toInt(-1), 0);
    const QJsonObject payload = json.value(QLatin1StringView("payload")).toObject();
    QCOMPARE(payload.value(QLatin1StringView("text")).toString(), QStringLiteral("seg1/seg2/seg3"));
    QCOMPARE(
        QByteArray::fromBase64(payload.value(QLatin1StringView("base64")).toString().toLatin1()),
        payload.value(QLatin1StringView("text")).toString().toUtf8());
}

void TestCliRequests::queryAndOptions()
{
    CliResult result =
        cli({QStringLiteral("get"), uri(QStringLiteral("/query?first=1&second=two"))});
    QCOMPARE(result.out, QByteArray("query: first=1&second=two"));
    result = cli({QStringLiteral("get"), QStringLiteral("--option"),
                  QStringLiteral("Uri-Query=third=3"), uri(QStringLiteral("/query"))});
    QCOMPARE(result.out, QByteArray("query: third=3"));
    // An unrecognized critical option: 4.02 from the server.
    result = cli({QStringLiteral("get"), QStringLiteral("--option"), QStringLiteral("2049=0x01"),
                  uri(QStringLiteral("/test"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.startsWith("Bad Option (4.02)"));
}

void TestCliRequests::acceptSelectsFormat_data()
{
    QTest::addColumn<QString>("accept");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("output");
    QTest::newRow("text") << "text/plain" << 0 << QByteArray("multi-format: plain text");
    QTest::newRow("xml by number") << "41" << 0 << QByteArray("<multi-format>xml</multi-format>");
    QTest::newRow("json not offered") << "json" << 1 << QByteArray();
}

void TestCliRequests::acceptSelectsFormat()
{
    QFETCH(QString, accept);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, output);
    const CliResult result = cli({QStringLiteral("get"), QStringLiteral("--accept"), accept,
                                  uri(QStringLiteral("/multi-format"))});
    QCOMPARE(result.exitCode, exitCode);
    QCOMPARE(result.out, output);
    if (exitCode == 1)
        QVERIFY(result.err.startsWith("Not Acceptable (4.06)"));
}

void TestCliRequests::etagValidation()
{
    const auto etagOf = [](const CliResult &result) {
        const QJsonObject json = QJsonDocument::fromJson(result.out).object();
        for (const auto &value : json.value(QLatin1StringView("options")).toArray()) {
            if (value.toObject().value(QLatin1StringView("name")).toString() ==
                QLatin1StringView("ETag"))
                return value.toObject().value(QLatin1StringView("hex")).toString();
        }
        return QString();
    };
    const CliResult first =
        cli({QStringLiteral("get"), QStringLiteral("--json"), uri(QStringLiteral("/validate"))});
    const QString etag = etagOf(first);
    QVERIFY(!etag.isEmpty());
    const CliResult valid =
        cli({QStringLiteral("get"), QStringLiteral("--json"), QStringLiteral("--option"),
             QStringLiteral("ETag=0x") + etag, uri(QStringLiteral("/validate"))});
    QCOMPARE(
        QJsonDocument::fromJson(valid.out).object().value(QLatin1StringView("code")).toString(),
        QStringLiteral("2.03"));
    const CliResult stale =
        cli({QStringLiteral("put"), QStringLiteral("--payload"), QStringLiteral("v2"),
             QStringLiteral("--option"), QStringLiteral("If-Match=0xdeadbeef"),
             uri(QStringLiteral("/validate"))});
    QCOMPARE(stale.exitCode, 1);
    QVERIFY(stale.err.startsWith("Precondition Failed (4.12)"));
    const CliResult update =
        cli({QStringLiteral("put"), QStringLiteral("--json"), QStringLiteral("--payload"),
             QStringLiteral("v2"), QStringLiteral("--option"), QStringLiteral("If-Match=0x") + etag,
             uri(QStringLiteral("/validate"))});
    QCOMPARE(update.exitCode, 0);
    QVERIFY(etagOf(update) != etag);
}

void TestCliRequests::conditionalCreate()
{
    cli({QStringLiteral("delete"), uri(QStringLiteral("/create1"))});
    const QStringList create{QStringLiteral("put"), QStringLiteral("--json"),
                             QStringLiteral("--option"), QStringLiteral("If-None-Match="),
                             uri(QStringLiteral("/create1"))};
    const CliResult first = cli(create);
    QCOMPARE(
        QJsonDocument::fromJson(first.out).object().value(QLatin1StringView("code")).toString(),
        QStringLiteral("2.01"));
    const CliResult second = cli(create);
    QCOMPARE(
        QJsonDocument::fromJson(second.out).object().value(QLatin1StringView("code")).toString(),
        QStringLiteral("4.12"));
}

void TestCliRequests::separateResponse()
{
    const CliResult result =
        cli({QStringLiteral("get"), QStringLiteral("--json"), uri(QStringLiteral("/separate"))});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QLatin1StringView("type")).toString(), QStringLiteral("CON"));
    QVERIFY(json.value(QLatin1StringView("roundTripMs")).toInt() >= 900);
}

void TestCliRequests::nonConfirmable()
{
    const CliResult result = cli({QStringLiteral("get"), QStringLiteral("--non"),
                                  QStringLiteral("--json"), uri(QStringLiteral("/test"))});
    QCOMPARE(
        QJsonDocument::fromJson(result.out).object().value(QLatin1StringView("type")).toString(),
        QStringLiteral("NON"));
}

void TestCliRequests::payloadFromFile()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("from a file");
    file.flush();
    QCOMPARE(cli({QStringLiteral("put"), QStringLiteral("--payload-file"), file.fileName(),
                  uri(QStringLiteral("/test"))})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("get"), uri(QStringLiteral("/test"))}).out,
             QByteArray("from a file"));
}

void TestCliRequests::discoveryFilter()
{
    const CliResult result =
        cli({QStringLiteral("get"), uri(QStringLiteral("/.well-known/core?rt=Type1"))});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("</link1>"));
    QVERIFY(result.out.contains("</link3>"));
    QVERIFY(!result.out.contains("</link2>"));
    const CliResult none =
        cli({QStringLiteral("get"), uri(QStringLiteral("/.well-known/core?rt=Nothing"))});
    QCOMPARE(none.exitCode, 1);
}

void TestCliRequests::ping()
{
    const CliResult result = cli({QStringLiteral("ping"), uri(QString())});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("RST in "));
}

void TestCliRequests::discover()
{
    const CliResult filtered = cli({QStringLiteral("discover"), QStringLiteral("--filter"),
                                    QStringLiteral("if=If2"), uri(QString())});
    QCOMPARE(filtered.exitCode, 0);
    QCOMPARE(filtered.out,
             QByteArray("/link2  rt=Type2 Type3  if=If2  title=Link test resource 2\n"));

    const CliResult json =
        cli({QStringLiteral("discover"), QStringLiteral("--json"), uri(QString())});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray links =
        QJsonDocument::fromJson(json.out).object().value(QLatin1StringView("links")).toArray();
    bool sawObservable = false;
    for (const auto &value : links) {
        const QJsonObject link = value.toObject();
        if (link.value(QLatin1StringView("href")).toString() == QLatin1StringView("/obs"))
            sawObservable = link.value(QLatin1StringView("attributes"))
                                .toObject()
                                .value(QLatin1StringView("obs"))
                                .toBool();
    }
    QVERIFY(sawObservable);
    QCOMPARE(cli({QStringLiteral("discover"), QStringLiteral("--filter"),
                  QStringLiteral("nonsense"), uri(QString())})
                 .exitCode,
             2);
}

void TestCliRequests::bench()
{
    const CliResult result =
        cli({QStringLiteral("bench"), QStringLiteral("--json"), QStringLiteral("--requests"),
             QStringLiteral("500"), QStringLiteral("--concurrency"), QStringLiteral("3"),
             uri(QStringLiteral("/test"))});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QLatin1StringView("requests")).toInt(), 500);
    QCOMPARE(json.value(QLatin1StringView("errors")).toInt(), 0);
    QVERIFY(json.value(QLatin1StringView("requestsPerSecond")).toDouble() > 0);
    const QJsonObject latency = json.value(QLatin1StringView("latencyMs")).toObject();
    QVERIFY(latency.value(QLatin1StringView("p50")).toDouble() <=
            latency.value(QLatin1StringView("p99")).toDouble());
    // A resource that answers 4.04 counts as errors, and the exit status says so.
    const CliResult missing = cli({QStringLiteral("bench"), QStringLiteral("--requests"),
                                   QStringLiteral("20"), uri(QStringLiteral("/missing"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.out.contains("errors 20"));
    QCOMPARE(missing.err.trimmed(), QByteArray("first error: Not Found (4.04)"));
    QVERIFY(json.value(QLatin1StringView("firstError")).isNull());
    const CliResult missingJson =
        cli({QStringLiteral("bench"), QStringLiteral("--json"), QStringLiteral("--requests"),
             QStringLiteral("5"), uri(QStringLiteral("/missing"))});
    QCOMPARE(QJsonDocument::fromJson(missingJson.out)
                 .object()
                 .value(QLatin1StringView("firstError"))
                 .toString(),
             QStringLiteral("Not Found (4.04)"));
}

void TestCliRequests::observeCount()
{
    const CliResult result = cli({QStringLiteral("observe"), QStringLiteral("--count"),
                                  QStringLiteral("3"), uri(QStringLiteral("/time"))});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out.trimmed().split('\n').size(), 3);
}

void TestCliRequests::observeDuration()
{
    // /obs changes every 5 s, on the server's own schedule: within 1.5 s come the first
    // response and at most one notification; then the observation stops by itself.
    QElapsedTimer timer;
    timer.start();
    const CliResult result = cli({QStringLiteral("observe"), QStringLiteral("--duration"),
                                  QStringLiteral("1.5"), uri(QStringLiteral("/obs"))});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("obs "));
    const qsizetype lines = result.out.count('\n');
    QVERIFY2(lines >= 1 && lines <= 2, result.out.constData());
    QVERIFY(timer.elapsed() >= 1400);
    QVERIFY(timer.elapsed() < 10000);
}

void TestCliRequests::observeNotObservable()
{
    const CliResult result =
        cli({QStringLiteral("observe"), uri(QStringLiteral("/seg1/seg2/seg3"))});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("did not accept the observation"));
}

void TestCliRequests::closedPortFailsFast_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::newRow("UDP") << "coap";
    QTest::newRow("TCP") << "coap+tcp";
}

void TestCliRequests::closedPortFailsFast()
{
    QFETCH(QString, scheme);
    const quint16 closed = freeLoopbackPort();
    QElapsedTimer timer;
    timer.start();
    const CliResult result =
        cli({QStringLiteral("get"), QStringLiteral("%1://127.0.0.1:%2/x").arg(scheme).arg(closed)});
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains("nothing is listening on that port"), result.err.constData());
    QVERIFY(timer.elapsed() < 20000); // not the 93 s of a silent peer
}

void TestCliRequests::overTcp()
{
    const CliResult segments =
        cli({QStringLiteral("get"), tcpUri(QStringLiteral("/seg1/seg2/seg3"))});
    QCOMPARE(segments.exitCode, 0);
    QCOMPARE(segments.out, QByteArray("seg1/seg2/seg3"));

    // The peer's 1 MiB Max-Message-Size lets /large come whole; --block-size asks for blocks.
    for (const QString &blockSize : {QStringLiteral("0"), QStringLiteral("64")}) {
        QStringList arguments{QStringLiteral("get"), QStringLiteral("--verbose"),
                              tcpUri(QStringLiteral("/large"))};
        if (blockSize != QStringLiteral("0"))
            arguments.insert(1, QStringLiteral("--block-size=") + blockSize);
        const CliResult large = cli(arguments);
        QCOMPARE(large.exitCode, 0);
        QVERIFY(large.out.size() > 2000);
        const int gets = int(large.err.count("GET (0.01)"));
        QCOMPARE(gets > 1, blockSize != QStringLiteral("0"));
        // A stream has no message types or IDs to show.
        QVERIFY2(!large.err.contains("CON") && !large.err.contains("MID"), large.err.constData());
        QVERIFY(large.err.contains("CSM (7.01)"));
    }

    const CliResult ping = cli({QStringLiteral("ping"), tcpUri(QString())});
    QCOMPARE(ping.exitCode, 0);
    QVERIFY2(ping.out.startsWith("Pong in "), ping.out.constData());

    const CliResult json =
        cli({QStringLiteral("get"), QStringLiteral("--json"), tcpUri(QStringLiteral("/missing"))});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(object.value(QLatin1StringView("code")).toString(), QStringLiteral("4.04"));
    QVERIFY(!object.contains(QLatin1StringView("type")));
    QVERIFY(!object.contains(QLatin1StringView("messageId")));
}

void TestCliRequests::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no uri") << QStringList{QStringLiteral("get")};
    QTest::newRow("bad uri") << QStringList{QStringLiteral("get"), QStringLiteral("coap://h/a b")};
    QTest::newRow("coaps without credentials")
        << QStringList{QStringLiteral("get"), QStringLiteral("coaps://127.0.0.1/")};
    QTest::newRow("key on a plain URI")
        << QStringList{QStringLiteral("get"), QStringLiteral("--psk-key"), QStringLiteral("k"),
                       QStringLiteral("coap://127.0.0.1/")};
    QTest::newRow("certificate without a CA") << QStringList{
        QStringLiteral("get"),   QStringLiteral("--cert"), QStringLiteral("c.pem"),
        QStringLiteral("--key"), QStringLiteral("k.pem"),  QStringLiteral("coaps://127.0.0.1/")};
    QTest::newRow("bad hex key") << QStringList{
        QStringLiteral("get"), QStringLiteral("--psk-identity"),
        QStringLiteral("i"),   QStringLiteral("--psk-key-hex"),
        QStringLiteral("zz"),  QStringLiteral("coaps://127.0.0.1/")};
    QTest::newRow("bad option") << QStringList{QStringLiteral("get"), QStringLiteral("--option"),
                                               QStringLiteral("Nonsense=1"),
                                               QStringLiteral("coap://127.0.0.1/")};
    QTest::newRow("bad content format") << QStringList{
        QStringLiteral("post"), QStringLiteral("--content-format"),
        QStringLiteral("application/x-nothing"), QStringLiteral("coap://127.0.0.1/")};
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("get"), QStringLiteral("--timeout"),
                                                QStringLiteral("-1"),
                                                QStringLiteral("coap://127.0.0.1/")};
    QTest::newRow("missing payload file")
        << QStringList{QStringLiteral("put"), QStringLiteral("--payload-file"),
                       QStringLiteral("/nonexistent/file"), QStringLiteral("coap://127.0.0.1/")};
    QTest::newRow("busy-poll not a number")
        << QStringList{QStringLiteral("get"), QStringLiteral("--busy-poll"), QStringLiteral("x"),
                       QStringLiteral("coap://127.0.0.1/")};
    QTest::newRow("busy-poll negative")
        << QStringList{QStringLiteral("bench"), QStringLiteral("--busy-poll"), QStringLiteral("-5"),
                       QStringLiteral("coap://127.0.0.1/")};
    QTest::newRow("serve busy-poll too long") << QStringList{
        QStringLiteral("serve"), QStringLiteral("--busy-poll"), QStringLiteral("1001")};
    QTest::newRow("serve with host name") << QStringList{
        QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("coap://localhost:1")};
}

void TestCliRequests::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliResult result = cli(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
}

void TestCliRequests::serveStopsCleanlyOnSigterm()
{
    QProcess server;
    const quint16 port = freeLoopbackPort();
    QVERIFY(startServer(server, QStringLiteral(COAPSCOPE_CLI_PATH),
                        {QStringLiteral("serve"), QStringLiteral("--listen"),
                         QStringLiteral("coap://127.0.0.1:%1").arg(port)},
                        "Serving"));
    server.terminate();
    QVERIFY(server.waitForFinished(5000));
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
    QVERIFY(server.readAllStandardOutput().contains("Stopped."));
}

void TestCliRequests::serveRefusesBusyPort()
{
    const CliResult result =
        cli({QStringLiteral("serve"), QStringLiteral("--listen"), uri(QString())});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.err.contains("already in use"));
}

void TestCliRequests::withoutBusyPolling()
{
    // Both sides sleeping as soon as their sockets are drained, over UDP and TCP.
    QProcess server;
    const quint16 port = freeLoopbackPort();
    const QString udp = QStringLiteral("coap://127.0.0.1:%1").arg(port);
    const QString tcp = QStringLiteral("coap+tcp://127.0.0.1:%1").arg(port);
    QVERIFY(
        startServer(server, QStringLiteral(COAPSCOPE_CLI_PATH),
                    {QStringLiteral("serve"), QStringLiteral("--busy-poll"), QStringLiteral("0"),
                     QStringLiteral("--listen"), udp, QStringLiteral("--listen"), tcp},
                    "(TCP)"));
    for (const QString &base : {udp, tcp}) {
        const CliResult result = cli({QStringLiteral("bench"), QStringLiteral("--busy-poll"),
                                      QStringLiteral("0"), QStringLiteral("--requests"),
                                      QStringLiteral("200"), base + QStringLiteral("/test")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith("200 requests") && result.out.contains("errors 0,"),
                 result.out.constData());
    }
    stopServer(server);
}

QTEST_GUILESS_MAIN(TestCliRequests)
#include "tst_cli_requests.moc"
