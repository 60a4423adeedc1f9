// SPDX-License-Identifier: BSD-2-Clause
#include "clock.h"

namespace coapscope {

Clock::TimerId Clock::schedule(qint64 delayMs, std::function<void()> action)
{
    const TimerId id = m_nextId++;
    const qint64 deadline = now() + qMax<qint64>(0, delayMs);
    m_timers.emplace(Key{deadline, id}, std::move(action));
    m_deadlines.emplace(id, deadline);
    deadlinesChanged();
    return id;
}

void Clock::cancel(TimerId id)
{
    const auto found = m_deadlines.find(id);
    if (found == m_deadlines.end())
        return;
    m_timers.erase(Key{found->second, id});
    m_deadlines.erase(found);
    deadlinesChanged();
}

void Clock::runDueTimers()
{
    const qint64 current = now();
    while (!m_timers.empty() && m_timers.begin()->first.deadline <= current) {
        auto node = m_timers.extract(m_timers.begin());
        m_deadlines.erase(node.key().id);
        // The action may schedule or cancel timers; it owns nothing of the map by now.
        node.mapped()();
    }
    deadlinesChanged();
}

qint64 Clock::nextDeadline() const
{
    return m_timers.empty() ? -1 : m_timers.begin()->first.deadline;
}

} // namespace coapscope
