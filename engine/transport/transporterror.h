// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QAbstractSocket>
#include <QLatin1StringView>
#include <QString>

namespace coapscope {

// A socket-level failure: the kind for programs and the UI's wording, the system's own message
// as detail for the curious.
struct TransportError
{
    enum class Kind : quint8
    {
        AddressInUse,
        AddressNotAvailable,
        PermissionDenied,
        NetworkUnreachable,
        ConnectionRefused, // an ICMP port unreachable came back for a datagram
        DatagramTooLarge,
        ConnectionClosed, // the stream's peer closed the connection
        HostUnreachable,
        TimedOut,
        NotOpen,
        Other,
    };
    Kind kind = Kind::Other;
    QString detail;

    static TransportError fromSocketError(QAbstractSocket::SocketError error,
                                          const QString &detail);
    static QLatin1StringView kindId(Kind kind);
};

} // namespace coapscope
