// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "protocol.h"
#include "socketaddress.h"

#include <QHash>
#include <QObject>

namespace coapscope {

class Context;
class DatagramTransport;
class DtlsTransport;
class Session;
class StreamListener;
class StreamTransport;

// A listening address (the seed's coap_endpoint_t). Each peer that speaks to it gets a server
// session: per datagram peer, revived from the free pool when the peer returns; or per
// accepted stream connection.
class Endpoint : public QObject
{
    Q_OBJECT

public:
    ~Endpoint() override;

    Protocol protocol() const { return m_protocol; }
    SocketAddress localAddress() const;
    QList<Session *> sessions() const { return m_sessions.values(); }

private:
    friend class Context;

    Endpoint(Context *context, Protocol protocol, DatagramTransport *transport);
    Endpoint(Context *context, Protocol protocol, StreamListener *listener);
    DatagramTransport *transport() const { return m_transport; }
    void receive(const QByteArray &datagram, const SocketAddress &from);
    void accept(StreamTransport *connection);
    void watchDtls(DtlsTransport *dtls);
    void forgetSession(Session *session);

    Context *m_context;
    Protocol m_protocol;
    DatagramTransport *m_transport = nullptr;
    StreamListener *m_listener = nullptr;
    QHash<SocketAddress, Session *> m_sessions;
};

} // namespace coapscope
