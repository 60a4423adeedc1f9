// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "handshakerecorder_p.h"
#include "opensslhandles_p.h"
#include "session/socketaddress.h"

#include <QList>

namespace coapscope {

class Clock;
class SslContext;

// A server's gate (RFC 6347 §4.2.1): ClientHellos from peers without state go through
// DTLSv1_listen on one shared SSL object. Without a valid cookie the answer is a
// HelloVerifyRequest and nothing is kept; with one, that SSL (holding the ClientHello) is handed
// over to become the peer's connection and a fresh one takes its place.
class DtlsListener
{
public:
    struct Outcome
    {
        QList<QByteArray> replies; // HelloVerifyRequest, to send back to the peer
        QList<SecurityEvent> events;
        SslPtr accepted; // set when the cookie was valid
    };

    DtlsListener(SslContext &context, const Clock &clock);
    ~DtlsListener();

    Outcome screen(const QByteArray &datagram, const SocketAddress &from);

private:
    SslContext &m_context;
    const Clock &m_clock;
    HandshakeRecorder m_recorder;
    SslPtr m_ssl;
};

} // namespace coapscope
