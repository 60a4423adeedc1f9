// SPDX-License-Identifier: BSD-2-Clause
// Runs the real coapscope-cli binary and checks what it prints and its exit status.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestCliDecode : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelp();
    void guiAnswersVersionAndHelpWithoutDisplay();
    void decodesToText();
    void decodesToJson();
    void reportsMalformedPrecisely_data();
    void reportsMalformedPrecisely();
    void decodesTcpFrames();
    void reportsTruncatedTcpStream();
    void readsStandardInput();
    void usageErrors_data();
    void usageErrors();

private:
    struct Result
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    static Result run(const QStringList &arguments, const QByteArray &input = {});
};

TestCliDecode::Result TestCliDecode::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(COAPSCOPE_CLI_PATH), arguments);
    if (!input.isNull()) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (!process.waitForFinished(30000))
        qFatal("coapscope-cli did not finish");
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestCliDecode::versionAndHelp()
{
    const Result version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("coapscope-cli "));
    QVERIFY(version.out.contains("Qt 6."));
    QVERIFY(version.out.contains("OpenSSL"));

    const Result help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("decode HEX"));

    const Result decodeHelp = run({QStringLiteral("decode"), QStringLiteral("--help")});
    QCOMPARE(decodeHelp.exitCode, 0);
    QVERIFY(decodeHelp.out.contains("--tcp"));
}

void TestCliDecode::guiAnswersVersionAndHelpWithoutDisplay()
{
    QProcess gui;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    gui.setProcessEnvironment(environment);
    for (const QString &flag : {QStringLiteral("--version"), QStringLiteral("--help")}) {
        gui.start(QStringLiteral(COAPSCOPE_GUI_PATH), {flag});
        QVERIFY(gui.waitForFinished(30000));
        QCOMPARE(gui.exitCode(), 0);
        const QByteArray out = gui.readAllStandardOutput();
        QVERIFY2(out.contains(flag == QLatin1StringView("--version") ? "coapscope 0." : "--decode"),
                 out.constData());
    }
}

void TestCliDecode::decodesToText()
{
    const Result result =
        run({QStringLiteral("decode"),
             QStringLiteral("44 01 00 01 a1 b2 c3 d4 b4 74 65 6d 70 11 32 ff 68 69")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, QByteArray("CON GET (0.01)  message ID 1  token 0xa1b2c3d4\n"
                                    "  Uri-Path (11): \"temp\"\n"
                                    "  Content-Format (12): 50 (application/json)\n"
                                    "Payload, 2 bytes:\n"
                                    "hi\n"));
}

void TestCliDecode::decodesToJson()
{
    const Result result = run({QStringLiteral("decode"), QStringLiteral("--json"),
                               QStringLiteral("62450001abcdc132ff7b7d")});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QLatin1StringView("framing")).toString(), QStringLiteral("udp"));
    QCOMPARE(json.value(QLatin1StringView("type")).toString(), QStringLiteral("ACK"));
    QCOMPARE(json.value(QLatin1StringView("code")).toString(), QStringLiteral("2.05"));
    QCOMPARE(json.value(QLatin1StringView("codeName")).toString(), QStringLiteral("Content"));
    QCOMPARE(json.value(QLatin1StringView("messageId")).toInt(), 1);
    QCOMPARE(json.value(QLatin1StringView("token")).toString(), QStringLiteral("abcd"));
    const QJsonObject option = json.value(QLatin1StringView("options")).toArray().at(0).toObject();
    QCOMPARE(option.value(QLatin1StringView("name")).toString(), QStringLiteral("Content-Format"));
    QCOMPARE(option.value(QLatin1StringView("value")).toInt(), 50);
    QCOMPARE(option.value(QLatin1StringView("contentFormat")).toString(),
             QStringLiteral("application/json"));
    const QJsonObject payload = json.value(QLatin1StringView("payload")).toObject();
    QCOMPARE(payload.value(QLatin1StringView("text")).toString(), QStringLiteral("{}"));
    QCOMPARE(payload.value(QLatin1StringView("size")).toInt(), 2);
}

void TestCliDecode::reportsMalformedPrecisely_data()
{
    QTest::addColumn<QString>("hex");
    QTest::addColumn<bool>("tcp");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("offset");

    QTest::newRow("shorter than 4 bytes") << "40 01 00" << false << "too-short" << 0;
    QTest::newRow("version not 1") << "80 01 00 01" << false << "unsupported-version" << 0;
    QTest::newRow("token length 9")
        << "49 01 00 01 01 02 03 04 05 06 07 08 09" << false << "invalid-token-length" << 0;
    QTest::newRow("token past end") << "48 01 00 01 a1" << false << "token-past-end" << 4;
    QTest::newRow("delta nibble 15") << "40 01 00 01 f0" << false << "reserved-option-delta" << 4;
    QTest::newRow("length nibble 15") << "40 01 00 01 1f" << false << "reserved-option-length" << 4;
    QTest::newRow("truncated extended delta")
        << "40 01 00 01 d1" << false << "truncated-option-delta" << 5;
    QTest::newRow("truncated extended length")
        << "40 01 00 01 1e 01" << false << "truncated-option-length" << 5;
    QTest::newRow("value past end")
        << "40 01 00 01 b4 74 65" << false << "option-value-past-end" << 5;
    QTest::newRow("number beyond 65535")
        << "40 01 00 01 e0 fe f2 10" << false << "option-number-too-large" << 7;
    QTest::newRow("marker without payload")
        << "40 01 00 01 ff" << false << "payload-marker-without-payload" << 4;
    QTest::newRow("empty message with token")
        << "41 00 00 01 aa" << false << "empty-message-not-empty" << 0;
    QTest::newRow("reserved class") << "40 c0 00 01" << false << "reserved-code-class" << 1;
    QTest::newRow("tcp: reserved class") << "00 21" << true << "reserved-code-class" << 1;
    QTest::newRow("tcp: token length 9") << "09 01" << true << "invalid-token-length" << 0;
    QTest::newRow("tcp: beyond Max-Message-Size")
        << "00 e2 e0 10 00 45" << true << "frame-too-large" << 2;
    QTest::newRow("tcp: truncated frame") << "00 e2 32 45 01" << true << "truncated-frame" << 2;
}

