// SPDX-License-Identifier: BSD-2-Clause
#include "messagejson.h"

#include "blockvalue.h"
#include "contentformat.h"
#include "optionnumber.h"
#include "optionregistry.h"
#include "uintvalue.h"
#include "utf8text.h"

#include <QJsonArray>

namespace coapscope {

namespace {

QString hex(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex());
}

QJsonValue readableValue(const OptionDescriptor *descriptor, QByteArrayView value)
{
    const OptionFormat format = descriptor ? descriptor->format : OptionFormat::Opaque;
    switch (format) {
    case OptionFormat::Empty:
        return value.isEmpty() ? QJsonValue() : QJsonValue(hex(value));
    case OptionFormat::Uint:
        if (auto number = decodeUint(value))
            return QJsonValue(static_cast<qint64>(*number));
        return hex(value);
    case OptionFormat::String:
        if (auto text = decodeUtf8Strict(value))
            return *text;
        return hex(value);
    case OptionFormat::Opaque:
        return hex(value);
    }
    return hex(value);
}

QJsonObject optionToJson(const Message &message, qsizetype index)
{
    const quint16 number = message.optionNumberAt(index);
    const QByteArrayView value = message.optionValueAt(index);
    const OptionDescriptor *descriptor = OptionRegistry::find(number, message.code());

    QJsonObject json;
    json.insert(QLatin1StringView("number"), number);
    json.insert(QLatin1StringView("name"),
                descriptor ? QJsonValue(QString(descriptor->name)) : QJsonValue());
    json.insert(QLatin1StringView("format"),
                QString(optionFormatName(descriptor ? descriptor->format : OptionFormat::Opaque)));
    json.insert(QLatin1StringView("value"), readableValue(descriptor, value));
    json.insert(QLatin1StringView("hex"), hex(value));
    json.insert(QLatin1StringView("critical"), OptionRegistry::isCritical(number));
    if (descriptor)
        json.insert(QLatin1StringView("lengthOk"), descriptor->acceptsLength(value.size()));

    const bool isSignaling = message.code().isSignaling();
    if (!isSignaling && (number == OptionNumber::ContentFormat || number == OptionNumber::Accept)) {
        const auto id = decodeUint(value);
        const ContentFormatDescriptor *format = id ? ContentFormat::find(quint16(*id)) : nullptr;
        if (format)
            json.insert(QLatin1StringView("contentFormat"), QString(format->mediaType));
    }
    if (!isSignaling && (number == OptionNumber::Block1 || number == OptionNumber::Block2)) {
        if (auto block = BlockValue::fromOptionValue(value)) {
            json.insert(QLatin1StringView("block"),
                        QJsonObject{{QLatin1StringView("num"), qint64(block->number)},
                                    {QLatin1StringView("more"), block->more},
                                    {QLatin1StringView("szx"), block->szx},
                                    {QLatin1StringView("size"), block->blockSize()}});
        }
    }
    return json;
}

} // namespace

QJsonObject messageToJson(const Message &message, Framing framing)
{
    QJsonObject json;
    const bool datagram = framing == Framing::Datagram;
    json.insert(QLatin1StringView("framing"),
                datagram ? QLatin1StringView("udp") : QLatin1StringView("tcp"));
    if (datagram) {
        json.insert(QLatin1StringView("type"), QString(messageTypeAbbreviation(message.type())));
        json.insert(QLatin1StringView("messageId"), message.messageId());
    }
    json.insert(QLatin1StringView("code"), message.code().toString());
    const QLatin1StringView name = message.code().name();
    json.insert(QLatin1StringView("codeName"), name.isEmpty() ? QJsonValue() : QString(name));
    json.insert(QLatin1StringView("token"), hex(message.tokenView()));

    QJsonArray options;
    for (qsizetype i = 0; i < message.optionCount(); ++i)
        options.append(optionToJson(message, i));
    json.insert(QLatin1StringView("options"), options);

    const QByteArrayView payload = message.payloadView();
    QJsonObject payloadJson{
        {QLatin1StringView("size"), payload.size()},
        {QLatin1StringView("hex"), hex(payload)},
        {QLatin1StringView("base64"), QString::fromLatin1(payload.toByteArray().toBase64())}};
    if (isPrintableUtf8(payload))
        payloadJson.insert(QLatin1StringView("text"), *decodeUtf8Strict(payload));
    json.insert(QLatin1StringView("payload"), payloadJson);
    return json;
}

} // namespace coapscope
