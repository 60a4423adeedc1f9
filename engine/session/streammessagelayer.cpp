// SPDX-License-Identifier: BSD-2-Clause
#include "streammessagelayer.h"

#include <algorithm>

namespace coapscope {

StreamMessageLayer::StreamMessageLayer(Clock &clock, Hooks hooks)
    : m_clock(clock)
    , m_hooks(std::move(hooks))
{}

StreamMessageLayer::~StreamMessageLayer()
{
    abandonAll();
}

void StreamMessageLayer::start(const CsmSettings &ours)
{
    if (m_started)
        return;
    m_started = true;
    // RFC 8323 §5.3: the CSM is the first message on the connection, from either side.
    transmit(Signaling::csm(ours));
}

void StreamMessageLayer::transmit(const Message &message)
{
    m_hooks.transmit(message, TraceCause::Transmission, 0);
}

// Nothing but the CSM goes out before the peer's CSM has arrived.
void StreamMessageLayer::transmitOrHold(Message message, bool isRequest)
{
    if (isEstablished()) {
        transmit(message);
        return;
    }
    m_waiting.push_back(Waiting{std::move(message), m_clock.now(), isRequest});
    if (isRequest)
        m_hooks.queuesChanged();
}

void StreamMessageLayer::sendRequest(Message request)
{
    transmitOrHold(std::move(request), true);
}

quint16 StreamMessageLayer::send(Message message)
{
    if (message.code() != MessageCode::Ping) {
        transmitOrHold(std::move(message), false);
        return 0;
    }
    // A Pong answers under the Ping's token; the session knows pings by the ID given here.
    const quint16 id = m_nextPingId++;
    const QByteArray token = message.token();
    const Clock::TimerId timer =
        m_clock.schedule(m_parameters.maxTransmitWaitMs(), [this, token] { onPingTimeout(token); });
    m_pings.insert(token, OutstandingPing{id, m_clock.now(), timer});
    transmitOrHold(std::move(message), false);
    return id;
}

void StreamMessageLayer::respond(const Message &request, Message response)
{
    response.setToken(request.token());
    transmit(response);
}

void StreamMessageLayer::receive(const Message &message)
{
    const MessageCode code = message.code();
    if (code.isSignaling()) {
        receiveSignaling(message);
        return;
    }
    if (!isEstablished()) {
        // RFC 8323 §5.3: a peer that does not open with a CSM has failed the connection.
        m_hooks.traced(message, TraceCause::Ignored);
        m_hooks.abort(QByteArrayLiteral("expected a CSM first"));
        return;
    }
    if (code.isEmpty()) {
        // RFC 8323 §3.4: an empty message is silently ignored (it may serve as a keepalive).
        m_hooks.traced(message, TraceCause::Ignored);
        return;
    }
    if (!code.isRequest() && !code.isResponse()) {
        m_hooks.traced(message, TraceCause::Ignored); // a reserved class
        return;
    }
    m_hooks.traced(message, TraceCause::Received);
    if (code.isRequest())
        m_hooks.deliverRequest(message);
    else
        m_hooks.deliverResponse(message); // no RST on a stream: an unwanted one is dropped
}

void StreamMessageLayer::receiveSignaling(const Message &message)
{
    const MessageCode code = message.code();
    if (code == MessageCode::Csm) {
        m_hooks.traced(message, TraceCause::Received);
        // RFC 8323 §5.3.1: later CSMs update the settings; options are deltas to what stands.
        const bool first = !m_peerSettings;
        m_peerSettings = Signaling::readCsm(message, peerSettings());
        m_hooks.signaling(message);
        if (first) {
            std::deque<Waiting> waiting = std::exchange(m_waiting, {});
            for (const Waiting &entry : waiting)
                transmit(entry.message);
            m_hooks.queuesChanged();
        }
        return;
    }
    if (!isEstablished()) {
        m_hooks.traced(message, TraceCause::Ignored);
        m_hooks.abort(QByteArrayLiteral("expected a CSM first"));
        return;
    }
    if (code == MessageCode::Ping) {
        m_hooks.traced(message, TraceCause::Received);
        Message pong = Signaling::pong(Signaling::hasCustody(message));
        pong.setToken(message.token());
        transmit(pong);
        return;
    }
    if (code == MessageCode::Pong) {
        auto ping = m_pings.constFind(message.token());
        // libcoap 4.3 answers every Ping with an empty token; take it for the oldest Ping.
        if (ping == m_pings.cend() && message.token().isEmpty()) {
            ping = std::min_element(m_pings.cbegin(), m_pings.cend(),
                                    [](const OutstandingPing &a, const OutstandingPing &b) {
                                        return a.sentAt < b.sentAt;
                                    });
        }
        if (ping == m_pings.cend()) {
            m_hooks.traced(message, TraceCause::Ignored);
            return;
        }
        m_hooks.traced(message, TraceCause::Received);
        const OutstandingPing answered = ping.value();
        const QByteArray token = ping.key();
        m_pings.erase(ping);
        m_clock.cancel(answered.timer);
        m_hooks.roundTripSample(m_clock.now() - answered.sentAt);
        m_hooks.acknowledged(answered.id, token);
        return;
    }
    if (code == MessageCode::Release || code == MessageCode::Abort) {
        m_hooks.traced(message, TraceCause::Received);
        m_hooks.signaling(message);
        return;
    }
    // RFC 8323 §5.1: unknown signaling codes are ignored.
    m_hooks.traced(message, TraceCause::Ignored);
}

void StreamMessageLayer::onPingTimeout(const QByteArray &token)
{
    const auto ping = m_pings.constFind(token);
    if (ping == m_pings.cend())
        return;
    const quint16 id = ping->id;
    m_pings.erase(ping);
    m_hooks.failed(id, token, ExchangeFailure::Timeout);
}

bool StreamMessageLayer::cancel(const QByteArray &token)
{
    bool found = false;
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (it->message.token() == token) {
            it = m_waiting.erase(it);
            found = true;
        } else {
            ++it;
        }
    }
    if (const auto ping = m_pings.constFind(token); ping != m_pings.cend()) {
        m_clock.cancel(ping->timer);
        m_pings.erase(ping);
        found = true;
    }
    if (found)
        m_hooks.queuesChanged();
    return found;
}

void StreamMessageLayer::abandonAll()
{
    m_waiting.clear();
    for (const OutstandingPing &ping : std::as_const(m_pings))
        m_clock.cancel(ping.timer);
    m_pings.clear();
}

QList<DelayQueueEntry> StreamMessageLayer::delayQueue() const
{
    QList<DelayQueueEntry> entries;
    for (const Waiting &waiting : m_waiting) {
        if (waiting.isRequest)
            entries.append(
                DelayQueueEntry{waiting.message.token(), waiting.message.code(), waiting.queuedAt});
    }
    return entries;
}

} // namespace coapscope
