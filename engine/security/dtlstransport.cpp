// SPDX-License-Identifier: BSD-2-Clause
#include "dtlstransport.h"

#include "dtlslistener_p.h"
#include "dtlslogging_p.h"
#include "dtlsrecord_p.h"
#include "sslcontext_p.h"

namespace coapscope {

Expected<DtlsTransport *, SecurityError> DtlsTransport::create(DatagramTransport *inner,
                                                               const SecuritySettings &settings,
                                                               DtlsRole role, const Clock &clock,
                                                               QObject *parent)
{
    auto context = SslContext::create(settings, role, clock);
    if (!context) {
        delete inner; // ownership was ours either way
        return unexpected(context.error());
    }
    return new DtlsTransport(inner, std::move(*context), clock, parent);
}

DtlsTransport::DtlsTransport(DatagramTransport *inner, std::unique_ptr<SslContext> context,
                             const Clock &clock, QObject *parent)
    : DatagramTransport(parent)
    , m_inner(inner)
    , m_role(context->role())
    , m_clock(clock)
    , m_context(std::move(context))
{
    inner->setParent(this);
    if (m_role == DtlsRole::Server)
        m_listener = std::make_unique<DtlsListener>(*m_context, clock);
    connect(inner, &DatagramTransport::datagramReceived, this, &DtlsTransport::onInnerDatagram);
    connect(inner, &DatagramTransport::errorOccurred, this, &DatagramTransport::errorOccurred);
}

DtlsTransport::~DtlsTransport()
{
    // Connections (including forgotten ones awaiting deleteLater) hold SSL objects whose
    // callbacks reach m_context: free them while it still exists.
    qDeleteAll(findChildren<DtlsConnection *>(Qt::FindDirectChildrenOnly));
}

Expected<SocketAddress, TransportError> DtlsTransport::bind(const SocketAddress &local)
{
    return m_inner->bind(local);
}

void DtlsTransport::send(const QByteArray &datagram, const SocketAddress &to)
{
    DtlsConnection *connection = m_connections.value(to);
    if (!connection && m_role == DtlsRole::Client) {
        connectToPeer(to);
        connection = m_connections.value(to); // gone again if it failed at once
    }
    if (!connection) {
        qCDebug(lcDtls) << "no DTLS session with" << to.toString() << "- datagram dropped";
        return;
    }
    if (connection->state() == DtlsConnection::State::Established) {
        connection->sendDatagram(datagram);
        return;
    }
    QList<QByteArray> &queue = m_queued[to];
    if (queue.size() >= maxQueuedPerPeer)
        queue.removeFirst();
    queue.append(datagram);
}

void DtlsTransport::close()
{
    const QList<SocketAddress> peers = m_connections.keys();
    for (const SocketAddress &peer : peers)
        closePeer(peer);
    m_inner->close();
}

void DtlsTransport::connectToPeer(const SocketAddress &peer)
{
    if (m_role != DtlsRole::Client || m_connections.contains(peer))
        return;
    SslPtr ssl = m_context->newSsl(peer);
    if (!ssl) {
        emit securityFailed(
            peer, SecurityError{SecurityError::Kind::ProtocolError, takeOpenSslErrorText(), {}});
        return;
    }
    startConnection(ssl.release(), peer);
}

void DtlsTransport::closePeer(const SocketAddress &peer)
{
    DtlsConnection *connection = m_connections.value(peer);
    if (!connection)
        return;
    connection->close();
    forget(connection);
}

std::optional<DtlsConnection::State> DtlsTransport::state(const SocketAddress &peer) const
{
    if (const DtlsConnection *connection = m_connections.value(peer))
        return connection->state();
    return std::nullopt;
}

std::optional<SecurityInfo> DtlsTransport::securityInfo(const SocketAddress &peer) const
{
    const DtlsConnection *connection = m_connections.value(peer);
    if (!connection || connection->state() != DtlsConnection::State::Established)
        return std::nullopt;
    return connection->securityInfo();
}

int DtlsTransport::recordOverhead(const SocketAddress &peer) const
{
    const auto info = securityInfo(peer);
    return info ? info->recordOverhead : 0;
}

void DtlsTransport::onInnerDatagram(const QByteArray &datagram, const SocketAddress &from)
{
    emit ciphertextReceived(datagram, from);
    DtlsConnection *connection = m_connections.value(from);
    // A new ClientHello from an established peer: it restarted; it must pass the cookie
    // exchange again before its old session is replaced (RFC 6347 §4.2.8).
    const bool isRestart = m_role == DtlsRole::Server && connection &&
                           connection->state() == DtlsConnection::State::Established &&
                           startsWithClientHello(datagram);
    if (connection && !isRestart) {
        connection->receiveDatagram(datagram);
        return;
    }
    if (m_role == DtlsRole::Server && startsWithClientHello(datagram)) {
        screenClientHello(datagram, from);
        return;
    }
    qCDebug(lcDtls) << "datagram from" << from.toString() << "without a DTLS session dropped";
}

void DtlsTransport::screenClientHello(const QByteArray &datagram, const SocketAddress &from)
{
    DtlsListener::Outcome outcome = m_listener->screen(datagram, from);
    for (const QByteArray &reply : std::as_const(outcome.replies))
        sendCiphertext(reply, from);
    for (const SecurityEvent &event : std::as_const(outcome.events))
        emit securityEvent(from, event);
    if (!outcome.accepted)
        return;
    if (DtlsConnection *previous = m_connections.value(from))
        forget(previous);
    startConnection(outcome.accepted.release(), from);
}

DtlsConnection *DtlsTransport::startConnection(ssl_st *ssl, const SocketAddress &peer)
{
    auto *connection = new DtlsConnection(*m_context, ssl, peer, m_clock, this);
    m_connections.insert(peer, connection);
    connect(connection, &DtlsConnection::datagramToSend, this,
            [this, peer](const QByteArray &ciphertext) { sendCiphertext(ciphertext, peer); });
    connect(connection, &DtlsConnection::datagramReceived, this,
            [this, peer](const QByteArray &plaintext) { emit datagramReceived(plaintext, peer); });
    connect(connection, &DtlsConnection::securityEvent, this,
            [this, peer](const SecurityEvent &event) { emit securityEvent(peer, event); });
    connect(connection, &DtlsConnection::keyLogLine, this,
            [this, peer](const QByteArray &line) { emit keyLogLine(peer, line); });
    connect(connection, &DtlsConnection::established, this,
            [this, connection] { onEstablished(connection); });
    connect(connection, &DtlsConnection::failed, this,
            [this, connection, peer](const SecurityError &error) {
                forget(connection);
                emit securityFailed(peer, error);
            });
    connect(connection, &DtlsConnection::closedByPeer, this, [this, connection, peer] {
        forget(connection);
        emit peerClosed(peer);
    });
    emit handshakeStarted(peer);
    connection->startHandshake();
    return connection;
}

void DtlsTransport::onEstablished(DtlsConnection *connection)
{
    const SocketAddress peer = connection->peer();
    emit established(peer, connection->securityInfo());
    const QList<QByteArray> queued = m_queued.take(peer);
    for (const QByteArray &datagram : queued)
        connection->sendDatagram(datagram);
}

void DtlsTransport::forget(DtlsConnection *connection)
{
    const SocketAddress peer = connection->peer();
    if (m_connections.value(peer) == connection) {
        m_connections.remove(peer);
        m_queued.remove(peer); // what waited for a failed handshake is dropped with it
    }
    // Its signals may still be on the stack: delete it once they are done.
    connection->disconnect(this);
    connection->deleteLater();
}

void DtlsTransport::sendCiphertext(const QByteArray &datagram, const SocketAddress &peer)
{
    m_inner->send(datagram, peer);
    emit ciphertextSent(datagram, peer);
}

} // namespace coapscope
