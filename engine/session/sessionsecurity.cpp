// SPDX-License-Identifier: BSD-2-Clause
// The parts of Session that follow DTLS and TLS: the handshake's outcome decides the state, a
// failure ends what is pending with its reason, and each handshake step goes to the tracers.
#include "context.h"
#include "reliabilitylayer.h"
#include "security/dtlstransport.h"
#include "session.h"
#include "trace/tracerecord.h"

namespace coapscope {

void Session::watchDtls(DtlsTransport *dtls)
{
    m_dtls = dtls;
    const auto mine = [this](const SocketAddress &peer) { return peer == m_remote; };
    connect(dtls, &DtlsTransport::handshakeStarted, this, [this, mine](const SocketAddress &peer) {
        if (mine(peer))
            setState(SessionState::Handshaking);
    });
    connect(dtls, &DtlsTransport::established, this,
            [this, mine](const SocketAddress &peer, const SecurityInfo &info) {
                if (mine(peer))
                    onSecured(info);
            });
    connect(dtls, &DtlsTransport::securityFailed, this,
            [this, mine](const SocketAddress &peer, const SecurityError &error) {
                if (mine(peer))
                    onSecurityFailed(error);
            });
    connect(dtls, &DtlsTransport::peerClosed, this, [this, mine](const SocketAddress &peer) {
        if (mine(peer))
            onSecureChannelClosed();
    });
    connect(dtls, &DtlsTransport::securityEvent, this,
            [this, mine](const SocketAddress &peer, const SecurityEvent &event) {
                if (mine(peer))
                    m_context->recordSecurityEvent(m_id, peer, event);
            });
    connect(dtls, &DtlsTransport::ciphertextSent, this,
            [this, mine](const QByteArray &datagram, const SocketAddress &peer) {
                if (mine(peer)) {
                    m_context->recordDtlsDatagram(m_id, TraceDirection::Sent, localAddress(), peer,
                                                  datagram);
                }
            });
    connect(dtls, &DtlsTransport::ciphertextReceived, this,
            [this, mine](const QByteArray &datagram, const SocketAddress &peer) {
                if (mine(peer)) {
                    m_context->recordDtlsDatagram(m_id, TraceDirection::Received, localAddress(),
                                                  peer, datagram);
                }
            });
    connect(dtls, &DtlsTransport::keyLogLine, this,
            [this, mine](const SocketAddress &peer, const QByteArray &line) {
                if (mine(peer))
                    m_context->recordKeyLogLine(m_id, peer, line);
            });
}

void Session::onSecured(const SecurityInfo &info)
{
    m_securityInfo = info;
    m_lastError.reset();
    // A stream goes on to exchange capabilities; a datagram session is ready now.
    if (!m_streamLayer)
        setState(SessionState::Established);
    markChanged(); // the record overhead moves maxPduSize()
}

void Session::onSecurityFailed(const SecurityError &error)
{
    RequestError failure{RequestError::Kind::Security};
    failure.securityError = error;
    if (m_streamLayer) {
        m_streamError = failure; // the stream's disconnect follows and ends the connection
        return;
    }
    endSecureChannel(failure);
}

void Session::onSecureChannelClosed()
{
    endSecureChannel(RequestError{RequestError::Kind::ConnectionClosed});
    if (m_role == SessionRole::Server && m_references == 0)
        close();
}

// A datagram session's DTLS ended: what was pending fails with the reason, and a client
// handshakes again when it next sends.
void Session::endSecureChannel(const RequestError &reason)
{
    m_lastError = reason;
    m_securityInfo.reset();
    m_reliability->abandonAll();
    if (m_state == SessionState::Closed)
        return;
    setState(SessionState::Disconnected);
    failAllPending(reason);
}

} // namespace coapscope
