// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "security/securityerror.h"
#include "transport/transporterror.h"

#include <QLatin1StringView>

#include <optional>

namespace coapscope {

// Why a request ended without a response. The UI words it (ui/text).
struct RequestError
{
    enum class Kind : quint8
    {
        Timeout,            // CON never acknowledged after MAX_RETRANSMIT retransmissions
        NoResponse,         // acknowledged or NON, but no response within the request's timeout
        Reset,              // the server answered with RST
        SessionReleased,    // the session was released while the request was pending
        Cancelled,          // the application cancelled it
        MessageTooLarge,    // the request does not fit the session's MTU
        IncompleteTransfer, // a block-wise transfer broke off or its blocks did not fit together
        Transport,          // the socket failed; see transportError
        ConnectionClosed,   // the stream's peer closed the connection
        Released,           // a 7.04 Release ended the stream, sent by either side
        Aborted,            // the stream's peer sent Abort; its diagnostic is in detail
        ProtocolViolation,  // the stream's peer broke RFC 8323; we aborted, detail says how
        Security,           // the DTLS or TLS handshake failed; see securityError
    };
    RequestError(Kind errorKind = Kind::Timeout)
        : kind(errorKind)
    {}

    Kind kind;
    std::optional<TransportError> transportError;
    std::optional<SecurityError> securityError;
    qint64 size = 0;  // MessageTooLarge: the encoded size
    qint64 limit = 0; // MessageTooLarge: the MTU
    QString detail;   // Aborted, ProtocolViolation: the diagnostic text

    static QLatin1StringView kindId(Kind kind);
};

} // namespace coapscope
