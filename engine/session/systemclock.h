// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "clock.h"

#include <QElapsedTimer>
#include <QTimer>

namespace coapscope {

// The real clock: a steady elapsed timer and one precise QTimer armed for the earliest deadline,
// however many timers are pending. Needs a running event loop in its thread.
class SystemClock final : public Clock
{
public:
    SystemClock();

    qint64 now() const override { return m_elapsed.elapsed(); }

private:
    void deadlinesChanged() override;

    QElapsedTimer m_elapsed;
    QTimer m_timer;
};

} // namespace coapscope
