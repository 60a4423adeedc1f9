// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/messagecode.h"

#include <QByteArray>

namespace coapscope {

// One outstanding CON in a session's send queue, as the GUI shows it.
struct SendQueueEntry
{
    quint16 messageId = 0;
    QByteArray token;
    MessageCode code;
    int retransmissions = 0;
    qint64 nextRetransmissionAt = 0; // engine clock, ms
};

// A request held back because NSTART exchanges are already outstanding.
struct DelayQueueEntry
{
    QByteArray token;
    MessageCode code;
    qint64 queuedAt = 0; // engine clock, ms
};

} // namespace coapscope
