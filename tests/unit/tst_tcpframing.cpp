// SPDX-License-Identifier: BSD-2-Clause
#include "codec/optionnumber.h"
#include "codec/tcpframing.h"
#include "hexbytes.h"

#include <QTest>

using namespace coapscope;
using Kind = DecodeError::Kind;

Q_DECLARE_METATYPE(coapscope::DecodeError::Kind)

class TestTcpFraming : public QObject
{
    Q_OBJECT

private slots:
    void decodesKnownFrames_data();
    void decodesKnownFrames();
    void lengthExtensions_data();
    void lengthExtensions();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void headerNeedsAllExtensionBytes();
};

void TestTcpFraming::decodesKnownFrames_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QList<int>>("optionNumbers");
    QTest::addColumn<QByteArray>("payload");

    QTest::newRow("GET with token")
        << hexBytes("01 01 ab") << 0x01 << hexBytes("ab") << QList<int>{} << QByteArray();
    QTest::newRow("GET /temp") << hexBytes("51 01 ab b4 74 65 6d 70") << 0x01 << hexBytes("ab")
                               << QList<int>{11} << QByteArray();
    QTest::newRow("CSM 1152 + BWT") << hexBytes("40 e1 22 04 80 20") << 0xe1 << QByteArray()
                                    << QList<int>{2, 4} << QByteArray();
    QTest::newRow("Ping") << hexBytes("00 e2") << 0xe2 << QByteArray() << QList<int>{}
                          << QByteArray();
    QTest::newRow("Pong with custody")
        << hexBytes("10 e3 20") << 0xe3 << QByteArray() << QList<int>{2} << QByteArray();
    QTest::newRow("2.05 with payload") << hexBytes("32 45 01 02 ff 68 69") << 0x45
                                       << hexBytes("01 02") << QList<int>{} << QByteArray("hi");
    QTest::newRow("empty keepalive")
        << hexBytes("00 00") << 0 << QByteArray() << QList<int>{} << QByteArray();
}

void TestTcpFraming::decodesKnownFrames()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    QFETCH(QByteArray, token);
    QFETCH(QList<int>, optionNumbers);
    QFETCH(QByteArray, payload);

    const auto decoded = TcpFraming::decode(bytes);
    QVERIFY(decoded.hasValue());
    QCOMPARE(decoded->code().raw(), code);
    QCOMPARE(decoded->token(), token);
    QCOMPARE(decoded->optionCount(), optionNumbers.size());
    for (qsizetype i = 0; i < optionNumbers.size(); ++i)
        QCOMPARE(decoded->optionNumberAt(i), optionNumbers[i]);
    QCOMPARE(decoded->payload(), payload);
    QCOMPARE(TcpFraming::encode(decoded.value()), bytes);
    QCOMPARE(TcpFraming::encodedSize(decoded.value()), bytes.size());
}

void TestTcpFraming::lengthExtensions_data()
{
    QTest::addColumn<int>("bodyLength");
    QTest::addColumn<QByteArray>("expectedHeader"); // length byte + extension bytes

    // The body is a payload marker plus bodyLength - 1 payload bytes.
    QTest::newRow("12: in the nibble") << 12 << hexBytes("c0");
    QTest::newRow("13: first 1-byte") << 13 << hexBytes("d0 00");
    QTest::newRow("268: last 1-byte") << 268 << hexBytes("d0 ff");
    QTest::newRow("269: first 2-byte") << 269 << hexBytes("e0 00 00");
    QTest::newRow("65804: last 2-byte") << 65804 << hexBytes("e0 ff ff");
    QTest::newRow("65805: first 4-byte") << 65805 << hexBytes("f0 00 00 00 00");
    QTest::newRow("70000: 4-byte") << 70000 << hexBytes("f0 00 00 10 63");
}

void TestTcpFraming::lengthExtensions()
{
    QFETCH(int, bodyLength);
    QFETCH(QByteArray, expectedHeader);

    Message message(MessageType::Confirmable, MessageCode::Content);
    message.setPayload(QByteArray(bodyLength - 1, 'x'));
    const QByteArray frame = TcpFraming::encode(message);
    QCOMPARE(frame.left(expectedHeader.size()), expectedHeader);
    QCOMPARE(frame.size(), expectedHeader.size() + 1 + bodyLength);
    QCOMPARE(TcpFraming::encodedSize(message), frame.size());

    const auto header = TcpFraming::readHeader(frame);
    QVERIFY(header && header->hasValue());
    QCOMPARE(header->value().bodyLength, quint64(bodyLength));
    QCOMPARE(header->value().frameSize(), quint64(frame.size()));

    const auto decoded = TcpFraming::decode(frame);
    QVERIFY(decoded.hasValue());
    QCOMPARE(decoded->payload().size(), bodyLength - 1);
}

void TestTcpFraming::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("offset");

    QTest::newRow("token length 9")
        << hexBytes("09 01 00 00 00 00 00 00 00 00 00") << Kind::InvalidTokenLength << 0;
    QTest::newRow("only length byte") << hexBytes("00") << Kind::TruncatedFrame << 0;
    QTest::newRow("missing body") << hexBytes("30 45 ff") << Kind::TruncatedFrame << 0;
    QTest::newRow("missing token") << hexBytes("02 45 aa") << Kind::TruncatedFrame << 0;
    QTest::newRow("trailing bytes") << hexBytes("00 e2 00") << Kind::TrailingBytes << 2;
    QTest::newRow("class 1") << hexBytes("00 21") << Kind::ReservedCodeClass << 1;
    QTest::newRow("class 6 after 1-byte ext")
        << (hexBytes("d0 00 c0") + QByteArray(13, 0)) << Kind::ReservedCodeClass << 2;
    QTest::newRow("delta nibble 15") << hexBytes("10 01 f0") << Kind::ReservedOptionDelta << 2;
    QTest::newRow("marker without payload")
        << hexBytes("10 45 ff") << Kind::PayloadMarkerWithoutPayload << 2;
    QTest::newRow("value past end") << hexBytes("20 01 b5 74") << Kind::OptionValuePastEnd << 3;
}

void TestTcpFraming::rejectsMalformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Kind, kind);
    QFETCH(int, offset);
    const auto decoded = TcpFraming::decode(bytes);
    QVERIFY(!decoded.hasValue());
    QCOMPARE(decoded.error().kindId(), DecodeError::kindId(kind));
    QCOMPARE(decoded.error().offset, offset);
}

void TestTcpFraming::headerNeedsAllExtensionBytes()
{
    QVERIFY(!TcpFraming::readHeader(hexBytes("")).has_value());
    QVERIFY(!TcpFraming::readHeader(hexBytes("f0 00 00 00")).has_value());
    QVERIFY(!TcpFraming::readHeader(hexBytes("f0 00 00 00 00")).has_value()); // no code byte yet
    QVERIFY(TcpFraming::readHeader(hexBytes("f0 00 00 00 00 45")).has_value());
}

QTEST_APPLESS_MAIN(TestTcpFraming)
#include "tst_tcpframing.moc"
