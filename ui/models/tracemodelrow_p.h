// SPDX-License-Identifier: BSD-2-Clause
#pragma once

// Internal to TraceModel's two source files: what the bits of a row's flags mean, and how a
// row's bytes are decoded again.

#include "codec/tcpframing.h"
#include "codec/udpcodec.h"
#include "session/protocol.h"

namespace coapscope::tracemodelrow {

constexpr quint8 receivedFlag = 0x01;
constexpr quint8 malformedFlag = 0x08;
constexpr quint8 dtlsRecordFlag = 0x40; // a DTLS datagram as on the wire, not CoAP

inline Expected<Message, DecodeError> decodeFor(Protocol protocol, QByteArrayView bytes)
{
    if (isReliable(protocol))
        return TcpFraming::decode(bytes.toByteArray());
    return UdpCodec::decode(bytes);
}

} // namespace coapscope::tracemodelrow
