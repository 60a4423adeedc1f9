// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "clock.h"

namespace coapscope {

// A clock that moves only when told to: tests advance it and due timers run in deadline order,
// each seeing now() equal to its own deadline.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 start = 0)
        : m_now(start)
    {}

    qint64 now() const override { return m_now; }
    void advance(qint64 milliseconds);
    // Advances straight to the next deadline, if any; returns whether a timer ran.
    bool advanceToNextTimer();

private:
    qint64 m_now;
};

} // namespace coapscope
