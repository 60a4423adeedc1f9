// SPDX-License-Identifier: BSD-2-Clause
#include "codec/optionnumber.h"
#include "codec/udpcodec.h"
#include "hexbytes.h"

#include <QTest>

using namespace coapscope;
using Kind = DecodeError::Kind;

Q_DECLARE_METATYPE(coapscope::MessageType)
Q_DECLARE_METATYPE(coapscope::DecodeError::Kind)

class TestUdpCodec : public QObject
{
    Q_OBJECT

private slots:
    void decodesKnownVectors_data();
    void decodesKnownVectors();
    void reencodesByteForByte_data() { decodesKnownVectors_data(); }
    void reencodesByteForByte();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void encodesBuiltMessage();
    void sharesDatagramBytes();
};

void TestUdpCodec::decodesKnownVectors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<MessageType>("type");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("messageId");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QList<int>>("optionNumbers");
    QTest::addColumn<QList<QByteArray>>("optionValues");
    QTest::addColumn<QByteArray>("payload");

    // RFC 7252 Appendix A.1: GET /temperature and its piggybacked 2.05 answer.
    QTest::newRow("rfc7252 A.1 request")
        << hexBytes("40 01 7d 34 bb 74 65 6d 70 65 72 61 74 75 72 65") << MessageType::Confirmable
        << 0x01 << 0x7d34 << QByteArray() << QList<int>{11} << QList<QByteArray>{"temperature"}
        << QByteArray();
    QTest::newRow("rfc7252 A.1 response")
        << hexBytes("60 45 7d 34 ff 32 32 2e 33 20 43") << MessageType::Acknowledgement << 0x45
        << 0x7d34 << QByteArray() << QList<int>{} << QList<QByteArray>{} << QByteArray("22.3 C");
    QTest::newRow("token and content-format")
        << hexBytes("44 01 00 01 a1 b2 c3 d4 b4 74 65 6d 70 11 32 ff 68 69")
        << MessageType::Confirmable << 0x01 << 1 << hexBytes("a1 b2 c3 d4") << QList<int>{11, 12}
        << QList<QByteArray>{"temp", hexBytes("32")} << QByteArray("hi");
    QTest::newRow("8-byte token") << hexBytes("58 02 ff ff 01 02 03 04 05 06 07 08")
                                  << MessageType::NonConfirmable << 0x02 << 0xffff
                                  << hexBytes("01 02 03 04 05 06 07 08") << QList<int>{}
                                  << QList<QByteArray>{} << QByteArray();
    QTest::newRow("empty ack") << hexBytes("60 00 12 34") << MessageType::Acknowledgement << 0
                               << 0x1234 << QByteArray() << QList<int>{} << QList<QByteArray>{}
                               << QByteArray();
    QTest::newRow("reset") << hexBytes("70 00 00 00") << MessageType::Reset << 0 << 0
                           << QByteArray() << QList<int>{} << QList<QByteArray>{} << QByteArray();
    QTest::newRow("repeated option, zero delta")
        << hexBytes("40 01 00 07 b1 61 01 62") << MessageType::Confirmable << 1 << 7 << QByteArray()
        << QList<int>{11, 11} << QList<QByteArray>{"a", "b"} << QByteArray();
    QTest::newRow("delta 13 extension (Size1)")
        << hexBytes("40 02 00 01 d1 2f 05") << MessageType::Confirmable << 2 << 1 << QByteArray()
        << QList<int>{60} << QList<QByteArray>{hexBytes("05")} << QByteArray();
    QTest::newRow("delta 14 extension (unknown 2049)")
        << hexBytes("40 01 00 01 e0 06 f4") << MessageType::Confirmable << 1 << 1 << QByteArray()
        << QList<int>{2049} << QList<QByteArray>{QByteArray()} << QByteArray();
    QTest::newRow("largest option number")
        << hexBytes("40 01 00 01 e0 fe f2") << MessageType::Confirmable << 1 << 1 << QByteArray()
        << QList<int>{65535} << QList<QByteArray>{QByteArray()} << QByteArray();
    QTest::newRow("length 13 extension")
        << (hexBytes("40 01 00 01 bd 07") + QByteArray(20, 'p')) << MessageType::Confirmable << 1
        << 1 << QByteArray() << QList<int>{11} << QList<QByteArray>{QByteArray(20, 'p')}
        << QByteArray();
    QTest::newRow("length 14 extension (Proxy-Uri)")
        << (hexBytes("40 01 00 01 de 16 00 1f") + QByteArray(300, 'u')) << MessageType::Confirmable
        << 1 << 1 << QByteArray() << QList<int>{35} << QList<QByteArray>{QByteArray(300, 'u')}
        << QByteArray();
    QTest::newRow("binary payload")
        << hexBytes("50 45 00 09 ff 00 ff 10") << MessageType::NonConfirmable << 0x45 << 9
        << QByteArray() << QList<int>{} << QList<QByteArray>{} << hexBytes("00 ff 10");
}

