// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "clock.h"
#include "codec/signaling.h"
#include "messagelayer.h"

#include <QHash>

#include <deque>

namespace coapscope {

// RFC 8323: the message layer of a session over TCP or TLS. The stream is reliable, so there
// are no message IDs, ACKs, retransmissions or duplicates. Each side opens with a
// Capabilities and Settings Message; requests wait until the peer's has arrived. Pings are
// answered with Pongs here; CSM, Release and Abort go to the session.
class StreamMessageLayer final : public MessageLayer
{
public:
    StreamMessageLayer(Clock &clock, Hooks hooks);
    StreamMessageLayer(const StreamMessageLayer &) = delete;
    StreamMessageLayer &operator=(const StreamMessageLayer &) = delete;
    ~StreamMessageLayer() override;

    // The connection is up: announce our capabilities. Nothing else goes out before them.
    void start(const CsmSettings &ours);
    // Whether the peer's CSM has arrived, so requests flow.
    bool isEstablished() const { return m_peerSettings.has_value(); }
    // RFC 8323 §5.3.1: what the peer said it accepts; the defaults until its CSM arrives.
    CsmSettings peerSettings() const { return m_peerSettings.value_or(CsmSettings{}); }

    const TransmissionParameters &parameters() const override { return m_parameters; }
    void setParameters(const TransmissionParameters &parameters) override
    {
        m_parameters = parameters;
    }

    void sendRequest(Message request) override;
    quint16 send(Message message) override;
    void respond(const Message &request, Message response) override;
    void acknowledge(const Message &) override {}
    void receive(const Message &message) override;

    bool cancel(const QByteArray &token) override;
    void abandonAll() override;

    QList<SendQueueEntry> sendQueue() const override { return {}; }
    QList<DelayQueueEntry> delayQueue() const override;
    quint64 retransmissions() const override { return 0; }

private:
    struct Waiting
    {
        Message message;
        qint64 queuedAt = 0;
        bool isRequest = false;
    };
    struct OutstandingPing
    {
        quint16 id = 0;
        qint64 sentAt = 0;
        Clock::TimerId timer = 0;
    };

    void transmit(const Message &message);
    void transmitOrHold(Message message, bool isRequest);
    void receiveSignaling(const Message &message);
    void onPingTimeout(const QByteArray &token);

    Clock &m_clock;
    Hooks m_hooks;
    TransmissionParameters m_parameters;
    bool m_started = false;
    std::optional<CsmSettings> m_peerSettings;
    std::deque<Waiting> m_waiting;
    QHash<QByteArray, OutstandingPing> m_pings; // by token
    quint16 m_nextPingId = 1;
};

} // namespace coapscope
