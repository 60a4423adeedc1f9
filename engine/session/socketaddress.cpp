// SPDX-License-Identifier: BSD-2-Clause
#include "socketaddress.h"

namespace coapscope {

namespace {

// IPv4-mapped IPv6 addresses compare equal to their IPv4 form, so they must hash alike.
QHostAddress canonical(const QHostAddress &address)
{
    bool isMapped = false;
    const quint32 ipv4 = address.toIPv4Address(&isMapped);
    return isMapped ? QHostAddress(ipv4) : address;
}

} // namespace

QString SocketAddress::toString() const
{
    const QHostAddress shown = canonical(address);
    if (shown.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(shown.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(shown.toString()).arg(port);
}

size_t qHash(const SocketAddress &key, size_t seed) noexcept
{
    // Without building a canonical QHostAddress: this runs for every datagram a server takes.
    bool isIpv4 = false;
    const quint32 ipv4 = key.address.toIPv4Address(&isIpv4); // also true for IPv4-mapped
    if (isIpv4)
        return qHashMulti(seed, ipv4, key.port);
    const Q_IPV6ADDR ipv6 = key.address.toIPv6Address();
    return qHashMulti(seed, qHashBits(ipv6.c, sizeof ipv6.c), key.port);
}

} // namespace coapscope
