// SPDX-License-Identifier: BSD-2-Clause
#include "tcpstreamdecoder.h"

#include "tcpframing.h"

namespace coapscope {

TcpStreamDecoder::TcpStreamDecoder(quint64 maxMessageSize)
    : m_maxMessageSize(maxMessageSize)
{}

void TcpStreamDecoder::append(QByteArrayView bytes)
{
    if (m_failed || bytes.isEmpty())
        return;
    // Drop what was consumed before growing, so the buffer never holds old frames.
    if (m_position > 0 && m_position == m_buffer.size()) {
        m_consumedBefore += m_position;
        m_buffer.clear();
        m_position = 0;
    } else if (m_position > 4096 && m_position > m_buffer.size() / 2) {
        m_consumedBefore += m_position;
        m_buffer.remove(0, m_position);
        m_position = 0;
    }
    m_buffer.append(bytes);
}

std::optional<Expected<Message, DecodeError>> TcpStreamDecoder::next()
{
    if (m_failed)
        return std::nullopt;
    const QByteArrayView pending(m_buffer.constData() + m_position, bufferedSize());
    const auto header = TcpFraming::readHeader(pending);
    if (!header)
        return std::nullopt;
    if (!header->hasValue()) {
        m_lastFrame = pending.toByteArray();
        DecodeError error = header->error();
        error.offset += streamPosition();
        return fail(error);
    }
    const quint64 frameSize = header->value().frameSize();
    if (frameSize > m_maxMessageSize) {
        m_lastFrame = pending.first(qMin(pending.size(), header->value().headerSize)).toByteArray();
        return fail(DecodeError{DecodeError::Kind::FrameTooLarge, qsizetype(streamPosition()),
                                frameSize, m_maxMessageSize});
    }
    if (frameSize > quint64(pending.size()))
        return std::nullopt;

    // Share the buffer when it holds exactly this frame; otherwise copy the frame out.
    const QByteArray frame = (m_position == 0 && frameSize == quint64(m_buffer.size()))
                                 ? m_buffer
                                 : pending.first(qsizetype(frameSize)).toByteArray();
    m_lastFrame = frame;
    auto decoded = TcpFraming::decode(frame);
    if (!decoded) {
        DecodeError error = decoded.error();
        error.offset += streamPosition();
        return fail(error);
    }
    m_position += qsizetype(frameSize);
    return decoded;
}

void TcpStreamDecoder::reset()
{
    m_buffer.clear();
    m_lastFrame.clear();
    m_position = 0;
    m_consumedBefore = 0;
    m_failed = false;
}

Expected<Message, DecodeError> TcpStreamDecoder::fail(DecodeError error)
{
    m_failed = true;
    m_buffer.clear();
    m_position = 0;
    return unexpected(error);
}

} // namespace coapscope
