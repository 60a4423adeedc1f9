// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/messagejson.h"

#include <QByteArrayView>
#include <QList>

namespace coapscope {

// One field of an encoded CoAP message and where its bytes are, for a decode tree that
// highlights what it shows. Header bit fields share their byte (offset and length 1).
struct MessageField
{
    enum class Kind : quint8
    {
        Header,         // the fixed header, parent of the five below (datagrams)
        Version,        // 2 bits
        Type,           // 2 bits
        TokenLength,    // 4 bits
        Length,         // RFC 8323 length nibble (streams)
        ExtendedLength, // RFC 8323 extended length, 1, 2 or 4 bytes (streams)
        Code,
        MessageId,
        Token,
        Option,      // delta/length byte, extended delta and length, value; parent of the 4 below
        OptionDelta, // the nibbles byte
        ExtendedDelta,
        ExtendedOptionLength,
        OptionValue,
        PayloadMarker,
        Payload,
        Error, // from here on the bytes make no sense; what says why
    };
    enum class Problem : quint8
    {
        None,
        Truncated,      // the bytes end inside a field
        BadVersion,     // not version 1
        BadTokenLength, // 9-15
        ReservedNibble, // 15 as option delta or length
        EmptyPayload,   // a payload marker with nothing after it
        LengthMismatch, // a stream frame whose length does not match its bytes
    };

    Kind kind = Kind::Header;
    qsizetype offset = 0;
    qsizetype length = 0;
    int parent = -1;   // index of the enclosing field, -1 at the top
    quint32 value = 0; // the field's number: type, code, MID, option number, lengths
    Problem problem = Problem::None;
};

// Walks the encoded bytes field by field, RFC 7252 §3 for datagrams and RFC 8323 §3.2 for
// streams, without the codec: a damaged message yields the fields up to the damage and one
// Error field covering the rest. Fields come in byte order, each parent before its children.
QList<MessageField> mapMessageFields(QByteArrayView bytes, Framing framing);

} // namespace coapscope
