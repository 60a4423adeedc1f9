// SPDX-License-Identifier: BSD-2-Clause
#include "session/manualclock.h"
#include "session/systemclock.h"

#include <QElapsedTimer>
#include <QTest>

using namespace coapscope;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void manualClockRunsTimersInDeadlineOrder();
    void sameDeadlineKeepsSchedulingOrder();
    void cancelledTimersDoNotRun();
    void timersScheduledByTimersRun();
    void advanceToNextTimer();
    void systemClockFiresOnTheEventLoop();
};

void TestClock::manualClockRunsTimersInDeadlineOrder()
{
    ManualClock clock(1000);
    QList<QPair<int, qint64>> fired;
    clock.schedule(300, [&] { fired.append({3, clock.now()}); });
    clock.schedule(100, [&] { fired.append({1, clock.now()}); });
    clock.schedule(200, [&] { fired.append({2, clock.now()}); });
    clock.advance(250);
    QCOMPARE(fired, (QList<QPair<int, qint64>>{{1, 1100}, {2, 1200}}));
    QCOMPARE(clock.now(), 1250);
    clock.advance(50);
    QCOMPARE(fired.size(), 3);
    QCOMPARE(fired.last(), (QPair<int, qint64>{3, 1300}));
    QCOMPARE(clock.pendingTimers(), 0);
}

void TestClock::sameDeadlineKeepsSchedulingOrder()
{
    ManualClock clock;
    QString order;
    for (char c : QByteArray("abcde"))
        clock.schedule(10, [&order, c] { order += QLatin1Char(c); });
    clock.advance(10);
    QCOMPARE(order, QStringLiteral("abcde"));
}

void TestClock::cancelledTimersDoNotRun()
{
    ManualClock clock;
    bool ran = false;
    const auto id = clock.schedule(10, [&] { ran = true; });
    QVERIFY(clock.isScheduled(id));
    clock.cancel(id);
    clock.cancel(id); // twice is harmless
    QVERIFY(!clock.isScheduled(id));
    clock.advance(100);
    QVERIFY(!ran);
}

void TestClock::timersScheduledByTimersRun()
{
    ManualClock clock;
    QList<qint64> times;
    std::function<void()> tick = [&] {
        times.append(clock.now());
        if (times.size() < 4)
            clock.schedule(times.size() * 10, tick);
    };
    clock.schedule(0, tick);
    clock.advance(1000);
    QCOMPARE(times, (QList<qint64>{0, 10, 30, 60}));
}

void TestClock::advanceToNextTimer()
{
    ManualClock clock;
    QVERIFY(!clock.advanceToNextTimer());
    int count = 0;
    clock.schedule(5000, [&] { ++count; });
    QVERIFY(clock.advanceToNextTimer());
    QCOMPARE(clock.now(), 5000);
    QCOMPARE(count, 1);
}

void TestClock::systemClockFiresOnTheEventLoop()
{
    SystemClock clock;
    QList<int> order;
    clock.schedule(30, [&] { order.append(2); });
    const auto cancelled = clock.schedule(10, [&] { order.append(0); });
    clock.schedule(20, [&] { order.append(1); });
    clock.cancel(cancelled);
    QTRY_COMPARE_WITH_TIMEOUT(order, (QList<int>{1, 2}), 5000);
    QVERIFY(clock.now() >= 30);
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
