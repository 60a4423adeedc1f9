// SPDX-License-Identifier: BSD-2-Clause
#include "manualclock.h"

namespace coapscope {

void ManualClock::advance(qint64 milliseconds)
{
    const qint64 target = m_now + qMax<qint64>(0, milliseconds);
    for (qint64 deadline = nextDeadline(); deadline >= 0 && deadline <= target;
         deadline = nextDeadline()) {
        m_now = qMax(m_now, deadline);
        runDueTimers();
    }
    m_now = target;
}

bool ManualClock::advanceToNextTimer()
{
    const qint64 deadline = nextDeadline();
    if (deadline < 0)
        return false;
    m_now = qMax(m_now, deadline);
    runDueTimers();
    return true;
}

} // namespace coapscope
