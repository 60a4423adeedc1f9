// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "datagramtransport.h"

#include <QUdpSocket>

namespace coapscope {

class BusyPoller;

class UdpTransport final : public DatagramTransport
{
    Q_OBJECT

public:
    explicit UdpTransport(QObject *parent = nullptr);
    ~UdpTransport() override;

    Expected<SocketAddress, TransportError> bind(const SocketAddress &local) override;
    SocketAddress localAddress() const override;
    bool isOpen() const override
    {
        return m_socket.state() == QAbstractSocket::BoundState ||
               m_socket.state() == QAbstractSocket::ConnectedState;
    }
    void send(const QByteArray &datagram, const SocketAddress &to) override;
    void restrictToPeer(const SocketAddress &peer) override;
    void close() override { m_socket.close(); }

    // How long the thread may poll for this socket's next datagram before sleeping (see
    // BusyPollWindow); 0, the default, sets no limit of its own.
    void setBusyPollLimitUs(qint64 limitUs);

private:
    void readPending();

    QUdpSocket m_socket;
    QByteArray m_buffer;   // receive buffer, as large as a UDP datagram can be
    QHostAddress m_sender; // reused, so reading a datagram need not build an address
    BusyPoller *m_poller;  // watches the socket once it has a descriptor
};

} // namespace coapscope
