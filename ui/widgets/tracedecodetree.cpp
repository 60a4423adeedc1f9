// SPDX-License-Identifier: BSD-2-Clause
#include "tracedecodetree.h"

#include "codec/optionnumber.h"
#include "codec/uintvalue.h"
#include "models/messagefieldmap.h"
#include "text/decodeerrortext.h"
#include "text/messagetext.h"
#include "text/payloadtext.h"

#include <QHeaderView>

#include <functional>

namespace coapscope {

namespace {

using Kind = MessageField::Kind;
using Problem = MessageField::Problem;

constexpr int maxPayloadLines = 500; // a tree is no place for a long document

QString hex(QByteArrayView bytes)
{
    return bytes.isEmpty()
               ? QString()
               : QStringLiteral("0x") + QString::fromLatin1(bytes.toByteArray().toHex());
}

} // namespace

TraceDecodeTree::TraceDecodeTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({tr("Field"), tr("Value"), tr("Bytes")});
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(1, QHeaderView::Stretch);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item)
            emit byteRangeSelected(item->data(0, OffsetRole).toLongLong(),
                                   item->data(0, LengthRole).toLongLong());
        else
            emit byteRangeSelected(0, 0);
    });
}

QTreeWidgetItem *TraceDecodeTree::addField(QTreeWidgetItem *parent, const QString &name,
                                           const QString &value, qsizetype offset, qsizetype length)
{
    auto *item = new QTreeWidgetItem(parent, {name, value});
    item->setData(0, OffsetRole, qint64(offset));
    item->setData(0, LengthRole, qint64(length));
    item->setText(2, length == 0   ? QString()
                     : length == 1 ? QString::number(offset)
                                   : QStringLiteral("%1–%2").arg(offset).arg(offset + length - 1));
    return item;
}

QTreeWidgetItem *TraceDecodeTree::startDatagram(const TraceRecord &record)
{
    clear();
    auto *top = addField(
        nullptr,
        tr("%1 %2 %3")
            .arg(QString(protocolName(record.protocol)),
                 record.direction == TraceDirection::Sent ? tr("sent to") : tr("received from"),
                 record.remote.toString()),
        tr("session %1, %n byte(s)", nullptr, int(record.bytes.size())).arg(record.sessionId), 0,
        record.bytes.size());
    addTopLevelItem(top);
    return top;
}

