// SPDX-License-Identifier: BSD-2-Clause
// Port lists as people type them for Import Trace.
#include "text/portlistinput.h"

#include <QTest>

using namespace coapscope;

class TestPortListInput : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
};

void TestPortListInput::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QList<quint16>>("ports");
    QTest::newRow("empty") << QString() << true << QList<quint16>{};
    QTest::newRow("blank") << QStringLiteral("  ") << true << QList<quint16>{};
    QTest::newRow("commas") << QStringLiteral("15683, 25683") << true
                            << QList<quint16>{15683, 25683};
    QTest::newRow("spaces") << QStringLiteral("1 65535") << true << QList<quint16>{1, 65535};
    QTest::newRow("duplicates") << QStringLiteral("5683,5683;") << true << QList<quint16>{5683};
    QTest::newRow("zero") << QStringLiteral("0") << false << QList<quint16>{};
    QTest::newRow("too large") << QStringLiteral("15683, 65536") << false << QList<quint16>{};
    QTest::newRow("negative") << QStringLiteral("-5") << false << QList<quint16>{};
    QTest::newRow("words") << QStringLiteral("coap") << false << QList<quint16>{};
    QTest::newRow("range") << QStringLiteral("5683-5690") << false << QList<quint16>{};
}

void TestPortListInput::parses()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QList<quint16>, ports);
    const auto parsed = text::parsePortList(text);
    QCOMPARE(parsed.hasValue(), valid);
    if (valid)
        QCOMPARE(*parsed, ports);
    else
        QVERIFY(!parsed.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestPortListInput)
#include "tst_portlistinput.moc"
