// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/message.h"

#include <QByteArrayList>
#include <QHash>
#include <QList>
#include <QPointer>

namespace coapscope {

class Session;

// RFC 7641 §4.1 on the server side: who observes which resource. Each observer holds a
// reference on its session, so an observed peer's session stays out of the free pool.
class ObserverRegistry
{
public:
    struct Observer
    {
        QPointer<Session> session;
        QByteArray token;
        Message registration; // the GET that registered it, replayed for each notification
        int notificationsSent = 0;
    };

    ObserverRegistry() = default;
    ObserverRegistry(const ObserverRegistry &) = delete;
    ObserverRegistry &operator=(const ObserverRegistry &) = delete;
    ~ObserverRegistry();

    // Adds an observer, or refreshes the one with the same session and token.
    void add(const QByteArrayList &path, Session *session, const Message &registration);
    bool remove(Session *session, const QByteArray &token);
    void removeSession(Session *session);

    QList<Observer> observers(const QByteArrayList &path) const { return m_observers.value(path); }
    int count(const QByteArrayList &path) const { return int(m_observers.value(path).size()); }
    // The next Observe value for path: 24 bits, wrapping (RFC 7641 §4.4).
    quint32 nextSequence(const QByteArrayList &path);
    void countNotification(const QByteArrayList &path, Session *session, const QByteArray &token);

private:
    static void release(const Observer &observer);

    QHash<QByteArrayList, QList<Observer>> m_observers;
    QHash<QByteArrayList, quint32> m_sequences;
};

} // namespace coapscope
