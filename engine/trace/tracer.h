// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "security/securityevent.h"
#include "tracerecord.h"

namespace coapscope {

// Sees every datagram a Context sends or receives, malformed ones included, and each step of
// its DTLS and TLS handshakes. Called on the engine's thread, synchronously: keep it quick and
// hand heavy work elsewhere.
class Tracer
{
public:
    virtual ~Tracer() = default;
    virtual void record(const TraceRecord &record) = 0;
    // A handshake message, alert or security state change of a session (sessionId 0: a peer
    // that has no session yet, such as a server's handshake in progress).
    virtual void recordSecurityEvent(quint64 sessionId, const SocketAddress &peer,
                                     const SecurityEvent &event)
    {
        Q_UNUSED(sessionId);
        Q_UNUSED(peer);
        Q_UNUSED(event);
    }
};

} // namespace coapscope
