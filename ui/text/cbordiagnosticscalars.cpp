// SPDX-License-Identifier: BSD-2-Clause
// The scalars of CBOR diagnostic notation: text and byte strings, integers and floats.
#include "cbordiagnosticparser_p.h"
#include "common/hexdigit.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace coapscope::text {

QString CborDiagnosticParser::quoted(char16_t quote)
{
    ++m_pos; // opening quote
    QString result;
    while (!m_failure) {
        if (atEnd()) {
            fail(Kind::UnexpectedEnd, m_pos);
            break;
        }
        const QChar c = m_text[m_pos];
        if (c == quote) {
            ++m_pos;
            break;
        }
        ++m_pos;
        if (c == u'\\')
            escape(m_pos - 1, result);
        else
            result += c;
    }
    return result;
}

void CborDiagnosticParser::escape(qsizetype escapeAt, QString &result)
{
    if (atEnd()) {
        fail(Kind::UnexpectedEnd, m_pos);
        return;
    }
    // JSON's escapes, and \a \v which Qt's toDiagnosticNotation() writes.
    static constexpr QStringView from = u"\"'\\/bfnrtav";
    static constexpr QStringView to = u"\"'\\/\b\f\n\r\t\a\v";
    const QChar e = m_text[m_pos++];
    if (const qsizetype index = from.indexOf(e); index >= 0) {
        result += to[index];
    } else if (e == u'u') {
        result += QChar(char16_t(hexNumber(4, escapeAt)));
    } else if (e == u'U') {
        const char32_t codePoint = hexNumber(8, escapeAt);
        if (codePoint > 0x10ffff)
            fail(Kind::InvalidEscape, escapeAt);
        else if (!m_failure)
            result += QString::fromUcs4(&codePoint, 1);
    } else {
        fail(Kind::InvalidEscape, escapeAt);
    }
}

char32_t CborDiagnosticParser::hexNumber(int digits, qsizetype escapeAt)
{
    char32_t value = 0;
    for (int i = 0; i < digits; ++i, ++m_pos) {
        const int digit = atEnd() ? -1 : hexDigitValue(peek().unicode());
        if (digit < 0) {
            fail(atEnd() ? Kind::UnexpectedEnd : Kind::InvalidEscape, escapeAt);
            return 0;
        }
        value = (value << 4) | char32_t(digit);
    }
    return value;
}

QCborValue CborDiagnosticParser::hexBytes()
{
    ++m_pos; // opening quote
    QByteArray bytes;
    int high = -1;
    qsizetype highAt = 0;
    for (;; ++m_pos) {
        if (atEnd())
            return fail(Kind::UnexpectedEnd, m_pos);
        const QChar c = m_text[m_pos];
        if (c == u'\'') {
            if (high >= 0)
                return fail(Kind::InvalidByteString, highAt);
            ++m_pos;
            return bytes;
        }
        if (c.isSpace())
            continue;
        const int digit = hexDigitValue(c.unicode());
        if (digit < 0)
            return fail(Kind::InvalidByteString, m_pos);
        if (high < 0) {
            high = digit;
            highAt = m_pos;
        } else {
            bytes.append(char((high << 4) | digit));
            high = -1;
        }
    }
}

QCborValue CborDiagnosticParser::base64Bytes()
{
    const qsizetype start = m_pos + 1;
    const QString content = quoted(u'\'');
    if (m_failure)
        return {};
    QByteArray ascii;
    for (QChar c : content) {
        if (c.unicode() > 0x7f)
            return fail(Kind::InvalidByteString, start);
        if (!c.isSpace())
            ascii += char(c.unicode());
    }
    // RFC 8949 allows both alphabets, padded or not.
    for (auto alphabet : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        auto decoded = QByteArray::fromBase64Encoding(
            ascii, alphabet | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            return *decoded;
    }
    return fail(Kind::InvalidByteString, start);
}

QCborValue CborDiagnosticParser::number(QStringView token, qsizetype start)
{
    const bool negative = token.startsWith(u'-');
    QStringView digits = token;
    if (negative || token.startsWith(u'+'))
        digits = digits.sliced(1);
    int base = 10;
    if (digits.startsWith(u"0x") || digits.startsWith(u"0X"))
        base = 16;
    else if (digits.startsWith(u"0b") || digits.startsWith(u"0B"))
        base = 2;
    else if (digits.startsWith(u"0o") || digits.startsWith(u"0O"))
        base = 8;
    if (base != 10)
        digits = digits.sliced(2);
    if (digits.isEmpty())
        return fail(Kind::InvalidNumber, start);
    const bool isFloat =
        base == 10 && (digits.contains(u'.') || digits.contains(u'e') || digits.contains(u'E'));
    if (!isFloat)
        return integer(digits, base, negative, start);
    // Qt writes "18446744073709552000." with a bare dot; "1.2.3" or "1e" are no numbers.
    static const QRegularExpression decimal(
        QStringLiteral("^(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
    if (!decimal.match(digits).hasMatch())
        return fail(Kind::InvalidNumber, start);
    QString normalized = digits.toString();
    if (normalized.endsWith(u'.'))
        normalized.chop(1);
    bool ok = false;
    const double value = normalized.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return fail(Kind::NumberOutOfRange, start);
    return QCborValue(negative ? -value : value);
}

QCborValue CborDiagnosticParser::integer(QStringView digits, int base, bool negative,
                                         qsizetype start)
{
    for (QChar c : digits) {
        const int value = hexDigitValue(c.unicode());
        if (value < 0 || value >= base)
            return fail(Kind::InvalidNumber, start);
    }
    bool ok = false;
    const quint64 magnitude = digits.toULongLong(&ok, base);
    constexpr quint64 maxPositive = quint64(std::numeric_limits<qint64>::max());
    if (!ok || magnitude > maxPositive + (negative ? 1 : 0))
        return fail(Kind::NumberOutOfRange, start);
    // Two's complement wrap-around gives INT64_MIN for a magnitude of 2^63.
    return QCborValue(negative ? qint64(~magnitude + 1) : qint64(magnitude));
}

} // namespace coapscope::text
