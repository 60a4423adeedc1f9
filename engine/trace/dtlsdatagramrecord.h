// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "session/socketaddress.h"
#include "tracerecord.h"

#include <QByteArray>

namespace coapscope {

// One datagram as it crossed the wire beneath DTLS: handshake flights, alerts and encrypted
// records. TraceRecords show the CoAP inside; these are what a packet capture would have seen.
struct DtlsDatagramRecord
{
    qint64 timestampUs = 0; // wall clock, microseconds since the Unix epoch
    qint64 clockMs = 0;     // the engine clock
    quint64 sessionId = 0;  // 0 while a server's peer has no session yet (its handshake)
    TraceDirection direction = TraceDirection::Sent;
    SocketAddress local;
    SocketAddress remote;
    QByteArray bytes;
};

} // namespace coapscope
