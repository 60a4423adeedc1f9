// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "common/expected.h"

#include <QCborValue>
#include <QString>
#include <QStringView>

namespace coapscope::text {

struct CborDiagnosticError
{
    enum class Kind : quint8
    {
        Empty,               // nothing but white space
        UnexpectedEnd,       // the text stops inside an item
        UnexpectedCharacter, // no item starts with this character
        InvalidNumber,       // "1e", "--1", "0x"
        NumberOutOfRange,    // beyond what QCborValue holds (64-bit signed integers)
        InvalidEscape,       // a "\" sequence in a text string that is not JSON's
        InvalidByteString,   // h'..' with a non-hex digit or an odd count, bad b64'..'
        InvalidSimpleValue,  // simple(N) with N outside 0..23 and 32..255
        ExpectedColon,       // a map key without ":" after it
        UnclosedArray,       // something other than "," or "]" after an array element
        UnclosedMap,         // something other than "," or "}" after a map value
        UnclosedParenthesis, // something other than ")" after a tag's content or simple(N
        DuplicateKey,        // a map key given twice
        TrailingCharacters,  // more after a complete item
        TooDeep,             // nesting beyond MaxDepth
    };
    Kind kind = Kind::Empty;
    qsizetype offset = 0; // character index in the text
    int line = 1;         // 1-based, for multi-line input
    int column = 1;       // 1-based character in that line

    friend bool operator==(const CborDiagnosticError &, const CborDiagnosticError &) = default;
};

// Reads CBOR diagnostic notation (RFC 8949 §8, the subset people type): integers, floats
// (with NaN, Infinity and Qt's nan/inf), "text" with JSON escapes and Qt's \a \v \UXXXXXXXX,
// h'hex' and b64'base64' byte strings, [arrays], {maps}, true, false, null, undefined,
// simple(N) and tags N(item). Indefinite-length markers "[_" "{_" are accepted and dropped.
// Whatever QCborValue::toDiagnosticNotation() writes for plain values reads back equal.
Expected<QCborValue, CborDiagnosticError> parseCborDiagnostic(QStringView text);

inline constexpr int CborDiagnosticMaxDepth = 256;

// "line 2, column 7: expected \",\" or \"]\"", or "character 7: ..." on the first line.
QString describeCborDiagnosticError(const CborDiagnosticError &error);

} // namespace coapscope::text
