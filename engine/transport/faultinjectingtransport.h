// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "datagramtransport.h"
#include "faultinjection.h"

#include <QRandomGenerator>

namespace coapscope {

class Clock;

// Wraps a real transport and loses, duplicates or delays what it sends, reproducibly for a
// given seed. Received datagrams pass through untouched: faults on the way back are the peer's.
class FaultInjectingTransport final : public DatagramTransport
{
    Q_OBJECT

public:
    // Takes ownership of inner.
    FaultInjectingTransport(DatagramTransport *inner, Clock &clock, quint32 seed,
                            QObject *parent = nullptr);

    void setFaults(const FaultInjection &faults) { m_faults = faults; }
    const FaultInjection &faults() const { return m_faults; }
    quint64 dropped() const { return m_dropped; }
    quint64 duplicated() const { return m_duplicated; }

    Expected<SocketAddress, TransportError> bind(const SocketAddress &local) override;
    SocketAddress localAddress() const override { return m_inner->localAddress(); }
    bool isOpen() const override { return m_inner->isOpen(); }
    void send(const QByteArray &datagram, const SocketAddress &to) override;
    void restrictToPeer(const SocketAddress &peer) override { m_inner->restrictToPeer(peer); }
    void close() override { m_inner->close(); }

private:
    void deliver(const QByteArray &datagram, const SocketAddress &to);

    DatagramTransport *m_inner;
    Clock &m_clock;
    QRandomGenerator m_random;
    FaultInjection m_faults;
    quint64 m_dropped = 0;
    quint64 m_duplicated = 0;
};

} // namespace coapscope
