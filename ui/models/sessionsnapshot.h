// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "session/protocol.h"
#include "session/session.h"

#include <QPointer>
#include <QString>

namespace coapscope {

// What the session table shows of one session, copied at the last batched refresh so that
// painting, sorting and filtering never reach into the engine.
struct SessionSnapshot
{
    QPointer<Session> session;
    QString contextName;
    quint64 id = 0;
    SessionRole role = SessionRole::Client;
    Protocol protocol = Protocol::Udp;
    SessionState state = SessionState::Established;
    QString localAddress;
    QString remoteAddress;
    int referenceCount = 0;
    int mtu = 0;
    qsizetype maxPduSize = 0;
    qsizetype sendQueueLength = 0;
    qsizetype receiveQueueLength = 0;
    QString description;

    static SessionSnapshot of(Session *session, const QString &contextName);
};

} // namespace coapscope
