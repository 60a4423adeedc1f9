// SPDX-License-Identifier: BSD-2-Clause
#include "session.h"

#include "client/blocktransfer.h"
#include "client/coapreply.h"
#include "codec/blockvalue.h"
#include "codec/observesequence.h"
#include "codec/optionnumber.h"
#include "codec/signaling.h"
#include "codec/tcpframing.h"
#include "codec/tcpstreamdecoder.h"
#include "codec/udpcodec.h"
#include "context.h"
#include "reliabilitylayer.h"
#include "security/dtlstransport.h"
#include "server/blockassembler.h"
#include "streammessagelayer.h"
#include "trace/tracerecord.h"
#include "transport/datagramtransport.h"
#include "transport/streamtransport.h"

#include <QMetaMethod>
#include <QRandomGenerator>

#include <algorithm>
#include <chrono>
#include <limits>

namespace coapscope {

namespace {

// The fixed CoAP header over UDP and DTLS (RFC 7252 §3).
constexpr int DatagramHeaderSize = 4;

} // namespace

Session::Session(Context *context, quint64 id, SessionRole role, Protocol protocol,
                 const SocketAddress &remote)
    : QObject(context)
    , m_context(context)
    , m_id(id)
    , m_role(role)
    , m_protocol(protocol)
    , m_remote(remote)
{
    if (isReliable(protocol)) {
        auto layer = std::make_unique<StreamMessageLayer>(context->clock(), messageLayerHooks());
        m_streamLayer = layer.get();
        m_reliability = std::move(layer);
        m_state = SessionState::Connecting;
    } else {
        m_reliability = std::make_unique<ReliabilityLayer>(context->clock(), context->random(),
                                                           messageLayerHooks());
    }
    m_reliability->setParameters(context->transmissionParameters());
    m_lastActivity = context->clock().now();
}

MessageLayer::Hooks Session::messageLayerHooks()
{
    MessageLayer::Hooks hooks;
    hooks.transmit = [this](const Message &message, TraceCause cause, int retransmission) {
        return transmit(message, cause, retransmission);
    };
    hooks.resend = [this](const QByteArray &datagram, TraceCause cause) {
        resend(datagram, cause);
    };
    hooks.traced = [this](const Message &message, TraceCause cause) {
        if (cause == TraceCause::DuplicateReceived)
            ++m_counters.duplicatesReceived;
        if (m_context->isTracing())
            trace(TraceDirection::Received, m_receiving ? *m_receiving : encode(message), &message,
                  nullptr, cause, 0);
    };
    hooks.deliverRequest = [this](const Message &request) {
        m_context->dispatchRequest(this, request);
    };
    hooks.deliverResponse = [this](const Message &response) { return deliverResponse(response); };
    hooks.acknowledged = [this](quint16 messageId, const QByteArray &token) {
        onAcknowledged(messageId, token);
    };
    hooks.failed = [this](quint16 messageId, const QByteArray &token, ExchangeFailure failure) {
        onExchangeFailed(messageId, token, failure);
    };
    hooks.roundTripSample = [this](qint64 milliseconds) { onRoundTrip(milliseconds); };
    hooks.nonRejected = [this](quint16, const QByteArray &token) {
        if (!m_pending.contains(token))
            m_context->observerGone(this, token);
    };
    hooks.queuesChanged = [this] { markChanged(); };
    hooks.signaling = [this](const Message &message) { onSignaling(message); };
    hooks.abort = [this](const QByteArray &diagnostic) { abortConnection(diagnostic); };
    return hooks;
}

void Session::attachDatagramTransport(DatagramTransport *transport)
{
    m_transport = transport;
}

Session::~Session()
{
    m_context->clock().cancel(m_idleTimer);
    m_reliability->abandonAll();
    for (const Pending &pending : std::as_const(m_pending)) {
        m_context->clock().cancel(pending.timeout);
        m_context->clock().cancel(pending.freshness);
    }
}

Session *Session::reference()
{
    if (m_state == SessionState::Idle)
        revive();
    else
        ++m_references;
    markChanged();
    return this;
}

void Session::release()
{
    if (m_references <= 0 || m_state == SessionState::Closed)
        return;
    --m_references;
    markChanged();
    if (m_references > 0)
        return;
    // A stream server session has no pool: its peer would come back on a new connection.
    if (m_role == SessionRole::Client || m_streamLayer) {
        close();
        return;
    }
    // The free pool: keep the session (and its deduplication memory) for a returning peer.
    setState(SessionState::Idle);
    m_idleSince = m_context->clock().now();
    scheduleIdleCheck(m_idleSince + m_context->serverIdleTimeoutMs());
}

// A server session goes idle after every exchange, so one timer is kept running and checks,
// when it fires, how long the session has been idle since, instead of a timer per exchange.
void Session::scheduleIdleCheck(qint64 deadline)
{
    if (m_idleTimer != 0 && m_idleCheckAt <= deadline)
        return;
    Clock &clock = m_context->clock();
    clock.cancel(m_idleTimer);
    m_idleCheckAt = deadline;
    QPointer<Session> self(this);
    m_idleTimer = clock.schedule(std::max<qint64>(0, deadline - clock.now()), [self] {
        if (!self)
            return;
        self->m_idleTimer = 0;
        if (self->m_state != SessionState::Idle)
            return;
        const qint64 freeAt = self->m_idleSince + self->m_context->serverIdleTimeoutMs();
        if (self->m_context->clock().now() >= freeAt)
            self->close();
        else
            self->scheduleIdleCheck(freeAt);
    });
}

void Session::revive()
{
    m_references = 1;
    setState(SessionState::Established);
}

void Session::close()
{
    if (m_state == SessionState::Closed)
        return;
    m_context->clock().cancel(m_idleTimer);
    m_reliability->abandonAll();
    detachStream(true);
    m_references = 0;
    // Closed before the replies hear of it, so a slot cannot start new work here.
    setState(SessionState::Closed);
    failAllPending(RequestError{RequestError::Kind::SessionReleased});
    m_context->removeSession(this);
    deleteLater();
}

bool Session::setMtu(int mtu)
{
    if (mtu < MinimumMtu || mtu > MaximumMtu)
        return false;
    m_mtu = mtu;
    markChanged();
    return true;
}

qsizetype Session::maxPduSize() const
{
    if (m_streamLayer)
        return qsizetype(qMin<quint64>(m_streamLayer->peerSettings().maxMessageSize,
                                       std::numeric_limits<int>::max()));
    return qMax(0, m_mtu - recordOverhead() - DatagramHeaderSize);
}

int Session::recordOverhead() const
{
    if (m_protocol != Protocol::Dtls)
        return 0;
    // Until the suite is known, the worst of the ones we offer (AES-CBC with SHA-256).
    constexpr int WorstDtlsRecordOverhead = 77;
    return m_securityInfo ? m_securityInfo->recordOverhead : WorstDtlsRecordOverhead;
}

qsizetype Session::messageSizeLimit() const
{
    // A DTLS record must fit the MTU along with the CoAP message it carries.
    return m_streamLayer ? maxPduSize() : qsizetype(m_mtu - recordOverhead());
}

std::optional<CsmSettings> Session::peerCapabilities() const
{
    if (!m_streamLayer || !m_streamLayer->isEstablished())
        return std::nullopt;
    return m_streamLayer->peerSettings();
}

std::optional<RequestError> Session::lastError() const
{
    return m_lastError;
}

QByteArray Session::encode(const Message &message) const
{
    return m_streamLayer ? TcpFraming::encode(message) : UdpCodec::encode(message);
}

SocketAddress Session::localAddress() const
{
    if (m_transport)
        return m_transport->localAddress();
    return m_stream ? m_stream->localAddress() : m_lastLocal;
}

QString Session::description() const
{
    return QStringLiteral("%1 <-> %2 %3")
        .arg(localAddress().toString(), m_remote.toString(), QString(protocolName(m_protocol)));
}

const TransmissionParameters &Session::transmissionParameters() const
{
    return m_reliability->parameters();
}

std::optional<TransmissionParameters::Problem>
Session::setTransmissionParameters(const TransmissionParameters &parameters)
{
    if (auto problem = parameters.validate())
        return problem;
    m_reliability->setParameters(parameters);
    markChanged();
    return std::nullopt;
}

QList<SendQueueEntry> Session::sendQueue() const
{
    return m_reliability->sendQueue();
}

QList<DelayQueueEntry> Session::delayQueue() const
{
    return m_reliability->delayQueue();
}

SessionCounters Session::counters() const
{
    SessionCounters counters = m_counters;
    counters.retransmissions = m_reliability->retransmissions();
    return counters;
}

QByteArray Session::newToken() const
{
    QByteArray token(m_tokenLength, Qt::Uninitialized);
    do {
        for (char &byte : token)
            byte = char(m_context->random().bounded(256));
    } while (m_pending.contains(token) && m_tokenLength > 0);
    return token;
}

CoapReply *Session::send(const CoapRequest &request)
{
    auto *reply = new CoapReply(this, request);
    if (!readyToSend(reply))
        return reply;
    // A pooled server session comes back for the request and returns to the pool after it.
    const bool holdReference = m_state == SessionState::Idle;

    Message message = request.message();
    const int preferred = request.blockSize() > 0 ? request.blockSize() : 1024;
    const int limit = int(qMin<qsizetype>(messageSizeLimit(), std::numeric_limits<int>::max()));
    const int blockSize = BlockTransfer::blockSizeFor(message, limit, preferred);
    auto transfer = std::make_shared<BlockTransfer>(message, blockSize, request.blockSize() > 0);
    Message first = transfer->firstRequest();
    first.setToken(QByteArray(Message::MaxTokenLength, '\0')); // sized as the real one may be
    const qsizetype size =
        m_streamLayer ? TcpFraming::encodedSize(first) : UdpCodec::encodedSize(first);
    if (size > limit) {
        RequestError error{RequestError::Kind::MessageTooLarge};
        error.size = size;
        error.limit = limit;
        reply->failLater(error);
        return reply;
    }
    if (m_tokenLength == 0 && !m_pending.isEmpty()) {
        // With empty tokens only one request can be told apart at a time.
        reply->failLater(RequestError{RequestError::Kind::Cancelled});
        return reply;
    }

    Pending pending;
    pending.reply = reply;
    pending.sentAt = m_context->clock().now();
    pending.timeoutMs = request.timeoutMs() > 0 ? request.timeoutMs()
                                                : transmissionParameters().maxTransmitWaitMs();
    pending.transfer = transfer;
    if (holdReference) {
        reference();
        pending.holdsReference = true;
    }
    sendPending(pending, first);
    return reply;
}

// Sends one message of a request (the first, or the next block) under a fresh token.
void Session::sendPending(Pending pending, Message message, bool keepToken)
{
    if (!keepToken)
        message.setToken(newToken());
    const QByteArray token = message.token();
    if (pending.reply && pending.reply->m_sent.code().isEmpty() &&
        pending.assemblingFor.isEmpty()) {
        pending.reply->m_sent = message;
        pending.registration = message;
    }
    pending.timeout =
        m_context->clock().schedule(pending.timeoutMs, [this, token] { onRequestTimeout(token); });
    m_pending.insert(token, pending);
    m_reliability->sendRequest(message);
    markChanged();
}

CoapReply *Session::ping()
{
    auto *reply = new CoapReply(this, CoapRequest(MessageCode::Empty));
    if (!readyToSend(reply))
        return reply;
    const bool holdReference = m_state == SessionState::Idle;
    if (holdReference)
        reference();
    Message ping(MessageType::Confirmable, MessageCode::Empty);
    if (m_streamLayer) {
        ping = Signaling::ping();
        ping.setToken(newToken());
    }
    const quint16 messageId = m_reliability->send(ping);
    if (!m_streamLayer)
        ping.setMessageId(messageId);
    reply->m_sent = ping;
    Pending pending;
    pending.reply = reply;
    pending.sentAt = m_context->clock().now();
    pending.holdsReference = holdReference;
    m_pings.insert(messageId, pending);
    markChanged();
    return reply;
}

bool Session::readyToSend(CoapReply *reply)
{
    if (m_state == SessionState::Closed) {
        reply->failLater(RequestError{RequestError::Kind::SessionReleased});
        return false;
    }
    if (m_state != SessionState::Disconnected)
        return true;
    if (m_role == SessionRole::Client && m_streamLayer) {
        connectStream(); // as libcoap: a client session reconnects when asked to send
        return true;
    }
    if (m_role == SessionRole::Client && m_dtls) {
        m_lastError.reset();
        setState(SessionState::Handshaking);
        m_dtls->connectToPeer(m_remote);
        return true;
    }
    reply->failLater(m_lastError.value_or(RequestError{RequestError::Kind::ConnectionClosed}));
    return false;
}

void Session::receiveDatagram(const QByteArray &datagram)
{
    m_lastActivity = m_context->clock().now();
    ++m_counters.pdusReceived;
    m_counters.bytesReceived += quint64(datagram.size());
    const auto decoded = UdpCodec::decode(datagram);
    if (!decoded) {
        ++m_counters.malformedReceived;
        if (m_context->isTracing()) {
            trace(TraceDirection::Received, datagram, nullptr, &decoded.error(),
                  TraceCause::Malformed, 0);
        }
        // RFC 7252 §4.2: a CON we cannot process is rejected with a RST, when its header
        // can be read at all.
        const auto *bytes = reinterpret_cast<const uchar *>(datagram.constData());
        if (datagram.size() >= 4 && (bytes[0] >> 6) == 1 && ((bytes[0] >> 4) & 0x3) == 0) {
            const quint16 messageId = quint16((bytes[2] << 8) | bytes[3]);
            transmit(Message(MessageType::Reset, MessageCode::Empty, messageId),
                     TraceCause::ResetSent, 0);
        }
        markChanged();
        return;
    }
    m_receiving = &datagram;
    m_reliability->receive(decoded.value());
    m_receiving = nullptr;
    markChanged();
}

QByteArray Session::transmit(const Message &message, TraceCause cause, int retransmission)
{
    if (m_state == SessionState::Closed)
        return {};
    const QByteArray bytes = encode(message);
    if (m_transport)
        sendDatagram(bytes);
    else if (m_stream && m_stream->isReady())
        m_stream->write(bytes);
    else
        return {};
    if (cause == TraceCause::Retransmission) {
        const auto pending = m_pending.constFind(message.token());
        if (pending != m_pending.cend() && pending->reply)
            pending->reply->m_retransmissions = retransmission;
    }
    countSent(bytes.size());
    if (m_context->isTracing())
        trace(TraceDirection::Sent, bytes, &message, nullptr, cause, retransmission);
    return bytes;
}

void Session::resend(const QByteArray &datagram, TraceCause cause)
{
    if (m_state == SessionState::Closed || !m_transport)
        return;
    sendDatagram(datagram);
    countSent(datagram.size());
    if (m_context->isTracing()) {
        // Only datagram sessions cache answers, so the bytes are in the UDP encoding.
        const auto decoded = UdpCodec::decode(datagram);
        trace(TraceDirection::Sent, datagram, decoded ? &decoded.value() : nullptr, nullptr, cause,
              0);
    }
}

void Session::countSent(qsizetype bytes)
{
    ++m_counters.pdusSent;
    m_counters.bytesSent += quint64(bytes);
    m_lastActivity = m_context->clock().now();
    markChanged();
}

bool Session::setFaultInjection(const FaultInjection &faults)
{
    if (isReliable(m_protocol))
        return false;
    m_faults = faults;
    markChanged();
    return true;
}

void Session::sendDatagram(const QByteArray &bytes)
{
    if (!m_faults.isActive()) {
        m_transport->send(bytes, m_remote);
        return;
    }
    QRandomGenerator &random = m_context->random();
    if (random.generateDouble() < m_faults.dropRate) {
        ++m_counters.droppedByFaultInjection;
        return;
    }
    const int copies = random.generateDouble() < m_faults.duplicateRate ? 2 : 1;
    m_counters.duplicatedByFaultInjection += quint64(copies - 1);
    if (m_faults.delayMs <= 0) {
        for (int i = 0; i < copies; ++i)
            m_transport->send(bytes, m_remote);
        return;
    }
    QPointer<Session> self(this);
    m_context->clock().schedule(m_faults.delayMs, [self, bytes, copies] {
        if (!self || !self->m_transport || self->m_state == SessionState::Closed)
            return;
        for (int i = 0; i < copies; ++i)
            self->m_transport->send(bytes, self->m_remote);
    });
}

void Session::trace(TraceDirection direction, const QByteArray &bytes, const Message *message,
                    const DecodeError *error, TraceCause cause, int retransmission)
{
    TraceRecord record;
    record.timestampUs = std::chrono::duration_cast<std::chrono::microseconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
    record.clockMs = m_context->clock().now();
    record.sessionId = m_id;
    record.direction = direction;
    record.protocol = m_protocol;
    record.local = localAddress();
    record.remote = m_remote;
    record.bytes = bytes;
    if (message)
        record.message = *message;
    if (error)
        record.decodeError = *error;
    record.cause = cause;
    record.retransmission = retransmission;
    record.role = m_role;
    m_context->recordTrace(record);
}

void Session::respond(const Message &request, Message response)
{
    m_reliability->respond(request, std::move(response));
}

void Session::acknowledge(const Message &request)
{
    m_reliability->acknowledge(request);
}

void Session::notify(const Message &notification)
{
    m_reliability->send(notification);
}

BlockAssembler &Session::uploads()
{
    if (!m_uploads)
        m_uploads = std::make_unique<BlockAssembler>();
    return *m_uploads;
}

void Session::reject(const Message &request)
{
    transmit(Message(MessageType::Reset, MessageCode::Empty, request.messageId()),
             TraceCause::ResetSent, 0);
}

bool Session::deliverResponse(const Message &response)
{
    const QByteArray token = response.token();
    const auto found = m_pending.find(token);
    if (found == m_pending.end())
        return false;
    // A separate response can overtake the empty ACK, or the ACK can be lost: either way the
    // request is answered, so it stops retransmitting and leaves NSTART's count.
    m_reliability->cancel(token);
    const bool observeResponse = found->registration.uintOption(OptionNumber::Observe) == 0u &&
                                 response.hasOption(OptionNumber::Observe) &&
                                 response.code().isSuccess();
    if (found->assemblingFor.isEmpty() && !found->deregistering &&
        (found->observing || observeResponse)) {
        handleNotification(token, response);
        return true;
    }
    if (!found->transfer) {
        finishRequest(token, &response, nullptr);
        return true;
    }
    const BlockTransfer::Step step = found->transfer->onResponse(response);
    if (!found->assemblingFor.isEmpty()) {
        // The rest of a block-wise notification: hand it on whole, or drop it.
        const Pending assembly = found.value();
        if (step.kind == BlockTransfer::Step::Kind::SendNext) {
            m_pending.erase(found);
            m_context->clock().cancel(assembly.timeout);
            sendPending(assembly, step.message);
            return true;
        }
        m_pending.erase(found);
        m_context->clock().cancel(assembly.timeout);
        if (step.kind == BlockTransfer::Step::Kind::Complete && assembly.reply) {
            ++assembly.reply->m_notifications;
            assembly.reply->m_response = step.message;
            emit assembly.reply->notification(step.message, assembly.assemblingStale);
        }
        markChanged();
        return true;
    }
    switch (step.kind) {
    case BlockTransfer::Step::Kind::Complete:
        finishRequest(token, &step.message, nullptr);
        break;
    case BlockTransfer::Step::Kind::Fail:
        finishRequest(token, nullptr, &*step.error);
        break;
    case BlockTransfer::Step::Kind::SendNext: {
        Pending next = found.value();
        m_pending.erase(found);
        m_context->clock().cancel(next.timeout);
        sendPending(next, step.message);
        // Last: a slot may cancel the reply or release the session.
        if (next.reply) {
            const auto total = next.transfer->bytesTotal();
            emit next.reply->progress(next.transfer->bytesDone(), total ? *total : -1);
        }
        break;
    }
    }
    return true;
}

void Session::handleNotification(const QByteArray &token, const Message &notification)
{
    Pending &observation = m_pending[token];
    CoapReply *reply = observation.reply;
    // An error, or a response without Observe, ends the observation (RFC 7641 §3.2).
    if (!notification.code().isSuccess() || !notification.hasOption(OptionNumber::Observe)) {
        finishRequest(token, &notification, nullptr);
        return;
    }
    if (!observation.observing) {
        observation.observing = true;
        m_context->clock().cancel(observation.timeout); // an observation has no deadline
        observation.timeout = 0;
        if (reply) {
            reply->m_observing = true;
            reply->m_roundTripMs = m_context->clock().now() - observation.sentAt;
        }
    }
    const quint32 sequence = quint32(*notification.uintOption(OptionNumber::Observe));
    const qint64 now = m_context->clock().now();
    const bool stale = observation.lastSequence &&
                       !ObserveSequence::isNewer(*observation.lastSequence,
                                                 observation.lastSequenceAt, sequence, now);
    if (!stale) {
        observation.lastSequence = sequence;
        observation.lastSequenceAt = now;
        scheduleReregistration(token, notification);
    }
    markChanged();
    if (!reply)
        return;

    BlockValue block;
    const auto block2 = notification.option(OptionNumber::Block2);
    if (block2 && BlockValue::read(*block2, block) && block.more) {
        // RFC 7641 §3.8: fetch the rest with plain GETs, then hand the whole notification on.
        Message fetch = observation.registration;
        fetch.removeOptions(OptionNumber::Observe);
        Pending assembly;
        assembly.reply = reply;
        assembly.sentAt = now;
        assembly.timeoutMs = transmissionParameters().maxTransmitWaitMs();
        assembly.transfer = std::make_shared<BlockTransfer>(fetch, block.blockSize(), false);
        assembly.assemblingFor = token;
        assembly.assemblingStale = stale;
        const BlockTransfer::Step step = assembly.transfer->onResponse(notification);
        if (step.kind == BlockTransfer::Step::Kind::SendNext)
            sendPending(assembly, step.message);
        return;
    }
    ++reply->m_notifications;
    reply->m_response = notification;
    emit reply->notification(notification, stale);
}

// RFC 7641 §3.3.1: a notification is fresh for its Max-Age (60 s by default). When that runs
// out with nothing newer, ask again with the same token, to learn whether the observation
// still stands; the answer arrives as a notification.
void Session::scheduleReregistration(const QByteArray &token, const Message &notification)
{
    Pending &observation = m_pending[token];
    m_context->clock().cancel(observation.freshness);
    constexpr qint64 DefaultMaxAgeSeconds = 60;
    constexpr qint64 SlackMs = 2000; // let a notification already on its way arrive first
    const qint64 maxAgeMs =
        qint64(notification.uintOption(OptionNumber::MaxAge).value_or(DefaultMaxAgeSeconds)) * 1000;
    observation.freshness =
        m_context->clock().schedule(maxAgeMs + SlackMs, [this, token] { reregister(token); });
}

void Session::reregister(const QByteArray &token)
{
    const auto found = m_pending.find(token);
    if (found == m_pending.end() || !found->observing || found->deregistering)
        return;
    found->freshness = 0;
    Message registration = found->registration;
    registration.setToken(token);
    m_reliability->sendRequest(registration);
}

void Session::stopObserving(CoapReply *reply)
{
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        if (it->reply != reply || !it->observing || it->deregistering)
            continue;
        // RFC 7641 §3.6: the same request with Observe 1, under the same token.
        Pending pending = it.value();
        const QByteArray token = it.key();
        m_pending.erase(it);
        m_context->clock().cancel(pending.freshness);
        pending.freshness = 0;
        pending.deregistering = true;
        Message deregistration = pending.registration;
        deregistration.setUintOption(OptionNumber::Observe, ObserveSequence::Deregister);
        deregistration.setToken(token);
        sendPending(pending, deregistration, true);
        return;
    }
}

