// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "dtlsdatagramrecord.h"
#include "security/securityevent.h"
#include "tracerecord.h"

namespace coapscope {

// Sees every datagram a Context sends or receives, malformed ones included, and each step of
// its DTLS and TLS handshakes. Called on the engine's thread, synchronously: keep it quick and
// hand heavy work elsewhere. Everything but record() is optional: the defaults ignore it.
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
    // A DTLS session's datagram as sent or received on the wire, ciphertext and handshake
    // alike; the CoAP it carries comes through record() as well.
    virtual void recordDtlsDatagram(const DtlsDatagramRecord &record) { Q_UNUSED(record); }
    // One line of the NSS key log (what SSLKEYLOGFILE holds) for a DTLS session, such as
    // "CLIENT_RANDOM <client random> <master secret>", without its newline. It lets a capture of
    // the session be decrypted, so only tracers that export captures should keep it.
    virtual void recordKeyLogLine(quint64 sessionId, const SocketAddress &peer,
                                  const QByteArray &line)
    {
        Q_UNUSED(sessionId);
        Q_UNUSED(peer);
        Q_UNUSED(line);
    }
};

} // namespace coapscope
