// SPDX-License-Identifier: BSD-2-Clause
#include "text/cbordiagnostic.h"
#include "text/payloadtext.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>

Q_DECLARE_METATYPE(coapscope::PayloadKind)

using namespace coapscope;
using namespace coapscope::text;

namespace {

// -1 stands for "no Content-Format option" in the data tables.
std::optional<quint16> formatFrom(int format)
{
    return format < 0 ? std::nullopt : std::optional<quint16>(quint16(format));
}

} // namespace

class TestPayloadText : public QObject
{
    Q_OBJECT

private slots:
    void kindFor_data();
    void kindFor();
    void renders_data();
    void renders();
    void rendersLinkFormatAsLinks();
    void cborRenderingReadsBack_data();
    void cborRenderingReadsBack();
    void namesContentFormats();
};

void TestPayloadText::kindFor_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<PayloadKind>("kind");
    QTest::newRow("text/plain") << 0 << QByteArray("hi") << PayloadKind::Text;
    QTest::newRow("link-format") << 40 << QByteArray("</a>") << PayloadKind::LinkFormat;
    QTest::newRow("xml") << 41 << QByteArray("<a/>") << PayloadKind::Xml;
    QTest::newRow("senml+xml") << 310 << QByteArray("<a/>") << PayloadKind::Xml;
    QTest::newRow("octet-stream") << 42 << QByteArray("hi") << PayloadKind::Binary;
    QTest::newRow("json") << 50 << QByteArray("{}") << PayloadKind::Json;
    QTest::newRow("senml+json") << 110 << QByteArray("[]") << PayloadKind::Json;
    QTest::newRow("cbor") << 60 << QByteArray("\xa0") << PayloadKind::Cbor;
    QTest::newRow("senml+cbor") << 112 << QByteArray("\x80") << PayloadKind::Cbor;
    QTest::newRow("gif") << 21 << QByteArray("GIF89a") << PayloadKind::Image;
    QTest::newRow("jpeg") << 22 << QByteArray("\xff\xd8") << PayloadKind::Image;
    QTest::newRow("png") << 23 << QByteArray("\x89PNG") << PayloadKind::Image;
    QTest::newRow("none, printable") << -1 << QByteArray("hello\n") << PayloadKind::Text;
    QTest::newRow("none, binary") << -1 << QByteArray("\x00\x01", 2) << PayloadKind::Binary;
    QTest::newRow("unregistered, printable") << 65000 << QByteArray("abc") << PayloadKind::Text;
    QTest::newRow("unregistered, binary") << 65000 << QByteArray("\xff") << PayloadKind::Binary;
}

void TestPayloadText::kindFor()
{
    QFETCH(int, format);
    QFETCH(QByteArray, payload);
    QFETCH(PayloadKind, kind);
    QCOMPARE(payloadKindFor(formatFrom(format), payload), kind);
}

void TestPayloadText::renders_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<PayloadKind>("kind");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem"); // its beginning

    QTest::newRow("text") << 0 << QByteArray("Hello, wörld") << PayloadKind::Text
                          << QStringLiteral("Hello, wörld") << QString();
    QTest::newRow("empty") << 50 << QByteArray() << PayloadKind::Text << QString() << QString();
    QTest::newRow("text, not utf-8")
        << 0 << QByteArray("\xc3\x28") << PayloadKind::Binary
        << QStringLiteral("0000  c3 28                                            .(\n")
        << QStringLiteral("Not valid UTF-8 text");
    QTest::newRow("json object")
        << 50 << QByteArray(R"({"b":1,"a":[1,2]})") << PayloadKind::Json
        << QStringLiteral("{\n    \"a\": [\n        1,\n        2\n    ],\n    \"b\": 1\n}\n")
        << QString();
    QTest::newRow("json scalar") << 50 << QByteArray(" 42 ") << PayloadKind::Json
                                 << QStringLiteral("42\n") << QString();
    QTest::newRow("json string") << 50 << QByteArray(R"("a\nb")") << PayloadKind::Json
                                 << QStringLiteral("\"a\\nb\"\n") << QString();
    QTest::newRow("json invalid") << 50 << QByteArray(R"({"a":})") << PayloadKind::Text
                                  << QStringLiteral(R"({"a":})")
                                  << QStringLiteral(
                                         "Not valid JSON: near byte 6: object is missing");
    QTest::newRow("json two values")
        << 50 << QByteArray("1 2") << PayloadKind::Text << QStringLiteral("1 2")
        << QStringLiteral("Not valid JSON: near byte 3: missing value separator");
    QTest::newRow("json comma list")
        << 50 << QByteArray("1,2") << PayloadKind::Text << QStringLiteral("1,2")
        << QStringLiteral("Not valid JSON: more than one value");
    QTest::newRow("cbor map") << 60 << QByteArray::fromHex("a1018202 03") << PayloadKind::Cbor
                              << QStringLiteral("{\n    1: [\n        2,\n        3\n    ]\n}\n")
                              << QString();
    QTest::newRow("cbor empty containers")
        << 60 << QByteArray::fromHex("82 80 a0") << PayloadKind::Cbor
        << QStringLiteral("[\n    [],\n    {}\n]\n") << QString();
    QTest::newRow("cbor text with brackets")
        << 60 << QByteArray::fromHex("65 5b 0a 20 20 5d") << PayloadKind::Cbor
        << QStringLiteral("\"[\\n  ]\"\n") << QString();
    QTest::newRow("cbor truncated")
        << 60 << QByteArray::fromHex("8201") << PayloadKind::Binary
        << QStringLiteral("0000  82 01                                            ..\n")
        << QStringLiteral("Not valid CBOR: the item at byte 0: ");
    QTest::newRow("cbor trailing bytes")
        << 60 << QByteArray::fromHex("0102") << PayloadKind::Binary
        << QStringLiteral("0000  01 02                                            ..\n")
        << QStringLiteral("Not valid CBOR: 1 byte");
    QTest::newRow("cbor sequence") << 63 << QByteArray::fromHex("01 63616263") << PayloadKind::Cbor
                                   << QStringLiteral("1,\n\"abc\"\n") << QString();
    QTest::newRow("xml") << 41 << QByteArray(R"(<a><b x="1">t</b><c/></a>)") << PayloadKind::Xml
                         << QStringLiteral("<a>\n  <b x=\"1\">t</b>\n  <c/>\n</a>\n") << QString();
    QTest::newRow("xml with declaration")
        << 41 << QByteArray("<?xml version=\"1.0\"?>\n<a>\n\n   <b/></a>") << PayloadKind::Xml
        << QStringLiteral("<?xml version=\"1.0\"?>\n<a>\n  <b/>\n</a>\n") << QString();
    QTest::newRow("xml not well-formed")
        << 41 << QByteArray("<a><b></a>") << PayloadKind::Text << QStringLiteral("<a><b></a>")
        << QStringLiteral("Not well-formed XML: line 1, column ");
    QTest::newRow("link format invalid")
        << 40 << QByteArray("/a;rt=x") << PayloadKind::Text << QStringLiteral("/a;rt=x")
        << QStringLiteral("Not valid link format: byte 0: a link must start with \"<\"");
    QTest::newRow("image") << 23 << QByteArray("\x89PNG") << PayloadKind::Image << QString()
                           << QString();
    QTest::newRow("octet-stream")
        << 42 << QByteArray("0123456789abcdefXY") << PayloadKind::Binary
        << QStringLiteral(
               "0000  30 31 32 33 34 35 36 37 38 39 61 62 63 64 65 66  0123456789abcdef\n"
               "0010  58 59                                            XY\n")
        << QString();
    QTest::newRow("no format, text")
        << -1 << QByteArray("plain") << PayloadKind::Text << QStringLiteral("plain") << QString();
}

