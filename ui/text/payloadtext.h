// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/contentformat.h"
#include "codec/linkformat.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace coapscope::text {

// A payload made readable: how it is shown, the text to show, and, when it is not what its
// Content-Format claims, why. The widgets only lay this out (and decode images, which needs
// Qt Gui).
struct RenderedPayload
{
    // What the payload is shown as: the Content-Format's kind, or Text or Binary when the
    // payload does not parse as that kind (problem then says why).
    PayloadKind kind = PayloadKind::Binary;
    // UTF-8 text, JSON pretty-printed, CBOR as diagnostic notation, XML indented, link format
    // as written; a hex dump for Binary; empty for Image.
    QString text;
    QList<Link> links; // LinkFormat only
    // "Not valid JSON: ..." when the payload does not parse as its Content-Format; empty
    // otherwise.
    QString problem;
};

// The payload kind for a Content-Format option value, or nullopt when there is none. An
// unregistered format, or none at all, is Text for printable UTF-8 and Binary otherwise.
PayloadKind payloadKindFor(std::optional<quint16> contentFormat, QByteArrayView payload);

RenderedPayload renderPayload(QByteArrayView payload, std::optional<quint16> contentFormat);

// The pieces, for callers that already know what they have. Each returns nullopt with
// *problem set when the bytes are not what was expected.
std::optional<QString> prettyJson(QByteArrayView payload, QString *problem = nullptr);
// One item, or several for a CBOR sequence (RFC 8742), separated by ",\n".
std::optional<QString> cborDiagnosticText(QByteArrayView payload, bool sequence,
                                          QString *problem = nullptr);
std::optional<QString> indentedXml(QByteArrayView payload, QString *problem = nullptr);

// "application/json (50)", "Content-Format 65000 (unregistered)", "no Content-Format".
QString contentFormatText(std::optional<quint16> contentFormat);

} // namespace coapscope::text
