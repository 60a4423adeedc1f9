// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "busypollwindow.h"

#include <QList>
#include <QObject>

QT_BEGIN_NAMESPACE
class QAbstractSocket;
QT_END_NAMESPACE

namespace coapscope {

// Polls a thread's sockets (UDP, and TCP or TLS streams) for a short while before the thread's
// event loop sleeps (see BusyPollWindow for why). It polls all of them at once, so one socket's
// polling never keeps another's datagram waiting. As soon as any socket is readable it returns,
// and the event loop delivers the datagram at once instead of after a wake-up. Qt's own event
// loop announces a sleep only when nothing else is pending; GLib's announces every pass, so
// after dense traffic a poll there can also hold up pending events, by one window at most each
// pass, until the thread sleeps longer than the limit without data and the window closes.
class BusyPoller final : public QObject
{
    Q_OBJECT

public:
    // The current thread's poller, made on first use; released when its last socket goes.
    static BusyPoller *watch(const QAbstractSocket *socket, qint64 limitNs);
    void unwatch(const QAbstractSocket *socket);
    void setLimit(const QAbstractSocket *socket, qint64 limitNs);

    // A watched socket is reading what arrived: lets the window learn how long the wait was.
    void dataArrived();

    // What the event loop calls as it is about to sleep: polls the watched sockets for the
    // window's length. Returns whether one of them became readable.
    bool pollBeforeSleep();

    const BusyPollWindow &window() const { return m_window; }

private:
    struct Watched
    {
        const QAbstractSocket *socket;
        qint64 limitNs;
    };

    BusyPoller();
    ~BusyPoller() override;
    void followEventLoop();
    void updateLimit();

    QMetaObject::Connection m_aboutToBlock;
    QList<Watched> m_watched;
    BusyPollWindow m_window;
};

} // namespace coapscope
