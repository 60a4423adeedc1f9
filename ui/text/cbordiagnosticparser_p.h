// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "cbordiagnostic.h"

#include <optional>

namespace coapscope::text {

// Recursive descent over CBOR diagnostic notation. The first failure is kept and every step
// returns early once there is one, so the caller learns where the text first went wrong.
// Containers, words and tags are in cbordiagnosticparser.cpp; strings, byte strings and
// numbers in cbordiagnosticscalars.cpp.
class CborDiagnosticParser
{
public:
    using Kind = CborDiagnosticError::Kind;
    struct Failure
    {
        Kind kind;
        qsizetype offset;
    };

    explicit CborDiagnosticParser(QStringView text)
        : m_text(text)
    {}

    QCborValue document();
    const std::optional<Failure> &failure() const { return m_failure; }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek(qsizetype ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : QChar();
    }
    static bool isWordCharacter(QChar c)
    {
        return c.isLetterOrNumber() || c == u'_' || c == u'+' || c == u'-' || c == u'.';
    }

    QCborValue fail(Kind kind, qsizetype offset)
    {
        if (!m_failure)
            m_failure = Failure{kind, offset};
        return {};
    }

    void skipSpace()
    {
        while (!atEnd() && peek().isSpace())
            ++m_pos;
    }

    bool expect(QChar c, Kind kind)
    {
        skipSpace();
        if (atEnd()) {
            fail(Kind::UnexpectedEnd, m_pos);
            return false;
        }
        if (peek() != c) {
            fail(kind, m_pos);
            return false;
        }
        ++m_pos;
        return true;
    }

    // "_" after an opening bracket marks indefinite length; QCborValue has no such notion.
    void skipIndefiniteMarker()
    {
        skipSpace();
        if (peek() == u'_' && !isWordCharacter(peek(1)))
            ++m_pos;
    }

    QCborValue item(int depth);
    QCborValue array(int depth);
    QCborValue map(int depth);
    QCborValue word();
    QCborValue simple();
    QCborValue numberOrTag(int depth);
    QCborValue tag(QStringView token, qsizetype start, int depth);

    // The characters between quote characters, with JSON's escapes and Qt's \UXXXXXXXX.
    QString quoted(char16_t quote);
    void escape(qsizetype escapeAt, QString &result);
    char32_t hexNumber(int digits, qsizetype escapeAt);
    QCborValue hexBytes();
    QCborValue base64Bytes();
    QCborValue number(QStringView token, qsizetype start);
    QCborValue integer(QStringView digits, int base, bool negative, qsizetype start);

    QStringView m_text;
    qsizetype m_pos = 0;
    std::optional<Failure> m_failure;
};

} // namespace coapscope::text
