// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "common/expected.h"
#include "dtlsconnection.h"
#include "dtlsrole.h"
#include "securityerror.h"
#include "securityevent.h"
#include "securityinfo.h"
#include "securitysettings.h"
#include "transport/datagramtransport.h"

#include <QHash>
#include <QList>

#include <memory>
#include <optional>

namespace coapscope {

class Clock;
class DtlsListener;
class SslContext;

// DTLS 1.2 as a decorator: it wraps a DatagramTransport (usually UDP) and speaks plaintext to
// whoever uses it, so sessions call send() and watch datagramReceived() as they would over UDP.
//
// Client: the first send() to a peer, or connectToPeer(), starts a handshake; datagrams sent
// meanwhile wait (up to maxQueuedPerPeer, oldest dropped first) and go out once established,
// or are dropped if it fails. Server: ClientHellos pass a stateless cookie exchange before any
// per-peer state exists; then each peer gets its own DtlsConnection. A failed or closed peer is
// forgotten; the next datagram to or from it starts afresh.
class DtlsTransport final : public DatagramTransport
{
    Q_OBJECT

public:
    static constexpr qsizetype maxQueuedPerPeer = 16;

    // Takes ownership of inner. Fails with InvalidSettings when the settings cannot work.
    static Expected<DtlsTransport *, SecurityError> create(DatagramTransport *inner,
                                                           const SecuritySettings &settings,
                                                           DtlsRole role, const Clock &clock,
                                                           QObject *parent = nullptr);
    ~DtlsTransport() override;

    DtlsRole role() const { return m_role; }

    Expected<SocketAddress, TransportError> bind(const SocketAddress &local) override;
    SocketAddress localAddress() const override { return m_inner->localAddress(); }
    bool isOpen() const override { return m_inner->isOpen(); }
    void send(const QByteArray &datagram, const SocketAddress &to) override;
    void restrictToPeer(const SocketAddress &peer) override { m_inner->restrictToPeer(peer); }
    // Sends close_notify to every established peer, then closes the inner transport.
    void close() override;

    // Client: starts the handshake now rather than on the first send().
    void connectToPeer(const SocketAddress &peer);
    // Sends close_notify (when established) and forgets the peer.
    void closePeer(const SocketAddress &peer);
    // Nothing when there is no state for the peer (never seen, forgotten, or still at the
    // cookie stage).
    std::optional<DtlsConnection::State> state(const SocketAddress &peer) const;
    std::optional<SecurityInfo> securityInfo(const SocketAddress &peer) const; // once established
    int recordOverhead(const SocketAddress &peer) const; // 0 until established
    qsizetype peerCount() const { return m_connections.size(); }

signals:
    void handshakeStarted(const coapscope::SocketAddress &peer);
    void established(const coapscope::SocketAddress &peer, const coapscope::SecurityInfo &info);
    void securityFailed(const coapscope::SocketAddress &peer,
                        const coapscope::SecurityError &error);
    void peerClosed(const coapscope::SocketAddress &peer);
    void securityEvent(const coapscope::SocketAddress &peer, const coapscope::SecurityEvent &event);
    // What passes through the inner transport, for packet captures: the datagrams the
    // plaintext ones above cannot show (handshakes, alerts, the encrypted records themselves).
    // Signals rather than a wrapper from Context's transport decorator: that slot is the
    // user's (fault injection), and a wrapper could not tell these from plain UDP datagrams.
    void ciphertextSent(const QByteArray &datagram, const coapscope::SocketAddress &peer);
    void ciphertextReceived(const QByteArray &datagram, const coapscope::SocketAddress &peer);
    // A line of the NSS key log for the keys agreed with peer, so such a capture can be read.
    void keyLogLine(const coapscope::SocketAddress &peer, const QByteArray &line);

private:
    DtlsTransport(DatagramTransport *inner, std::unique_ptr<SslContext> context, const Clock &clock,
                  QObject *parent);

    void onInnerDatagram(const QByteArray &datagram, const SocketAddress &from);
    void screenClientHello(const QByteArray &datagram, const SocketAddress &from);
    DtlsConnection *startConnection(ssl_st *ssl, const SocketAddress &peer);
    void onEstablished(DtlsConnection *connection);
    void forget(DtlsConnection *connection);
    void sendCiphertext(const QByteArray &datagram, const SocketAddress &peer);

    DatagramTransport *m_inner;
    DtlsRole m_role;
    const Clock &m_clock;
    std::unique_ptr<SslContext> m_context;
    std::unique_ptr<DtlsListener> m_listener;             // server only
    QHash<SocketAddress, DtlsConnection *> m_connections; // children of this
    QHash<SocketAddress, QList<QByteArray>> m_queued;     // client: waiting for the handshake
};

} // namespace coapscope