void TestCliDecode::reportsMalformedPrecisely()
{
    QFETCH(QString, hex);
    QFETCH(bool, tcp);
    QFETCH(QString, kind);
    QFETCH(int, offset);

    QStringList arguments{QStringLiteral("decode"), QStringLiteral("--json")};
    if (tcp)
        arguments << QStringLiteral("--tcp") << QStringLiteral("--max-message-size")
                  << QStringLiteral("1152");
    arguments << hex;
    const Result json = run(arguments);
    QCOMPARE(json.exitCode, 1);
    const QJsonObject error =
        QJsonDocument::fromJson(json.out).object().value(QLatin1StringView("error")).toObject();
    QCOMPARE(error.value(QLatin1StringView("kind")).toString(), kind);
    QCOMPARE(error.value(QLatin1StringView("offset")).toInt(), offset);
    QVERIFY(!error.value(QLatin1StringView("message")).toString().isEmpty());

    arguments.removeAll(QStringLiteral("--json"));
    const Result text = run(arguments);
    QCOMPARE(text.exitCode, 1);
    if (!tcp) // a stream prints the frames before the damage
        QVERIFY(text.out.isEmpty());
    QVERIFY2(text.err.startsWith("malformed: byte " + QByteArray::number(offset) + ": "),
             text.err.constData());
}

void TestCliDecode::decodesTcpFrames()
{
    const Result result =
        run({QStringLiteral("decode"), QStringLiteral("--tcp"), QStringLiteral("--json"),
             QStringLiteral("40e12204802051 01 ab b4 74 65 6d 70")});
    QCOMPARE(result.exitCode, 0);
    const QJsonArray frames =
        QJsonDocument::fromJson(result.out).object().value(QLatin1StringView("frames")).toArray();
    QCOMPARE(frames.size(), 2);
    const QJsonObject csm = frames.at(0).toObject();
    QCOMPARE(csm.value(QLatin1StringView("codeName")).toString(), QStringLiteral("CSM"));
    QVERIFY(!csm.contains(QLatin1StringView("messageId")));
    const QJsonObject mms = csm.value(QLatin1StringView("options")).toArray().at(0).toObject();
    QCOMPARE(mms.value(QLatin1StringView("name")).toString(), QStringLiteral("Max-Message-Size"));
    QCOMPARE(mms.value(QLatin1StringView("value")).toInt(), 1152);
}

void TestCliDecode::reportsTruncatedTcpStream()
{
    const Result result = run({QStringLiteral("decode"), QStringLiteral("--tcp"),
                               QStringLiteral("--json"), QStringLiteral("00 e2 32 45 01")});
    QCOMPARE(result.exitCode, 1);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value(QLatin1StringView("frames")).toArray().size(), 1);
    const QJsonObject error = json.value(QLatin1StringView("error")).toObject();
    QCOMPARE(error.value(QLatin1StringView("kind")).toString(), QStringLiteral("truncated-frame"));
    QCOMPARE(error.value(QLatin1StringView("offset")).toInt(), 2);
    QCOMPARE(error.value(QLatin1StringView("value")).toInt(), 7);
    QCOMPARE(error.value(QLatin1StringView("limit")).toInt(), 3);
}

void TestCliDecode::readsStandardInput()
{
    const Result result = run({QStringLiteral("decode"), QStringLiteral("-")}, "60 00 12 34\n");
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.startsWith("ACK Empty (0.00)  message ID 4660"));
}

void TestCliDecode::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("no bytes") << QStringList{QStringLiteral("decode")};
    QTest::newRow("not hex") << QStringList{QStringLiteral("decode"), QStringLiteral("40 0g")};
    QTest::newRow("odd digits") << QStringList{QStringLiteral("decode"), QStringLiteral("400")};
    QTest::newRow("size without --tcp")
        << QStringList{QStringLiteral("decode"), QStringLiteral("--max-message-size"),
                       QStringLiteral("100"), QStringLiteral("40 01 00 01")};
    QTest::newRow("size not a number") << QStringList{
        QStringLiteral("decode"), QStringLiteral("--tcp"), QStringLiteral("--max-message-size"),
        QStringLiteral("lots"), QStringLiteral("00 e2")};
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("decode"), QStringLiteral("--udp"), QStringLiteral("40")};
}

void TestCliDecode::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Result result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliDecode)
#include "tst_cli_decode.moc"
