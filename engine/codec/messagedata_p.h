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
    MessageData() = default;
    explicit MessageData(const QByteArray &bytes)
        : store(bytes)
    {}

    // Every decoded datagram makes one of these; a small per-thread free list takes malloc
    // out of the receive path (see messagedatapool.cpp).
    static void *operator new(size_t size);
    static void operator delete(void *pointer, size_t size);

    MessageType type = MessageType::Confirmable;
    MessageCode code;
    quint16 messageId = 0;
    // Backing bytes for the token, option values and payload: for a decoded message, the bytes
    // it was decoded from; for a built one, the values appended as they were set.
    QByteArray store;
    ByteSpan token;
    ByteSpan payload;
    QVarLengthArray<OptionEntry, 12> options;
    // Bytes of store that setters replaced or removed; compaction reclaims them.
    quint32 deadBytes = 0;

    QByteArrayView view(ByteSpan span) const
    {
        return QByteArrayView(store.constData() + span.offset, span.length);
    }
    ByteSpan append(QByteArrayView bytes);
    // Records that span's bytes are no longer referenced, and compacts the store once such
    // bytes outweigh the rest.
    void discard(ByteSpan span);
};

// Lets the codec build a Message around a prepared MessageData without a public constructor.
class MessageAccess
{
public:
    static Message wrap(MessageData *data) { return Message(data); }
    static const MessageData &data(const Message &message) { return *message.d; }
};

} // namespace coapscope
