// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QTcpServer>
#include <QUdpSocket>

// A port on 127.0.0.1 that is free for both UDP and TCP right now. Asking the kernel (port 0)
// keeps parallel tests from colliding; the small window before the peer binds it is harmless
// on a test machine.
inline quint16 freeLoopbackPort()
{
    for (int attempt = 0; attempt < 20; ++attempt) {
        QUdpSocket udp;
        if (!udp.bind(QHostAddress::LocalHost, 0))
            continue;
        const quint16 port = udp.localPort();
        QTcpServer tcp;
        if (tcp.listen(QHostAddress::LocalHost, port))
            return port;
    }
    qFatal("no free loopback port");
}
