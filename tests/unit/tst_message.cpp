// SPDX-License-Identifier: BSD-2-Clause
#include "codec/message.h"
#include "codec/optionnumber.h"
#include "codec/udpcodec.h"
#include "hexbytes.h"

#include <QTest>

using namespace coapscope;
namespace N = OptionNumber;

class TestMessage : public QObject
{
    Q_OBJECT

private slots:
    void optionsStayInNumberOrder();
    void repeatedOptionsKeepInsertionOrder();
    void setAndRemoveOptions();
    void uintOptionsAreMinimal_data();
    void uintOptionsAreMinimal();
    void refusesLongToken();
    void copiesAreIndependent();
    void equalityComparesContent();
    void repeatedSettersDoNotGrowWithoutBound();
    void editingDecodedMessageKeepsOtherFields();
    void addingItsOwnValueBack();
};

void TestMessage::optionsStayInNumberOrder()
{
    Message message(MessageType::Confirmable, MessageCode::Get);
    message.addOption(N::UriQuery, "q");
    message.addOption(N::UriHost, "h");
    message.addOption(N::UriPath, "p");
    message.addUintOption(N::Accept, 50);
    QList<int> numbers;
    for (qsizetype i = 0; i < message.optionCount(); ++i)
        numbers.append(message.optionNumberAt(i));
    QCOMPARE(numbers, (QList<int>{N::UriHost, N::UriPath, N::UriQuery, N::Accept}));
}

void TestMessage::repeatedOptionsKeepInsertionOrder()
{
    Message message;
    message.addOption(N::UriPath, "a");
    message.addOption(N::UriQuery, "x");
    message.addOption(N::UriPath, "b");
    message.addOption(N::UriPath, "c");
    QCOMPARE(message.optionValues(N::UriPath), (QList<QByteArray>{"a", "b", "c"}));
    QCOMPARE(message.option(N::UriPath), QByteArray("a"));
}

void TestMessage::setAndRemoveOptions()
{
    Message message;
    message.addOption(N::ETag, "1");
    message.addOption(N::ETag, "2");
    message.setOption(N::ETag, "3");
    QCOMPARE(message.optionValues(N::ETag), QList<QByteArray>{"3"});
    message.removeOptions(N::ETag);
    QVERIFY(!message.hasOption(N::ETag));
    QVERIFY(!message.option(N::ETag).has_value());
    message.setUintOption(N::MaxAge, 60);
    QCOMPARE(message.uintOption(N::MaxAge), 60u);
}

void TestMessage::uintOptionsAreMinimal_data()
{
    QTest::addColumn<quint64>("value");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("0 is empty") << quint64(0) << QByteArray();
    QTest::newRow("1") << quint64(1) << hexBytes("01");
    QTest::newRow("255") << quint64(255) << hexBytes("ff");
    QTest::newRow("256") << quint64(256) << hexBytes("01 00");
    QTest::newRow("65535") << quint64(65535) << hexBytes("ff ff");
    QTest::newRow("65536") << quint64(65536) << hexBytes("01 00 00");
    QTest::newRow("2^32-1") << quint64(0xffffffff) << hexBytes("ff ff ff ff");
}

void TestMessage::uintOptionsAreMinimal()
{
    QFETCH(quint64, value);
    QFETCH(QByteArray, bytes);
    Message message;
    message.addUintOption(N::Size2, value);
    QCOMPARE(message.optionValueAt(0).toByteArray(), bytes);
    QCOMPARE(message.uintOption(N::Size2), value);
}

void TestMessage::refusesLongToken()
{
    Message message;
    QVERIFY(message.setToken("12345678"));
    QVERIFY(!message.setToken("123456789"));
    QCOMPARE(message.token(), QByteArray("12345678"));
}

void TestMessage::copiesAreIndependent()
{
    Message original(MessageType::Confirmable, MessageCode::Put, 7);
    original.addOption(N::UriPath, "x");
    Message copy = original;
    copy.addOption(N::UriPath, "y");
    copy.setPayload("body");
    QCOMPARE(original.optionCount(), 1);
    QVERIFY(original.payload().isEmpty());
    QCOMPARE(copy.optionCount(), 2);
}

void TestMessage::equalityComparesContent()
{
    const QByteArray bytes = hexBytes("44 01 00 01 a1 b2 c3 d4 b4 74 65 6d 70 11 32 ff 68 69");
    const auto decoded = UdpCodec::decode(bytes);
    QVERIFY(decoded.hasValue());

    Message built(MessageType::Confirmable, MessageCode::Get, 1);
    built.setToken(hexBytes("a1 b2 c3 d4"));
    built.setPayload("hi");
    built.addUintOption(N::ContentFormat, 50);
    built.addOption(N::UriPath, "temp");
    QCOMPARE(built, decoded.value());
    built.setMessageId(2);
    QVERIFY(built != decoded.value());
}

void TestMessage::repeatedSettersDoNotGrowWithoutBound()
{
    Message message;
    for (int i = 0; i < 10000; ++i) {
        message.setPayload(QByteArray(100, 'x'));
        message.setToken("abcd");
    }
    QCOMPARE(message.payload(), QByteArray(100, 'x'));
    // Encoding must be what one set would give, whatever garbage was collected on the way.
    QCOMPARE(UdpCodec::encode(message).size(), 4 + 4 + 1 + 100);
}

void TestMessage::editingDecodedMessageKeepsOtherFields()
{
    const QByteArray bytes = hexBytes("44 01 00 01 a1 b2 c3 d4 b4 74 65 6d 70 11 32 ff 68 69");
    Message message = UdpCodec::decode(bytes).value();
    message.addOption(N::UriQuery, "q=1");
    QCOMPARE(message.token(), hexBytes("a1 b2 c3 d4"));
    QCOMPARE(message.option(N::UriPath), QByteArray("temp"));
    QCOMPARE(message.payload(), QByteArray("hi"));
    const auto again = UdpCodec::decode(UdpCodec::encode(message));
    QVERIFY(again.hasValue());
    QCOMPARE(again.value(), message);
    QCOMPARE(bytes, hexBytes("44 01 00 01 a1 b2 c3 d4 b4 74 65 6d 70 11 32 ff 68 69"));
}

void TestMessage::addingItsOwnValueBack()
{
    // The view points into the message's own storage, which the append may reallocate.
    Message message;
    message.addOption(N::UriPath, QByteArray(90, 'a'));
    for (int i = 0; i < 6; ++i)
        message.addOption(N::UriPath, message.optionValueAt(i));
    message.setPayload(message.optionValueAt(0));
    for (qsizetype i = 0; i < message.optionCount(); ++i)
        QCOMPARE(message.optionValueAt(i).toByteArray(), QByteArray(90, 'a'));
    QCOMPARE(message.payload(), QByteArray(90, 'a'));
}

QTEST_APPLESS_MAIN(TestMessage)
#include "tst_message.moc"
