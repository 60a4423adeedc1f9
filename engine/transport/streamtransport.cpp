// SPDX-License-Identifier: BSD-2-Clause
#include "streamtransport.h"

#include "busypoller.h"

namespace coapscope {

StreamTransport::StreamTransport(std::unique_ptr<QTcpSocket> socket, QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_poller(BusyPoller::watch(m_socket.get(), 0))
{
    m_socket->setParent(nullptr);
    // Small CoAP messages should not wait for Nagle's algorithm.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket.get(), &QTcpSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        onConnected();
    });
    connect(m_socket.get(), &QTcpSocket::readyRead, this, &StreamTransport::readAvailable);
    connect(m_socket.get(), &QTcpSocket::disconnected, this, [this] {
        if (!std::exchange(m_disconnectAnnounced, true))
            emit disconnected();
    });
    connect(m_socket.get(), &QTcpSocket::errorOccurred, this, &StreamTransport::onSocketError);
}

void StreamTransport::onSocketError(QAbstractSocket::SocketError error)
{
    emit errorOccurred(TransportError::fromSocketError(error, m_socket->errorString()));
    // A failed connect never reaches the connected state, so no disconnected() comes from the
    // socket; the session still needs to hear the stream is gone.
    if (m_socket->state() == QAbstractSocket::UnconnectedState &&
        !std::exchange(m_disconnectAnnounced, true)) {
        emit disconnected();
    }
}

StreamTransport::~StreamTransport()
{
    // No signals into a half-destroyed owner.
    m_socket->disconnect(this);
    m_socket->abort();
    m_poller->unwatch(m_socket.get());
}

void StreamTransport::setBusyPollLimitUs(qint64 limitUs)
{
    m_poller->setLimit(m_socket.get(), limitUs * 1000);
}

void StreamTransport::connectTo(const SocketAddress &peer, const SocketAddress &local)
{
    if (!local.address.isNull() || local.port != 0) {
        const QHostAddress address =
            local.address.isNull() ? QHostAddress(QHostAddress::Any) : local.address;
        m_socket->bind(address, local.port);
    }
    m_socket->connectToHost(peer.address, peer.port);
}

void StreamTransport::startServer()
{
    announceReady();
}

void StreamTransport::onConnected()
{
    announceReady();
}

void StreamTransport::announceReady()
{
    if (std::exchange(m_ready, true))
        return;
    emit ready();
    // Bytes that came with the connection, before anyone listened.
    if (m_socket->bytesAvailable() > 0)
        readAvailable();
}

void StreamTransport::write(const QByteArray &bytes)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        emit errorOccurred(TransportError{TransportError::Kind::NotOpen, {}});
        return;
    }
    m_socket->write(bytes);
    // Qt would send it on the next pass of the event loop, once the socket reports itself
    // writable: a loop pass and two notifier changes per message, and the peer waits for them.
    m_socket->flush();
}

void StreamTransport::close()
{
    m_socket->disconnectFromHost();
}

void StreamTransport::abort()
{
    m_socket->abort();
    if (!std::exchange(m_disconnectAnnounced, true))
        emit disconnected();
}

SocketAddress StreamTransport::localAddress() const
{
    return SocketAddress{m_socket->localAddress(), m_socket->localPort()};
}

SocketAddress StreamTransport::peerAddress() const
{
    return SocketAddress{m_socket->peerAddress(), m_socket->peerPort()};
}

void StreamTransport::readAvailable()
{
    m_poller->dataArrived();
    if (!m_ready)
        return; // e.g. TLS records before the handshake is done are the socket's business
    const QByteArray bytes = m_socket->readAll();
    if (!bytes.isEmpty())
        emit dataReceived(bytes);
}

} // namespace coapscope
