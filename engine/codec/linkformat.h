// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "common/expected.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QLatin1StringView>
#include <QList>

#include <optional>

namespace coapscope {

// One link of an RFC 6690 document: the target URI and its parameters, in order.
struct Link
{
    struct Parameter
    {
        QByteArray name;
        std::optional<QByteArray> value; // nullopt for a bare flag such as "obs"
        friend bool operator==(const Parameter &, const Parameter &) = default;
    };

    QByteArray target;
    QList<Parameter> parameters;

    bool has(const QByteArray &name) const;
    // Every value of name; values of rt, if and rel are split at spaces (RFC 6690 §3).
    QByteArrayList values(const QByteArray &name) const;
    // The first value of name, if any.
    std::optional<QByteArray> value(const QByteArray &name) const;

    friend bool operator==(const Link &, const Link &) = default;
};

struct LinkFormatError
{
    enum class Kind : quint8
    {
        ExpectedTarget,     // a link must start with "<"
        UnterminatedTarget, // no ">" closes the target
        UnterminatedQuote,  // a quoted value runs to the end
        ExpectedSeparator,  // something other than ";" or "," after a link or parameter
        EmptyParameterName,
    };
    Kind kind;
    qsizetype offset;

    static QLatin1StringView kindId(Kind kind);
};

namespace LinkFormat {

Expected<QList<Link>, LinkFormatError> parse(QByteArrayView text);
// Values are quoted unless they are plain numbers, so every token survives a round trip.
QByteArray write(const QList<Link> &links);

// RFC 6690 §4.1 query filtering: "href=/path*", "rt=temperature", "ct=40", a trailing "*"
// matching a prefix. A malformed or empty query matches everything.
bool matches(const Link &link, QByteArrayView query);

} // namespace LinkFormat

} // namespace coapscope
