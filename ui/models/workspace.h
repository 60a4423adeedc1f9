// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/uri.h"
#include "security/securitysettings.h"
#include "session/protocol.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace coapscope {

class Context;
class Endpoint;
class Session;

// What the desktop application works with: a client context for the user's sessions, and an
// optional server context running the embedded demo server. Several contexts, as the engine
// allows; the session table shows both.
class Workspace : public QObject
{
    Q_OBJECT

public:
    struct Listener
    {
        Protocol protocol = Protocol::Udp;
        quint16 port = 0; // 0: any free port
    };

    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    Context *clientContext() const { return m_client; }
    // nullptr while the demo server is stopped.
    Context *serverContext() const { return m_server; }
    bool isServerRunning() const { return m_server != nullptr; }
    // The MTU new client sessions start with.
    int defaultMtu() const { return m_defaultMtu; }
    void setDefaultMtu(int mtu) { m_defaultMtu = mtu; }
    // For both contexts, the demo server's from its next start (see Context::setBusyPollLimitUs).
    qint64 busyPollLimitUs() const;
    void setBusyPollLimitUs(qint64 limitUs);
    QList<Endpoint *> serverEndpoints() const;

    // Starts the demo server with security on every listener. All listeners start or none
    // does; the error says which one failed and why. A running server is stopped first.
    std::optional<QString> startServer(const QHostAddress &address,
                                       const QList<Listener> &listeners,
                                       const SecuritySettings &security);
    // Frees the server context, its endpoints and its sessions.
    void stopServer();
    // The URI a client uses to reach the server's endpoint of protocol, if it has one.
    std::optional<Uri> serverUri(Protocol protocol) const;

    using SessionCallback = std::function<void(Session *, const QString &problem)>;
    // A live client session to the URI's host, port and protocol: an existing one, else a new
    // one (reference count 1, which the user may release in the session table). The host is
    // resolved without blocking; done runs later with the session or the problem in words.
    void sessionFor(const Uri &uri, SessionCallback done) { open(uri, true, std::move(done)); }
    // Always a new client session, as coap_new_client_session().
    void newSession(const Uri &uri, SessionCallback done) { open(uri, false, std::move(done)); }

signals:
    void serverStarted(coapscope::Context *serverContext);
    void serverStopped();

private:
    void open(const Uri &uri, bool reuse, SessionCallback done);
    Session *existingSession(const Uri &uri, const QHostAddress &address, quint16 port) const;

    Context *m_client;
    Context *m_server = nullptr;
    int m_defaultMtu;
};

} // namespace coapscope
