// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "common/expected.h"
#include "decodeerror.h"
#include "message.h"

#include <QByteArray>

namespace coapscope {

// RFC 7252 §3: CoAP messages carried one per datagram (UDP, DTLS).
class UdpCodec
{
public:
    static QByteArray encode(const Message &message);
    // The size encode() would produce, without producing it.
    static qsizetype encodedSize(const Message &message);
    // Shares datagram's bytes with the returned message; no copy is made.
    static Expected<Message, DecodeError> decode(const QByteArray &datagram);
    static Expected<Message, DecodeError> decode(QByteArrayView datagram);

    static constexpr qsizetype HeaderSize = 4;
};

} // namespace coapscope