void TestPayloadText::renders()
{
    QFETCH(int, format);
    QFETCH(QByteArray, payload);
    QFETCH(PayloadKind, kind);
    QFETCH(QString, text);
    QFETCH(QString, problem);
    const RenderedPayload rendered = renderPayload(payload, formatFrom(format));
    QCOMPARE(rendered.text, text);
    QCOMPARE(rendered.kind, kind);
    if (problem.isEmpty())
        QCOMPARE(rendered.problem, QString());
    else
        QVERIFY2(rendered.problem.startsWith(problem), qPrintable(rendered.problem));
}

void TestPayloadText::rendersLinkFormatAsLinks()
{
    const QByteArray payload = R"(</sensors/temp>;rt="temperature";if=sensor;obs,</ps>;ct=40)";
    const RenderedPayload rendered = renderPayload(payload, quint16(40));
    QCOMPARE(rendered.kind, PayloadKind::LinkFormat);
    QCOMPARE(rendered.problem, QString());
    QCOMPARE(rendered.text, QString::fromUtf8(payload));
    QCOMPARE(rendered.links.size(), 2);
    QCOMPARE(rendered.links[0].target, QByteArray("/sensors/temp"));
    QCOMPARE(rendered.links[0].value("rt"), QByteArray("temperature"));
    QVERIFY(rendered.links[0].has("obs"));
    QCOMPARE(rendered.links[1].value("ct"), QByteArray("40"));
}

void TestPayloadText::cborRenderingReadsBack_data()
{
    QTest::addColumn<QCborValue>("value");
    QTest::newRow("scalar") << QCborValue(-17);
    QTest::newRow("senml") << QCborValue(QCborArray{
        QCborMap{{-2, QStringLiteral("urn:dev:")}, {0, QStringLiteral("temp")}, {2, 23.5}},
        QCborMap{{0, QStringLiteral("on")}, {4, true}}});
    QTest::newRow("empties") << QCborValue(QCborMap{{QCborArray{}, QCborMap{}}});
    QTest::newRow("bytes and tags")
        << QCborValue(QCborArray{QByteArray::fromHex("deadbeef"), QCborValue(QCborTag(100), 7)});
}

void TestPayloadText::cborRenderingReadsBack()
{
    // What the viewer shows for a CBOR payload can be pasted into the composer's editor.
    QFETCH(QCborValue, value);
    const QByteArray bytes = value.toCbor();
    const auto shown = cborDiagnosticText(bytes, false);
    QVERIFY(shown);
    const auto parsed = parseCborDiagnostic(*shown);
    QVERIFY2(parsed.hasValue(), qPrintable(*shown));
    QCOMPARE(parsed.value().toCbor().toHex(), bytes.toHex());
}

void TestPayloadText::namesContentFormats()
{
    QCOMPARE(contentFormatText(quint16(50)), QStringLiteral("application/json (50)"));
    QCOMPARE(contentFormatText(quint16(0)), QStringLiteral("text/plain;charset=utf-8 (0)"));
    QCOMPARE(contentFormatText(quint16(65000)),
             QStringLiteral("Content-Format 65000 (unregistered)"));
    QCOMPARE(contentFormatText(std::nullopt), QStringLiteral("no Content-Format"));
}

QTEST_GUILESS_MAIN(TestPayloadText)
#include "tst_payloadtext.moc"
