// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "clock.h"
#include "codec/message.h"
#include "deduplicationwindow.h"
#include "messagelayer.h"
#include "sessionqueues.h"
#include "trace/tracerecord.h"
#include "transmissionparameters.h"

#include <QHash>
#include <QList>

#include <deque>
#include <functional>

class QRandomGenerator;

namespace coapscope {

// RFC 7252 §4: the message layer of one session. Message IDs, CON retransmission with
// exponential back-off, ACK and RST matching, deduplication with cached answers, NSTART.
// It knows nothing of tokens beyond carrying them; the session matches responses to requests.
class ReliabilityLayer final : public MessageLayer
{
public:
    ReliabilityLayer(Clock &clock, QRandomGenerator &random, Hooks hooks);
    ReliabilityLayer(const ReliabilityLayer &) = delete;
    ReliabilityLayer &operator=(const ReliabilityLayer &) = delete;
    ~ReliabilityLayer() override;

    const TransmissionParameters &parameters() const override { return m_parameters; }
    void setParameters(const TransmissionParameters &parameters) override
    {
        m_parameters = parameters;
    }

    // A request: CON ones wait in the delay queue while NSTART exchanges are outstanding.
    void sendRequest(Message request) override;
    // A CON or NON this side originates outside NSTART (separate responses, notifications).
    // Returns the message ID given to it.
    quint16 send(Message message) override;
    // Answers a received request: piggybacked on the ACK while the request still awaits one,
    // otherwise as a separate message of the type the response carries (CON by default).
    void respond(const Message &request, Message response) override;
    // The empty ACK that promises a separate response (RFC 7252 §5.2.2).
    void acknowledge(const Message &request) override;
    void receive(const Message &message) override;

    // Stops retransmitting or queueing the message with this token; returns whether it was found.
    bool cancel(const QByteArray &token) override;
    // Forgets everything outstanding, without callbacks (the session is going away).
    void abandonAll() override;

    QList<SendQueueEntry> sendQueue() const override;
    QList<DelayQueueEntry> delayQueue() const override;
    quint64 retransmissions() const override { return m_retransmissions; }
    quint64 duplicates() const { return m_duplicates; }

private:
    struct Outstanding
    {
        Message message;
        int retransmissions = 0;
        qint64 timeoutMs = 0;
        qint64 firstSentAt = 0;
        qint64 nextRetransmissionAt = 0;
        Clock::TimerId timer = 0;
        bool isRequest = false;
    };

    quint16 nextMessageId() { return m_nextMessageId++; }
    qint64 initialTimeout();
    void transmitConfirmable(Message message, bool isRequest);
    void scheduleTimeout(quint16 messageId, Outstanding &outstanding);
    void onTimeout(quint16 messageId);
    void finishOutstanding(quint16 messageId);
    void startDelayedRequests();
    int outstandingRequests() const;
    void receiveAckOrReset(const Message &message);
    void receiveConOrNon(const Message &message);
    void remember(const Message &message);
    // The remembered exchange received belongs to, if its ID still stands for it.
    DeduplicationWindow::Entry *exchangeOf(const Message &received);
    void answer(const Message &received, const Message &answerMessage, TraceCause cause);
    void changed();

    Clock &m_clock;
    QRandomGenerator &m_random;
    Hooks m_hooks;
    TransmissionParameters m_parameters;
    quint16 m_nextMessageId;
    QHash<quint16, Outstanding> m_outstanding;
    struct Delayed
    {
        Message message;
        qint64 queuedAt = 0;
    };
    std::deque<Delayed> m_delayed;
    DeduplicationWindow m_seen;
    // Tokens of the NONs sent lately, so a RST naming one can be matched; the oldest go first.
    QHash<quint16, QByteArray> m_recentNon;
    std::deque<quint16> m_recentNonOrder;
    quint64 m_retransmissions = 0;
    quint64 m_duplicates = 0;
};

} // namespace coapscope
