// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QtGlobal>

namespace coapscope {

// What to do to datagrams on their way out, to watch retransmission and deduplication work.
struct FaultInjection
{
    double dropRate = 0.0;      // 0..1
    double duplicateRate = 0.0; // 0..1
    qint64 delayMs = 0;

    bool isActive() const { return dropRate > 0 || duplicateRate > 0 || delayMs > 0; }
};

} // namespace coapscope
