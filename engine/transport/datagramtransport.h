// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "common/expected.h"
#include "session/socketaddress.h"
#include "transporterror.h"

#include <QByteArray>
#include <QObject>

namespace coapscope {

// Carries whole datagrams to and from one local address. UDP implements it directly; DTLS
// will wrap it; tests wrap it to lose or delay datagrams.
class DatagramTransport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Port 0 picks a free port; the address actually bound is returned.
    virtual Expected<SocketAddress, TransportError> bind(const SocketAddress &local) = 0;
    virtual SocketAddress localAddress() const = 0;
    virtual bool isOpen() const = 0;
    virtual void send(const QByteArray &datagram, const SocketAddress &to) = 0;
    // Restricts the transport to one peer, where the platform can then report that nothing
    // listens there (ICMP port unreachable) as a ConnectionRefused error. Client sessions use it.
    virtual void restrictToPeer(const SocketAddress &peer) { Q_UNUSED(peer); }
    virtual void close() = 0;

signals:
    void datagramReceived(const QByteArray &datagram, const coapscope::SocketAddress &from);
    void errorOccurred(const coapscope::TransportError &error);
};

} // namespace coapscope
