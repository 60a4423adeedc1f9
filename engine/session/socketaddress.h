// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QString>

namespace coapscope {

// An IP address and port, printed as "127.0.0.1:5683" or "[::1]:5683".
struct SocketAddress
{
    QHostAddress address;
    quint16 port = 0;

    QString toString() const;
    bool isNull() const { return address.isNull(); }

    friend bool operator==(const SocketAddress &a, const SocketAddress &b)
    {
        return a.port == b.port && a.address.isEqual(b.address, QHostAddress::TolerantConversion);
    }
};

size_t qHash(const SocketAddress &key, size_t seed = 0) noexcept;

} // namespace coapscope