void Session::onAcknowledged(quint16 messageId, const QByteArray &token)
{
    // An ACK to a ping is as good a sign of life as a RST.
    if (m_pings.contains(messageId)) {
        const Pending ping = m_pings.take(messageId);
        if (ping.reply) {
            Message answer(MessageType::Acknowledgement, MessageCode::Empty, messageId);
            if (m_streamLayer) {
                answer = Signaling::pong();
                answer.setToken(token);
            }
            ping.reply->complete(answer, m_context->clock().now() - ping.sentAt);
        }
        releaseHeldReference(ping);
        return;
    }
    // Otherwise a separate response will follow; the request timeout keeps running.
}

void Session::onExchangeFailed(quint16 messageId, const QByteArray &token, ExchangeFailure failure)
{
    if (m_pings.contains(messageId)) {
        const Pending ping = m_pings.take(messageId);
        if (ping.reply && failure == ExchangeFailure::Reset) {
            ping.reply->complete(Message(MessageType::Reset, MessageCode::Empty, messageId),
                                 m_context->clock().now() - ping.sentAt);
        } else if (ping.reply) {
            ping.reply->fail(RequestError{RequestError::Kind::Timeout});
        }
        releaseHeldReference(ping);
        markChanged();
        return;
    }
    if (!m_pending.contains(token)) {
        // Not a request of ours: a CON notification the observer refused or never acknowledged.
        m_context->observerGone(this, token);
        return;
    }
    const RequestError error{failure == ExchangeFailure::Reset ? RequestError::Kind::Reset
                                                               : RequestError::Kind::Timeout};
    finishRequest(token, nullptr, &error);
}

