// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "common/expected.h"
#include "protocol.h"
#include "security/securityevent.h"
#include "security/securitysettings.h"
#include "server/observerregistry.h"
#include "server/resourcetable.h"
#include "sessionerror.h"
#include "socketaddress.h"
#include "transmissionparameters.h"
#include "transport/busypollwindow.h"

#include <QList>
#include <QObject>
#include <QRandomGenerator>

#include <functional>
#include <memory>
#include <optional>

namespace coapscope {

class Clock;
class DatagramTransport;
class Endpoint;
class ServerExchange;
class Message;
class Session;
class StreamTransport;
struct TlsPolicy;
class Tracer;
struct TraceRecord;
enum class TraceDirection : quint8;

// The seed's coap_context_t: owns endpoints, sessions and resources, and the settings they
// inherit. Several contexts may live side by side. All of it runs on the thread the context
// lives in.
class Context : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultServerIdleTimeoutMs = 5 * 60 * 1000;
    static constexpr qint64 DefaultBusyPollLimitUs = BusyPollWindow::DefaultLimitNs / 1000;
    // Beyond a millisecond, polling is no longer a shortcut past a wake-up but a busy wait;
    // the CLI and the settings offer no more.
    static constexpr qint64 MaxBusyPollLimitUs = 1000;

    explicit Context(QObject *parent = nullptr);
    // For tests and replays: an outside clock and a fixed seed for message IDs and tokens.
    Context(Clock &clock, quint32 randomSeed, QObject *parent = nullptr);
    ~Context() override;

    Clock &clock() const { return *m_clock; }
    QRandomGenerator &random() { return m_random; }

    const TransmissionParameters &transmissionParameters() const { return m_parameters; }
    // Applies to sessions made afterwards. Refuses an unusable set, returning its problem.
    std::optional<TransmissionParameters::Problem>
    setTransmissionParameters(const TransmissionParameters &parameters);
    qint64 serverIdleTimeoutMs() const { return m_serverIdleTimeoutMs; }
    void setServerIdleTimeoutMs(qint64 milliseconds) { m_serverIdleTimeoutMs = milliseconds; }
    // How long a socket may poll for its next datagram or bytes before the thread sleeps (see
    // BusyPollWindow); 0 never polls. Applies to endpoints and sessions made afterwards.
    qint64 busyPollLimitUs() const { return m_busyPollLimitUs; }
    void setBusyPollLimitUs(qint64 microseconds)
    {
        m_busyPollLimitUs = qMax<qint64>(0, microseconds);
    }

    // Security for DTLS and TLS: the context's is what endpoints use and what client sessions
    // inherit unless they bring their own (the seed's rule: a server sets it before adding its
    // endpoints; a client usually per session).
    const SecuritySettings &security() const { return m_security; }
    void setSecurity(const SecuritySettings &settings) { m_security = settings; }

    // coap_new_client_session(): a session to server (port 0 means the protocol's default),
    // from local if given. Starts at reference count 1. DTLS and TLS use security when given,
    // else the context's; settings that cannot work fail here, as InvalidSettings.
    Expected<Session *, SessionError>
    newClientSession(const SocketAddress &server, Protocol protocol,
                     const SocketAddress &local = {},
                     const std::optional<SecuritySettings> &security = std::nullopt);
    // coap_new_endpoint(): listens on local (port 0 picks one; see Endpoint::localAddress()).
    Expected<Endpoint *, SessionError> addEndpoint(Protocol protocol, const SocketAddress &local);

    QList<Session *> sessions() const { return m_sessions; }
    QList<Endpoint *> endpoints() const { return m_endpoints; }
    ResourceTable &resources() { return m_resources; }
    ObserverRegistry &observers() { return m_observers; }
    // RFC 7641 §4.2: the resource at path changed; each observer gets a notification made by
    // the resource's GET handler. Every fifth one is a CON, to learn whether anyone still
    // listens; the rest are NON.
    void notifyObservers(const QByteArrayList &path);
    const ResourceTable &resources() const { return m_resources; }

    // Wraps every transport made from now on, e.g. in a FaultInjectingTransport. The function
    // takes ownership of the transport it is given and returns the one to use.
    using TransportDecorator = std::function<DatagramTransport *(DatagramTransport *)>;
    void setTransportDecorator(TransportDecorator decorator) { m_decorator = std::move(decorator); }

    void addTracer(Tracer *tracer);
    void removeTracer(Tracer *tracer);
    bool isTracing() const { return !m_tracers.isEmpty(); }

signals:
    void sessionAdded(coapscope::Session *session);
    void sessionRemoved(quint64 sessionId);
    void endpointAdded(coapscope::Endpoint *endpoint);

private:
    friend class Session;
    friend class Endpoint;

    DatagramTransport *makeTransport();
    StreamTransport *makeStream(const std::shared_ptr<const TlsPolicy> &tlsPolicy);
    Session *createServerSession(Endpoint *endpoint, const SocketAddress &peer);
    Session *createServerSession(Endpoint *endpoint, StreamTransport *connection);
    void addSession(Session *session);
    void removeSession(Session *session);
    void dispatchRequest(Session *session, const Message &request);
    void runHandler(const std::shared_ptr<ServerExchange> &exchange);
    // A notification was refused (RST) or never acknowledged: the observer is gone.
    void observerGone(Session *session, const QByteArray &token);
    void recordTrace(const TraceRecord &record);
    void recordSecurityEvent(quint64 sessionId, const SocketAddress &peer, SecurityEvent event);
    // Sessions and endpoints forward what their DtlsTransport sees on the wire and its key log
    // lines; tracers that export packet captures need both, the others ignore them.
    void recordDtlsDatagram(quint64 sessionId, TraceDirection direction, const SocketAddress &local,
                            const SocketAddress &peer, const QByteArray &datagram);
    void recordKeyLogLine(quint64 sessionId, const SocketAddress &peer, const QByteArray &line);

    std::unique_ptr<Clock> m_ownedClock;
    Clock *m_clock;
    QRandomGenerator m_random;
    TransmissionParameters m_parameters;
    qint64 m_serverIdleTimeoutMs = DefaultServerIdleTimeoutMs;
    qint64 m_busyPollLimitUs = DefaultBusyPollLimitUs;
    QList<Session *> m_sessions;
    QList<Endpoint *> m_endpoints;
    ResourceTable m_resources;
    ObserverRegistry m_observers;
    QList<Tracer *> m_tracers;
    TransportDecorator m_decorator;
    SecuritySettings m_security;
};

} // namespace coapscope
