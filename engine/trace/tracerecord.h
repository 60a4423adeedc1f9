// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/decodeerror.h"
#include "codec/message.h"
#include "session/protocol.h"
#include "session/sessionrole.h"
#include "session/socketaddress.h"

#include <QByteArray>
#include <QLatin1StringView>

#include <optional>

namespace coapscope {

enum class TraceDirection : quint8
{
    Sent,
    Received
};

// Why a datagram crossed the wire, as far as the engine knows.
enum class TraceCause : quint8
{
    Transmission,       // a message sent for the first time
    Retransmission,     // a CON sent again after its timeout (see TraceRecord::retransmission)
    Received,           // a new message
    DuplicateReceived,  // a message ID seen within its lifetime
    CachedResponseSent, // the stored answer to a duplicate request
    ResetSent,
    Ignored,   // well-formed, but matching nothing (an ACK or RST for no exchange)
    Malformed, // could not be decoded; see TraceRecord::decodeError
};

QLatin1StringView traceCauseId(TraceCause cause);
std::optional<TraceCause> traceCauseFromId(QStringView id);
// A trace timestamp as ISO 8601 UTC with microseconds: "2026-11-25T10:30:00.123456Z".
QString traceTimeText(qint64 timestampUs);

// One datagram in or out, with everything the trace views and exporters need.
struct TraceRecord
{
    qint64 timestampUs = 0; // wall clock, microseconds since the Unix epoch
    qint64 clockMs = 0;     // the engine clock, for ordering and intervals
    quint64 sessionId = 0;
    TraceDirection direction = TraceDirection::Sent;
    Protocol protocol = Protocol::Udp;
    SocketAddress local;
    SocketAddress remote;
    QByteArray bytes;
    std::optional<Message> message;
    std::optional<DecodeError> decodeError;
    TraceCause cause = TraceCause::Transmission;
    int retransmission = 0;
    SessionRole role = SessionRole::Client; // who opened the connection, for TCP exports
};

} // namespace coapscope
