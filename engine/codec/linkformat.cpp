// SPDX-License-Identifier: BSD-2-Clause
#include "linkformat.h"

namespace coapscope {

namespace {

bool splitsAtSpaces(const QByteArray &name)
{
    return name == "rt" || name == "if" || name == "rel";
}

bool isPlainNumber(const QByteArray &value)
{
    if (value.isEmpty())
        return false;
    for (char c : value) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

class Parser
{
public:
    explicit Parser(QByteArrayView text)
        : m_text(text)
    {}

    Expected<QList<Link>, LinkFormatError> parse()
    {
        QList<Link> links;
        skipSpace();
        if (atEnd())
            return links;
        while (true) {
            auto link = parseLink();
            if (!link)
                return unexpected(link.error());
            links.append(std::move(link.value()));
            skipSpace();
            if (atEnd())
                return links;
            if (peek() != ',')
                return fail(LinkFormatError::Kind::ExpectedSeparator);
            ++m_pos;
            skipSpace();
        }
    }

private:
    Expected<Link, LinkFormatError> parseLink()
    {
        if (atEnd() || peek() != '<')
            return fail(LinkFormatError::Kind::ExpectedTarget);
        const qsizetype close = m_text.indexOf('>', m_pos);
        if (close < 0)
            return fail(LinkFormatError::Kind::UnterminatedTarget);
        Link link;
        link.target = m_text.sliced(m_pos + 1, close - m_pos - 1).toByteArray();
        m_pos = close + 1;
        while (true) {
            skipSpace();
            if (atEnd() || peek() == ',')
                return link;
            if (peek() != ';')
                return fail(LinkFormatError::Kind::ExpectedSeparator);
            ++m_pos;
            skipSpace();
            auto parameter = parseParameter();
            if (!parameter)
                return unexpected(parameter.error());
            link.parameters.append(std::move(parameter.value()));
        }
    }

    Expected<Link::Parameter, LinkFormatError> parseParameter()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && peek() != '=' && peek() != ';' && peek() != ',' && !isSpace(peek()))
            ++m_pos;
        if (m_pos == start)
            return fail(LinkFormatError::Kind::EmptyParameterName);
        Link::Parameter parameter;
        parameter.name = m_text.sliced(start, m_pos - start).toByteArray();
        skipSpace();
        if (atEnd() || peek() != '=')
            return parameter;
        ++m_pos;
        skipSpace();
        if (!atEnd() && peek() == '"') {
            auto quoted = parseQuoted();
            if (!quoted)
                return unexpected(quoted.error());
            parameter.value = std::move(quoted.value());
            return parameter;
        }
        const qsizetype valueStart = m_pos;
        while (!atEnd() && peek() != ';' && peek() != ',' && !isSpace(peek()))
            ++m_pos;
        parameter.value = m_text.sliced(valueStart, m_pos - valueStart).toByteArray();
        return parameter;
    }

    Expected<QByteArray, LinkFormatError> parseQuoted()
    {
        const qsizetype open = m_pos++;
        QByteArray value;
        while (!atEnd()) {
            const char c = m_text[m_pos++];
            if (c == '"')
                return value;
            if (c == '\\' && !atEnd())
                value.append(m_text[m_pos++]);
            else
                value.append(c);
        }
        m_pos = open;
        return fail(LinkFormatError::Kind::UnterminatedQuote);
    }

    Unexpected<LinkFormatError> fail(LinkFormatError::Kind kind) const
    {
        return unexpected(LinkFormatError{kind, m_pos});
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text[m_pos]; }
    void skipSpace()
    {
        while (!atEnd() && isSpace(peek()))
            ++m_pos;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

bool matchesValue(QByteArrayView candidate, QByteArrayView wanted)
{
    if (wanted.endsWith('*'))
        return candidate.startsWith(wanted.chopped(1));
    return candidate == wanted;
}

} // namespace

bool Link::has(const QByteArray &name) const
{
    for (const auto &parameter : parameters) {
        if (parameter.name == name)
            return true;
    }
    return false;
}

QByteArrayList Link::values(const QByteArray &name) const
{
    QByteArrayList result;
    for (const auto &parameter : parameters) {
        if (parameter.name != name || !parameter.value)
            continue;
        if (splitsAtSpaces(name)) {
            for (const QByteArray &part : parameter.value->split(' ')) {
                if (!part.isEmpty())
                    result.append(part);
            }
        } else {
            result.append(*parameter.value);
        }
    }
    return result;
}

std::optional<QByteArray> Link::value(const QByteArray &name) const
{
    for (const auto &parameter : parameters) {
        if (parameter.name == name)
            return parameter.value;
    }
    return std::nullopt;
}

QLatin1StringView LinkFormatError::kindId(Kind kind)
{
    switch (kind) {
    case Kind::ExpectedTarget:
        return QLatin1StringView("expected-target");
    case Kind::UnterminatedTarget:
        return QLatin1StringView("unterminated-target");
    case Kind::UnterminatedQuote:
        return QLatin1StringView("unterminated-quote");
    case Kind::ExpectedSeparator:
        return QLatin1StringView("expected-separator");
    case Kind::EmptyParameterName:
        return QLatin1StringView("empty-parameter-name");
    }
    return QLatin1StringView("unknown");
}

namespace LinkFormat {

Expected<QList<Link>, LinkFormatError> parse(QByteArrayView text)
{
    return Parser(text).parse();
}

QByteArray write(const QList<Link> &links)
{
    QByteArray text;
    for (qsizetype i = 0; i < links.size(); ++i) {
        if (i > 0)
            text += ',';
        text += '<' + links[i].target + '>';
        for (const auto &parameter : links[i].parameters) {
            text += ';' + parameter.name;
            if (!parameter.value)
                continue;
            if (isPlainNumber(*parameter.value)) {
                text += '=' + *parameter.value;
                continue;
            }
            QByteArray escaped = *parameter.value;
            escaped.replace('\\', "\\\\").replace('"', "\\\"");
            text += "=\"" + escaped + '"';
        }
    }
    return text;
}

bool matches(const Link &link, QByteArrayView query)
{
    const qsizetype equals = query.indexOf('=');
    if (query.isEmpty() || equals <= 0)
        return true;
    const QByteArray name = query.first(equals).toByteArray();
    const QByteArrayView wanted = query.sliced(equals + 1);
    if (name == "href")
        return matchesValue(link.target, wanted);
    const QByteArrayList candidates = link.values(name);
    for (const QByteArray &candidate : candidates) {
        if (matchesValue(candidate, wanted))
            return true;
    }
    return false;
}

} // namespace LinkFormat

} // namespace coapscope
