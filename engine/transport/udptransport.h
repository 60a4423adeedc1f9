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
    void close() override;

    // How long the thread may poll for this socket's next datagram before sleeping (see
    // BusyPollWindow); 0 lets it sleep at once. Takes effect at bind().
    void setBusyPollLimitUs(qint64 limitUs) { m_busyPollLimitUs = limitUs; }
    qint64 busyPollLimitUs() const { return m_busyPollLimitUs; }

private:
    void readPending();
    void stopPolling();

    QUdpSocket m_socket;
    QByteArray m_buffer;   // receive buffer, as large as a UDP datagram can be
    QHostAddress m_sender; // reused, so reading a datagram need not build an address
    qint64 m_busyPollLimitUs = 0;
    BusyPoller *m_poller = nullptr; // while bound
};

} // namespace coapscope
