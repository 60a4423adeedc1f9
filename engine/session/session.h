// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "client/requesterror.h"
#include "clock.h"
#include "codec/message.h"
#include "messagelayer.h"
#include "protocol.h"
#include "security/securityinfo.h"
#include "sessionqueues.h"
#include "sessionrole.h"
#include "socketaddress.h"
#include "transmissionparameters.h"
#include "transport/faultinjection.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariant>

#include <atomic>
#include <memory>
#include <optional>

namespace coapscope {

class BlockAssembler;
class BlockTransfer;
class CoapReply;
class CoapRequest;
class Context;
class DatagramTransport;
class DtlsTransport;
struct TlsPolicy;
class MessageLayer;
class StreamMessageLayer;
class StreamTransport;
class TcpStreamDecoder;
struct CsmSettings;
struct TransportError;
enum class TraceCause : quint8;
enum class TraceDirection : quint8;

enum class SessionState : quint8
{
    Connecting,             // a stream client session's TCP connection is being opened
    Handshaking,            // TLS or DTLS is negotiating security
    ExchangingCapabilities, // a stream is up; waiting for the peer's CSM (RFC 8323 §5.3)
    Established,            // exchanging messages
    Idle,                   // a server session at reference count 0, waiting in the free pool
    Disconnected,           // the connection ended (see lastError()); a client reconnects on send
    Closed,                 // freed; the object goes away at the next event-loop turn
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
    quint64 droppedByFaultInjection = 0;
    quint64 duplicatedByFaultInjection = 0;
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

    quint64 id() const { return m_id; } // unique in the process, across contexts
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
    // As libcoap's coap_session_max_pdu_size(): over datagrams, room for token, options and
    // payload (the MTU less security overhead and the 4-byte header); over a stream, the
    // peer's Max-Message-Size (RFC 8323 §5.3.1; 1152 until its CSM says otherwise).
    qsizetype maxPduSize() const;
    // The largest whole message the peer takes: the MTU (less the DTLS record overhead), or the
    // stream peer's Max-Message-Size. Requests and block sizes are fitted to it.
    qsizetype messageSizeLimit() const;
    // A stream session's view of the peer's capabilities; nullopt over datagrams or before
    // the peer's CSM.
    std::optional<CsmSettings> peerCapabilities() const;
    // Why the connection ended or could not be made, while Disconnected.
    std::optional<RequestError> lastError() const;
    // What DTLS or TLS negotiated, once established.
    std::optional<SecurityInfo> securityInfo() const { return m_securityInfo; }

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

    // Loses, duplicates or delays this session's outgoing datagrams, to watch retransmission
    // and deduplication at work. Datagram sessions only: returns false over TCP and TLS.
    bool setFaultInjection(const FaultInjection &faults);
    FaultInjection faultInjection() const { return m_faults; }

    QList<SendQueueEntry> sendQueue() const;
    QList<DelayQueueEntry> delayQueue() const;
    SessionCounters counters() const;
    // Smoothed round-trip time (RFC 6298 weights), from exchanges never retransmitted.
    std::optional<qint64> roundTripTimeMs() const { return m_smoothedRtt; }
    qint64 lastActivity() const { return m_lastActivity; }
    int pendingRequests() const { return int(m_pending.size() + m_pings.size()); }

    // Sends a request to the peer. The reply is the caller's to delete.
    CoapReply *send(const CoapRequest &request);
    // A CoAP ping: over datagrams an Empty CON, answered by RST from a live peer (RFC 7252
    // §4.3); over a stream a 7.02 Ping answered by a Pong (RFC 8323 §5.4).
    CoapReply *ping();
    // Stream sessions (RFC 8323 §5.5, §5.6): tell the peer we are closing (Release) and
    // close; or Abort at once with a diagnostic. Pending requests fail. Nothing over datagrams.
    void releaseConnection();
    void abortConnection(const QByteArray &diagnostic);

    // What our CSM announces: the largest message we take on a stream.
    static constexpr quint64 StreamMaxMessageSize = 1024 * 1024;

signals:
    void changed();

protected:
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    friend class Context;
    friend class Endpoint;
    friend class CoapReply;
    friend class ServerExchange;

