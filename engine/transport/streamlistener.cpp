// SPDX-License-Identifier: BSD-2-Clause
#include "streamlistener.h"

#include "streamtransport.h"

namespace coapscope {

StreamListener::StreamListener(QObject *parent)
    : StreamListener(std::make_unique<QTcpServer>(), parent)
{}

StreamListener::StreamListener(std::unique_ptr<QTcpServer> server, QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
{
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &StreamListener::acceptPending);
}

StreamListener::~StreamListener() = default;

Expected<SocketAddress, TransportError> StreamListener::listen(const SocketAddress &local)
{
    const QHostAddress address =
        local.address.isNull() ? QHostAddress(QHostAddress::Any) : local.address;
    if (!m_server->listen(address, local.port)) {
        return unexpected(
            TransportError::fromSocketError(m_server->serverError(), m_server->errorString()));
    }
    return localAddress();
}

SocketAddress StreamListener::localAddress() const
{
    return SocketAddress{m_server->serverAddress(), m_server->serverPort()};
}

void StreamListener::close()
{
    m_server->close();
}

StreamTransport *StreamListener::wrap(std::unique_ptr<QTcpSocket> socket)
{
    return new StreamTransport(std::move(socket));
}

void StreamListener::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        StreamTransport *connection = wrap(std::unique_ptr<QTcpSocket>(socket));
        connection->setBusyPollLimitUs(m_busyPollLimitUs);
        emit accepted(connection);
    }
}

} // namespace coapscope
