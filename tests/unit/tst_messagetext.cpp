// SPDX-License-Identifier: BSD-2-Clause
#include "codec/optionnumber.h"
#include "codec/udpcodec.h"
#include "hexbytes.h"
#include "text/decodeerrortext.h"
#include "text/messagetext.h"
#include "text/urierrortext.h"

#include <QTest>

using namespace coapscope;
namespace N = OptionNumber;

class TestMessageText : public QObject
{
    Q_OBJECT

private slots:
    void codeText();
    void optionValues_data();
    void optionValues();
    void wholeMessage();
    void binaryPayloadAsHexDump();
    void decodeErrorNamesByte();
    void uriErrorNamesCharacter();
};

void TestMessageText::codeText()
{
    QCOMPARE(text::codeText(MessageCode::Get), QStringLiteral("GET (0.01)"));
    QCOMPARE(text::codeText(MessageCode::NotFound), QStringLiteral("Not Found (4.04)"));
    QCOMPARE(text::codeText(MessageCode(4, 10)), QStringLiteral("4.10"));
}

void TestMessageText::optionValues_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("string") << int(N::UriPath) << 0x01 << QByteArray("temp") << "\"temp\"";
    QTest::newRow("uint") << int(N::MaxAge) << 0x45 << hexBytes("3c") << "60";
    QTest::newRow("content-format")
        << int(N::ContentFormat) << 0x45 << hexBytes("32") << "50 (application/json)";
    QTest::newRow("accept zero") << int(N::Accept) << 0x01 << QByteArray()
                                 << "0 (text/plain;charset=utf-8)";
    QTest::newRow("block2") << int(N::Block2) << 0x45 << hexBytes("1e") << "NUM 1, M 1, size 1024";
    QTest::newRow("opaque") << int(N::ETag) << 0x45 << hexBytes("ab cd") << "0xabcd";
    QTest::newRow("empty") << int(N::IfNoneMatch) << 0x03 << QByteArray() << "(empty)";
    QTest::newRow("unknown is opaque") << 2049 << 0x01 << hexBytes("01") << "0x01";
    QTest::newRow("signaling uint")
        << int(N::MaxMessageSize) << 0xe1 << hexBytes("04 80") << "1152";
    QTest::newRow("too long for its option")
        << int(N::ETag) << 0x45 << hexBytes("01 02 03 04 05 06 07 08 09")
        << "0x010203040506070809 [length 9 outside 1-8]";
    QTest::newRow("control characters escaped")
        << int(N::ProxyScheme) << 0x01 << QByteArray("a\x1e\"b\\") << "\"a\\x1e\\\"b\\\\\"";
    QTest::newRow("string not utf-8")
        << int(N::UriPath) << 0x01 << hexBytes("ff") << "0xff (not UTF-8)";
}

void TestMessageText::optionValues()
{
    QFETCH(int, number);
    QFETCH(int, code);
    QFETCH(QByteArray, value);
    QFETCH(QString, text);
    QCOMPARE(text::optionValueText(quint16(number), MessageCode(quint8(code)), value), text);
}

void TestMessageText::wholeMessage()
{
    const auto message =
        UdpCodec::decode(hexBytes("44 01 00 01 a1 b2 c3 d4 b4 74 65 6d 70 11 32 ff 68 69"));
    QVERIFY(message.hasValue());
    const QString text = text::describeMessage(message.value(), Framing::Datagram);
    QVERIFY2(text.startsWith(QStringLiteral("CON GET (0.01)  message ID 1  token 0xa1b2c3d4\n")),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("  Uri-Path (11): \"temp\"\n")));
    QVERIFY(text.contains(QStringLiteral("  Content-Format (12): 50 (application/json)\n")));
    QVERIFY(text.endsWith(QStringLiteral("hi\n")));
}

void TestMessageText::binaryPayloadAsHexDump()
{
    const QString dump = text::payloadText(hexBytes("00 01 41 42 ff"));
    QCOMPARE(dump.trimmed(), QStringLiteral("0000  00 01 41 42 ff") + QString(47 - 14, u' ') +
                                 QStringLiteral("  ..AB."));
}

void TestMessageText::decodeErrorNamesByte()
{
    const auto result = UdpCodec::decode(hexBytes("48 01 00 01 a1"));
    QVERIFY(!result.hasValue());
    const QString text = text::describeDecodeError(result.error());
    QVERIFY2(text.startsWith(QStringLiteral("byte 4: ")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("token")));
}

void TestMessageText::uriErrorNamesCharacter()
{
    const auto result = Uri::parse(u"coap://h/a b");
    QVERIFY(!result.hasValue());
    QCOMPARE(text::describeUriError(result.error()),
             QStringLiteral("character 11: this character must be percent-encoded"));
}

QTEST_MAIN(TestMessageText)
#include "tst_messagetext.moc"
