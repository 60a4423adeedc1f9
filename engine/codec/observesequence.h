// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QtGlobal>

namespace coapscope::ObserveSequence {

// RFC 7641 §2: Observe values in requests.
inline constexpr quint32 Register = 0;
inline constexpr quint32 Deregister = 1;

// Notification sequence numbers are 24 bits wide and wrap.
inline constexpr quint32 Mask = 0xffffff;

// RFC 7641 §3.4: whether a notification (value2 received at time2) is newer than the last one
// accepted (value1 at time1). Times are in milliseconds on any monotonic clock. A notification
// more than 128 seconds after the last is taken as newer whatever its number.
constexpr bool isNewer(quint32 value1, qint64 time1Ms, quint32 value2, qint64 time2Ms)
{
    constexpr quint32 half = 1u << 23;
    constexpr qint64 windowMs = 128 * 1000;
    value1 &= Mask;
    value2 &= Mask;
    return (value1 < value2 && value2 - value1 < half) ||
           (value1 > value2 && value1 - value2 > half) || time2Ms > time1Ms + windowMs;
}

} // namespace coapscope::ObserveSequence
