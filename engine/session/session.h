// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "clock.h"
#include "codec/message.h"
#include "protocol.h"
#include "sessionqueues.h"
#include "socketaddress.h"
#include "transmissionparameters.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariant>

#include <memory>
#include <optional>

namespace coapscope {

class BlockAssembler;
class BlockTransfer;
class CoapReply;
class CoapRequest;
class Context;
class DatagramTransport;
class ReliabilityLayer;
struct RequestError;
struct TransportError;
enum class ExchangeFailure : quint8;
enum class TraceCause : quint8;
enum class TraceDirection : quint8;

enum class SessionRole : quint8
{
    Client,
    Server
};

enum class SessionState : quint8
{
    Established, // exchanging messages
    Idle,        // a server session at reference count 0, waiting in the free pool
    Closed,      // freed; the object goes away at the next event-loop turn
};

struct SessionCounters
{
    quint64 pdusSent = 0;
    quint64 pdusReceived = 0;
    quint64 bytesSent = 0;
    quint64 bytesReceived = 0;
    quint64 retransmissions = 0;
    quint64 duplicatesReceived = 0;
    quint64 malformedReceived = 0;
};

// The state of an exchange of messages with one peer, after libcoap's coap_session_t (see the
// seed man page). Client sessions start at reference count 1 and are freed when released to
// 0, ending their pending requests with "session released". Server sessions are made by an
// endpoint when a new peer speaks; at 0 they wait in the free pool, are revived if the peer
// returns, and are freed after the context's idle timeout.
//
// Everything the GUI shows is readable here; changed() announces that something moved, at most
// once per event-loop turn.
class Session : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultMtu = 1152; // as libcoap
    static constexpr int MinimumMtu = 64;
    static constexpr int MaximumMtu = 65507; // the largest UDP payload over IPv4
    static constexpr int DefaultTokenLength = 4;

    ~Session() override;

    quint64 id() const { return m_id; }
    SessionRole role() const { return m_role; }
    Protocol protocol() const { return m_protocol; }
    SessionState state() const { return m_state; }
    Context *context() const { return m_context; }

    int referenceCount() const { return m_references; }
    // coap_session_reference(): returns this session.
    Session *reference();
    // coap_session_release(): at 0 a client session is freed, a server session pooled.
    void release();

    int mtu() const { return m_mtu; }
    // Returns false, changing nothing, outside MinimumMtu..MaximumMtu.
    bool setMtu(int mtu);
    // Room for token, options and payload: the MTU less security overhead and the 4-byte
    // header, as libcoap's coap_session_max_pdu_size() counts it.
    qsizetype maxPduSize() const;

    QVariant appData() const { return m_appData; }
    void setAppData(const QVariant &data) { m_appData = data; }

    SocketAddress localAddress() const;
    SocketAddress remoteAddress() const { return m_remote; }
    // coap_session_str(): "127.0.0.1:49152 <-> 127.0.0.1:5683 UDP".
    QString description() const;

    const TransmissionParameters &transmissionParameters() const;
    // Refuses an unusable set, returning its first problem.
    std::optional<TransmissionParameters::Problem>
    setTransmissionParameters(const TransmissionParameters &parameters);
    int tokenLength() const { return m_tokenLength; }
    void setTokenLength(int length) { m_tokenLength = qBound(0, length, 8); }

    QList<SendQueueEntry> sendQueue() const;
    QList<DelayQueueEntry> delayQueue() const;
    SessionCounters counters() const;
    // Smoothed round-trip time (RFC 6298 weights), from exchanges never retransmitted.
    std::optional<qint64> roundTripTimeMs() const { return m_smoothedRtt; }
    qint64 lastActivity() const { return m_lastActivity; }
    int pendingRequests() const { return int(m_pending.size() + m_pings.size()); }

    // Sends a request to the peer. The reply is the caller's to delete.
    CoapReply *send(const CoapRequest &request);
    // A CoAP ping (RFC 7252 §4.3): an Empty CON, answered by RST from a live peer.
    CoapReply *ping();

signals:
    void changed();

private:
    friend class Context;
    friend class Endpoint;
    friend class CoapReply;
    friend class ServerExchange;

    Session(Context *context, quint64 id, SessionRole role, Protocol protocol,
            DatagramTransport *transport, const SocketAddress &remote);

    void receiveDatagram(const QByteArray &datagram);
    void transmit(const Message &message, TraceCause cause, int retransmission);
    void trace(TraceDirection direction, const QByteArray &bytes, const Message *message,
               const struct DecodeError *error, TraceCause cause, int retransmission);
    void respond(const Message &request, const Message &response);
    void acknowledge(const Message &request);
    void reject(const Message &request);
    void notify(const Message &notification);
    BlockAssembler &uploads();

    bool deliverResponse(const Message &response);
    void onAcknowledged(quint16 messageId, const QByteArray &token);
    void onExchangeFailed(quint16 messageId, const QByteArray &token, ExchangeFailure failure);
    void onRoundTrip(qint64 milliseconds);
    void onTransportError(const TransportError &error);
    void onRequestTimeout(const QByteArray &token);
    void forget(CoapReply *reply);
    void cancel(CoapReply *reply);

    QByteArray newToken() const;
    void finishRequest(const QByteArray &token, const Message *response, const RequestError *error);
    void failAllPending(const RequestError &error);
    void setState(SessionState state);
    void markChanged();
    void revive();
    void close();

    struct Pending
    {
        QPointer<CoapReply> reply;
        Clock::TimerId timeout = 0;
        qint64 sentAt = 0;
        qint64 timeoutMs = 0;
        std::shared_ptr<BlockTransfer> transfer;
        Message registration; // as sent, for deregistering an observation
        bool observing = false;
        bool deregistering = false;
        std::optional<quint32> lastSequence;
        qint64 lastSequenceAt = 0;
        QByteArray assemblingFor; // set while fetching the rest of a notification
        bool assemblingStale = false;
        bool holdsReference = false;  // a request from a pooled server session
        Clock::TimerId freshness = 0; // re-registers when the last notification's Max-Age ends
    };
    void sendPending(Pending pending, Message message, bool keepToken = false);
    void releaseHeldReference(const Pending &pending);
    void handleNotification(const QByteArray &token, const Message &notification);
    void stopObserving(CoapReply *reply);
    void scheduleReregistration(const QByteArray &token, const Message &notification);
    void reregister(const QByteArray &token);

    Context *m_context;
    quint64 m_id;
    SessionRole m_role;
    Protocol m_protocol;
    SessionState m_state = SessionState::Established;
    int m_references = 1;
    int m_mtu = DefaultMtu;
    int m_tokenLength = DefaultTokenLength;
    QVariant m_appData;
    DatagramTransport *m_transport;
    SocketAddress m_remote;
    std::unique_ptr<ReliabilityLayer> m_reliability;
    QHash<QByteArray, Pending> m_pending; // by token
    QHash<quint16, Pending> m_pings;      // by message ID
    SessionCounters m_counters;
    std::optional<qint64> m_smoothedRtt;
    qint64 m_lastActivity = 0;
    Clock::TimerId m_idleTimer = 0;
    bool m_changePending = false;
    const QByteArray *m_receiving = nullptr; // the datagram being processed, for the trace
    std::unique_ptr<BlockAssembler> m_uploads;
};

} // namespace coapscope
