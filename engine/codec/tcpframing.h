// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "common/expected.h"
#include "decodeerror.h"
#include "message.h"

#include <QByteArray>

#include <optional>

namespace coapscope {

// The fixed part of an RFC 8323 §3.2 frame, read before the rest has arrived.
struct TcpFrameHeader
{
    qsizetype headerSize = 0; // length nibble byte + extended length + code
    quint32 tokenLength = 0;
    quint64 bodyLength = 0; // options, payload marker and payload
    quint64 frameSize() const { return quint64(headerSize) + tokenLength + bodyLength; }
};

// RFC 8323 §3.2: CoAP messages framed on a byte stream (TCP, TLS). No type, no message ID.
class TcpFraming
{
public:
    static QByteArray encode(const Message &message);
    // The size encode() would give, without encoding.
    static qsizetype encodedSize(const Message &message);

    // nullopt while bytes is too short to hold the header; an error for an invalid header.
    static std::optional<Expected<TcpFrameHeader, DecodeError>> readHeader(QByteArrayView bytes);

    // Decodes exactly one frame; shares frame's bytes with the returned message.
    static Expected<Message, DecodeError> decode(const QByteArray &frame);
};

} // namespace coapscope
