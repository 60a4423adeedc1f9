// SPDX-License-Identifier: BSD-2-Clause
#include "transporterror.h"

namespace coapscope {

TransportError TransportError::fromSocketError(QAbstractSocket::SocketError error,
                                               const QString &detail)
{
    Kind kind = Kind::Other;
    switch (error) {
    case QAbstractSocket::AddressInUseError:
        kind = Kind::AddressInUse;
        break;
    case QAbstractSocket::SocketAddressNotAvailableError:
        kind = Kind::AddressNotAvailable;
        break;
    case QAbstractSocket::SocketAccessError:
        kind = Kind::PermissionDenied;
        break;
    case QAbstractSocket::NetworkError:
        kind = Kind::NetworkUnreachable;
        break;
    case QAbstractSocket::ConnectionRefusedError:
        kind = Kind::ConnectionRefused;
        break;
    case QAbstractSocket::DatagramTooLargeError:
        kind = Kind::DatagramTooLarge;
        break;
    case QAbstractSocket::RemoteHostClosedError:
        kind = Kind::ConnectionClosed;
        break;
    case QAbstractSocket::HostNotFoundError:
        kind = Kind::HostUnreachable;
        break;
    case QAbstractSocket::SocketTimeoutError:
        kind = Kind::TimedOut;
        break;
    default:
        break;
    }
    return TransportError{kind, detail};
}

QLatin1StringView TransportError::kindId(Kind kind)
{
    switch (kind) {
    case Kind::AddressInUse:
        return QLatin1StringView("address-in-use");
    case Kind::AddressNotAvailable:
        return QLatin1StringView("address-not-available");
    case Kind::PermissionDenied:
        return QLatin1StringView("permission-denied");
    case Kind::NetworkUnreachable:
        return QLatin1StringView("network-unreachable");
    case Kind::ConnectionRefused:
        return QLatin1StringView("connection-refused");
    case Kind::DatagramTooLarge:
        return QLatin1StringView("datagram-too-large");
    case Kind::ConnectionClosed:
        return QLatin1StringView("connection-closed");
    case Kind::HostUnreachable:
        return QLatin1StringView("host-unreachable");
    case Kind::TimedOut:
        return QLatin1StringView("timed-out");
    case Kind::NotOpen:
        return QLatin1StringView("not-open");
    case Kind::Other:
        return QLatin1StringView("other");
    }
    return QLatin1StringView("other");
}

} // namespace coapscope
