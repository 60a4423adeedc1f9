// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "common/expected.h"
#include "decodeerror.h"
#include "message.h"

#include <QByteArray>

#include <optional>

namespace coapscope {

// Cuts a CoAP-over-TCP byte stream into messages as bytes arrive: partial frames wait for the
// rest, several frames in one read come out one by one. A frame larger than the peer's
// Max-Message-Size is refused from its header alone, before its bytes are buffered.
// After any error the stream cannot be resynchronised: the connection must be aborted
// (RFC 8323 §5.6), and the decoder yields nothing more.
class TcpStreamDecoder
{
public:
    // RFC 8323 §5.3.1: the assumed Max-Message-Size until the peer's CSM says otherwise.
    static constexpr quint64 DefaultMaxMessageSize = 1152;

    explicit TcpStreamDecoder(quint64 maxMessageSize = DefaultMaxMessageSize);

    void setMaxMessageSize(quint64 maxMessageSize) { m_maxMessageSize = maxMessageSize; }
    quint64 maxMessageSize() const { return m_maxMessageSize; }

    void append(QByteArrayView bytes);
    // The next complete message, the error that stopped the stream, or nullopt for "need more".
    // Error offsets count from the start of the stream.
    std::optional<Expected<Message, DecodeError>> next();

    bool hasFailed() const { return m_failed; }
    // The bytes of the frame next() returned last, or of what it refused (for traces).
    QByteArray lastFrame() const { return m_lastFrame; }
    qsizetype bufferedSize() const { return m_buffer.size() - m_position; }
    // Offset, from the start of the stream, of the first byte not yet returned as a message.
    qint64 streamPosition() const { return m_consumedBefore + m_position; }
    void reset();

private:
    Expected<Message, DecodeError> fail(DecodeError error);

    QByteArray m_buffer;
    QByteArray m_lastFrame;
    qsizetype m_position = 0;    // first unconsumed byte in m_buffer
    qint64 m_consumedBefore = 0; // stream bytes dropped from the front of m_buffer
    quint64 m_maxMessageSize;
    bool m_failed = false;
};

} // namespace coapscope