void Session::onRoundTrip(qint64 milliseconds)
{
    m_smoothedRtt = m_smoothedRtt ? (7 * *m_smoothedRtt + milliseconds) / 8 : milliseconds;
}

void Session::onTransportError(const TransportError &error)
{
    // A port-unreachable answer means nobody listens there: end what is pending at once.
    if (error.kind != TransportError::Kind::ConnectionRefused)
        return;
    RequestError failure{RequestError::Kind::Transport};
    failure.transportError = error;
    m_reliability->abandonAll();
    failAllPending(failure);
}

void Session::onRequestTimeout(const QByteArray &token)
{
    const auto found = m_pending.find(token);
    if (found == m_pending.end())
        return;
    found->timeout = 0;
    m_reliability->cancel(token);
    const RequestError error{RequestError::Kind::NoResponse};
    finishRequest(token, nullptr, &error);
}

void Session::finishRequest(const QByteArray &token, const Message *response,
                            const RequestError *error)
{
    const auto found = m_pending.find(token);
    if (found == m_pending.end())
        return;
    const Pending pending = found.value();
    m_pending.erase(found);
    m_context->clock().cancel(pending.timeout);
    m_context->clock().cancel(pending.freshness);
    markChanged();
    if (pending.reply && pending.assemblingFor.isEmpty()) {
        if (response)
            pending.reply->complete(*response, m_context->clock().now() - pending.sentAt);
        else
            pending.reply->fail(*error);
    }
    releaseHeldReference(pending); // last: it may pool the session
}

