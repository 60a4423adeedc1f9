// SPDX-License-Identifier: BSD-2-Clause
#include "faultinjectingtransport.h"

#include "session/clock.h"

#include <QPointer>

namespace coapscope {

FaultInjectingTransport::FaultInjectingTransport(DatagramTransport *inner, Clock &clock,
                                                 quint32 seed, QObject *parent)
    : DatagramTransport(parent)
    , m_inner(inner)
    , m_clock(clock)
    , m_random(seed)
{
    inner->setParent(this);
    connect(inner, &DatagramTransport::datagramReceived, this,
            &DatagramTransport::datagramReceived);
    connect(inner, &DatagramTransport::errorOccurred, this, &DatagramTransport::errorOccurred);
}

Expected<SocketAddress, TransportError> FaultInjectingTransport::bind(const SocketAddress &local)
{
    return m_inner->bind(local);
}

void FaultInjectingTransport::send(const QByteArray &datagram, const SocketAddress &to)
{
    if (m_faults.dropRate > 0 && m_random.generateDouble() < m_faults.dropRate) {
        ++m_dropped;
        return;
    }
    deliver(datagram, to);
    if (m_faults.duplicateRate > 0 && m_random.generateDouble() < m_faults.duplicateRate) {
        ++m_duplicated;
        deliver(datagram, to);
    }
}

void FaultInjectingTransport::deliver(const QByteArray &datagram, const SocketAddress &to)
{
    if (m_faults.delayMs <= 0) {
        m_inner->send(datagram, to);
        return;
    }
    QPointer<DatagramTransport> inner(m_inner);
    m_clock.schedule(m_faults.delayMs, [inner, datagram, to] {
        if (inner)
            inner->send(datagram, to);
    });
}

} // namespace coapscope
