// SPDX-License-Identifier: BSD-2-Clause
#include "networkerrortext.h"

#include "securityerrortext.h"

#include <QCoreApplication>

namespace coapscope::text {

namespace {

struct NetworkErrorText
{
    Q_DECLARE_TR_FUNCTIONS(NetworkErrorText)
};

} // namespace

QString describeTransportError(const TransportError &error)
{
    using Kind = TransportError::Kind;
    QString reason;
    switch (error.kind) {
    case Kind::AddressInUse:
        reason = NetworkErrorText::tr("the address is already in use");
        break;
    case Kind::AddressNotAvailable:
        reason = NetworkErrorText::tr("the address does not belong to this machine");
        break;
    case Kind::PermissionDenied:
        reason = NetworkErrorText::tr("permission denied (ports below 1024 need privileges)");
        break;
    case Kind::NetworkUnreachable:
        reason = NetworkErrorText::tr("the network is unreachable");
        break;
    case Kind::ConnectionRefused:
        reason = NetworkErrorText::tr("nothing is listening on that port (connection refused or "
                                      "port unreachable)");
        break;
    case Kind::DatagramTooLarge:
        reason = NetworkErrorText::tr("the datagram is too large for the network");
        break;
    case Kind::ConnectionClosed:
        reason = NetworkErrorText::tr("the peer closed the connection");
        break;
    case Kind::HostUnreachable:
        reason = NetworkErrorText::tr("the host cannot be reached");
        break;
    case Kind::TimedOut:
        reason = NetworkErrorText::tr("the connection timed out");
        break;
    case Kind::NotOpen:
        reason = NetworkErrorText::tr("the socket is not open");
        break;
    case Kind::Other:
        reason = NetworkErrorText::tr("socket error");
        break;
    }
    if (!error.detail.isEmpty() && error.kind == Kind::Other)
        reason += QStringLiteral(" (%1)").arg(error.detail);
    return reason;
}

QString describeSessionError(const SessionError &error)
{
    switch (error.kind) {
    case SessionError::Kind::InvalidAddress:
        return NetworkErrorText::tr("no usable address");
    case SessionError::Kind::Transport:
        return error.transportError ? describeTransportError(*error.transportError)
                                    : NetworkErrorText::tr("socket error");
    case SessionError::Kind::Security:
        return error.securityError ? describeSecurityError(*error.securityError)
                                   : NetworkErrorText::tr("the security settings cannot work");
    }
    return NetworkErrorText::tr("cannot open the session");
}

QString describeRequestError(const RequestError &error)
{
    using Kind = RequestError::Kind;
    switch (error.kind) {
    case Kind::Timeout:
        return NetworkErrorText::tr("no acknowledgement from the server after all retransmissions");
    case Kind::NoResponse:
        return NetworkErrorText::tr("no response from the server in time");
    case Kind::Reset:
        return NetworkErrorText::tr("the server rejected the request with a Reset");
    case Kind::SessionReleased:
        return NetworkErrorText::tr("the session was released");
    case Kind::Cancelled:
        return error.detail.isEmpty() ? NetworkErrorText::tr("cancelled")
                                      : NetworkErrorText::tr("cancelled (%1)").arg(error.detail);
    case Kind::MessageTooLarge:
        return NetworkErrorText::tr("the request is %1 bytes, more than the session's limit of %2")
            .arg(error.size)
            .arg(error.limit);
    case Kind::Transport:
        return error.transportError ? describeTransportError(*error.transportError)
                                    : NetworkErrorText::tr("socket error");
    case Kind::IncompleteTransfer:
        return NetworkErrorText::tr("the block-wise transfer broke off: blocks were missing, out "
                                    "of order, or of a representation that changed meanwhile");
    case Kind::ConnectionClosed:
        return NetworkErrorText::tr("the peer closed the connection");
    case Kind::Released:
        return NetworkErrorText::tr("the connection was released (7.04 Release)");
    case Kind::Aborted:
        return error.detail.isEmpty()
                   ? NetworkErrorText::tr("the peer aborted the connection (7.05 Abort)")
                   : NetworkErrorText::tr("the peer aborted the connection (7.05 Abort): %1")
                         .arg(error.detail);
    case Kind::Security:
        return error.securityError ? describeSecurityError(*error.securityError)
                                   : NetworkErrorText::tr("the handshake failed");
    case Kind::ProtocolViolation:
        return NetworkErrorText::tr("the peer broke the CoAP-over-TCP protocol, so the "
                                    "connection was aborted: %1")
            .arg(error.detail);
    }
    return NetworkErrorText::tr("request failed");
}

} // namespace coapscope::text
