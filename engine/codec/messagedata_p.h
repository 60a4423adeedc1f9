// SPDX-License-Identifier: BSD-2-Clause
#pragma once

// Internal to the codec: the shared state behind Message, visible to the encoders and decoders.

#include "message.h"

#include <QByteArray>
#include <QSharedData>
#include <QVarLengthArray>

namespace coapscope {

struct ByteSpan
{
    quint32 offset = 0;
    quint32 length = 0;
};

struct OptionEntry
{
    quint16 number;
    ByteSpan value;
};

class MessageData : public QSharedData
{
public:
    MessageType type = MessageType::Confirmable;
    MessageCode code;
    quint16 messageId = 0;
    // Backing bytes for the token, option values and payload: for a decoded message, the bytes
    // it was decoded from; for a built one, the values appended as they were set.
    QByteArray store;
    ByteSpan token;
    ByteSpan payload;
    QVarLengthArray<OptionEntry, 12> options;

    QByteArrayView view(ByteSpan span) const
    {
        return QByteArrayView(store.constData() + span.offset, span.length);
    }
    ByteSpan append(QByteArrayView bytes);
    // Drops bytes no longer referenced once they outweigh the live ones.
    void compactIfWasteful();
};

// Lets the codec build a Message around a prepared MessageData without a public constructor.
class MessageAccess
{
public:
    static Message wrap(MessageData *data) { return Message(data); }
    static const MessageData &data(const Message &message) { return *message.d; }
};

} // namespace coapscope
