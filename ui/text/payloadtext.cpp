// SPDX-License-Identifier: BSD-2-Clause
#include "payloadtext.h"

#include "codec/utf8text.h"
#include "messagetext.h"

#include <QCborStreamReader>
#include <QCborValue>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace coapscope::text {

namespace {

struct PayloadText
{
    Q_DECLARE_TR_FUNCTIONS(PayloadText)
};

QString linkFormatProblem(const LinkFormatError &error)
{
    QString reason;
    switch (error.kind) {
    case LinkFormatError::Kind::ExpectedTarget:
        reason = PayloadText::tr("a link must start with \"<\"");
        break;
    case LinkFormatError::Kind::UnterminatedTarget:
        reason = PayloadText::tr("no \">\" closes the link target");
        break;
    case LinkFormatError::Kind::UnterminatedQuote:
        reason = PayloadText::tr("a quoted value runs to the end");
        break;
    case LinkFormatError::Kind::ExpectedSeparator:
        reason = PayloadText::tr("expected \";\" or \",\"");
        break;
    case LinkFormatError::Kind::EmptyParameterName:
        reason = PayloadText::tr("a parameter has no name");
        break;
    }
    return PayloadText::tr("Not valid link format: byte %1: %2").arg(error.offset).arg(reason);
}

// Falls back to what any payload can be shown as.
RenderedPayload plain(QByteArrayView payload, const QString &problem)
{
    RenderedPayload rendered;
    rendered.problem = problem;
    if (auto text = decodeUtf8Strict(payload); text && isPrintableUtf8(payload)) {
        rendered.kind = PayloadKind::Text;
        rendered.text = *text;
    } else {
        rendered.kind = PayloadKind::Binary;
        rendered.text = hexDump(payload);
    }
    return rendered;
}

} // namespace

PayloadKind payloadKindFor(std::optional<quint16> contentFormat, QByteArrayView payload)
{
    if (contentFormat) {
        if (const auto *descriptor = ContentFormat::find(*contentFormat))
            return descriptor->kind;
    }
    return isPrintableUtf8(payload) ? PayloadKind::Text : PayloadKind::Binary;
}

std::optional<QString> prettyJson(QByteArrayView payload, QString *problem)
{
    // QJsonDocument takes only an object or array at the top; RFC 8259 allows any value, so
    // parse the payload as the single element of an array.
    QJsonParseError error{};
    const QJsonDocument document =
        QJsonDocument::fromJson('[' + payload.toByteArray() + ']', &error);
    if (error.error != QJsonParseError::NoError) {
        if (problem) {
            const qsizetype offset =
                std::clamp<qsizetype>(qsizetype(error.offset) - 1, 0, payload.size());
            *problem = PayloadText::tr("Not valid JSON: near byte %1: %2")
                           .arg(offset)
                           .arg(error.errorString());
        }
        return std::nullopt;
    }
    const QJsonArray array = document.array();
    if (array.size() != 1) {
        if (problem) {
            *problem = array.isEmpty()
                           ? PayloadText::tr("Not valid JSON: the payload holds no value")
                           : PayloadText::tr("Not valid JSON: more than one value (separate "
                                             "values belong in an array)");
        }
        return std::nullopt;
    }
    const QJsonValue value = array.first();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    // A lone scalar: its compact form, without the brackets we added.
    const QByteArray compact = document.toJson(QJsonDocument::Compact);
    return QString::fromUtf8(compact.sliced(1, compact.size() - 2)) + u'\n';
}

