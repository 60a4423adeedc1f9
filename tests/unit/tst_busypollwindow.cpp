// SPDX-License-Identifier: BSD-2-Clause
// The adaptive busy-poll window on made-up timestamps: growing while datagrams come within the
// limit, holding while polling catches them, shrinking to nothing when they come further apart.

#include "transport/busypollwindow.h"

#include <QTest>

using namespace coapscope;

class TestBusyPollWindow : public QObject
{
    Q_OBJECT

private slots:
    void startsWithoutPolling();
    void growsWhileSleepsAreShorterThanTheLimit();
    void holdsWhilePollingCatchesDatagrams();
    void shrinksToNothingWhenTrafficComesFurtherApart();
    void zeroLimitNeverPolls();
    void loweringTheLimitClampsTheWindow();
    void arrivalWithoutIdlePeriodChangesNothing();
    void idlePeriodsEndingWithoutDataShrinkIt();
    void arrivalAtTheInstantOfIdlingOpensIt();
    void quickReIdlingIsTheSameIdlePeriod();
};

namespace {

constexpr qint64 Us = 1000;

// One idle period: drained at `at`, next datagram `gap` later. Returns the time it arrived.
qint64 idleThenArrive(BusyPollWindow &window, qint64 at, qint64 gap)
{
    window.becameIdle(at);
    window.dataArrived(at + gap);
    return at + gap;
}

// Datagrams 45 µs apart open a 50 µs window all the way. Returns the time of the last one.
qint64 openToTheLimit(BusyPollWindow &window, qint64 at)
{
    for (int i = 0; i < 6; ++i)
        at = idleThenArrive(window, at, 45 * Us);
    return at;
}

} // namespace

void TestBusyPollWindow::startsWithoutPolling()
{
    const BusyPollWindow window;
    QCOMPARE(window.windowNs(), 0);
    QCOMPARE(window.limitNs(), BusyPollWindow::DefaultLimitNs);
}

void TestBusyPollWindow::growsWhileSleepsAreShorterThanTheLimit()
{
    BusyPollWindow window(50 * Us);
    qint64 now = 0;
    // Datagrams 45 µs apart, each found after a sleep: the window doubles, capped at the limit.
    const QList<qint64> expected{5 * Us, 10 * Us, 20 * Us, 40 * Us, 50 * Us, 50 * Us};
    for (qint64 windowNs : expected) {
        now = idleThenArrive(window, now, 45 * Us);
        QCOMPARE(window.windowNs(), windowNs);
    }
}

void TestBusyPollWindow::holdsWhilePollingCatchesDatagrams()
{
    BusyPollWindow window(50 * Us);
    qint64 now = 0;
    for (int i = 0; i < 4; ++i)
        now = idleThenArrive(window, now, 45 * Us);
    QCOMPARE(window.windowNs(), 40 * Us);
    for (int i = 0; i < 100; ++i)
        now = idleThenArrive(window, now, 2 * Us);
    QCOMPARE(window.windowNs(), 40 * Us);
}

void TestBusyPollWindow::shrinksToNothingWhenTrafficComesFurtherApart()
{
    BusyPollWindow window(50 * Us);
    qint64 now = openToTheLimit(window, 0);
    QCOMPARE(window.windowNs(), 50 * Us);
    // A datagram every millisecond: polling would be wasted, so the window halves each time.
    const QList<qint64> expected{25 * Us, 12'500, 6'250, 0, 0};
    for (qint64 windowNs : expected) {
        now = idleThenArrive(window, now, 1000 * Us);
        QCOMPARE(window.windowNs(), windowNs);
    }
}

void TestBusyPollWindow::zeroLimitNeverPolls()
{
    BusyPollWindow window(0);
    qint64 now = 0;
    for (int i = 0; i < 10; ++i)
        now = idleThenArrive(window, now, 1 * Us);
    QCOMPARE(window.windowNs(), 0);

    BusyPollWindow negative(-5);
    QCOMPARE(negative.limitNs(), 0);
}

void TestBusyPollWindow::loweringTheLimitClampsTheWindow()
{
    BusyPollWindow window(50 * Us);
    openToTheLimit(window, 0);
    QCOMPARE(window.windowNs(), 50 * Us);
    window.setLimitNs(20 * Us);
    QCOMPARE(window.windowNs(), 20 * Us);
    window.setLimitNs(0);
    QCOMPARE(window.windowNs(), 0);
}

void TestBusyPollWindow::arrivalWithoutIdlePeriodChangesNothing()
{
    // Several datagrams read in one go: only the first ends an idle period.
    BusyPollWindow window(50 * Us);
    window.becameIdle(0);
    window.dataArrived(10 * Us);
    QCOMPARE(window.windowNs(), 5 * Us);
    window.dataArrived(5000 * Us);
    window.dataArrived(9000 * Us);
    QCOMPARE(window.windowNs(), 5 * Us);
}

void TestBusyPollWindow::idlePeriodsEndingWithoutDataShrinkIt()
{
    // After a burst the thread wakes for timers and input, not data: each such wake-up finds
    // polling wasted, until the window is closed.
    BusyPollWindow window(50 * Us);
    qint64 now = openToTheLimit(window, 0);
    QCOMPARE(window.windowNs(), 50 * Us);
    window.becameIdle(now);
    QCOMPARE(window.windowNs(), 50 * Us); // the first idle period has only begun
    const QList<qint64> expected{25 * Us, 12'500, 6'250, 0, 0};
    for (qint64 windowNs : expected) {
        now += 1000 * Us;
        window.becameIdle(now);
        QCOMPARE(window.windowNs(), windowNs);
    }
}

void TestBusyPollWindow::arrivalAtTheInstantOfIdlingOpensIt()
{
    // A coarse clock can read the same for both; that is a short idle period, not a caught one.
    BusyPollWindow window(50 * Us);
    window.becameIdle(1000);
    window.dataArrived(1000);
    QCOMPARE(window.windowNs(), 5 * Us);
}

void TestBusyPollWindow::quickReIdlingIsTheSameIdlePeriod()
{
    // A posted event or a due timer wakes the thread just after it went idle: that neither
    // shrinks the window nor restarts the idle period the next arrival is measured from.
    BusyPollWindow window(50 * Us);
    qint64 now = 0;
    for (int i = 0; i < 4; ++i)
        now = idleThenArrive(window, now, 35 * Us);
    QCOMPARE(window.windowNs(), 40 * Us);
    window.becameIdle(now);
    window.becameIdle(now + 3 * Us);
    window.becameIdle(now + 6 * Us);
    QCOMPARE(window.windowNs(), 40 * Us);
    window.dataArrived(now + 45 * Us); // 45 µs after going idle: missed, so it grows
    QCOMPARE(window.windowNs(), 50 * Us);
}

QTEST_APPLESS_MAIN(TestBusyPollWindow)
#include "tst_busypollwindow.moc"
