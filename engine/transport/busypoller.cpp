// SPDX-License-Identifier: BSD-2-Clause
#include "busypoller.h"

#include <QAbstractEventDispatcher>
#include <QAbstractSocket>
#include <QVarLengthArray>

#include <algorithm>
#include <chrono>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <poll.h>
#endif

namespace coapscope {

namespace {

thread_local BusyPoller *threadPoller = nullptr;

qint64 monotonicNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Whether any of the sockets has something to read, without waiting.
bool anyReadable(QVarLengthArray<pollfd, 8> &sockets)
{
#ifdef Q_OS_WIN
    return WSAPoll(sockets.data(), ULONG(sockets.size()), 0) > 0;
#else
    return ::poll(sockets.data(), nfds_t(sockets.size()), 0) > 0;
#endif
}

} // namespace

BusyPoller::BusyPoller() = default;

BusyPoller::~BusyPoller()
{
    threadPoller = nullptr;
}

BusyPoller *BusyPoller::watch(const QAbstractSocket *socket, qint64 limitNs)
{
    if (!threadPoller)
        threadPoller = new BusyPoller;
    threadPoller->followEventLoop();
    threadPoller->m_watched.append(Watched{socket, limitNs});
    threadPoller->updateLimit();
    return threadPoller;
}

void BusyPoller::followEventLoop()
{
    // A socket can be made before its thread has an event loop; the next one to come finds it.
    if (m_aboutToBlock)
        return;
    if (auto *dispatcher = QAbstractEventDispatcher::instance()) {
        m_aboutToBlock = connect(
            dispatcher, &QAbstractEventDispatcher::aboutToBlock, this,
            [this] { pollBeforeSleep(); }, Qt::DirectConnection);
    }
}

void BusyPoller::unwatch(const QAbstractSocket *socket)
{
    m_watched.removeIf([socket](const Watched &watched) { return watched.socket == socket; });
    if (m_watched.isEmpty()) {
        delete this;
        return;
    }
    updateLimit();
}

void BusyPoller::setLimit(const QAbstractSocket *socket, qint64 limitNs)
{
    for (Watched &watched : m_watched) {
        if (watched.socket == socket)
            watched.limitNs = limitNs;
    }
    updateLimit();
}

void BusyPoller::updateLimit()
{
    qint64 limitNs = 0;
    for (const Watched &watched : std::as_const(m_watched))
        limitNs = std::max(limitNs, watched.limitNs);
    m_window.setLimitNs(limitNs);
}

void BusyPoller::dataArrived()
{
    if (m_window.limitNs() > 0) // with polling off, not even a clock read per datagram
        m_window.dataArrived(monotonicNs());
}

bool BusyPoller::pollBeforeSleep()
{
    if (m_window.limitNs() == 0)
        return false;
    const qint64 idleSince = monotonicNs();
    m_window.becameIdle(idleSince);
    const qint64 windowNs = m_window.windowNs();
    if (windowNs <= 0)
        return false;
    QVarLengthArray<pollfd, 8> sockets; // on the stack: this runs before every sleep
    for (const Watched &watched : std::as_const(m_watched)) {
        const qintptr descriptor = watched.socket->socketDescriptor();
        if (descriptor != -1)
            sockets.push_back(pollfd{decltype(pollfd::fd)(descriptor), POLLIN, 0});
    }
    if (sockets.empty())
        return false;
    const qint64 deadline = idleSince + windowNs;
    do {
        if (anyReadable(sockets))
            return true; // the event loop's own poll finds it at once and delivers it
    } while (monotonicNs() < deadline);
    return false;
}

} // namespace coapscope
