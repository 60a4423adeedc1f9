// SPDX-License-Identifier: BSD-2-Clause
#include "tlsstreamlistener.h"

#include "tlsstreamtransport.h"

#include <QSslSocket>

namespace coapscope {

namespace {

// Hands out QSslSockets, still unencrypted, so that the handshake and its failures belong to
// the session's transport rather than happening unseen inside the server (as in QSslServer).
class SslSocketServer final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto socket = std::make_unique<QSslSocket>(this);
        if (socket->setSocketDescriptor(descriptor))
            addPendingConnection(socket.release());
    }
};

} // namespace

TlsStreamListener::TlsStreamListener(std::shared_ptr<const TlsPolicy> policy, QObject *parent)
    : StreamListener(std::make_unique<SslSocketServer>(), parent)
    , m_policy(std::move(policy))
{}

StreamTransport *TlsStreamListener::wrap(std::unique_ptr<QTcpSocket> socket)
{
    std::unique_ptr<QSslSocket> ssl(static_cast<QSslSocket *>(socket.release()));
    return new TlsStreamTransport(std::move(ssl), m_policy);
}

} // namespace coapscope
