// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/message.h"
#include "sessionqueues.h"
#include "trace/tracerecord.h"
#include "transmissionparameters.h"

#include <QList>

#include <functional>

namespace coapscope {

enum class ExchangeFailure : quint8
{
    Timeout, // no ACK after MAX_RETRANSMIT retransmissions, or no Pong in time
    Reset,   // the peer answered with RST
};

// What sits between a session and its wire: RFC 7252's messaging over datagrams
// (ReliabilityLayer) or RFC 8323's over a byte stream (StreamMessageLayer). The session matches
// responses to requests by token; the layer carries messages and says what became of them.
class MessageLayer
{
public:
    struct Hooks
    {
        // Put this message on the wire (the session encodes, sends and traces it). Returns the
        // bytes sent, empty when nothing could be sent.
        std::function<QByteArray(const Message &, TraceCause, int retransmission)> transmit;
        // Put bytes that transmit returned earlier on the wire again (a cached answer).
        std::function<void(const QByteArray &datagram, TraceCause)> resend;
        // A received message, classified, before anything reacts to it.
        std::function<void(const Message &, TraceCause)> traced;
        std::function<void(const Message &)> deliverRequest;
        // Returns whether a pending request took the response; a CON nobody wants gets a RST.
        std::function<bool(const Message &)> deliverResponse;
        // An empty ACK for a CON we sent (a separate response may follow), or a Pong.
        std::function<void(quint16 messageId, const QByteArray &token)> acknowledged;
        std::function<void(quint16 messageId, const QByteArray &token, ExchangeFailure)> failed;
        // A RST answering a NON we sent recently (RFC 7641 §3.6: a client refusing a
        // notification). Optional.
        std::function<void(quint16 messageId, const QByteArray &token)> nonRejected;
        std::function<void(qint64 milliseconds)> roundTripSample;
        std::function<void()> queuesChanged;
        // A signaling message (RFC 8323 §5) the stream layer does not answer itself: CSM,
        // Release, Abort. Optional; datagram sessions never see one.
        std::function<void(const Message &)> signaling;
        // The peer broke the stream protocol: the session aborts the connection with this
        // diagnostic (RFC 8323 §5.6). Optional, as signaling.
        std::function<void(const QByteArray &diagnostic)> abort;
    };

    virtual ~MessageLayer() = default;

    virtual const TransmissionParameters &parameters() const = 0;
    virtual void setParameters(const TransmissionParameters &parameters) = 0;

    // A request: it may wait in the delay queue (NSTART, or a stream's capabilities exchange).
    virtual void sendRequest(Message request) = 0;
    // A message this side originates outside the delay queue (separate responses,
    // notifications, pings). Returns the ID the layer knows it by.
    virtual quint16 send(Message message) = 0;
    // Answers a received request.
    virtual void respond(const Message &request, Message response) = 0;
    // Promises a separate response (RFC 7252 §5.2.2); nothing to do on a stream.
    virtual void acknowledge(const Message &request) = 0;
    virtual void receive(const Message &message) = 0;

    // Stops retransmitting or queueing the message with this token; returns whether it was found.
    virtual bool cancel(const QByteArray &token) = 0;
    // Forgets everything outstanding, without callbacks (the session is going away).
    virtual void abandonAll() = 0;

    virtual QList<SendQueueEntry> sendQueue() const = 0;
    virtual QList<DelayQueueEntry> delayQueue() const = 0;
    virtual quint64 retransmissions() const = 0;
};

} // namespace coapscope
