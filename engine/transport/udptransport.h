// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "datagramtransport.h"

#include <QUdpSocket>

namespace coapscope {

class UdpTransport final : public DatagramTransport
{
    Q_OBJECT

public:
    explicit UdpTransport(QObject *parent = nullptr);

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

private:
    void readPending();

    QUdpSocket m_socket;
    QByteArray m_buffer;   // receive buffer, as large as a UDP datagram can be
    QHostAddress m_sender; // reused, so reading a datagram need not build an address
};

} // namespace coapscope
