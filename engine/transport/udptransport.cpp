// SPDX-License-Identifier: BSD-2-Clause
#include "udptransport.h"

#include "busypoller.h"

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <cerrno>
#include <sys/socket.h>
#endif

namespace coapscope {

namespace {

// Qt reads past an ICMP "port unreachable" on a connected UDP socket without reporting it, so
// look at the socket's pending error ourselves, before Qt's peek clears it.
bool peerRefused(const QUdpSocket &socket)
{
    if (socket.state() != QAbstractSocket::ConnectedState)
        return false;
#ifdef Q_OS_WIN
    // Windows flags it as readable with no datagram to read (WSAECONNRESET).
    return !socket.hasPendingDatagrams();
#else
    int error = 0;
    socklen_t length = sizeof error;
    if (getsockopt(int(socket.socketDescriptor()), SOL_SOCKET, SO_ERROR, &error, &length) != 0)
        return false;
    return error == ECONNREFUSED;
#endif
}

} // namespace

UdpTransport::UdpTransport(QObject *parent)
    : DatagramTransport(parent)
    , m_poller(BusyPoller::watch(&m_socket, 0))
{
    connect(&m_socket, &QUdpSocket::readyRead, this, &UdpTransport::readPending);
    connect(&m_socket, &QUdpSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError error) {
                // "No datagram available": a read that found the queue empty, not a fault.
                if (error == QAbstractSocket::TemporaryError)
                    return;
                emit errorOccurred(TransportError::fromSocketError(error, m_socket.errorString()));
            });
}

UdpTransport::~UdpTransport()
{
    m_poller->unwatch(&m_socket);
}

void UdpTransport::setBusyPollLimitUs(qint64 limitUs)
{
    m_poller->setLimit(&m_socket, limitUs * 1000);
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

void UdpTransport::restrictToPeer(const SocketAddress &peer)
{
    m_socket.connectToHost(peer.address, peer.port);
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
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        m_socket.write(datagram); // writeDatagram() is not for connected sockets
    else
        m_socket.writeDatagram(datagram, to.address, to.port);
}

void UdpTransport::readPending()
{
    if (peerRefused(m_socket)) {
        emit errorOccurred(TransportError{TransportError::Kind::ConnectionRefused,
                                          QStringLiteral("ICMP port unreachable")});
    }
    // readDatagram() into a buffer kept for the purpose: receiveDatagram() would first ask the
    // kernel for each datagram's size, one system call more per datagram. readyRead promises
    // a datagram, so the first is read without asking whether one is there.
    if (m_buffer.isEmpty())
        m_buffer.resize(65536);
    m_poller->dataArrived();
    do {
        quint16 senderPort = 0;
        const qint64 size =
            m_socket.readDatagram(m_buffer.data(), m_buffer.size(), &m_sender, &senderPort);
        if (size < 0)
            break;
        emit datagramReceived(QByteArray(m_buffer.constData(), size),
                              SocketAddress{m_sender, senderPort});
    } while (m_socket.hasPendingDatagrams());
}

} // namespace coapscope
