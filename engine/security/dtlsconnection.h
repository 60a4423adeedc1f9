// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "dtlsrole.h"
#include "securityerror.h"
#include "securityevent.h"
#include "securityinfo.h"
#include "session/socketaddress.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

struct ssl_st;

namespace coapscope {

class Clock;
class HandshakeRecorder;
class SslContext;

// One peer's DTLS state: an SSL object over an in-memory datagram BIO. Feed it the ciphertext
// datagrams that arrive from the peer; it emits the ciphertext datagrams to send, the plaintext
// datagrams received, trace events and its state changes. Signals are emitted only after
// OpenSSL has returned, so slots may call back into it.
class DtlsConnection final : public QObject
{
    Q_OBJECT

public:
    enum class State : quint8
    {
        Handshaking,
        Established,
        Failed,
        Closed,
    };

    // Takes ownership of ssl: one made by context.newSsl(peer), or on a server the one that
    // DTLSv1_listen accepted. The clock stamps events.
    DtlsConnection(SslContext &context, ssl_st *ssl, const SocketAddress &peer, const Clock &clock,
                   QObject *parent = nullptr);
    ~DtlsConnection() override;

    DtlsRole role() const;
    const SocketAddress &peer() const { return m_peer; }
    State state() const { return m_state; }
    const std::optional<SecurityError> &error() const { return m_error; }
    // What was negotiated; complete once Established.
    SecurityInfo securityInfo() const;

    // Client: sends the ClientHello. Server: answers the ClientHello DTLSv1_listen accepted.
    void startHandshake();
    void receiveDatagram(const QByteArray &ciphertext);
    // Encrypts one datagram; false unless Established or when OpenSSL refuses it (too large).
    bool sendDatagram(const QByteArray &plaintext);
    // Sends close_notify when established; either way the connection is Closed afterwards.
    void close();

signals:
    void datagramToSend(const QByteArray &ciphertext);
    void datagramReceived(const QByteArray &plaintext);
    void securityEvent(const coapscope::SecurityEvent &event);
    // A line of the NSS key log for this connection's keys (without its newline).
    void keyLogLine(const QByteArray &line);
    void established();
    void failed(const coapscope::SecurityError &error);
    void closedByPeer();

private:
    struct SslDeleter
    {
        void operator()(ssl_st *ssl) const;
    };

    void driveHandshake();
    void readApplicationData();
    void failOnUndecryptableFinished();
    void becomeEstablished();
    void fail(const SecurityError &error);
    void failFromOpenSsl();
    void finishClosing(bool byPeer);
    bool isPskHandshake() const;
    void armRetransmissionTimer();
    void onRetransmissionTimeout();
    void onHandshakeTimeout();
    void noteSentRecords(const QByteArray &datagram);
    void deliver();

    SslContext &m_context;
    std::unique_ptr<ssl_st, SslDeleter> m_ssl;
    std::unique_ptr<HandshakeRecorder> m_recorder;
    SocketAddress m_peer;
    State m_state = State::Handshaking;
    std::optional<SecurityError> m_error;
    QTimer m_retransmissionTimer;
    QTimer m_handshakeTimer;
    QList<QByteArray> m_received; // plaintext not yet emitted
    QList<State> m_stateChanges;  // not yet announced
    bool m_closedByPeer = false;
    quint64 m_nextCleartextSequence = 0; // for the alert we forge in epoch 0
};

} // namespace coapscope