void TraceDecodeTree::setRecord(const TraceRecord &record)
{
    const QByteArray &bytes = record.bytes;
    const Framing framing = isReliable(record.protocol) ? Framing::Stream : Framing::Datagram;
    const QList<MessageField> fields = mapMessageFields(bytes, framing);
    QTreeWidgetItem *top = startDatagram(record);

    // An option's value is its last child field.
    const auto valueOf = [&](qsizetype option) {
        qsizetype at = option + 1;
        while (at + 1 < fields.size() && fields.at(at + 1).parent == option)
            ++at;
        return QByteArrayView(bytes).sliced(fields.at(at).offset, fields.at(at).length);
    };
    MessageCode code;
    std::optional<quint16> contentFormat;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (fields.at(i).kind == Kind::Code)
            code = MessageCode(quint8(fields.at(i).value));
        if (fields.at(i).kind == Kind::Option &&
            fields.at(i).value == OptionNumber::ContentFormat && !code.isSignaling())
            contentFormat = quint16(decodeUint(valueOf(i)).value_or(0));
    }

    QList<QTreeWidgetItem *> items;
    bool damaged = false;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const MessageField &field = fields.at(i);
        QTreeWidgetItem *parent = field.parent >= 0 ? items.at(field.parent) : top;
        const QByteArrayView part = QByteArrayView(bytes).sliced(field.offset, field.length);
        const quint8 first = field.length > 0 ? quint8(part.at(0)) : 0;
        QString name;
        QString value;
        switch (field.kind) {
        case Kind::Header:
            name = tr("Header");
            break;
        case Kind::Version:
            name = tr("Version");
            value = QString::number(field.value);
            break;
        case Kind::Type:
            name = tr("Type");
            value = QStringLiteral("%1 (%2)")
                        .arg(messageTypeAbbreviation(MessageType(field.value)))
                        .arg(field.value);
            break;
        case Kind::TokenLength:
            name = tr("Token length");
            value = QString::number(field.value);
            break;
        case Kind::Length:
            name = tr("Length");
            value = field.value >= 13 ? tr("%1 (extended length follows)").arg(field.value)
                                      : QString::number(field.value);
            break;
        case Kind::ExtendedLength:
            name = tr("Extended length");
            value = tr("options and payload: %n byte(s)", nullptr, int(field.value));
            break;
        case Kind::Code:
            name = tr("Code");
            value = text::codeText(code);
            break;
        case Kind::MessageId:
            name = tr("Message ID");
            value = QStringLiteral("%1 (0x%2)")
                        .arg(field.value)
                        .arg(field.value, 4, 16, QLatin1Char('0'));
            break;
        case Kind::Token:
            name = tr("Token");
            value = hex(part);
            break;
        case Kind::Option: {
            const quint16 number = quint16(field.value);
            name = QStringLiteral("%1 (%2)").arg(text::optionName(number, code)).arg(number);
            value = text::optionValueText(number, code, valueOf(i));
            break;
        }
        case Kind::OptionDelta:
            name = tr("Delta, length");
            value = tr("delta %1, length %2").arg(first >> 4).arg(first & 0x0f);
            break;
        case Kind::ExtendedDelta:
            name = tr("Extended delta");
            value = QString::number(field.value);
            break;
        case Kind::ExtendedOptionLength:
            name = tr("Extended length");
            value = QString::number(field.value);
            break;
        case Kind::OptionValue:
            name = tr("Value");
            value = part.isEmpty() ? tr("(empty)") : hex(part);
            break;
        case Kind::PayloadMarker:
            name = tr("Payload marker");
            value = QStringLiteral("0xff");
            break;
        case Kind::Payload: {
            name = tr("Payload");
            const text::RenderedPayload rendered = text::renderPayload(part, contentFormat);
            value = tr("%n byte(s), %1", nullptr, int(part.size()))
                        .arg(text::contentFormatText(contentFormat));
            if (!rendered.problem.isEmpty())
                value += QStringLiteral(" — ") + rendered.problem;
            auto *payload = addField(parent, name, value, field.offset, field.length);
            items.append(payload);
            const QStringList lines = rendered.text.split(QLatin1Char('\n'));
            for (int line = 0; line < lines.size() && line < maxPayloadLines; ++line) {
                if (line == lines.size() - 1 && lines.at(line).isEmpty())
                    break;
                addField(payload, QString(), lines.at(line), field.offset, field.length)
                    ->setFirstColumnSpanned(true);
            }
            if (lines.size() > maxPayloadLines)
                addField(payload, QString(),
                         tr("… %n more line(s)", nullptr, int(lines.size() - maxPayloadLines)),
                         field.offset, field.length);
            payload->setExpanded(true);
            continue;
        }
        case Kind::Error: {
            damaged = true;
            name = tr("Malformed");
            switch (field.problem) {
            case Problem::Truncated:
                value = tr("the bytes end inside a field");
                break;
            case Problem::BadVersion:
                value = tr("version is not 1");
                break;
            case Problem::BadTokenLength:
                value = tr("token length over 8 (reserved)");
                break;
            case Problem::ReservedNibble:
                value = tr("option delta or length 15 (reserved) without a payload marker");
                break;
            case Problem::EmptyPayload:
                value = tr("payload marker with no payload after it");
                break;
            case Problem::LengthMismatch:
                value = tr("bytes beyond the frame's length");
                break;
            case Problem::None:
                break;
            }
            if (field.length > 0)
                value += tr("; %n byte(s) not decoded", nullptr, int(field.length));
            break;
        }
        }
        items.append(addField(parent, name, value, field.offset, field.length));
        if (field.kind == Kind::Header)
            items.last()->setExpanded(true);
    }
    if (!damaged && record.decodeError) {
        // The layout is sound but the decoder still refused it (an option out of order ...).
        addField(top, tr("Malformed"), text::describeDecodeError(*record.decodeError), 0,
                 bytes.size());
    }
    top->setExpanded(true);
}

QString TraceDecodeTree::toText() const
{
    QString text;
    const std::function<void(const QTreeWidgetItem *, int)> walk = [&](const QTreeWidgetItem *item,
                                                                       int depth) {
        QString line = QString(depth * 2, QLatin1Char(' ')) + item->text(0);
        if (!item->text(1).isEmpty())
            line += (item->text(0).isEmpty() ? QString() : QStringLiteral(": ")) + item->text(1);
        text += line + QLatin1Char('\n');
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i), depth + 1);
    };
    for (int i = 0; i < topLevelItemCount(); ++i)
        walk(topLevelItem(i), 0);
    return text;
}

} // namespace coapscope
