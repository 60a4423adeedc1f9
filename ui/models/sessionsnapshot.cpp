// SPDX-License-Identifier: BSD-2-Clause
#include "sessionsnapshot.h"

namespace coapscope {

SessionSnapshot SessionSnapshot::of(Session *session, const QString &contextName)
{
    SessionSnapshot snapshot;
    snapshot.session = session;
    snapshot.contextName = contextName;
    snapshot.id = session->id();
    snapshot.role = session->role();
    snapshot.protocol = session->protocol();
    snapshot.state = session->state();
    snapshot.localAddress = session->localAddress().toString();
    snapshot.remoteAddress = session->remoteAddress().toString();
    snapshot.referenceCount = session->referenceCount();
    snapshot.mtu = session->mtu();
    snapshot.maxPduSize = session->maxPduSize();
    snapshot.sendQueueLength = session->sendQueue().size();
    snapshot.receiveQueueLength = session->delayQueue().size();
    snapshot.description = session->description();
    return snapshot;
}

} // namespace coapscope
