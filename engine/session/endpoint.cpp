// SPDX-License-Identifier: BSD-2-Clause
#include "endpoint.h"

#include "context.h"
#include "security/dtlstransport.h"
#include "session.h"
#include "trace/tracerecord.h"
#include "transport/datagramtransport.h"
#include "transport/streamlistener.h"
#include "transport/streamtransport.h"

namespace coapscope {

Endpoint::Endpoint(Context *context, Protocol protocol, DatagramTransport *transport)
    : QObject(context)
    , m_context(context)
    , m_protocol(protocol)
    , m_transport(transport)
{
    transport->setParent(this);
    connect(transport, &DatagramTransport::datagramReceived, this, &Endpoint::receive);
    if (auto *dtls = qobject_cast<DtlsTransport *>(transport))
        watchDtls(dtls);
}

void Endpoint::watchDtls(DtlsTransport *dtls)
{
    connect(dtls, &DtlsTransport::securityEvent, this,
            [this](const SocketAddress &peer, const SecurityEvent &event) {
                const Session *session = m_sessions.value(peer);
                m_context->recordSecurityEvent(session ? session->id() : 0, peer, event);
            });
    const auto recordWire = [this](TraceDirection direction) {
        return [this, direction](const QByteArray &datagram, const SocketAddress &peer) {
            const Session *session = m_sessions.value(peer);
            m_context->recordDtlsDatagram(session ? session->id() : 0, direction,
                                          m_transport->localAddress(), peer, datagram);
        };
    };
    connect(dtls, &DtlsTransport::ciphertextSent, this, recordWire(TraceDirection::Sent));
    connect(dtls, &DtlsTransport::ciphertextReceived, this, recordWire(TraceDirection::Received));
    connect(dtls, &DtlsTransport::keyLogLine, this,
            [this](const SocketAddress &peer, const QByteArray &line) {
                const Session *session = m_sessions.value(peer);
                m_context->recordKeyLogLine(session ? session->id() : 0, peer, line);
            });
    connect(dtls, &DtlsTransport::established, this,
            [this](const SocketAddress &peer, const SecurityInfo &info) {
                // A returning peer's pooled session learns its new keys' suite.
                if (Session *session = m_sessions.value(peer))
                    session->onSecured(info);
            });
    connect(dtls, &DtlsTransport::peerClosed, this, [this](const SocketAddress &peer) {
        if (Session *session = m_sessions.value(peer))
            session->onSecureChannelClosed();
    });
}

Endpoint::Endpoint(Context *context, Protocol protocol, StreamListener *listener)
    : QObject(context)
    , m_context(context)
    , m_protocol(protocol)
    , m_listener(listener)
{
    listener->setParent(this);
    connect(listener, &StreamListener::accepted, this, &Endpoint::accept);
}

Endpoint::~Endpoint() = default;

SocketAddress Endpoint::localAddress() const
{
    return m_transport ? m_transport->localAddress() : m_listener->localAddress();
}

void Endpoint::accept(StreamTransport *connection)
{
    Session *session = m_context->createServerSession(this, connection);
    m_sessions.insert(session->remoteAddress(), session);
}

void Endpoint::receive(const QByteArray &datagram, const SocketAddress &from)
{
    Session *session = m_sessions.value(from);
    if (session) {
        session->reference(); // revives a pooled session
    } else {
        session = m_context->createServerSession(this, from);
        m_sessions.insert(from, session);
        if (auto *dtls = qobject_cast<DtlsTransport *>(m_transport)) {
            if (const auto info = dtls->securityInfo(from))
                session->onSecured(*info);
        }
    }
    // The endpoint holds the session while it handles the datagram; exchanges that outlive
    // this call hold their own reference.
    session->receiveDatagram(datagram);
    session->release();
}

void Endpoint::forgetSession(Session *session)
{
    const auto found = m_sessions.find(session->remoteAddress());
    if (found != m_sessions.end() && found.value() == session)
        m_sessions.erase(found);
}

} // namespace coapscope