void TestUdpCodec::decodesKnownVectors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(MessageType, type);
    QFETCH(int, code);
    QFETCH(int, messageId);
    QFETCH(QByteArray, token);
    QFETCH(QList<int>, optionNumbers);
    QFETCH(QList<QByteArray>, optionValues);
    QFETCH(QByteArray, payload);

    const auto decoded = UdpCodec::decode(bytes);
    QVERIFY2(
        decoded.hasValue(),
        qPrintable(QString(decoded.hasValue() ? QLatin1StringView() : decoded.error().kindId())));
    const Message &message = decoded.value();
    QCOMPARE(message.type(), type);
    QCOMPARE(message.code().raw(), code);
    QCOMPARE(message.messageId(), messageId);
    QCOMPARE(message.token(), token);
    QCOMPARE(message.optionCount(), optionNumbers.size());
    for (qsizetype i = 0; i < optionNumbers.size(); ++i) {
        QCOMPARE(message.optionNumberAt(i), optionNumbers[i]);
        QCOMPARE(message.optionValueAt(i).toByteArray(), optionValues[i]);
    }
    QCOMPARE(message.payload(), payload);
}

void TestUdpCodec::reencodesByteForByte()
{
    QFETCH(QByteArray, bytes);
    const auto decoded = UdpCodec::decode(bytes);
    QVERIFY(decoded.hasValue());
    QCOMPARE(UdpCodec::encode(decoded.value()), bytes);
    QCOMPARE(UdpCodec::encodedSize(decoded.value()), bytes.size());
}

