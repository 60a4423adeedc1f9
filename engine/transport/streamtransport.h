// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "security/securityerror.h"
#include "security/securityevent.h"
#include "security/securityinfo.h"
#include "session/socketaddress.h"
#include "transporterror.h"

#include <QObject>
#include <QTcpSocket>

#include <memory>

namespace coapscope {

class BusyPoller;

// One byte-stream connection carrying CoAP (RFC 8323): TCP here, TLS in TlsStreamTransport. A
// client makes it unconnected and calls connectTo(); a listener hands over accepted ones.
class StreamTransport : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of socket, connected already (accepted) or not.
    explicit StreamTransport(std::unique_ptr<QTcpSocket> socket, QObject *parent = nullptr);
    ~StreamTransport() override;

    // Binds to local first when it names an address or port.
    void connectTo(const SocketAddress &peer, const SocketAddress &local = {});
    // For an accepted connection: announce ready() once the stream may carry CoAP.
    virtual void startServer();
    bool isReady() const { return m_ready; }

    void write(const QByteArray &bytes);
    // Sends what is buffered, then closes.
    void close();
    // Drops the connection at once.
    void abort();

    SocketAddress localAddress() const;
    SocketAddress peerAddress() const;

    // How long the thread may poll for this connection's next bytes before sleeping (see
    // BusyPollWindow). 0, the default, sets no limit of its own; the thread's other sockets
    // may still set one, and this connection's bytes then end a poll like any other's.
    void setBusyPollLimitUs(qint64 limitUs);

signals:
    // TLS: the TCP connection is up and the handshake has begun; then either secured() (just
    // before ready()) or securityFailed() (just before disconnected()).
    void handshakeStarted();
    void secured(const coapscope::SecurityInfo &info);
    void securityFailed(const coapscope::SecurityError &error);
    void securityEvent(const coapscope::SecurityEvent &event);
    // The stream can carry CoAP now (for TLS: the handshake is done).
    void ready();
    void dataReceived(const QByteArray &bytes);
    // The connection ended, by either side or by an error reported before.
    void disconnected();
    void errorOccurred(const coapscope::TransportError &error);

protected:
    QTcpSocket &socket() { return *m_socket; }
    // The TCP connection is up; the default is ready() at once. TLS starts its handshake.
    virtual void onConnected();
    virtual void onSocketError(QAbstractSocket::SocketError error);
    void announceReady();

private:
    void readAvailable();

    std::unique_ptr<QTcpSocket> m_socket;
    BusyPoller *m_poller;
    bool m_ready = false;
    bool m_disconnectAnnounced = false;
};

} // namespace coapscope
