// SPDX-License-Identifier: BSD-2-Clause
#include "codec/blockvalue.h"
#include "hexbytes.h"

#include <QTest>

using namespace coapscope;

class TestBlockValue : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data();
    void decodes();
    void encodesMinimally_data() { decodes_data(); }
    void encodesMinimally();
    void rejectsOversizedValues();
    void sizeExponents();
};

void TestBlockValue::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("number");
    QTest::addColumn<bool>("more");
    QTest::addColumn<int>("size");

    // RFC 7959 §2.2: NUM << 4 | M << 3 | SZX.
    QTest::newRow("first of 16") << QByteArray() << 0 << false << 16;
    QTest::newRow("0/M/64") << hexBytes("0a") << 0 << true << 64;
    QTest::newRow("1/M/1024") << hexBytes("1e") << 1 << true << 1024;
    QTest::newRow("last 1024 of 2 KiB") << hexBytes("16") << 1 << false << 1024;
    QTest::newRow("2-byte NUM 300") << hexBytes("12 c2") << 300 << false << 64;
    QTest::newRow("largest NUM") << hexBytes("ff ff fe") << 0xfffff << true << 1024;
}

void TestBlockValue::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, number);
    QFETCH(bool, more);
    QFETCH(int, size);
    const auto block = BlockValue::fromOptionValue(bytes);
    QVERIFY(block.has_value());
    QCOMPARE(block->number, quint32(number));
    QCOMPARE(block->more, more);
    QCOMPARE(block->blockSize(), size);
    QCOMPARE(block->offset(), quint64(number) * quint64(size));
}

void TestBlockValue::encodesMinimally()
{
    QFETCH(QByteArray, bytes);
    const auto block = BlockValue::fromOptionValue(bytes);
    QVERIFY(block.has_value());
    QCOMPARE(block->toOptionValue(), bytes);
}

void TestBlockValue::rejectsOversizedValues()
{
    QVERIFY(!BlockValue::fromOptionValue(hexBytes("01 00 00 00")).has_value());
    QVERIFY(!BlockValue::fromUint(0x1000000).has_value());
    const auto bert = BlockValue::fromUint(0x17);
    QVERIFY(bert.has_value());
    QVERIFY(bert->isBert());
    QCOMPARE(bert->blockSize(), 1024);
}

void TestBlockValue::sizeExponents()
{
    QCOMPARE(BlockValue::szxForSize(16), quint8(0));
    QCOMPARE(BlockValue::szxForSize(64), quint8(2));
    QCOMPARE(BlockValue::szxForSize(1024), quint8(6));
    QVERIFY(!BlockValue::szxForSize(2048).has_value());
    QVERIFY(!BlockValue::szxForSize(100).has_value());
}

QTEST_APPLESS_MAIN(TestBlockValue)
#include "tst_blockvalue.moc"
