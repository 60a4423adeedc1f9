// SPDX-License-Identifier: BSD-2-Clause
#include "optioninput.h"

#include "codec/contentformat.h"
#include "codec/optionnumber.h"
#include "codec/optionregistry.h"
#include "codec/uintvalue.h"
#include "codec/utf8text.h"
#include "hexinput.h"
#include "messagetext.h"

#include <QCoreApplication>

namespace coapscope::text {

namespace {

struct OptionInput
{
    Q_DECLARE_TR_FUNCTIONS(OptionInput)
};

template <typename T> std::optional<T> failWith(QString *problem, const QString &text)
{
    if (problem)
        *problem = text;
    return std::nullopt;
}

std::optional<QByteArray> hexValue(QStringView text, const QString &name, QString *problem)
{
    if (text.trimmed().isEmpty() || text.trimmed() == u"0x")
        return QByteArray();
    HexInputError error{};
    if (auto bytes = parseHexInput(text, &error))
        return bytes;
    return failWith<QByteArray>(
        problem, OptionInput::tr("%1: not hex bytes: %2").arg(name, describeHexInputError(error)));
}

std::optional<QByteArray> uintValue(const OptionDescriptor &descriptor, QStringView text,
                                    const QString &name, QString *problem)
{
    bool ok = false;
    const qulonglong value = text.trimmed().toULongLong(&ok, 10);
    // The largest number the option's length allows: Max-Age's four bytes hold 4294967295.
    const qulonglong largest =
        descriptor.maxLength >= 8 ? ~0ULL : (1ULL << (8 * descriptor.maxLength)) - 1;
    if (ok && value <= largest)
        return encodeUint(value);
    if (descriptor.number == OptionNumber::ContentFormat ||
        descriptor.number == OptionNumber::Accept) {
        if (auto format = ContentFormat::parse(text))
            return encodeUint(*format);
        return failWith<QByteArray>(
            problem, OptionInput::tr("%1 takes a number, a media type or a short name such as "
                                     "json, not \"%2\"")
                         .arg(name, text.toString()));
    }
    return failWith<QByteArray>(problem,
                                OptionInput::tr("%1 takes a number from 0 to %2, not \"%3\"")
                                    .arg(name)
                                    .arg(largest)
                                    .arg(text.toString()));
}

} // namespace

std::optional<quint16> parseOptionKey(QStringView key, QString *problem)
{
    key = key.trimmed();
    if (key.isEmpty())
        return failWith<quint16>(problem, OptionInput::tr("an option needs a name or number"));
    bool isNumber = false;
    const uint number = key.toUInt(&isNumber);
    if (isNumber) {
        if (number == 0 || number > 0xffff) {
            return failWith<quint16>(
                problem,
                OptionInput::tr("option numbers go from 1 to 65535, not %1").arg(key.toString()));
        }
        return quint16(number);
    }
    if (const auto *descriptor = OptionRegistry::findByName(key))
        return descriptor->number;
    return failWith<quint16>(
        problem, OptionInput::tr("no option is called \"%1\"; give its number to send an "
                                 "unregistered one")
                     .arg(key.toString()));
}

std::optional<QByteArray> parseOptionValue(quint16 number, QStringView value, QString *problem)
{
    const auto *descriptor = OptionRegistry::find(number);
    const QString name = optionName(number, MessageCode::Get);
    std::optional<QByteArray> bytes;
    if (value.trimmed().startsWith(u"0x") || !descriptor) {
        bytes = hexValue(value, name, problem);
    } else {
        switch (descriptor->format) {
        case OptionFormat::Empty:
            if (!value.trimmed().isEmpty()) {
                return failWith<QByteArray>(
                    problem, OptionInput::tr("%1 takes no value; leave it empty").arg(name));
            }
            bytes = QByteArray();
            break;
        case OptionFormat::Uint:
            bytes = value.trimmed().isEmpty() ? QByteArray()
                                              : uintValue(*descriptor, value, name, problem);
            break;
        case OptionFormat::String:
            bytes = value.toUtf8();
            break;
        case OptionFormat::Opaque:
            bytes = hexValue(value, name, problem);
            break;
        }
    }
    if (!bytes)
        return std::nullopt;
    if (descriptor && !descriptor->acceptsLength(bytes->size())) {
        return failWith<QByteArray>(problem,
                                    OptionInput::tr("%1 takes %2 to %3 bytes; this value has %4")
                                        .arg(name)
                                        .arg(descriptor->minLength)
                                        .arg(descriptor->maxLength)
                                        .arg(bytes->size()));
    }
    return bytes;
}

QString optionValueHint(quint16 number)
{
    const auto *descriptor = OptionRegistry::find(number);
    if (!descriptor)
        return OptionInput::tr("hex bytes");
    switch (descriptor->format) {
    case OptionFormat::Empty:
        return OptionInput::tr("nothing");
    case OptionFormat::Uint:
        if (number == OptionNumber::ContentFormat || number == OptionNumber::Accept)
            return OptionInput::tr("a number or media type");
        return OptionInput::tr("a number, or 0x and hex bytes");
    case OptionFormat::String:
        return OptionInput::tr("text, or 0x and hex bytes");
    case OptionFormat::Opaque:
        return OptionInput::tr("hex bytes");
    }
    return {};
}

QString optionValueInput(quint16 number, const QByteArray &value)
{
    const auto *descriptor = OptionRegistry::find(number);
    const QString hex = QStringLiteral("0x") + QString::fromLatin1(value.toHex());
    if (!descriptor)
        return value.isEmpty() ? QString() : hex;
    switch (descriptor->format) {
    case OptionFormat::Empty:
        return value.isEmpty() ? QString() : hex;
    case OptionFormat::Uint:
        // Leading zero bytes only survive as raw bytes.
        if (value.isEmpty() || value.front() != 0) {
            if (auto decoded = decodeUint(value))
                return QString::number(*decoded);
        }
        return hex;
    case OptionFormat::String:
        if (auto text = decodeUtf8Strict(value); text && !text->startsWith(u"0x"))
            return *text;
        return hex;
    case OptionFormat::Opaque:
        return value.isEmpty() ? QString() : hex;
    }
    return hex;
}

} // namespace coapscope::text
