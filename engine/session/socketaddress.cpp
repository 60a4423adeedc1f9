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
    return qHashMulti(seed, canonical(key.address), key.port);
}

} // namespace coapscope
