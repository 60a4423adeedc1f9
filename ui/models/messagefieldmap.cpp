// SPDX-License-Identifier: BSD-2-Clause
#include "messagefieldmap.h"

namespace coapscope {

namespace {

using Kind = MessageField::Kind;
using Problem = MessageField::Problem;

class FieldWalker
{
public:
    explicit FieldWalker(QByteArrayView bytes)
        : m_bytes(bytes)
    {}

    int add(Kind kind, qsizetype offset, qsizetype length, int parent = -1, quint32 value = 0)
    {
        m_fields.append({kind, offset, length, parent, value, Problem::None});
        return int(m_fields.size() - 1);
    }
    // Marks everything from offset on as damaged; the walk stops there.
    void fail(Problem problem, qsizetype offset)
    {
        offset = qMin(offset, m_bytes.size());
        m_fields.append({Kind::Error, offset, m_bytes.size() - offset, -1, 0, problem});
    }
    quint8 byteAt(qsizetype offset) const { return quint8(m_bytes.at(offset)); }
    qsizetype size() const { return m_bytes.size(); }

    // Reads an extended delta or length for nibble 13 or 14 at pos; nullopt when truncated.
    std::optional<quint32> extended(quint32 nibble, qsizetype pos, qsizetype end) const
    {
        if (nibble == 13)
            return pos < end ? std::optional<quint32>(byteAt(pos) + 13u) : std::nullopt;
        if (pos + 1 < end)
            return (quint32(byteAt(pos)) << 8 | byteAt(pos + 1)) + 269u;
        return std::nullopt;
    }

    // Options, then the payload marker and payload, from pos up to end (RFC 7252 §3.1).
    void walkOptions(qsizetype pos, qsizetype end)
    {
        quint32 number = 0;
        while (pos < end) {
            const quint8 first = byteAt(pos);
            if (first == 0xff) {
                add(Kind::PayloadMarker, pos, 1);
                if (pos + 1 >= end)
                    fail(Problem::EmptyPayload, pos);
                else
                    add(Kind::Payload, pos + 1, end - pos - 1);
                return;
            }
            quint32 delta = first >> 4;
            quint32 length = first & 0x0f;
            if (delta == 15 || length == 15)
                return fail(Problem::ReservedNibble, pos);
            const qsizetype start = pos++;
            const qsizetype deltaAt = pos;
            if (delta >= 13) {
                const auto value = extended(delta, pos, end);
                if (!value)
                    return fail(Problem::Truncated, start);
                pos += delta == 13 ? 1 : 2;
                delta = *value;
            }
            const qsizetype lengthAt = pos;
            if (length >= 13) {
                const auto value = extended(length, pos, end);
                if (!value)
                    return fail(Problem::Truncated, start);
                pos += length == 13 ? 1 : 2;
                length = *value;
            }
            if (pos + qsizetype(length) > end)
                return fail(Problem::Truncated, start);
            number += delta;
            const int option = add(Kind::Option, start, pos + length - start, -1, number);
            add(Kind::OptionDelta, start, 1, option, number);
            if (lengthAt > deltaAt)
                add(Kind::ExtendedDelta, deltaAt, lengthAt - deltaAt, option, delta);
            if (pos > lengthAt)
                add(Kind::ExtendedOptionLength, lengthAt, pos - lengthAt, option, length);
            add(Kind::OptionValue, pos, length, option, length);
            pos += length;
        }
    }

    void walkDatagram()
    {
        if (size() == 0)
            return fail(Problem::Truncated, 0);
        const quint8 first = byteAt(0);
        const int header = add(Kind::Header, 0, qMin<qsizetype>(4, size()));
        add(Kind::Version, 0, 1, header, first >> 6);
        add(Kind::Type, 0, 1, header, (first >> 4) & 0x3);
        add(Kind::TokenLength, 0, 1, header, first & 0x0f);
        if (size() >= 2)
            add(Kind::Code, 1, 1, header, byteAt(1));
        if (size() < 4)
            return fail(Problem::Truncated, size() >= 2 ? 2 : 1);
        add(Kind::MessageId, 2, 2, header, quint32(byteAt(2)) << 8 | byteAt(3));
        if ((first >> 6) != 1)
            return fail(Problem::BadVersion, 4);
        const qsizetype tokenLength = first & 0x0f;
        if (tokenLength > 8)
            return fail(Problem::BadTokenLength, 4);
        if (4 + tokenLength > size())
            return fail(Problem::Truncated, 4);
        if (tokenLength > 0)
            add(Kind::Token, 4, tokenLength);
        walkOptions(4 + tokenLength, size());
    }

    void walkStream()
    {
        if (size() == 0)
            return fail(Problem::Truncated, 0);
        const quint8 first = byteAt(0);
        const quint32 nibble = first >> 4;
        const qsizetype extendedSize = nibble == 13 ? 1 : nibble == 14 ? 2 : nibble == 15 ? 4 : 0;
        const int header = add(Kind::Header, 0, qMin<qsizetype>(2 + extendedSize, size()));
        add(Kind::Length, 0, 1, header, nibble);
        add(Kind::TokenLength, 0, 1, header, first & 0x0f);
        if (size() < 2 + extendedSize)
            return fail(Problem::Truncated, 1);
        quint64 bodyLength = nibble;
        if (extendedSize > 0) {
            quint64 value = 0;
            for (qsizetype i = 1; i <= extendedSize; ++i)
                value = value << 8 | byteAt(i);
            bodyLength = value + (nibble == 13 ? 13 : nibble == 14 ? 269 : 65805);
            add(Kind::ExtendedLength, 1, extendedSize, header, quint32(bodyLength));
        }
        add(Kind::Code, 1 + extendedSize, 1, header, byteAt(1 + extendedSize));
        const qsizetype tokenLength = first & 0x0f;
        const qsizetype tokenAt = 2 + extendedSize;
        if (tokenLength > 8)
            return fail(Problem::BadTokenLength, tokenAt);
        if (tokenAt + tokenLength > size())
            return fail(Problem::Truncated, tokenAt);
        if (tokenLength > 0)
            add(Kind::Token, tokenAt, tokenLength);
        const qsizetype bodyAt = tokenAt + tokenLength;
        const quint64 available = quint64(size() - bodyAt);
        walkOptions(bodyAt, bodyAt + qsizetype(qMin(bodyLength, available)));
        if (m_fields.last().kind == Kind::Error)
            return;
        if (bodyLength > available)
            fail(Problem::Truncated, size());
        else if (bodyLength < available)
            fail(Problem::LengthMismatch, bodyAt + qsizetype(bodyLength));
    }

    QList<MessageField> take() { return std::move(m_fields); }

private:
    QByteArrayView m_bytes;
    QList<MessageField> m_fields;
};

} // namespace

QList<MessageField> mapMessageFields(QByteArrayView bytes, Framing framing)
{
    FieldWalker walker(bytes);
    if (framing == Framing::Datagram)
        walker.walkDatagram();
    else
        walker.walkStream();
    return walker.take();
}

} // namespace coapscope
