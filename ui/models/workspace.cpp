// SPDX-License-Identifier: BSD-2-Clause
#include "workspace.h"

#include "client/hostresolver.h"
#include "server/demoserver.h"
#include "session/context.h"
#include "session/endpoint.h"
#include "session/schemeprotocol.h"
#include "session/session.h"
#include "text/networkerrortext.h"

#include <QCoreApplication>

namespace coapscope {

namespace {

QString schemeFor(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Udp:
        return QStringLiteral("coap");
    case Protocol::Dtls:
        return QStringLiteral("coaps");
    case Protocol::Tcp:
        return QStringLiteral("coap+tcp");
    case Protocol::Tls:
        return QStringLiteral("coaps+tcp");
    }
    return {};
}

} // namespace

Workspace::Workspace(QObject *parent)
    : QObject(parent)
    , m_client(new Context(this))
    , m_defaultMtu(Session::DefaultMtu)
{
    m_client->setObjectName(QStringLiteral("client"));
}

Workspace::~Workspace()
{
    // Sessions end before the contexts they report to go away.
    delete m_server;
    delete m_client;
}

qint64 Workspace::busyPollLimitUs() const
{
    return m_client->busyPollLimitUs();
}

void Workspace::setBusyPollLimitUs(qint64 limitUs)
{
    m_client->setBusyPollLimitUs(limitUs);
}

QList<Endpoint *> Workspace::serverEndpoints() const
{
    return m_server ? m_server->endpoints() : QList<Endpoint *>{};
}

std::optional<QString> Workspace::startServer(const QHostAddress &address,
                                              const QList<Listener> &listeners,
                                              const SecuritySettings &security)
{
    stopServer();
    auto *server = new Context(this);
    server->setObjectName(QStringLiteral("demo server"));
    server->setBusyPollLimitUs(m_client->busyPollLimitUs());
    server->setSecurity(security);
    new DemoServer(server);
    for (const Listener &listener : listeners) {
        const auto endpoint =
            server->addEndpoint(listener.protocol, SocketAddress{address, listener.port});
        if (!endpoint) {
            const QString problem = tr("Cannot listen for %1 on %2: %3")
                                        .arg(QString(protocolName(listener.protocol)),
                                             SocketAddress{address, listener.port}.toString(),
                                             text::describeSessionError(endpoint.error()));
            delete server;
            return problem;
        }
    }
    m_server = server;
    emit serverStarted(server);
    return std::nullopt;
}

void Workspace::stopServer()
{
    if (!m_server)
        return;
    delete m_server;
    m_server = nullptr;
    emit serverStopped();
}

std::optional<Uri> Workspace::serverUri(Protocol protocol) const
{
    for (Endpoint *endpoint : serverEndpoints()) {
        if (endpoint->protocol() != protocol)
            continue;
        const SocketAddress local = endpoint->localAddress();
        QString host = local.address.toString();
        if (local.address.protocol() == QAbstractSocket::IPv6Protocol)
            host = QLatin1Char('[') + host + QLatin1Char(']');
        const auto uri = Uri::parse(
            QStringLiteral("%1://%2:%3/").arg(schemeFor(protocol), host).arg(local.port));
        if (uri)
            return *uri;
    }
    return std::nullopt;
}

Session *Workspace::existingSession(const Uri &uri, const QHostAddress &address, quint16 port) const
{
    const Protocol protocol = protocolForScheme(uri.scheme());
    for (Session *session : m_client->sessions()) {
        const SocketAddress remote = session->remoteAddress();
        if (session->protocol() == protocol && session->state() != SessionState::Closed &&
            remote.port == port && remote.address.isEqual(address))
            return session;
    }
    return nullptr;
}

void Workspace::open(const Uri &uri, bool reuse, SessionCallback done)
{
    HostResolver::resolve(
        uri, this,
        [this, uri, reuse,
         done = std::move(done)](const Expected<SocketAddress, ResolveError> &address) {
            if (!address) {
                done(nullptr,
                     tr("Cannot resolve %1: %2").arg(address.error().host, address.error().detail));
                return;
            }
            Session *existing =
                reuse ? existingSession(uri, address.value().address, address.value().port)
                      : nullptr;
            if (Session *session = existing) {
                done(session, {});
                return;
            }
            const auto session =
                m_client->newClientSession(address.value(), protocolForScheme(uri.scheme()));
            if (!session) {
                done(nullptr, text::describeSessionError(session.error()));
                return;
            }
            session.value()->setMtu(m_defaultMtu);
            done(session.value(), {});
        });
}

} // namespace coapscope