    Session(Context *context, quint64 id, SessionRole role, Protocol protocol,
            const SocketAddress &remote);
    void attachDatagramTransport(DatagramTransport *transport);
    // A client session's DTLS: its handshake decides the session's state.
    void watchDtls(DtlsTransport *dtls);
    void onSecured(const SecurityInfo &info);
    void onSecurityFailed(const SecurityError &error);
    // The secure channel under a datagram session ended (close_notify).
    void onSecureChannelClosed();
    void endSecureChannel(const RequestError &reason);
    // Takes the stream (a client's unconnected, or an accepted one) and the address a client
    // binds to when it reconnects.
    void attachStream(StreamTransport *stream, const SocketAddress &localBind = {});
    MessageLayer::Hooks messageLayerHooks();

    bool readyToSend(CoapReply *reply);
    void receiveDatagram(const QByteArray &datagram);
    void receiveStreamBytes(const QByteArray &bytes);
    void onStreamReady();
    void onStreamDisconnected();
    void onStreamError(const TransportError &error);
    void onSignaling(const Message &message);
    void connectStream();
    void endConnection(const RequestError &error, bool graceful);
    void abortForViolation(const QByteArray &diagnostic);
    void detachStream(bool graceful);
    QByteArray transmit(const Message &message, TraceCause cause, int retransmission);
    void resend(const QByteArray &datagram, TraceCause cause);
    void countSent(qsizetype bytes);
    // Hands a datagram to the transport, through the fault injection if any.
    void sendDatagram(const QByteArray &bytes);
    void trace(TraceDirection direction, const QByteArray &bytes, const Message *message,
               const struct DecodeError *error, TraceCause cause, int retransmission);
    void respond(const Message &request, Message response);
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
    // The message as this session's wire carries it: a datagram or an RFC 8323 frame.
    QByteArray encode(const Message &message) const;
    int recordOverhead() const;
    void finishRequest(const QByteArray &token, const Message *response, const RequestError *error);
    void failAllPending(const RequestError &error);
    void setState(SessionState state);
    void markChanged();
    void revive();
    void scheduleIdleCheck(qint64 deadline);
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
    DatagramTransport *m_transport = nullptr;
    StreamTransport *m_stream = nullptr;
    SocketAddress m_streamLocalBind;
    SocketAddress m_lastLocal; // kept for session_str after the stream is gone
    SocketAddress m_remote;
    std::unique_ptr<MessageLayer> m_reliability;
    StreamMessageLayer *m_streamLayer = nullptr; // m_reliability, when a stream carries us
    std::unique_ptr<TcpStreamDecoder> m_decoder;
    std::optional<RequestError> m_lastError;
    std::shared_ptr<const TlsPolicy> m_tlsPolicy; // TLS sessions, for each (re)connection
    DtlsTransport *m_dtls = nullptr;              // a DTLS client session's own
    std::optional<SecurityInfo> m_securityInfo;
    std::optional<RequestError> m_streamError; // the socket's error, for when it disconnects
    bool m_endingConnection = false;
    bool m_connectionHoldsReference = false;
    QHash<QByteArray, Pending> m_pending; // by token
    QHash<quint16, Pending> m_pings;      // by message ID
    SessionCounters m_counters;
    FaultInjection m_faults;
    std::optional<qint64> m_smoothedRtt;
    qint64 m_lastActivity = 0;
    Clock::TimerId m_idleTimer = 0;
    qint64 m_idleCheckAt = 0; // when m_idleTimer fires
    qint64 m_idleSince = 0;   // when the reference count last fell to 0
    bool m_changePending = false;
    // Whether anyone listens to changed(), kept up to date by (dis)connectNotify so the check
    // costs nothing per datagram. A disconnect only marks it for a fresh look.
    std::atomic<bool> m_changeWatched = false;
    std::atomic<bool> m_changeWatchersMayHaveLeft = false;
    const QByteArray *m_receiving = nullptr; // the datagram being processed, for the trace
    std::unique_ptr<BlockAssembler> m_uploads;
};

} // namespace coapscope
