// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "messagecode.h"
#include "messagetype.h"
#include "option.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSharedDataPointer>

#include <optional>

namespace coapscope {

class MessageData;

// A CoAP message as a value: header fields, token, options in number order and payload.
// Implicitly shared; a decoded message keeps a reference to the bytes it came from instead of
// copying each option, so decoding does not allocate per option.
//
// The same type serves datagram (RFC 7252) and stream (RFC 8323) framing; on streams the type
// and message ID are not transmitted.
class Message
{
public:
    static constexpr qsizetype MaxTokenLength = 8;

    Message();
    Message(MessageType type, MessageCode code, quint16 messageId = 0);
    Message(const Message &);
    Message(Message &&) noexcept;
    Message &operator=(const Message &);
    Message &operator=(Message &&) noexcept;
    ~Message();

    MessageType type() const;
    void setType(MessageType type);
    MessageCode code() const;
    void setCode(MessageCode code);
    quint16 messageId() const;
    void setMessageId(quint16 messageId);

    QByteArray token() const;
    // Valid until the message is next changed.
    QByteArrayView tokenView() const;
    // Returns false (and changes nothing) for a token longer than MaxTokenLength.
    bool setToken(QByteArrayView token);

    qsizetype optionCount() const;
    quint16 optionNumberAt(qsizetype index) const;
    // Valid until the message is next changed.
    QByteArrayView optionValueAt(qsizetype index) const;
    Option optionAt(qsizetype index) const;
    QList<Option> options() const;

    bool hasOption(quint16 number) const;
    std::optional<QByteArray> option(quint16 number) const; // the first one
    QList<QByteArray> optionValues(quint16 number) const;   // all, in order
    std::optional<quint64> uintOption(quint16 number) const;

    // Adds after any options with the same or lower number, so repeated options keep the order
    // in which they were added.
    void addOption(quint16 number, QByteArrayView value);
    void addOption(const Option &option) { addOption(option.number, option.value); }
    void addUintOption(quint16 number, quint64 value);
    // Replaces every instance of number with one holding value.
    void setOption(quint16 number, QByteArrayView value);
    void setUintOption(quint16 number, quint64 value);
    void removeOptions(quint16 number);

    QByteArray payload() const;
    // Valid until the message is next changed.
    QByteArrayView payloadView() const;
    void setPayload(QByteArrayView payload);

    bool isEmptyMessage() const { return code().isEmpty(); }

    friend bool operator==(const Message &a, const Message &b);
    friend bool operator!=(const Message &a, const Message &b) { return !(a == b); }

private:
    friend class MessageAccess;
    explicit Message(MessageData *data);

    QSharedDataPointer<MessageData> d;
};

} // namespace coapscope
