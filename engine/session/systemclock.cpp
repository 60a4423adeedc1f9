// SPDX-License-Identifier: BSD-2-Clause
#include "systemclock.h"

namespace coapscope {

SystemClock::SystemClock()
{
    m_elapsed.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&m_timer, &QTimer::timeout, [this] { runDueTimers(); });
}

void SystemClock::deadlinesChanged()
{
    const qint64 deadline = nextDeadline();
    if (deadline < 0) {
        m_timer.stop();
        return;
    }
    const qint64 delay = qMax<qint64>(0, deadline - now());
    if (!m_timer.isActive() || m_timer.remainingTime() != delay)
        m_timer.start(std::chrono::milliseconds(delay));
}

} // namespace coapscope
