// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "session/session.h"

#include <QHash>
#include <QObject>

namespace coapscope {

class Context;
class LogModel;

// Writes what happens to the sessions of the contexts it watches into the log, in words: a
// session opened, secured (with the suite), disconnected (and why), freed.
class SessionActivityLog : public QObject
{
    Q_OBJECT

public:
    explicit SessionActivityLog(LogModel *log, QObject *parent = nullptr);

    void addContext(Context *context);

private:
    void watch(Session *session);
    void onChanged(Session *session);
    void logTransition(Session *session, SessionState from);

    LogModel *m_log;
    QHash<quint64, SessionState> m_states;
};

} // namespace coapscope
