// SPDX-License-Identifier: BSD-2-Clause
#include "text/hexinput.h"

#include <QTest>

using namespace coapscope::text;

Q_DECLARE_METATYPE(coapscope::text::HexInputError::Kind)

class TestHexInput : public QObject
{
    Q_OBJECT

private slots:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
};

void TestHexInput::accepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("spaced") << "40 01 04 d2" << QByteArray::fromHex("400104d2");
    QTest::newRow("packed") << "400104D2" << QByteArray::fromHex("400104d2");
    QTest::newRow("colons") << "40:01:04:d2" << QByteArray::fromHex("400104d2");
    QTest::newRow("0x prefix") << "0x400104d2" << QByteArray::fromHex("400104d2");
    QTest::newRow("0x per byte") << "0x40, 0x01" << QByteArray::fromHex("4001");
    QTest::newRow("lines") << "40 01\n04 d2\n" << QByteArray::fromHex("400104d2");
    QTest::newRow("zero byte") << "00" << QByteArray(1, '\0');
}

void TestHexInput::accepts()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, bytes);
    QCOMPARE(parseHexInput(text), bytes);
}

void TestHexInput::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<HexInputError::Kind>("kind");
    QTest::addColumn<int>("offset");
    QTest::newRow("empty") << "" << HexInputError::Kind::Empty << 0;
    QTest::newRow("only spaces") << "  " << HexInputError::Kind::Empty << 0;
    QTest::newRow("letter") << "40 0g" << HexInputError::Kind::InvalidCharacter << 4;
    QTest::newRow("odd") << "40 0" << HexInputError::Kind::OddDigitCount << 3;
}

void TestHexInput::rejects()
{
    QFETCH(QString, text);
    QFETCH(HexInputError::Kind, kind);
    QFETCH(int, offset);
    HexInputError error{};
    const auto parsed = parseHexInput(text, &error);
    QVERIFY(!parsed.has_value());
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.offset, offset);
    QVERIFY(!describeHexInputError(error).isEmpty());
}

QTEST_APPLESS_MAIN(TestHexInput)
#include "tst_hexinput.moc"
