// SPDX-License-Identifier: BSD-2-Clause
#include "context.h"

#include "codec/optionnumber.h"
#include "endpoint.h"
#include "security/dtlstransport.h"
#include "server/blockassembler.h"
#include "server/serverexchange.h"
#include "session.h"
#include "systemclock.h"
#include "trace/tracer.h"
#include "transport/streamlistener.h"
#include "transport/streamtransport.h"
#include "transport/tlsstreamlistener.h"
#include "transport/tlsstreamtransport.h"
#include "transport/udptransport.h"

#include <atomic>
#include <chrono>

namespace coapscope {

namespace {
// Unique across contexts, so a view or a trace showing several contexts names each session
// by its id alone.
quint64 nextSessionId()
{
    static std::atomic<quint64> next{1};
    return next.fetch_add(1, std::memory_order_relaxed);
}
} // namespace

Context::Context(QObject *parent)
    : QObject(parent)
    , m_ownedClock(std::make_unique<SystemClock>())
    , m_clock(m_ownedClock.get())
    , m_random(QRandomGenerator::securelySeeded())
{}

Context::Context(Clock &clock, quint32 randomSeed, QObject *parent)
    : QObject(parent)
    , m_clock(&clock)
    , m_random(randomSeed)
{}

Context::~Context()
{
    // Sessions first: they refer to the endpoints' transports and to the clock. Closed ones
    // awaiting deleteLater() are no longer listed but are still our children.
    m_sessions.clear();
    qDeleteAll(findChildren<Session *>(Qt::FindDirectChildrenOnly));
    qDeleteAll(m_endpoints);
}

std::optional<TransmissionParameters::Problem>
Context::setTransmissionParameters(const TransmissionParameters &parameters)
{
    if (auto problem = parameters.validate())
        return problem;
    m_parameters = parameters;
    return std::nullopt;
}

Expected<Session *, SessionError>
Context::newClientSession(const SocketAddress &server, Protocol protocol,
                          const SocketAddress &local,
                          const std::optional<SecuritySettings> &sessionSecurity)
{
    if (server.isNull())
        return unexpected(SessionError{SessionError::Kind::InvalidAddress, std::nullopt});
    SocketAddress remote = server;
    if (remote.port == 0)
        remote.port = isSecure(protocol) ? 5684 : 5683;
    // The seed's rule: a session's own security, else the context's.
    const SecuritySettings &security = sessionSecurity ? *sessionSecurity : m_security;
    if (isReliable(protocol)) {
        std::shared_ptr<const TlsPolicy> policy;
        if (protocol == Protocol::Tls) {
            auto made = TlsPolicy::create(security, DtlsRole::Client);
            if (!made)
                return unexpected(SessionError(made.error()));
            policy = *made;
        }
        auto *session = new Session(this, nextSessionId(), SessionRole::Client, protocol, remote);
        session->m_streamLocalBind = local;
        session->m_tlsPolicy = policy;
        addSession(session);
        session->connectStream();
        return session;
    }

    DatagramTransport *transport = makeTransport();
    SocketAddress bindTo = local;
    if (bindTo.address.isNull()) {
        // Bind to the matching "any" address so IPv4 and IPv6 servers both work.
        bindTo.address = remote.address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QHostAddress(QHostAddress::AnyIPv6)
                             : QHostAddress(QHostAddress::AnyIPv4);
    }
    const auto bound = transport->bind(bindTo);
    if (!bound) {
        delete transport;
        return unexpected(SessionError{SessionError::Kind::Transport, bound.error()});
    }
    DtlsTransport *dtls = nullptr;
    if (protocol == Protocol::Dtls) {
        auto made = DtlsTransport::create(transport, security, DtlsRole::Client, clock());
        if (!made)
            return unexpected(SessionError(made.error()));
        dtls = made.value();
        transport = dtls;
    }
    auto *session = new Session(this, nextSessionId(), SessionRole::Client, protocol, remote);
    session->attachDatagramTransport(transport);
    transport->restrictToPeer(remote);
    transport->setParent(session);
    connect(transport, &DatagramTransport::datagramReceived, session,
            [session](const QByteArray &datagram, const SocketAddress &from) {
                // A client session talks to one server; anything else is not its business.
                if (from == session->remoteAddress())
                    session->receiveDatagram(datagram);
            });
    connect(transport, &DatagramTransport::errorOccurred, session, &Session::onTransportError);
    addSession(session);
    if (dtls) {
        session->watchDtls(dtls);
        dtls->connectToPeer(remote); // handshake now, so failures show before any request
    }
    return session;
}

Expected<Endpoint *, SessionError> Context::addEndpoint(Protocol protocol,
                                                        const SocketAddress &local)
{
    SocketAddress bindTo = local;
    if (bindTo.address.isNull())
        bindTo.address = QHostAddress(QHostAddress::Any);
    if (isReliable(protocol)) {
        std::unique_ptr<StreamListener> listener;
        if (protocol == Protocol::Tls) {
            auto policy = TlsPolicy::create(m_security, DtlsRole::Server);
            if (!policy)
                return unexpected(SessionError(policy.error()));
            listener = std::make_unique<TlsStreamListener>(*policy);
        } else {
            listener = std::make_unique<StreamListener>();
        }
        listener->setBusyPollLimitUs(m_busyPollLimitUs);
        const auto listening = listener->listen(bindTo);
        if (!listening)
            return unexpected(SessionError{SessionError::Kind::Transport, listening.error()});
        auto *endpoint = new Endpoint(this, protocol, listener.release());
        m_endpoints.append(endpoint);
        emit endpointAdded(endpoint);
        return endpoint;
    }
    DatagramTransport *transport = makeTransport();
    const auto bound = transport->bind(bindTo);
    if (!bound) {
        delete transport;
        return unexpected(SessionError{SessionError::Kind::Transport, bound.error()});
    }
    if (protocol == Protocol::Dtls) {
        auto dtls = DtlsTransport::create(transport, m_security, DtlsRole::Server, clock());
        if (!dtls)
            return unexpected(SessionError(dtls.error()));
        transport = dtls.value();
    }
    auto *endpoint = new Endpoint(this, protocol, transport);
    m_endpoints.append(endpoint);
    emit endpointAdded(endpoint);
    return endpoint;
}

DatagramTransport *Context::makeTransport()
{
    auto *udp = new UdpTransport;
    udp->setBusyPollLimitUs(m_busyPollLimitUs);
    return m_decorator ? m_decorator(udp) : udp;
}

StreamTransport *Context::makeStream(const std::shared_ptr<const TlsPolicy> &tlsPolicy)
{
    StreamTransport *stream =
        tlsPolicy ? new TlsStreamTransport(std::make_unique<QSslSocket>(), tlsPolicy)
                  : new StreamTransport(std::make_unique<QTcpSocket>());
    stream->setBusyPollLimitUs(m_busyPollLimitUs);
    return stream;
}

Session *Context::createServerSession(Endpoint *endpoint, const SocketAddress &peer)
{
    auto *session =
        new Session(this, nextSessionId(), SessionRole::Server, endpoint->protocol(), peer);
    session->attachDatagramTransport(endpoint->transport());
    addSession(session);
    return session;
}

Session *Context::createServerSession(Endpoint *endpoint, StreamTransport *connection)
{
    auto *session = new Session(this, nextSessionId(), SessionRole::Server, endpoint->protocol(),
                                connection->peerAddress());
    session->attachStream(connection);
    addSession(session);
    connection->startServer();
    return session;
}

void Context::addSession(Session *session)
{
    m_sessions.append(session);
    emit sessionAdded(session);
}

void Context::removeSession(Session *session)
{
    if (!m_sessions.removeOne(session))
        return;
    m_observers.removeSession(session);
    for (Endpoint *endpoint : std::as_const(m_endpoints))
        endpoint->forgetSession(session);
    emit sessionRemoved(session->id());
}

void Context::dispatchRequest(Session *session, const Message &request)
{
    if (request.hasOption(OptionNumber::Block1)) {
        const BlockAssembler::Result assembled = session->uploads().add(request);
        using Outcome = BlockAssembler::Result::Outcome;
        if (assembled.outcome != Outcome::Complete) {
            ServerExchange exchange(session, request);
            Message answer(MessageType::Acknowledgement, MessageCode::Continue);
            switch (assembled.outcome) {
            case Outcome::Continue:
                answer.addOption(OptionNumber::Block1, assembled.block.toOptionValue());
                break;
            case Outcome::Incomplete:
                answer.setCode(MessageCode::RequestEntityIncomplete);
                break;
            case Outcome::TooLarge:
                answer.setCode(MessageCode::RequestEntityTooLarge);
                answer.addUintOption(OptionNumber::Size1, BlockAssembler::MaxBodySize);
                break;
            default:
                answer.setCode(MessageCode::BadRequest);
                answer.setPayload("a block with M set must be exactly the block size");
                break;
            }
            exchange.respond(answer);
            return;
        }
        auto exchange = std::make_shared<ServerExchange>(session, assembled.request);
        exchange->setUploadAcknowledgement(assembled.block.toOptionValue());
        runHandler(exchange);
        return;
    }
    runHandler(std::make_shared<ServerExchange>(session, request));
}

void Context::runHandler(const std::shared_ptr<ServerExchange> &exchange)
{
    m_resources.dispatch(exchange);
    if (!exchange->hasResponded() && !exchange->isDeferred())
        exchange->respond(MessageCode::InternalServerError, "the handler gave no response");
}

void Context::notifyObservers(const QByteArrayList &path)
{
    const Resource *resource = m_resources.find(path);
    const ResourceHandler *handler = resource ? resource->handler(MessageCode::Get) : nullptr;
    if (!handler)
        return;
    for (const ObserverRegistry::Observer &observer : m_observers.observers(path)) {
        if (!observer.session || observer.session->state() == SessionState::Closed) {
            m_observers.remove(observer.session, observer.token);
            continue;
        }
        constexpr int ConfirmableEvery = 5;
        const bool confirmable = (observer.notificationsSent + 1) % ConfirmableEvery == 0;
        m_observers.countNotification(path, observer.session, observer.token);
        auto exchange = std::make_shared<ServerExchange>(observer.session, observer.registration);
        exchange->setResource(resource);
        exchange->setNotification(m_observers.nextSequence(path), confirmable);
        (*handler)(exchange);
    }
}

void Context::observerGone(Session *session, const QByteArray &token)
{
    m_observers.remove(session, token);
}

void Context::addTracer(Tracer *tracer)
{
    if (tracer && !m_tracers.contains(tracer))
        m_tracers.append(tracer);
}

void Context::removeTracer(Tracer *tracer)
{
    m_tracers.removeAll(tracer);
}

void Context::recordSecurityEvent(quint64 sessionId, const SocketAddress &peer, SecurityEvent event)
{
    if (event.clockMs == 0)
        event.clockMs = m_clock->now();
    for (Tracer *tracer : std::as_const(m_tracers))
        tracer->recordSecurityEvent(sessionId, peer, event);
}

void Context::recordTrace(const TraceRecord &record)
{
    for (Tracer *tracer : std::as_const(m_tracers))
        tracer->record(record);
}

void Context::recordDtlsDatagram(quint64 sessionId, TraceDirection direction,
                                 const SocketAddress &local, const SocketAddress &peer,
                                 const QByteArray &datagram)
{
    if (m_tracers.isEmpty())
        return;
    DtlsDatagramRecord record;
    record.timestampUs = std::chrono::duration_cast<std::chrono::microseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
    record.clockMs = m_clock->now();
    record.sessionId = sessionId;
    record.direction = direction;
    record.local = local;
    record.remote = peer;
    record.bytes = datagram;
    for (Tracer *tracer : std::as_const(m_tracers))
        tracer->recordDtlsDatagram(record);
}

void Context::recordKeyLogLine(quint64 sessionId, const SocketAddress &peer, const QByteArray &line)
{
    for (Tracer *tracer : std::as_const(m_tracers))
        tracer->recordKeyLogLine(sessionId, peer, line);
}

} // namespace coapscope
