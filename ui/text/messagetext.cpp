// SPDX-License-Identifier: BSD-2-Clause
#include "messagetext.h"

#include "codec/blockvalue.h"
#include "codec/contentformat.h"
#include "codec/optionnumber.h"
#include "codec/optionregistry.h"
#include "codec/uintvalue.h"
#include "codec/utf8text.h"

#include <QCoreApplication>

namespace coapscope::text {

namespace {

// Gives the free functions below a translation context that lupdate can see.
struct MessageText
{
    Q_DECLARE_TR_FUNCTIONS(MessageText)
};

QString hexBytes(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex(' '));
}

// Quotes text, escaping control characters so that nothing invisible reaches the screen.
QString quotedText(const QString &text)
{
    QString quoted(1, u'"');
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar(0x7f))
            quoted += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else if (c == u'"' || c == u'\\')
            quoted += u'\\' + QString(c);
        else
            quoted += c;
    }
    return quoted + u'"';
}

QString uintText(quint16 number, MessageCode code, quint64 value)
{
    const bool signaling = code.isSignaling();
    if (!signaling && (number == OptionNumber::ContentFormat || number == OptionNumber::Accept)) {
        if (const auto *format = ContentFormat::find(static_cast<quint16>(value)))
            return QStringLiteral("%1 (%2)").arg(value).arg(format->mediaType);
    }
    if (!signaling && (number == OptionNumber::Block1 || number == OptionNumber::Block2)) {
        if (auto block = BlockValue::fromUint(value)) {
            return MessageText::tr("NUM %1, M %2, size %3%4")
                .arg(block->number)
                .arg(block->more ? 1 : 0)
                .arg(block->blockSize())
                .arg(block->isBert() ? MessageText::tr(" (BERT)") : QString());
        }
    }
    return QString::number(value);
}

} // namespace

QString codeText(MessageCode code)
{
    const QLatin1StringView name = code.name();
    if (name.isEmpty())
        return code.toString();
    return QStringLiteral("%1 (%2)").arg(name).arg(code.toString());
}

QString optionName(quint16 number, MessageCode code)
{
    if (const auto *descriptor = OptionRegistry::find(number, code))
        return QString(descriptor->name);
    return MessageText::tr("Option %1").arg(number);
}

QString optionValueText(quint16 number, MessageCode code, QByteArrayView value)
{
    const auto *descriptor = OptionRegistry::find(number, code);
    const OptionFormat format = descriptor ? descriptor->format : OptionFormat::Opaque;
    QString text;
    switch (format) {
    case OptionFormat::Empty:
        text =
            value.isEmpty() ? MessageText::tr("(empty)") : QStringLiteral("0x") + hexBytes(value);
        break;
    case OptionFormat::Uint:
        if (auto number64 = decodeUint(value))
            text = uintText(number, code, *number64);
        else
            text = QStringLiteral("0x") + QString::fromLatin1(value.toByteArray().toHex());
        break;
    case OptionFormat::String:
        if (auto decoded = decodeUtf8Strict(value))
            text = quotedText(*decoded);
        else
            text = MessageText::tr("0x%1 (not UTF-8)")
                       .arg(QString::fromLatin1(value.toByteArray().toHex()));
        break;
    case OptionFormat::Opaque:
        text = value.isEmpty()
                   ? MessageText::tr("(empty)")
                   : QStringLiteral("0x") + QString::fromLatin1(value.toByteArray().toHex());
        break;
    }
    if (descriptor && !descriptor->acceptsLength(value.size())) {
        text += MessageText::tr(" [length %1 outside %2-%3]")
                    .arg(value.size())
                    .arg(descriptor->minLength)
                    .arg(descriptor->maxLength);
    }
    return text;
}

QString hexDump(QByteArrayView bytes)
{
    QString dump;
    for (qsizetype row = 0; row < bytes.size(); row += 16) {
        const QByteArrayView line = bytes.sliced(row, qMin<qsizetype>(16, bytes.size() - row));
        QString ascii;
        for (char c : line)
            ascii += (c >= 0x20 && c < 0x7f) ? QChar::fromLatin1(c) : QChar(u'.');
        dump += QStringLiteral("%1  %2  %3\n")
                    .arg(row, 4, 16, QLatin1Char('0'))
                    .arg(hexBytes(line), -47)
                    .arg(ascii);
    }
    return dump;
}

QString payloadText(QByteArrayView payload)
{
    if (isPrintableUtf8(payload))
        return *decodeUtf8Strict(payload);
    return hexDump(payload);
}

QString summarizeMessage(const Message &message, Framing framing)
{
    QString text;
    if (framing == Framing::Datagram) {
        text += QStringLiteral("%1 %2 MID %3")
                    .arg(messageTypeAbbreviation(message.type()))
                    .arg(codeText(message.code()))
                    .arg(message.messageId());
    } else {
        text += codeText(message.code());
    }
    if (!message.tokenView().isEmpty())
        text += QStringLiteral(" token 0x") + QString::fromLatin1(message.token().toHex());
    const QByteArrayList path = message.optionValues(OptionNumber::UriPath);
    if (!path.isEmpty())
        text += u' ' + QString::fromUtf8('/' + path.join('/'));
    if (!message.payloadView().isEmpty())
        text += MessageText::tr(", %n byte(s)", nullptr, int(message.payloadView().size()));
    return text;
}

QString describeMessage(const Message &message, Framing framing)
{
    QString text;
    if (framing == Framing::Datagram) {
        text += MessageText::tr("%1 %2  message ID %3")
                    .arg(messageTypeAbbreviation(message.type()))
                    .arg(codeText(message.code()))
                    .arg(message.messageId());
    } else {
        text += codeText(message.code());
    }
    if (message.tokenView().isEmpty())
        text += MessageText::tr("  no token");
    else
        text += MessageText::tr("  token 0x%1")
                    .arg(QString::fromLatin1(message.tokenView().toByteArray().toHex()));
    text += u'\n';
    for (qsizetype i = 0; i < message.optionCount(); ++i) {
        const quint16 number = message.optionNumberAt(i);
        text += QStringLiteral("  %1 (%2): %3\n")
                    .arg(optionName(number, message.code()))
                    .arg(number)
                    .arg(optionValueText(number, message.code(), message.optionValueAt(i)));
    }
    const QByteArrayView payload = message.payloadView();
    if (!payload.isEmpty()) {
        text += MessageText::tr("Payload, %n byte(s):", nullptr, int(payload.size())) + u'\n';
        QString body = payloadText(payload);
        if (!body.endsWith(u'\n'))
            body += u'\n';
        text += body;
    }
    return text;
}

} // namespace coapscope::text
