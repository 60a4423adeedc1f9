// SPDX-License-Identifier: BSD-2-Clause
#include "udpcodec.h"

#include "messagedata_p.h"
#include "optionbody_p.h"

namespace coapscope {

qsizetype UdpCodec::encodedSize(const Message &message)
{
    const MessageData &data = MessageAccess::data(message);
    return HeaderSize + data.token.length + optionbody::encodedSize(data);
}

QByteArray UdpCodec::encode(const Message &message)
{
    const MessageData &data = MessageAccess::data(message);
    const qsizetype size = encodedSize(message);
    QByteArray datagram(size, Qt::Uninitialized);
    auto *out = reinterpret_cast<uchar *>(datagram.data());
    out[0] =
        static_cast<uchar>((1u << 6) | (static_cast<quint8>(data.type) << 4) | data.token.length);
    out[1] = data.code.raw();
    out[2] = static_cast<uchar>(data.messageId >> 8);
    out[3] = static_cast<uchar>(data.messageId);
    out += HeaderSize;
    if (data.token.length > 0) {
        memcpy(out, data.store.constData() + data.token.offset, data.token.length);
        out += data.token.length;
    }
    optionbody::encode(data, out);
    return datagram;
}

Expected<Message, DecodeError> UdpCodec::decode(QByteArrayView datagram)
{
    return decode(datagram.toByteArray());
}

Expected<Message, DecodeError> UdpCodec::decode(const QByteArray &datagram)
{
    using Kind = DecodeError::Kind;
    const qsizetype size = datagram.size();
    if (size < HeaderSize)
        return unexpected(DecodeError{Kind::TooShort, 0, quint64(size), HeaderSize});
    const auto *bytes = reinterpret_cast<const uchar *>(datagram.constData());
    const int version = bytes[0] >> 6;
    if (version != 1)
        return unexpected(DecodeError{Kind::UnsupportedVersion, 0, quint64(version)});
    const quint32 tokenLength = bytes[0] & 0x0f;
    if (tokenLength > Message::MaxTokenLength)
        return unexpected(DecodeError{Kind::InvalidTokenLength, 0, tokenLength});
    const MessageCode code(bytes[1]);
    if (code.isReservedClass() || code.isSignaling())
        return unexpected(DecodeError{Kind::ReservedCodeClass, 1, code.raw()});
    if (code.isEmpty() && (tokenLength != 0 || size > HeaderSize)) {
        // RFC 7252 §4.1: an Empty message has TKL 0 and nothing after the message ID.
        return unexpected(DecodeError{Kind::EmptyMessageNotEmpty, tokenLength ? 0 : HeaderSize,
                                      quint64(size - HeaderSize)});
    }
    if (quint64(HeaderSize) + tokenLength > quint64(size)) {
        return unexpected(
            DecodeError{Kind::TokenPastEnd, HeaderSize, tokenLength, quint64(size - HeaderSize)});
    }

    auto *data = new MessageData(datagram);
    Message message = MessageAccess::wrap(data);
    data->type = static_cast<MessageType>((bytes[0] >> 4) & 0x3);
    data->code = code;
    data->messageId = static_cast<quint16>((bytes[2] << 8) | bytes[3]);
    data->token = ByteSpan{HeaderSize, tokenLength};
    if (auto error = optionbody::decode(*data, HeaderSize + tokenLength, size, 0))
        return unexpected(*error);
    return message;
}

} // namespace coapscope
