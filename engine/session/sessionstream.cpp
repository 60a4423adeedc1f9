// SPDX-License-Identifier: BSD-2-Clause
// The parts of Session that only stream sessions (CoAP over TCP and TLS, RFC 8323) use: the
// connection's life, the capabilities exchange, Release and Abort.
#include "codec/signaling.h"
#include "codec/tcpstreamdecoder.h"
#include "context.h"
#include "session.h"
#include "streammessagelayer.h"
#include "trace/tracerecord.h"
#include "transport/streamtransport.h"

#include <QTimer>

namespace coapscope {

void Session::attachStream(StreamTransport *stream, const SocketAddress &localBind)
{
    m_stream = stream;
    m_streamLocalBind = localBind;
    stream->setParent(this);
    m_decoder = std::make_unique<TcpStreamDecoder>(StreamMaxMessageSize);
    connect(stream, &StreamTransport::handshakeStarted, this,
            [this] { setState(SessionState::Handshaking); });
    connect(stream, &StreamTransport::secured, this, &Session::onSecured);
    connect(stream, &StreamTransport::securityFailed, this, &Session::onSecurityFailed);
    connect(stream, &StreamTransport::securityEvent, this, [this](const SecurityEvent &event) {
        m_context->recordSecurityEvent(m_id, m_remote, event);
    });
    connect(stream, &StreamTransport::ready, this, &Session::onStreamReady);
    connect(stream, &StreamTransport::dataReceived, this, &Session::receiveStreamBytes);
    connect(stream, &StreamTransport::disconnected, this, &Session::onStreamDisconnected);
    connect(stream, &StreamTransport::errorOccurred, this, &Session::onStreamError);
    // A server session is held by its connection while the connection is open: there is no
    // free pool for streams, since a peer that comes back opens a new connection.
    m_connectionHoldsReference = m_role == SessionRole::Server;
}

void Session::connectStream()
{
    if (m_stream || m_role != SessionRole::Client)
        return;
    // A new connection starts a new capabilities exchange.
    auto layer = std::make_unique<StreamMessageLayer>(m_context->clock(), messageLayerHooks());
    layer->setParameters(m_reliability->parameters());
    m_streamLayer = layer.get();
    m_reliability = std::move(layer);
    m_lastError.reset();
    m_streamError.reset();
    m_securityInfo.reset();
    attachStream(m_context->makeStream(m_tlsPolicy), m_streamLocalBind);
    setState(SessionState::Connecting);
    m_stream->connectTo(m_remote, m_streamLocalBind);
}

void Session::onStreamReady()
{
    m_lastLocal = m_stream->localAddress();
    setState(SessionState::ExchangingCapabilities);
    m_streamLayer->start(CsmSettings{StreamMaxMessageSize, false});
}

void Session::receiveStreamBytes(const QByteArray &bytes)
{
    m_lastActivity = m_context->clock().now();
    m_counters.bytesReceived += quint64(bytes.size());
    m_decoder->append(bytes);
    while (m_stream && m_state != SessionState::Closed) {
        const auto next = m_decoder->next();
        if (!next)
            break;
        const QByteArray frame = m_decoder->lastFrame();
        if (!next->hasValue()) {
            ++m_counters.malformedReceived;
            if (m_context->isTracing()) {
                trace(TraceDirection::Received, frame, nullptr, &next->error(),
                      TraceCause::Malformed, 0);
            }
            // RFC 8323 §5.6: a stream that cannot be parsed cannot be resynchronised.
            const QLatin1StringView kind = DecodeError::kindId(next->error().kind);
            abortForViolation(QByteArrayLiteral("malformed message: ") +
                              QByteArray(kind.data(), kind.size()));
            break;
        }
        ++m_counters.pdusReceived;
        m_receiving = &frame;
        m_reliability->receive(next->value());
        m_receiving = nullptr;
    }
    markChanged();
}

void Session::onSignaling(const Message &message)
{
    if (message.code() == MessageCode::Csm) {
        if (m_state == SessionState::ExchangingCapabilities)
            setState(SessionState::Established);
        markChanged(); // the peer's Max-Message-Size moves maxPduSize()
        return;
    }
    if (message.code() == MessageCode::Release) {
        endConnection(RequestError{RequestError::Kind::Released}, true);
        return;
    }
    if (message.code() == MessageCode::Abort) {
        RequestError error{RequestError::Kind::Aborted};
        error.detail = QString::fromUtf8(message.payload());
        endConnection(error, false);
    }
}

void Session::releaseConnection()
{
    if (!m_stream || !m_stream->isReady())
        return;
    transmit(Signaling::release(ReleaseRequest{}), TraceCause::Transmission, 0);
    endConnection(RequestError{RequestError::Kind::Released}, true);
}

void Session::abortConnection(const QByteArray &diagnostic)
{
    if (!m_stream)
        return;
    if (m_stream->isReady())
        transmit(Signaling::abort(std::nullopt, diagnostic), TraceCause::Transmission, 0);
    RequestError error{RequestError::Kind::Cancelled};
    error.detail = QString::fromUtf8(diagnostic);
    endConnection(error, true);
}

void Session::abortForViolation(const QByteArray &diagnostic)
{
    if (!m_stream)
        return;
    transmit(Signaling::abort(std::nullopt, diagnostic), TraceCause::Transmission, 0);
    RequestError error{RequestError::Kind::ProtocolViolation};
    error.detail = QString::fromUtf8(diagnostic);
    endConnection(error, true);
}

void Session::onStreamError(const TransportError &error)
{
    RequestError failure{error.kind == TransportError::Kind::ConnectionClosed
                             ? RequestError::Kind::ConnectionClosed
                             : RequestError::Kind::Transport};
    failure.transportError = error;
    if (!m_streamError)
        m_streamError = failure;
}

void Session::onStreamDisconnected()
{
    endConnection(m_streamError.value_or(RequestError{RequestError::Kind::ConnectionClosed}),
                  false);
}

void Session::endConnection(const RequestError &error, bool graceful)
{
    if (m_endingConnection || !m_stream)
        return;
    m_endingConnection = true;
    m_lastError = error;
    m_reliability->abandonAll();
    detachStream(graceful);
    if (m_state != SessionState::Closed)
        setState(SessionState::Disconnected);
    failAllPending(error);
    m_endingConnection = false;
    if (std::exchange(m_connectionHoldsReference, false))
        release(); // a server session with nobody else holding it is freed
}

void Session::detachStream(bool graceful)
{
    StreamTransport *stream = std::exchange(m_stream, nullptr);
    if (!stream)
        return;
    m_lastLocal = stream->localAddress();
    stream->disconnect(this);
    if (!graceful) {
        stream->abort();
        stream->deleteLater();
        return;
    }
    // Let what was written (a Release, an Abort, the last response) leave before the socket
    // goes; the context keeps the stream until then, as this session may be going away.
    constexpr int FlushTimeoutMs = 2000;
    stream->setParent(m_context);
    connect(stream, &StreamTransport::disconnected, stream, &QObject::deleteLater);
    QTimer::singleShot(FlushTimeoutMs, stream, &QObject::deleteLater);
    stream->close();
}

} // namespace coapscope
