// SPDX-License-Identifier: BSD-2-Clause
#include "codec/observesequence.h"

#include <QTest>

using namespace coapscope;

class TestObserveSequence : public QObject
{
    Q_OBJECT

private slots:
    void ordering_data();
    void ordering();
};

void TestObserveSequence::ordering_data()
{
    QTest::addColumn<quint32>("previous");
    QTest::addColumn<qint64>("previousTime");
    QTest::addColumn<quint32>("next");
    QTest::addColumn<qint64>("nextTime");
    QTest::addColumn<bool>("newer");

    QTest::newRow("simple increase") << 5u << qint64(0) << 6u << qint64(10) << true;
    QTest::newRow("repeat is stale") << 6u << qint64(0) << 6u << qint64(10) << false;
    QTest::newRow("reordered is stale") << 7u << qint64(0) << 6u << qint64(10) << false;
    QTest::newRow("wraps round") << 0xfffffeu << qint64(0) << 2u << qint64(10) << true;
    QTest::newRow("large jump back is stale")
        << 0x10u << qint64(0) << 0x800010u << qint64(10) << false;
    QTest::newRow("just under half ahead") << 0u << qint64(0) << 0x7fffffu << qint64(10) << true;
    QTest::newRow("after 128 s anything goes") << 7u << qint64(0) << 6u << qint64(128001) << true;
    QTest::newRow("at 128 s still ordered") << 7u << qint64(0) << 6u << qint64(128000) << false;
    QTest::newRow("bits above 24 ignored") << 0x1000005u << qint64(0) << 6u << qint64(1) << true;
}

void TestObserveSequence::ordering()
{
    QFETCH(quint32, previous);
    QFETCH(qint64, previousTime);
    QFETCH(quint32, next);
    QFETCH(qint64, nextTime);
    QFETCH(bool, newer);
    QCOMPARE(ObserveSequence::isNewer(previous, previousTime, next, nextTime), newer);
}

QTEST_APPLESS_MAIN(TestObserveSequence)
#include "tst_observesequence.moc"
