// SPDX-License-Identifier: BSD-2-Clause
#include "securityevent.h"

namespace coapscope {

QLatin1StringView SecurityEvent::kindId(Kind kind)
{
    switch (kind) {
    case Kind::HandshakeMessage:
        return QLatin1StringView("handshake-message");
    case Kind::ChangeCipherSpec:
        return QLatin1StringView("change-cipher-spec");
    case Kind::Alert:
        return QLatin1StringView("alert");
    case Kind::StateChanged:
        return QLatin1StringView("state-changed");
    }
    return QLatin1StringView("state-changed");
}

QLatin1StringView SecurityEvent::directionId(Direction direction)
{
    switch (direction) {
    case Direction::Sent:
        return QLatin1StringView("sent");
    case Direction::Received:
        return QLatin1StringView("received");
    case Direction::Local:
        return QLatin1StringView("local");
    }
    return QLatin1StringView("local");
}

QString handshakeTypeName(quint8 type)
{
    switch (type) {
    case 0:
        return QStringLiteral("HelloRequest");
    case 1:
        return QStringLiteral("ClientHello");
    case 2:
        return QStringLiteral("ServerHello");
    case 3:
        return QStringLiteral("HelloVerifyRequest");
    case 4:
        return QStringLiteral("NewSessionTicket");
    case 11:
        return QStringLiteral("Certificate");
    case 12:
        return QStringLiteral("ServerKeyExchange");
    case 13:
        return QStringLiteral("CertificateRequest");
    case 14:
        return QStringLiteral("ServerHelloDone");
    case 15:
        return QStringLiteral("CertificateVerify");
    case 16:
        return QStringLiteral("ClientKeyExchange");
    case 20:
        return QStringLiteral("Finished");
    case 22:
        return QStringLiteral("CertificateStatus");
    default:
        return QStringLiteral("HandshakeType%1").arg(type);
    }
}

} // namespace coapscope
