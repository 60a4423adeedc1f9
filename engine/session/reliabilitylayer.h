// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "clock.h"
#include "codec/message.h"
#include "sessionqueues.h"
#include "trace/tracerecord.h"
#include "transmissionparameters.h"

#include <QHash>
#include <QList>
#include <queue>

#include <deque>
#include <functional>
#include <optional>
#include <vector>

class QRandomGenerator;

namespace coapscope {

enum class ExchangeFailure : quint8
{
    Timeout, // no ACK after MAX_RETRANSMIT retransmissions
    Reset,   // the peer answered with RST
};

// RFC 7252 §4: the message layer of one session. Message IDs, CON retransmission with
// exponential back-off, ACK and RST matching, deduplication with cached answers, NSTART.
// It knows nothing of tokens beyond carrying them; the session matches responses to requests.
class ReliabilityLayer
{
public:
    struct Hooks
    {
        // Put this message on the wire (the session encodes, sends and traces it).
        std::function<void(const Message &, TraceCause, int retransmission)> transmit;
        // A received message, classified, before anything reacts to it.
        std::function<void(const Message &, TraceCause)> traced;
        std::function<void(const Message &)> deliverRequest;
        // Returns whether a pending request took the response; a CON nobody wants gets a RST.
        std::function<bool(const Message &)> deliverResponse;
        // An empty ACK for a CON we sent: a separate response may follow.
        std::function<void(quint16 messageId, const QByteArray &token)> acknowledged;
        std::function<void(quint16 messageId, const QByteArray &token, ExchangeFailure)> failed;
        // A RST answering a NON we sent recently (RFC 7641 §3.6: a client refusing a
        // notification). Optional.
        std::function<void(quint16 messageId, const QByteArray &token)> nonRejected;
        std::function<void(qint64 milliseconds)> roundTripSample;
        std::function<void()> queuesChanged;
    };

    ReliabilityLayer(Clock &clock, QRandomGenerator &random, Hooks hooks);
    ReliabilityLayer(const ReliabilityLayer &) = delete;
    ReliabilityLayer &operator=(const ReliabilityLayer &) = delete;
    ~ReliabilityLayer();

    const TransmissionParameters &parameters() const { return m_parameters; }
    void setParameters(const TransmissionParameters &parameters) { m_parameters = parameters; }

    // A request: CON ones wait in the delay queue while NSTART exchanges are outstanding.
    void sendRequest(Message request);
    // A CON or NON this side originates outside NSTART (separate responses, notifications).
    // Returns the message ID given to it.
    quint16 send(Message message);
    // Answers a received request: piggybacked on the ACK while the request still awaits one,
    // otherwise as a separate message of the type the response carries (CON by default).
    void respond(const Message &request, Message response);
    // The empty ACK that promises a separate response (RFC 7252 §5.2.2).
    void acknowledge(const Message &request);
    void receive(const Message &message);

    // Stops retransmitting or queueing the message with this token; returns whether it was found.
    bool cancel(const QByteArray &token);
    // Forgets everything outstanding, without callbacks (the session is going away).
    void abandonAll();

    QList<SendQueueEntry> sendQueue() const;
    QList<DelayQueueEntry> delayQueue() const;
    quint64 retransmissions() const { return m_retransmissions; }
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
    struct Seen
    {
        qint64 expiresAt = 0;
        bool answered = false;
        std::optional<Message> answer; // what a duplicate gets again
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
    void remember(quint16 messageId, bool confirmable);
    void answer(quint16 messageId, const Message &answerMessage, TraceCause cause);
    void forgetExpired();
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
    QHash<quint16, Seen> m_seen;
    // Tokens of the NONs sent lately, so a RST naming one can be matched; the oldest go first.
    QHash<quint16, QByteArray> m_recentNon;
    std::deque<quint16> m_recentNonOrder;
    // Earliest expiry on top; CON and NON lifetimes differ, so arrival order is not enough.
    std::priority_queue<std::pair<qint64, quint16>, std::vector<std::pair<qint64, quint16>>,
                        std::greater<>>
        m_seenExpiry;
    quint64 m_retransmissions = 0;
    quint64 m_duplicates = 0;
};

} // namespace coapscope