std::optional<QString> cborDiagnosticText(QByteArrayView payload, bool sequence, QString *problem)
{
    const QByteArray bytes = payload.toByteArray();
    QStringList items;
    qsizetype offset = 0;
    while (offset < bytes.size()) {
        // QCborStreamReader reads one top-level item; a sequence takes a reader per item.
        QCborStreamReader reader(bytes.sliced(offset));
        const QCborValue value = QCborValue::fromCbor(reader);
        if (reader.lastError() != QCborError::NoError || reader.currentOffset() <= 0) {
            if (problem) {
                *problem = PayloadText::tr("Not valid CBOR: the item at byte %1: %2")
                               .arg(offset)
                               .arg(reader.lastError().toString());
            }
            return std::nullopt;
        }
        items << value.toDiagnosticNotation(QCborValue::LineWrapped);
        offset += reader.currentOffset();
        if (!sequence && offset < bytes.size()) {
            if (problem) {
                *problem = PayloadText::tr("Not valid CBOR: %n byte(s) after the item", nullptr,
                                           int(bytes.size() - offset));
            }
            return std::nullopt;
        }
    }
    if (items.isEmpty()) {
        if (problem)
            *problem = PayloadText::tr("Not valid CBOR: the payload is empty");
        return std::nullopt;
    }
    QString text = items.join(QStringLiteral(",\n"));
    // Qt wraps empty containers over two lines; newlines inside strings are always escaped,
    // so these patterns only ever match structure.
    static const QRegularExpression emptyArray(QStringLiteral("\\[\\n\\s*\\]"));
    static const QRegularExpression emptyMap(QStringLiteral("\\{\\n\\s*\\}"));
    text.replace(emptyArray, QStringLiteral("[]"));
    text.replace(emptyMap, QStringLiteral("{}"));
    return text + u'\n';
}

std::optional<QString> indentedXml(QByteArrayView payload, QString *problem)
{
    QXmlStreamReader reader(payload.toByteArray());
    QString out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.hasError())
            break;
        if (reader.isStartDocument()) {
            // Without a declaration in the payload, write none.
            if (!reader.documentVersion().isEmpty())
                writer.writeStartDocument(reader.documentVersion().toString());
            continue;
        }
        // White space between elements gives way to our own indentation.
        if (reader.isWhitespace())
            continue;
        writer.writeCurrentToken(reader);
    }
    if (reader.hasError()) {
        if (problem) {
            *problem = PayloadText::tr("Not well-formed XML: line %1, column %2: %3")
                           .arg(reader.lineNumber())
                           .arg(reader.columnNumber())
                           .arg(reader.errorString());
        }
        return std::nullopt;
    }
    if (!out.endsWith(u'\n'))
        out += u'\n';
    return out.startsWith(u'\n') ? out.sliced(1) : out;
}

RenderedPayload renderPayload(QByteArrayView payload, std::optional<quint16> contentFormat)
{
    const PayloadKind kind = payloadKindFor(contentFormat, payload);
    if (payload.isEmpty())
        return RenderedPayload{PayloadKind::Text, QString(), {}, QString()};
    QString problem;
    switch (kind) {
    case PayloadKind::Text:
        if (!decodeUtf8Strict(payload))
            return plain(payload, PayloadText::tr("Not valid UTF-8 text"));
        return RenderedPayload{kind, *decodeUtf8Strict(payload), {}, QString()};
    case PayloadKind::Json:
        if (auto text = prettyJson(payload, &problem))
            return RenderedPayload{kind, *text, {}, QString()};
        return plain(payload, problem);
    case PayloadKind::Cbor: {
        const bool sequence = contentFormat == quint16(63) || contentFormat == quint16(272);
        if (auto text = cborDiagnosticText(payload, sequence, &problem))
            return RenderedPayload{kind, *text, {}, QString()};
        return plain(payload, problem);
    }
    case PayloadKind::Xml:
        if (auto text = indentedXml(payload, &problem))
            return RenderedPayload{kind, *text, {}, QString()};
        return plain(payload, problem);
    case PayloadKind::LinkFormat: {
        auto links = LinkFormat::parse(payload);
        if (!links)
            return plain(payload, linkFormatProblem(links.error()));
        return RenderedPayload{kind, QString::fromUtf8(payload), links.value(), QString()};
    }
    case PayloadKind::Image:
        return RenderedPayload{kind, QString(), {}, QString()};
    case PayloadKind::Binary:
        break;
    }
    return RenderedPayload{PayloadKind::Binary, hexDump(payload), {}, QString()};
}

QString contentFormatText(std::optional<quint16> contentFormat)
{
    if (!contentFormat)
        return PayloadText::tr("no Content-Format");
    if (const auto *descriptor = ContentFormat::find(*contentFormat))
        return QStringLiteral("%1 (%2)").arg(descriptor->mediaType).arg(*contentFormat);
    return PayloadText::tr("Content-Format %1 (unregistered)").arg(*contentFormat);
}

} // namespace coapscope::text
