// SPDX-License-Identifier: BSD-2-Clause
// The structure of CBOR diagnostic notation: containers, tags, simple values and words.
#include "cbordiagnosticparser_p.h"

#include <QCborArray>
#include <QCborMap>

namespace coapscope::text {

QCborValue CborDiagnosticParser::document()
{
    skipSpace();
    if (atEnd())
        return fail(Kind::Empty, 0);
    QCborValue value = item(0);
    skipSpace();
    if (!m_failure && !atEnd())
        return fail(Kind::TrailingCharacters, m_pos);
    return value;
}

QCborValue CborDiagnosticParser::item(int depth)
{
    if (depth > CborDiagnosticMaxDepth)
        return fail(Kind::TooDeep, m_pos);
    skipSpace();
    if (atEnd())
        return fail(Kind::UnexpectedEnd, m_pos);
    const QChar c = peek();
    if (c == u'[')
        return array(depth);
    if (c == u'{')
        return map(depth);
    if (c == u'"')
        return QCborValue(quoted(u'"'));
    if (c == u'\'')
        return QCborValue(quoted(u'\'').toUtf8());
    if (c == u'-' || c == u'+' || c.isDigit())
        return numberOrTag(depth);
    if (c.isLetter())
        return word();
    return fail(Kind::UnexpectedCharacter, m_pos);
}

QCborValue CborDiagnosticParser::array(int depth)
{
    ++m_pos; // [
    skipIndefiniteMarker();
    QCborArray array;
    skipSpace();
    if (peek() == u']') {
        ++m_pos;
        return array;
    }
    for (;;) {
        array.append(item(depth + 1));
        if (m_failure)
            return {};
        skipSpace();
        if (atEnd())
            return fail(Kind::UnexpectedEnd, m_pos);
        if (peek() == u']') {
            ++m_pos;
            return array;
        }
        if (!expect(u',', Kind::UnclosedArray))
            return {};
    }
}

QCborValue CborDiagnosticParser::map(int depth)
{
    ++m_pos; // {
    skipIndefiniteMarker();
    QCborMap map;
    skipSpace();
    if (peek() == u'}') {
        ++m_pos;
        return map;
    }
    for (;;) {
        skipSpace();
        const qsizetype keyAt = m_pos;
        const QCborValue key = item(depth + 1);
        if (m_failure)
            return {};
        if (map.contains(key))
            return fail(Kind::DuplicateKey, keyAt);
        if (!expect(u':', Kind::ExpectedColon))
            return {};
        const QCborValue value = item(depth + 1);
        if (m_failure)
            return {};
        map.insert(key, value);
        skipSpace();
        if (atEnd())
            return fail(Kind::UnexpectedEnd, m_pos);
        if (peek() == u'}') {
            ++m_pos;
            return map;
        }
        if (!expect(u',', Kind::UnclosedMap))
            return {};
    }
}

QCborValue CborDiagnosticParser::word()
{
    const qsizetype start = m_pos;
    while (!atEnd() && (peek().isLetterOrNumber() || peek() == u'_'))
        ++m_pos;
    const QStringView name = m_text.sliced(start, m_pos - start);
    if (peek() == u'\'' && name == u"h")
        return hexBytes();
    if (peek() == u'\'' && name == u"b64")
        return base64Bytes();
    if (name == u"true")
        return QCborValue(true);
    if (name == u"false")
        return QCborValue(false);
    if (name == u"null")
        return QCborValue(nullptr);
    if (name == u"undefined")
        return QCborValue();
    if (name == u"NaN" || name == u"nan")
        return QCborValue(qQNaN());
    if (name == u"Infinity" || name == u"inf")
        return QCborValue(qInf());
    if (name == u"simple")
        return simple();
    return fail(Kind::UnexpectedCharacter, start);
}

QCborValue CborDiagnosticParser::simple()
{
    if (!expect(u'(', Kind::UnexpectedCharacter))
        return {};
    skipSpace();
    const qsizetype numberAt = m_pos;
    while (!atEnd() && peek().isDigit())
        ++m_pos;
    bool ok = false;
    const uint value = m_text.sliced(numberAt, m_pos - numberAt).toUInt(&ok);
    // 24..31 are not simple values in CBOR's encoding (RFC 8949 §3.3).
    if (!ok || value > 255 || (value >= 24 && value < 32))
        return fail(Kind::InvalidSimpleValue, numberAt);
    if (!expect(u')', Kind::UnclosedParenthesis))
        return {};
    return QCborValue(QCborSimpleType(value));
}

QCborValue CborDiagnosticParser::numberOrTag(int depth)
{
    const qsizetype start = m_pos;
    for (QStringView infinity : {QStringView(u"-Infinity"), QStringView(u"-inf")}) {
        if (m_text.sliced(m_pos).startsWith(infinity)) {
            m_pos += infinity.size();
            return QCborValue(-qInf());
        }
    }
    const bool hex =
        m_text.sliced(start).startsWith(u"0x") || m_text.sliced(start).startsWith(u"-0x");
    while (!atEnd() && isWordCharacter(peek())) {
        // A sign belongs to the number only at its start or after a decimal exponent mark.
        const QChar c = peek();
        if ((c == u'+' || c == u'-') && m_pos > start) {
            const QChar before = m_text[m_pos - 1];
            if (hex || (before != u'e' && before != u'E'))
                break;
        }
        ++m_pos;
    }
    const QStringView token = m_text.sliced(start, m_pos - start);
    if (peek() == u'(')
        return tag(token, start, depth);
    return number(token, start);
}

QCborValue CborDiagnosticParser::tag(QStringView token, qsizetype start, int depth)
{
    bool ok = false;
    const quint64 number = token.toULongLong(&ok, 10);
    if (!ok || !token.front().isDigit())
        return fail(Kind::InvalidNumber, start);
    ++m_pos; // (
    const QCborValue content = item(depth + 1);
    if (m_failure || !expect(u')', Kind::UnclosedParenthesis))
        return {};
    return QCborValue(QCborTag(number), content);
}

} // namespace coapscope::text
