// SPDX-License-Identifier: BSD-2-Clause
#include "observerregistry.h"

#include "codec/observesequence.h"
#include "session/session.h"

namespace coapscope {

ObserverRegistry::~ObserverRegistry()
{
    for (const auto &observers : std::as_const(m_observers)) {
        for (const Observer &observer : observers)
            release(observer);
    }
}

void ObserverRegistry::release(const Observer &observer)
{
    if (observer.session)
        observer.session->release();
}

void ObserverRegistry::add(const QByteArrayList &path, Session *session,
                           const Message &registration)
{
    QList<Observer> &observers = m_observers[path];
    for (Observer &observer : observers) {
        if (observer.session == session && observer.token == registration.token()) {
            observer.registration = registration;
            return;
        }
    }
    session->reference();
    observers.append(Observer{session, registration.token(), registration, 0});
}

bool ObserverRegistry::remove(Session *session, const QByteArray &token)
{
    for (auto it = m_observers.begin(); it != m_observers.end(); ++it) {
        QList<Observer> &observers = it.value();
        for (qsizetype i = 0; i < observers.size(); ++i) {
            if (observers[i].session == session && observers[i].token == token) {
                const Observer removed = observers.takeAt(i);
                if (observers.isEmpty())
                    m_observers.erase(it);
                release(removed);
                return true;
            }
        }
    }
    return false;
}

void ObserverRegistry::removeSession(Session *session)
{
    for (auto it = m_observers.begin(); it != m_observers.end();) {
        it->removeIf([session](const Observer &observer) {
            // The session is going away: its reference goes with it, no release needed.
            return observer.session == session || observer.session.isNull();
        });
        it = it->isEmpty() ? m_observers.erase(it) : std::next(it);
    }
}

quint32 ObserverRegistry::nextSequence(const QByteArrayList &path)
{
    quint32 &sequence = m_sequences[path];
    // Start at 2: 0 and 1 are the registration and deregistration values in requests.
    sequence = sequence < 2 ? 2 : (sequence + 1) & ObserveSequence::Mask;
    return sequence;
}

void ObserverRegistry::countNotification(const QByteArrayList &path, Session *session,
                                         const QByteArray &token)
{
    for (Observer &observer : m_observers[path]) {
        if (observer.session == session && observer.token == token)
            ++observer.notificationsSent;
    }
}

} // namespace coapscope