void TestUdpCodec::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("offset");

    QTest::newRow("empty") << QByteArray() << Kind::TooShort << 0;
    QTest::newRow("3 bytes") << hexBytes("40 01 00") << Kind::TooShort << 0;
    QTest::newRow("version 2") << hexBytes("80 01 00 01") << Kind::UnsupportedVersion << 0;
    QTest::newRow("version 0") << hexBytes("00 01 00 01") << Kind::UnsupportedVersion << 0;
    QTest::newRow("token length 9")
        << (hexBytes("49 01 00 01") + QByteArray(9, 't')) << Kind::InvalidTokenLength << 0;
    QTest::newRow("token length 15")
        << (hexBytes("4f 01 00 01") + QByteArray(15, 't')) << Kind::InvalidTokenLength << 0;
    QTest::newRow("token past end") << hexBytes("48 01 00 01 a1 a2") << Kind::TokenPastEnd << 4;
    QTest::newRow("delta nibble 15")
        << hexBytes("40 01 00 01 f0") << Kind::ReservedOptionDelta << 4;
    QTest::newRow("length nibble 15")
        << hexBytes("40 01 00 01 bf 61") << Kind::ReservedOptionLength << 4;
    QTest::newRow("second option delta 15")
        << hexBytes("40 01 00 01 b1 61 f1 00") << Kind::ReservedOptionDelta << 6;
    QTest::newRow("truncated 1-byte delta")
        << hexBytes("40 01 00 01 d1") << Kind::TruncatedOptionDelta << 5;
    QTest::newRow("truncated 2-byte delta")
        << hexBytes("40 01 00 01 e1 00") << Kind::TruncatedOptionDelta << 5;
    QTest::newRow("truncated 1-byte length")
        << hexBytes("40 01 00 01 1d") << Kind::TruncatedOptionLength << 5;
    QTest::newRow("truncated 2-byte length")
        << hexBytes("40 01 00 01 de 16 00") << Kind::TruncatedOptionLength << 6;
    QTest::newRow("value past end")
        << hexBytes("40 01 00 01 13 61") << Kind::OptionValuePastEnd << 5;
    QTest::newRow("value past end with token")
        << hexBytes("42 01 00 01 aa bb b5 74 65") << Kind::OptionValuePastEnd << 7;
    QTest::newRow("option number beyond 65535")
        << hexBytes("40 01 00 01 e0 fe f2 10") << Kind::OptionNumberTooLarge << 7;
    QTest::newRow("marker without payload")
        << hexBytes("40 01 00 01 ff") << Kind::PayloadMarkerWithoutPayload << 4;
    QTest::newRow("marker without payload after option")
        << hexBytes("40 01 00 01 b1 61 ff") << Kind::PayloadMarkerWithoutPayload << 6;
    QTest::newRow("empty with token")
        << hexBytes("41 00 00 01 aa") << Kind::EmptyMessageNotEmpty << 0;
    QTest::newRow("empty with TKL but no token")
        << hexBytes("41 00 00 01") << Kind::EmptyMessageNotEmpty << 0;
    QTest::newRow("empty with payload")
        << hexBytes("60 00 00 01 ff 00") << Kind::EmptyMessageNotEmpty << 4;
    QTest::newRow("empty with option")
        << hexBytes("40 00 00 01 b0") << Kind::EmptyMessageNotEmpty << 4;
    QTest::newRow("class 1") << hexBytes("40 20 00 01") << Kind::ReservedCodeClass << 1;
    QTest::newRow("class 6") << hexBytes("40 c5 00 01") << Kind::ReservedCodeClass << 1;
    QTest::newRow("class 7 (signaling) on UDP")
        << hexBytes("40 e1 00 01") << Kind::ReservedCodeClass << 1;
}

void TestUdpCodec::rejectsMalformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Kind, kind);
    QFETCH(int, offset);
    const auto decoded = UdpCodec::decode(bytes);
    QVERIFY(!decoded.hasValue());
    QCOMPARE(decoded.error().kindId(), DecodeError::kindId(kind));
    QCOMPARE(decoded.error().offset, offset);
}

void TestUdpCodec::encodesBuiltMessage()
{
    Message message(MessageType::Confirmable, MessageCode::Get, 0x7d34);
    message.addOption(OptionNumber::UriPath, "temperature");
    QCOMPARE(UdpCodec::encode(message),
             hexBytes("40 01 7d 34 bb 74 65 6d 70 65 72 61 74 75 72 65"));

    Message response(MessageType::Acknowledgement, MessageCode::Content, 0x7d34);
    QVERIFY(response.setToken(hexBytes("01")));
    response.addUintOption(OptionNumber::ContentFormat, 0); // text/plain: a zero-length uint
    response.setPayload("22.3 C");
    QCOMPARE(UdpCodec::encode(response), hexBytes("61 45 7d 34 01 c0 ff 32 32 2e 33 20 43"));
}

void TestUdpCodec::sharesDatagramBytes()
{
    const QByteArray datagram = hexBytes("40 01 00 01 b4 74 65 6d 70");
    const auto decoded = UdpCodec::decode(datagram);
    QVERIFY(decoded.hasValue());
    QCOMPARE(decoded->optionValueAt(0).data(), datagram.constData() + 5);
}

QTEST_APPLESS_MAIN(TestUdpCodec)
#include "tst_udpcodec.moc"
