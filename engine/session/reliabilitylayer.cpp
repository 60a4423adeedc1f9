// SPDX-License-Identifier: BSD-2-Clause
#include "reliabilitylayer.h"

#include "codec/optionnumber.h"

#include <QRandomGenerator>

#include <algorithm>

namespace coapscope {

ReliabilityLayer::ReliabilityLayer(Clock &clock, QRandomGenerator &random, Hooks hooks)
    : m_clock(clock)
    , m_random(random)
    , m_hooks(std::move(hooks))
    // RFC 7252 §4.4: start from a random message ID so restarts do not repeat recent ones.
    , m_nextMessageId(quint16(random.bounded(0x10000)))
{}

ReliabilityLayer::~ReliabilityLayer()
{
    abandonAll();
}

qint64 ReliabilityLayer::initialTimeout()
{
    // RFC 7252 §4.2: uniformly between ACK_TIMEOUT and ACK_TIMEOUT * ACK_RANDOM_FACTOR.
    const double spread = (m_parameters.ackRandomFactor - 1.0) * double(m_parameters.ackTimeoutMs);
    return m_parameters.ackTimeoutMs + qint64(m_random.generateDouble() * spread);
}

void ReliabilityLayer::sendRequest(Message request)
{
    if (request.type() != MessageType::Confirmable) {
        request.setMessageId(nextMessageId());
        m_hooks.transmit(request, TraceCause::Transmission, 0);
        return;
    }
    if (outstandingRequests() >= m_parameters.nstart) {
        m_delayed.push_back(Delayed{std::move(request), m_clock.now()});
        changed();
        return;
    }
    transmitConfirmable(std::move(request), true);
}

quint16 ReliabilityLayer::send(Message message)
{
    const quint16 messageId = nextMessageId();
    if (message.type() == MessageType::Confirmable) {
        message.setMessageId(messageId);
        transmitConfirmable(std::move(message), false);
    } else {
        message.setMessageId(messageId);
        if (message.type() == MessageType::NonConfirmable && m_hooks.nonRejected) {
            constexpr size_t RememberedNons = 256;
            m_recentNon.insert(messageId, message.token());
            m_recentNonOrder.push_back(messageId);
            if (m_recentNonOrder.size() > RememberedNons) {
                m_recentNon.remove(m_recentNonOrder.front());
                m_recentNonOrder.pop_front();
            }
        }
        m_hooks.transmit(message, TraceCause::Transmission, 0);
    }
    return messageId;
}

void ReliabilityLayer::transmitConfirmable(Message message, bool isRequest)
{
    if (isRequest)
        message.setMessageId(nextMessageId());
    const quint16 messageId = message.messageId();
    Outstanding outstanding;
    outstanding.message = message;
    outstanding.timeoutMs = initialTimeout();
    outstanding.firstSentAt = m_clock.now();
    outstanding.isRequest = isRequest;
    scheduleTimeout(messageId, outstanding);
    m_outstanding.insert(messageId, std::move(outstanding));
    m_hooks.transmit(message, TraceCause::Transmission, 0);
    changed();
}

void ReliabilityLayer::scheduleTimeout(quint16 messageId, Outstanding &outstanding)
{
    outstanding.nextRetransmissionAt = m_clock.now() + outstanding.timeoutMs;
    outstanding.timer =
        m_clock.schedule(outstanding.timeoutMs, [this, messageId] { onTimeout(messageId); });
}

void ReliabilityLayer::onTimeout(quint16 messageId)
{
    const auto found = m_outstanding.find(messageId);
    if (found == m_outstanding.end())
        return;
    Outstanding &outstanding = found.value();
    if (outstanding.retransmissions >= m_parameters.maxRetransmit) {
        const QByteArray token = outstanding.message.token();
        m_outstanding.erase(found);
        changed();
        m_hooks.failed(messageId, token, ExchangeFailure::Timeout);
        startDelayedRequests();
        return;
    }
    ++outstanding.retransmissions;
    ++m_retransmissions;
    outstanding.timeoutMs *= 2;
    scheduleTimeout(messageId, outstanding);
    const Message message = outstanding.message;
    const int count = outstanding.retransmissions;
    changed();
    m_hooks.transmit(message, TraceCause::Retransmission, count);
}

void ReliabilityLayer::finishOutstanding(quint16 messageId)
{
    const auto found = m_outstanding.find(messageId);
    if (found == m_outstanding.end())
        return;
    m_clock.cancel(found->timer);
    // Karn's rule: only an exchange that was never retransmitted gives a clean round trip.
    if (found->retransmissions == 0 && m_hooks.roundTripSample)
        m_hooks.roundTripSample(m_clock.now() - found->firstSentAt);
    m_outstanding.erase(found);
    changed();
}

int ReliabilityLayer::outstandingRequests() const
{
    return int(std::count_if(m_outstanding.cbegin(), m_outstanding.cend(),
                             [](const Outstanding &outstanding) { return outstanding.isRequest; }));
}

void ReliabilityLayer::startDelayedRequests()
{
    while (!m_delayed.empty() && outstandingRequests() < m_parameters.nstart) {
        Message next = std::move(m_delayed.front().message);
        m_delayed.pop_front();
        transmitConfirmable(std::move(next), true);
    }
}

void ReliabilityLayer::respond(const Message &request, Message response)
{
    const DeduplicationWindow::Entry *seen = exchangeOf(request);
    const bool canPiggyback =
        request.type() == MessageType::Confirmable && seen && !seen->isAnswered();
    if (canPiggyback) {
        response.setType(MessageType::Acknowledgement);
        response.setMessageId(request.messageId());
        answer(request, response, TraceCause::Transmission);
        return;
    }
    if (response.type() == MessageType::Acknowledgement || response.type() == MessageType::Reset)
        response.setType(request.type() == MessageType::NonConfirmable ? MessageType::NonConfirmable
                                                                       : MessageType::Confirmable);
    send(std::move(response));
}

void ReliabilityLayer::acknowledge(const Message &request)
{
    const DeduplicationWindow::Entry *seen = exchangeOf(request);
    if (request.type() != MessageType::Confirmable || !seen || seen->isAnswered())
        return;
    answer(request, Message(MessageType::Acknowledgement, MessageCode::Empty, request.messageId()),
           TraceCause::Transmission);
}

DeduplicationWindow::Entry *ReliabilityLayer::exchangeOf(const Message &received)
{
    // The ID alone may by now belong to a newer exchange of a peer that restarted.
    DeduplicationWindow::Entry *seen = m_seen.find(received.messageId());
    return seen && seen->hasToken(received.tokenView()) ? seen : nullptr;
}

void ReliabilityLayer::answer(const Message &received, const Message &answerMessage,
                              TraceCause cause)
{
    const QByteArray sent = m_hooks.transmit(answerMessage, cause, 0);
    if (DeduplicationWindow::Entry *seen = exchangeOf(received))
        seen->answer = sent;
}

void ReliabilityLayer::receive(const Message &message)
{
    m_seen.forgetExpired(m_clock.now());
    switch (message.type()) {
    case MessageType::Acknowledgement:
    case MessageType::Reset:
        receiveAckOrReset(message);
        return;
    case MessageType::Confirmable:
    case MessageType::NonConfirmable:
        receiveConOrNon(message);
        return;
    }
}

void ReliabilityLayer::receiveAckOrReset(const Message &message)
{
    const auto found = m_outstanding.find(message.messageId());
    if (found == m_outstanding.end()) {
        const auto rejected = m_recentNon.constFind(message.messageId());
        if (message.type() == MessageType::Reset && rejected != m_recentNon.cend()) {
            const QByteArray token = rejected.value();
            m_recentNon.remove(message.messageId());
            m_hooks.traced(message, TraceCause::Received);
            m_hooks.nonRejected(message.messageId(), token);
            return;
        }
        m_hooks.traced(message, TraceCause::Ignored);
        return;
    }
    const QByteArray token = found->message.token();
    const quint16 messageId = message.messageId();
    m_hooks.traced(message, TraceCause::Received);
    finishOutstanding(messageId);
    if (message.type() == MessageType::Reset) {
        m_hooks.failed(messageId, token, ExchangeFailure::Reset);
    } else if (message.isEmptyMessage()) {
        m_hooks.acknowledged(messageId, token);
    } else {
        m_hooks.deliverResponse(message);
    }
    startDelayedRequests();
}

void ReliabilityLayer::receiveConOrNon(const Message &message)
{
    const bool confirmable = message.type() == MessageType::Confirmable;
    if (message.isEmptyMessage()) {
        // A CoAP ping (RFC 7252 §4.3): an Empty CON is answered with a RST.
        m_hooks.traced(message, confirmable ? TraceCause::Received : TraceCause::Ignored);
        if (confirmable)
            m_hooks.transmit(Message(MessageType::Reset, MessageCode::Empty, message.messageId()),
                             TraceCause::ResetSent, 0);
        return;
    }
    if (const DeduplicationWindow::Entry *seen = exchangeOf(message)) {
        ++m_duplicates;
        m_hooks.traced(message, TraceCause::DuplicateReceived);
        if (confirmable && seen->isAnswered()) {
            // The type bits of the cached datagram's first byte (RFC 7252 §3): 3 is RST.
            const bool isReset = ((uchar(seen->answer.at(0)) >> 4) & 0x3) == 3;
            m_hooks.resend(seen->answer,
                           isReset ? TraceCause::ResetSent : TraceCause::CachedResponseSent);
        }
        return;
    }
    remember(message); // also when the ID is known but the token new: see DeduplicationWindow
    m_hooks.traced(message, TraceCause::Received);

    if (message.code().isRequest()) {
        m_hooks.deliverRequest(message);
        return;
    }
    const bool accepted = message.code().isResponse() && m_hooks.deliverResponse(message);
    if (!confirmable) {
        // RFC 7641 §3.6: a notification nobody wants any more is refused with a RST.
        if (!accepted && message.hasOption(OptionNumber::Observe)) {
            m_hooks.transmit(Message(MessageType::Reset, MessageCode::Empty, message.messageId()),
                             TraceCause::ResetSent, 0);
        }
        return;
    }
    // A separate response gets an empty ACK; one nobody asked for, a RST (RFC 7252 §4.2).
    if (accepted) {
        answer(message,
               Message(MessageType::Acknowledgement, MessageCode::Empty, message.messageId()),
               TraceCause::Transmission);
    } else {
        answer(message, Message(MessageType::Reset, MessageCode::Empty, message.messageId()),
               TraceCause::ResetSent);
    }
}

void ReliabilityLayer::remember(const Message &message)
{
    const bool confirmable = message.type() == MessageType::Confirmable;
    const qint64 lifetime =
        confirmable ? m_parameters.exchangeLifetimeMs() : m_parameters.nonLifetimeMs();
    m_seen.remember(message.messageId(), message.tokenView(), m_clock.now() + lifetime,
                    confirmable);
}

bool ReliabilityLayer::cancel(const QByteArray &token)
{
    for (auto it = m_outstanding.begin(); it != m_outstanding.end(); ++it) {
        if (it->message.tokenView() == token) {
            m_clock.cancel(it->timer);
            m_outstanding.erase(it);
            changed();
            startDelayedRequests();
            return true;
        }
    }
    const auto delayed = std::find_if(m_delayed.begin(), m_delayed.end(), [&](const Delayed &d) {
        return d.message.tokenView() == token;
    });
    if (delayed == m_delayed.end())
        return false;
    m_delayed.erase(delayed);
    changed();
    return true;
}

void ReliabilityLayer::abandonAll()
{
    for (const Outstanding &outstanding : std::as_const(m_outstanding))
        m_clock.cancel(outstanding.timer);
    m_outstanding.clear();
    m_delayed.clear();
}

QList<SendQueueEntry> ReliabilityLayer::sendQueue() const
{
    QList<SendQueueEntry> entries;
    entries.reserve(m_outstanding.size());
    for (auto it = m_outstanding.cbegin(); it != m_outstanding.cend(); ++it) {
        entries.append(SendQueueEntry{it.key(), it->message.token(), it->message.code(),
                                      it->retransmissions, it->nextRetransmissionAt});
    }
    // Oldest deadline first, as a queue reads.
    std::sort(entries.begin(), entries.end(), [](const SendQueueEntry &a, const SendQueueEntry &b) {
        return a.nextRetransmissionAt < b.nextRetransmissionAt;
    });
    return entries;
}

QList<DelayQueueEntry> ReliabilityLayer::delayQueue() const
{
    QList<DelayQueueEntry> entries;
    for (const Delayed &delayed : m_delayed)
        entries.append(
            DelayQueueEntry{delayed.message.token(), delayed.message.code(), delayed.queuedAt});
    return entries;
}

void ReliabilityLayer::changed()
{
    if (m_hooks.queuesChanged)
        m_hooks.queuesChanged();
}

} // namespace coapscope
