// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "session/socketaddress.h"

#include <QByteArray>

namespace coapscope {

class Clock;

// Stateless DTLS cookies (RFC 6347 §4.2.1): an HMAC-SHA256 over the client's address and port
// under a random secret that is replaced every rotation period. A cookie made with the current
// or the previous secret is accepted, so one is good for one to two periods. Nothing is
// remembered per client.
class DtlsCookieJar
{
public:
    explicit DtlsCookieJar(const Clock &clock, qint64 rotationMs = 60000);

    QByteArray cookieFor(const SocketAddress &peer);
    bool isValid(const QByteArray &cookie, const SocketAddress &peer);

private:
    void rotateIfDue();
    static QByteArray hmac(const QByteArray &secret, const SocketAddress &peer);

    const Clock &m_clock;
    qint64 m_rotationMs;
    qint64 m_rotatedAt;
    QByteArray m_current;
    QByteArray m_previous;
};

} // namespace coapscope
