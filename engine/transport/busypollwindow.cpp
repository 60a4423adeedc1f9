// SPDX-License-Identifier: BSD-2-Clause
#include "busypollwindow.h"

#include <algorithm>

namespace coapscope {

void BusyPollWindow::setLimitNs(qint64 limitNs)
{
    m_limitNs = std::max<qint64>(0, limitNs);
    m_windowNs = std::min(m_windowNs, m_limitNs);
}

void BusyPollWindow::becameIdle(qint64 nowNs)
{
    if (m_idleSinceNs < 0) {
        m_idleSinceNs = nowNs;
        return;
    }
    // Idle again with no data in between. Soon after the last time, the thread only woke for
    // work already queued (a posted event, a timer due): still the same idle period. After
    // longer than any poll may last, it slept that long without data: polling did not pay.
    if (nowNs - m_idleSinceNs > m_limitNs) {
        shrink();
        m_idleSinceNs = nowNs;
    }
}

void BusyPollWindow::dataArrived(qint64 nowNs)
{
    if (m_idleSinceNs < 0)
        return;
    const qint64 idleNs = nowNs - m_idleSinceNs;
    m_idleSinceNs = -1;
    if (m_windowNs > 0 && idleNs <= m_windowNs)
        return; // caught by polling: the window is right
    if (idleNs <= m_limitNs) {
        // Slept, but a longer poll would have caught it.
        m_windowNs = std::min(m_limitNs, std::max(GrowStartNs, m_windowNs * 2));
        return;
    }
    // Slept far longer than any poll may last: polling was (or would have been) wasted.
    shrink();
}

void BusyPollWindow::shrink()
{
    m_windowNs /= 2;
    if (m_windowNs < GrowStartNs)
        m_windowNs = 0;
}

} // namespace coapscope
