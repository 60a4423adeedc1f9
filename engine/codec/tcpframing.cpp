// SPDX-License-Identifier: BSD-2-Clause
#include "tcpframing.h"

#include "messagedata_p.h"
#include "optionbody_p.h"

namespace coapscope {

namespace {

constexpr quint64 OneByteBase = 13;
constexpr quint64 TwoByteBase = 269;
constexpr quint64 FourByteBase = 65805;

// Extended-length bytes that follow a length nibble (RFC 8323 §3.2).
int extensionBytesFor(quint32 lengthNibble)
{
    return lengthNibble < 13 ? 0 : lengthNibble == 13 ? 1 : lengthNibble == 14 ? 2 : 4;
}

int extendedLengthSize(quint64 bodyLength)
{
    return bodyLength < OneByteBase    ? 0
           : bodyLength < TwoByteBase  ? 1
           : bodyLength < FourByteBase ? 2
                                       : 4;
}

} // namespace

qsizetype TcpFraming::encodedSize(const Message &message)
{
    const MessageData &data = MessageAccess::data(message);
    const quint64 bodyLength = optionbody::encodedSize(data);
    return 1 + extendedLengthSize(bodyLength) + 1 + data.token.length + qsizetype(bodyLength);
}

QByteArray TcpFraming::encode(const Message &message)
{
    const MessageData &data = MessageAccess::data(message);
    const quint64 bodyLength = optionbody::encodedSize(data);
    const int extSize = extendedLengthSize(bodyLength);
    const qsizetype size = 1 + extSize + 1 + data.token.length + qsizetype(bodyLength);
    QByteArray frame(size, Qt::Uninitialized);
    auto *out = reinterpret_cast<uchar *>(frame.data());

    uchar lengthNibble = 0;
    quint64 extended = 0;
    switch (extSize) {
    case 0:
        lengthNibble = static_cast<uchar>(bodyLength);
        break;
    case 1:
        lengthNibble = 13;
        extended = bodyLength - OneByteBase;
        break;
    case 2:
        lengthNibble = 14;
        extended = bodyLength - TwoByteBase;
        break;
    default:
        lengthNibble = 15;
        extended = bodyLength - FourByteBase;
        break;
    }
    *out++ = static_cast<uchar>((lengthNibble << 4) | data.token.length);
    for (int i = extSize - 1; i >= 0; --i)
        *out++ = static_cast<uchar>(extended >> (8 * i));
    *out++ = data.code.raw();
    if (data.token.length > 0) {
        memcpy(out, data.store.constData() + data.token.offset, data.token.length);
        out += data.token.length;
    }
    optionbody::encode(data, out);
    return frame;
}

std::optional<Expected<TcpFrameHeader, DecodeError>> TcpFraming::readHeader(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return std::nullopt;
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const quint32 lengthNibble = data[0] >> 4;
    const quint32 tokenLength = data[0] & 0x0f;
    if (tokenLength > Message::MaxTokenLength) {
        return unexpected(DecodeError{DecodeError::Kind::InvalidTokenLength, 0, tokenLength});
    }
    const int extSize = extensionBytesFor(lengthNibble);
    const qsizetype headerSize = 1 + extSize + 1;
    if (bytes.size() < headerSize)
        return std::nullopt;
    quint64 extended = 0;
    for (int i = 0; i < extSize; ++i)
        extended = (extended << 8) | data[1 + i];
    TcpFrameHeader header;
    header.headerSize = headerSize;
    header.tokenLength = tokenLength;
    header.bodyLength = extSize == 0   ? lengthNibble
                        : extSize == 1 ? extended + OneByteBase
                        : extSize == 2 ? extended + TwoByteBase
                                       : extended + FourByteBase;
    return Expected<TcpFrameHeader, DecodeError>(header);
}

Expected<Message, DecodeError> TcpFraming::decode(const QByteArray &frame)
{
    using Kind = DecodeError::Kind;
    const auto header = readHeader(frame);
    if (!header) {
        const quint32 lengthNibble = frame.isEmpty() ? 0 : static_cast<uchar>(frame[0]) >> 4;
        const qsizetype needed = 2 + extensionBytesFor(lengthNibble);
        return unexpected(
            DecodeError{Kind::TruncatedFrame, 0, quint64(needed), quint64(frame.size())});
    }
    if (!header->hasValue())
        return unexpected(header->error());
    const TcpFrameHeader &fields = header->value();
    const quint64 frameSize = fields.frameSize();
    if (frameSize > quint64(frame.size()))
        return unexpected(DecodeError{Kind::TruncatedFrame, 0, frameSize, quint64(frame.size())});
    if (frameSize < quint64(frame.size())) {
        return unexpected(DecodeError{Kind::TrailingBytes, qsizetype(frameSize),
                                      quint64(frame.size()) - frameSize});
    }

    const qsizetype codeAt = fields.headerSize - 1;
    const MessageCode code(static_cast<quint8>(frame[codeAt]));
    if (code.isReservedClass())
        return unexpected(DecodeError{Kind::ReservedCodeClass, codeAt, code.raw()});

    auto *data = new MessageData(frame);
    Message message = MessageAccess::wrap(data);
    data->code = code;
    data->token = ByteSpan{static_cast<quint32>(fields.headerSize), fields.tokenLength};
    const qsizetype bodyBegin = fields.headerSize + fields.tokenLength;
    if (auto error = optionbody::decode(*data, bodyBegin, frame.size(), 0))
        return unexpected(*error);
    return message;
}

} // namespace coapscope