void Session::releaseHeldReference(const Pending &pending)
{
    if (pending.holdsReference && m_state != SessionState::Closed)
        release();
}

void Session::failAllPending(const RequestError &error)
{
    const auto pendingTokens = m_pending.keys();
    for (const QByteArray &token : pendingTokens)
        finishRequest(token, nullptr, &error);
    const auto pings = std::exchange(m_pings, {});
    for (const Pending &ping : pings) {
        if (ping.reply)
            ping.reply->fail(error);
    }
}

void Session::forget(CoapReply *reply)
{
    // Every entry: an observation may have the fetch of a block-wise notification in flight.
    QList<Pending> forgotten;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->reply != reply) {
            ++it;
            continue;
        }
        m_context->clock().cancel(it->timeout);
        m_context->clock().cancel(it->freshness);
        m_reliability->cancel(it.key());
        forgotten.append(it.value());
        it = m_pending.erase(it);
    }
    for (auto it = m_pings.begin(); it != m_pings.end();) {
        if (it->reply == reply) {
            forgotten.append(it.value());
            it = m_pings.erase(it);
        } else {
            ++it;
        }
    }
    for (const Pending &pending : forgotten)
        releaseHeldReference(pending);
    markChanged();
}

void Session::cancel(CoapReply *reply)
{
    forget(reply);
    reply->fail(RequestError{RequestError::Kind::Cancelled});
}

void Session::setState(SessionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    markChanged();
}

namespace {
const QMetaMethod &changedSignal()
{
    static const QMetaMethod signal = QMetaMethod::fromSignal(&Session::changed);
    return signal;
}
} // namespace

void Session::connectNotify(const QMetaMethod &signal)
{
    if (signal == changedSignal())
        m_changeWatched = true;
}

void Session::disconnectNotify(const QMetaMethod &signal)
{
    // An invalid signal means "all of them".
    if (!signal.isValid() || signal == changedSignal())
        m_changeWatchersMayHaveLeft = true;
}

void Session::markChanged()
{
    // Nobody watching (a headless server, the CLI): nothing to schedule per datagram.
    if (m_changePending || !m_changeWatched)
        return;
    if (m_changeWatchersMayHaveLeft.exchange(false)) {
        m_changeWatched = isSignalConnected(changedSignal());
        if (!m_changeWatched)
            return;
    }
    m_changePending = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_changePending = false;
            emit changed();
        },
        Qt::QueuedConnection);
}

} // namespace coapscope
