// SPDX-License-Identifier: BSD-2-Clause
#include "udptransport.h"

#include <QNetworkDatagram>

namespace coapscope {

UdpTransport::UdpTransport(QObject *parent)
    : DatagramTransport(parent)
{
    connect(&m_socket, &QUdpSocket::readyRead, this, &UdpTransport::readPending);
    connect(&m_socket, &QUdpSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) {
                emit errorOccurred(TransportError::fromSocketError(error, m_socket.errorString()));
            });
}

Expected<SocketAddress, TransportError> UdpTransport::bind(const SocketAddress &local)
{
    const QHostAddress address =
        local.address.isNull() ? QHostAddress(QHostAddress::Any) : local.address;
    if (!m_socket.bind(address, local.port)) {
        return unexpected(
            TransportError::fromSocketError(m_socket.error(), m_socket.errorString()));
    }
    return localAddress();
}

SocketAddress UdpTransport::localAddress() const
{
    return SocketAddress{m_socket.localAddress(), m_socket.localPort()};
}

void UdpTransport::send(const QByteArray &datagram, const SocketAddress &to)
{
    if (!isOpen()) {
        emit errorOccurred(TransportError{TransportError::Kind::NotOpen, {}});
        return;
    }
    // Failures also come through errorOccurred; nothing more to do with the count here.
    m_socket.writeDatagram(datagram, to.address, to.port);
}

void UdpTransport::readPending()
{
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket.receiveDatagram();
        if (!datagram.isValid())
            continue;
        emit datagramReceived(datagram.data(), SocketAddress{datagram.senderAddress(),
                                                             quint16(datagram.senderPort())});
    }
}

} // namespace coapscope
