// SPDX-License-Identifier: BSD-2-Clause
#include "message.h"

#include "messagedata_p.h"
#include "uintvalue.h"

#include <algorithm>

namespace coapscope {

ByteSpan MessageData::append(QByteArrayView bytes)
{
    const ByteSpan span{static_cast<quint32>(store.size()), static_cast<quint32>(bytes.size())};
    store.append(bytes);
    return span;
}

void MessageData::compactIfWasteful()
{
    qsizetype live = token.length + payload.length;
    for (const auto &entry : options)
        live += entry.value.length;
    if (store.size() <= 2 * live + 64)
        return;
    QByteArray compacted;
    compacted.reserve(live);
    const auto move = [&](ByteSpan &span) {
        const ByteSpan moved{static_cast<quint32>(compacted.size()), span.length};
        compacted.append(view(span));
        span = moved;
    };
    move(token);
    for (auto &entry : options)
        move(entry.value);
    move(payload);
    store = std::move(compacted);
}

Message::Message() : d(new MessageData) {}

Message::Message(MessageType type, MessageCode code, quint16 messageId) : d(new MessageData)
{
    d->type = type;
    d->code = code;
    d->messageId = messageId;
}

Message::Message(MessageData *data) : d(data) {}
Message::Message(const Message &) = default;
Message::Message(Message &&) noexcept = default;
Message &Message::operator=(const Message &) = default;
Message &Message::operator=(Message &&) noexcept = default;
Message::~Message() = default;

MessageType Message::type() const { return d->type; }
void Message::setType(MessageType type) { d->type = type; }
MessageCode Message::code() const { return d->code; }
void Message::setCode(MessageCode code) { d->code = code; }
quint16 Message::messageId() const { return d->messageId; }
void Message::setMessageId(quint16 messageId) { d->messageId = messageId; }

QByteArray Message::token() const { return tokenView().toByteArray(); }
QByteArrayView Message::tokenView() const { return d->view(d->token); }

bool Message::setToken(QByteArrayView token)
{
    if (token.size() > MaxTokenLength)
        return false;
    d->token = d->append(token);
    d->compactIfWasteful();
    return true;
}

qsizetype Message::optionCount() const { return d->options.size(); }
quint16 Message::optionNumberAt(qsizetype index) const { return d->options.at(index).number; }

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
    const auto position =
        std::upper_bound(d->options.begin(), d->options.end(), number,
                         [](quint16 wanted, const OptionEntry &entry) {
                             return wanted < entry.number;
                         });
    d->options.insert(position, OptionEntry{number, span});
    d->compactIfWasteful();
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
    options.erase(std::remove_if(options.begin(), options.end(),
                                 [number](const OptionEntry &entry) {
                                     return entry.number == number;
                                 }),
                  options.end());
}

QByteArray Message::payload() const { return payloadView().toByteArray(); }
QByteArrayView Message::payloadView() const { return d->view(d->payload); }

void Message::setPayload(QByteArrayView payload)
{
    d->payload = d->append(payload);
    d->compactIfWasteful();
}

bool operator==(const Message &a, const Message &b)
{
    if (a.d == b.d)
        return true;
    if (a.type() != b.type() || a.code() != b.code() || a.messageId() != b.messageId()
        || a.tokenView() != b.tokenView() || a.payloadView() != b.payloadView()
        || a.optionCount() != b.optionCount())
        return false;
    for (qsizetype i = 0; i < a.optionCount(); ++i) {
        if (a.optionNumberAt(i) != b.optionNumberAt(i)
            || a.optionValueAt(i) != b.optionValueAt(i))
            return false;
    }
    return true;
}

} // namespace coapscope
