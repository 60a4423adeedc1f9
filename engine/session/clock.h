// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QtGlobal>

#include <functional>
#include <map>
#include <unordered_map>

namespace coapscope {

// Monotonic time and timers for the engine. Everything time-dependent (retransmissions,
// deduplication lifetimes, the free pool's idle expiry, NSTART) runs on a Clock, so tests drive
// a ManualClock and never sleep.
class Clock
{
public:
    using TimerId = quint64;

    Clock() = default;
    Clock(const Clock &) = delete;
    Clock &operator=(const Clock &) = delete;
    virtual ~Clock() = default;

    // Milliseconds on a monotonic scale; only differences mean anything.
    virtual qint64 now() const = 0;

    // Runs action once, delayMs from now. Actions due at the same time run in scheduling order.
    TimerId schedule(qint64 delayMs, std::function<void()> action);
    // Harmless for a timer that already ran or was cancelled.
    void cancel(TimerId id);
    bool isScheduled(TimerId id) const { return m_deadlines.contains(id); }
    qsizetype pendingTimers() const { return qsizetype(m_timers.size()); }

protected:
    // Runs every timer due at now(), including ones that due timers schedule for now.
    void runDueTimers();
    // The earliest deadline, or -1 when nothing is scheduled.
    qint64 nextDeadline() const;
    // Called whenever the earliest deadline may have changed.
    virtual void deadlinesChanged() {}

private:
    struct Key
    {
        qint64 deadline;
        TimerId id;
        friend bool operator<(const Key &a, const Key &b)
        {
            return a.deadline != b.deadline ? a.deadline < b.deadline : a.id < b.id;
        }
    };
    std::map<Key, std::function<void()>> m_timers;
    std::unordered_map<TimerId, qint64> m_deadlines;
    TimerId m_nextId = 1;
};

} // namespace coapscope
