// SPDX-License-Identifier: BSD-2-Clause
#include "message.h"

#include "messagedata_p.h"
#include "uintvalue.h"

#include <algorithm>

namespace coapscope {

ByteSpan MessageData::append(QByteArrayView bytes)
{
    // A message being built gets room for its typical token and options in one allocation.
    if (store.isNull())
        store.reserve(qMax<qsizetype>(bytes.size(), 96));
    const ByteSpan span{static_cast<quint32>(store.size()), static_cast<quint32>(bytes.size())};
    store.append(bytes);
    return span;
}

void MessageData::discard(ByteSpan span)
{
    deadBytes += span.length;
    if (deadBytes <= 64 || deadBytes <= quint32(store.size()) / 2)
        return;
    QByteArray compacted;
    compacted.reserve(store.size() - deadBytes);
    const auto move = [&](ByteSpan &live) {
        const ByteSpan moved{static_cast<quint32>(compacted.size()), live.length};
        compacted.append(view(live));
        live = moved;
    };
    move(token);
    for (auto &entry : options)
        move(entry.value);
    move(payload);
    store = std::move(compacted);
    deadBytes = 0;
}

Message::Message()
    : Message(new MessageData)
{}

Message::Message(MessageType type, MessageCode code, quint16 messageId)
    : Message(new MessageData)
{
    d->type = type;
    d->code = code;
    d->messageId = messageId;
}

// Adopts a fresh MessageData with its count already at one: one atomic increment less for each
// decoded datagram.
Message::Message(MessageData *data)
    : d((data->ref.storeRelaxed(1), data), QAdoptSharedDataTag{})
{}
Message::Message(const Message &) = default;
Message::Message(Message &&) noexcept = default;
Message &Message::operator=(const Message &) = default;
Message &Message::operator=(Message &&) noexcept = default;
Message::~Message()
{
    // A sole owner needs no atomic decrement: no other thread can hold a reference to race
    // with. Acquire pairs with the release of any copy dropped earlier on another thread.
    if (d && d.constData()->ref.loadAcquire() == 1)
        delete d.take();
}

MessageType Message::type() const
{
    return d->type;
}
void Message::setType(MessageType type)
{
    d->type = type;
}
MessageCode Message::code() const
{
    return d->code;
}
void Message::setCode(MessageCode code)
{
    d->code = code;
}
quint16 Message::messageId() const
{
    return d->messageId;
}
void Message::setMessageId(quint16 messageId)
{
    d->messageId = messageId;
}

QByteArray Message::token() const
{
    return tokenView().toByteArray();
}
QByteArrayView Message::tokenView() const
{
    return d->view(d->token);
}

bool Message::setToken(QByteArrayView token)
{
    if (token.size() > MaxTokenLength)
        return false;
    const ByteSpan old = d->token;
    d->token = d->append(token);
    d->discard(old);
    return true;
}

qsizetype Message::optionCount() const
{
    return d->options.size();
}
quint16 Message::optionNumberAt(qsizetype index) const
{
    return d->options.at(index).number;
}

QByteArrayView Message::optionValueAt(qsizetype index) const
{
    return d->view(d->options.at(index).value);
}

Option Message::optionAt(qsizetype index) const
{
    return Option(optionNumberAt(index), optionValueAt(index).toByteArray());
}

QList<Option> Message::options() const
{
    QList<Option> result;
    result.reserve(optionCount());
    for (qsizetype i = 0; i < optionCount(); ++i)
        result.append(optionAt(i));
    return result;
}

bool Message::hasOption(quint16 number) const
{
    return std::any_of(d->options.cbegin(), d->options.cend(),
                       [number](const OptionEntry &entry) { return entry.number == number; });
}

std::optional<QByteArray> Message::option(quint16 number) const
{
    for (const auto &entry : d->options) {
        if (entry.number == number)
            return d->view(entry.value).toByteArray();
    }
    return std::nullopt;
}

QList<QByteArray> Message::optionValues(quint16 number) const
{
    QList<QByteArray> values;
    for (const auto &entry : d->options) {
        if (entry.number == number)
            values.append(d->view(entry.value).toByteArray());
    }
    return values;
}

std::optional<quint64> Message::uintOption(quint16 number) const
{
    for (const auto &entry : d->options) {
        if (entry.number == number)
            return decodeUint(d->view(entry.value));
    }
    return std::nullopt;
}

void Message::addOption(quint16 number, QByteArrayView value)
{
    const ByteSpan span = d->append(value);
    const auto position = std::upper_bound(
        d->options.begin(), d->options.end(), number,
        [](quint16 wanted, const OptionEntry &entry) { return wanted < entry.number; });
    d->options.insert(position, OptionEntry{number, span});
}

void Message::addUintOption(quint16 number, quint64 value)
{
    uchar bytes[8];
    const int length = encodeUintInto(value, bytes);
    addOption(number, QByteArrayView(bytes, length));
}

void Message::setOption(quint16 number, QByteArrayView value)
{
    removeOptions(number);
    addOption(number, value);
}

void Message::setUintOption(quint16 number, quint64 value)
{
    removeOptions(number);
    addUintOption(number, value);
}

void Message::removeOptions(quint16 number)
{
    if (!hasOption(number))
        return;
    auto &options = d->options;
    const auto removed =
        std::stable_partition(options.begin(), options.end(), [number](const OptionEntry &entry) {
            return entry.number != number;
        });
    ByteSpan dead;
    for (auto it = removed; it != options.end(); ++it)
        dead.length += it->value.length;
    options.erase(removed, options.end());
    d->discard(dead);
}

QByteArray Message::payload() const
{
    return payloadView().toByteArray();
}
QByteArrayView Message::payloadView() const
{
    return d->view(d->payload);
}

void Message::setPayload(QByteArrayView payload)
{
    const ByteSpan old = d->payload;
    d->payload = d->append(payload);
    d->discard(old);
}

bool operator==(const Message &a, const Message &b)
{
    if (a.d == b.d)
        return true;
    if (a.type() != b.type() || a.code() != b.code() || a.messageId() != b.messageId() ||
        a.tokenView() != b.tokenView() || a.payloadView() != b.payloadView() ||
        a.optionCount() != b.optionCount())
        return false;
    for (qsizetype i = 0; i < a.optionCount(); ++i) {
        if (a.optionNumberAt(i) != b.optionNumberAt(i) || a.optionValueAt(i) != b.optionValueAt(i))
            return false;
    }
    return true;
}

} // namespace coapscope
