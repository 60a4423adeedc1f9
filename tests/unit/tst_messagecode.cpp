// SPDX-License-Identifier: BSD-2-Clause
#include "codec/messagecode.h"

#include <QTest>

using namespace coapscope;

class TestMessageCode : public QObject
{
    Q_OBJECT

private slots:
    void classAndDetail();
    void names_data();
    void names();
    void parses_data();
    void parses();
    void categories();
};

void TestMessageCode::classAndDetail()
{
    QCOMPARE(MessageCode::Content.raw(), 0x45);
    QCOMPARE(MessageCode::Content.codeClass(), 2);
    QCOMPARE(MessageCode::Content.detail(), 5);
    QCOMPARE(MessageCode::Content.toString(), QStringLiteral("2.05"));
    QCOMPARE(MessageCode::Continue.toString(), QStringLiteral("2.31"));
    QCOMPARE(MessageCode(0xa0).toString(), QStringLiteral("5.00"));
}

void TestMessageCode::names_data()
{
    QTest::addColumn<int>("raw");
    QTest::addColumn<QString>("name");
    QTest::newRow("0.00") << 0x00 << "Empty";
    QTest::newRow("0.01") << 0x01 << "GET";
    QTest::newRow("0.07") << 0x07 << "iPATCH";
    QTest::newRow("2.31") << 0x5f << "Continue";
    QTest::newRow("4.08") << 0x88 << "Request Entity Incomplete";
    QTest::newRow("4.15") << 0x8f << "Unsupported Content-Format";
    QTest::newRow("5.08") << 0xa8 << "Hop Limit Reached";
    QTest::newRow("7.05") << 0xe5 << "Abort";
    QTest::newRow("unassigned 4.10") << 0x8a << "";
}

void TestMessageCode::names()
{
    QFETCH(int, raw);
    QFETCH(QString, name);
    QCOMPARE(QString(MessageCode(quint8(raw)).name()), name);
}

void TestMessageCode::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("raw");
    QTest::newRow("dotted") << "2.05" << 0x45;
    QTest::newRow("method lower") << "get" << 0x01;
    QTest::newRow("ipatch") << "iPATCH" << 0x07;
    QTest::newRow("response name") << "not found" << 0x84;
    QTest::newRow("class 7") << "7.01" << 0xe1;
    QTest::newRow("detail too big") << "2.32" << -1;
    QTest::newRow("class too big") << "8.00" << -1;
    QTest::newRow("short") << "2.5" << -1;
    QTest::newRow("nonsense") << "GETT" << -1;
}

void TestMessageCode::parses()
{
    QFETCH(QString, text);
    QFETCH(int, raw);
    const auto code = MessageCode::fromString(text);
    if (raw < 0) {
        QVERIFY(!code.has_value());
    } else {
        QVERIFY(code.has_value());
        QCOMPARE(code->raw(), raw);
    }
}

void TestMessageCode::categories()
{
    QVERIFY(MessageCode::Get.isRequest());
    QVERIFY(!MessageCode::Empty.isRequest());
    QVERIFY(MessageCode::Empty.isEmpty());
    QVERIFY(MessageCode::NotFound.isResponse());
    QVERIFY(MessageCode::Csm.isSignaling());
    QVERIFY(MessageCode(1, 0).isReservedClass());
    QVERIFY(MessageCode(6, 0).isReservedClass());
}

QTEST_APPLESS_MAIN(TestMessageCode)
#include "tst_messagecode.moc"
