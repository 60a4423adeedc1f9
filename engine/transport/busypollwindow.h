// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QtGlobal>

namespace coapscope {

// How long a thread keeps looking at its sockets for more data before it lets itself sleep.
//
// Going to sleep and being woken for the next datagram takes a thread tens of microseconds on
// a virtual machine; a request and its answer between two processes on one host take less.
// Polling a little longer can then catch the next datagram awake, which about doubles a
// loopback server's throughput with a few requests in flight. Polling costs processor time
// where sleeping would not, so the window adapts, as Linux's halt polling does: it grows while
// data arrives within the limit after the thread went idle and shrinks to nothing when it
// does not. An idle thread, or one whose traffic comes further apart than the limit, never
// polls at all.
class BusyPollWindow
{
public:
    static constexpr qint64 DefaultLimitNs = 50'000;

    // limitNs is the longest one poll may last; 0 never polls.
    explicit BusyPollWindow(qint64 limitNs = DefaultLimitNs) { setLimitNs(limitNs); }

    qint64 limitNs() const { return m_limitNs; }
    void setLimitNs(qint64 limitNs);
    // How long to poll now before sleeping: 0 means sleep at once.
    qint64 windowNs() const { return m_windowNs; }

    // The thread is about to sleep at nowNs, nothing left to read. Becoming idle again, with no
    // data in between and after longer than the limit, means the thread slept that long for
    // nothing but timers or input: polling did not pay, so the window shrinks.
    void becameIdle(qint64 nowNs);
    // Data was found at nowNs, by polling or after a sleep: adapt the window.
    void dataArrived(qint64 nowNs);

private:
    void shrink();

    // The first step up from not polling at all; each later step doubles the window.
    static constexpr qint64 GrowStartNs = 5'000;

    qint64 m_limitNs = DefaultLimitNs;
    qint64 m_windowNs = 0;
    qint64 m_idleSinceNs = -1; // -1: not idle since the last arrival
};

} // namespace coapscope
