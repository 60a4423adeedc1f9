// SPDX-License-Identifier: BSD-2-Clause
#include "cbordiagnostic.h"

#include "cbordiagnosticparser_p.h"

#include <QCoreApplication>

namespace coapscope::text {

namespace {

using Kind = CborDiagnosticError::Kind;

struct CborDiagnosticText
{
    Q_DECLARE_TR_FUNCTIONS(CborDiagnosticText)
};

} // namespace

Expected<QCborValue, CborDiagnosticError> parseCborDiagnostic(QStringView text)
{
    CborDiagnosticParser parser(text);
    QCborValue value = parser.document();
    if (!parser.failure())
        return value;
    CborDiagnosticError error;
    error.kind = parser.failure()->kind;
    error.offset = parser.failure()->offset;
    for (qsizetype i = 0; i < error.offset && i < text.size(); ++i) {
        if (text[i] == u'\n') {
            ++error.line;
            error.column = 1;
        } else {
            ++error.column;
        }
    }
    return unexpected(error);
}

QString describeCborDiagnosticError(const CborDiagnosticError &error)
{
    QString problem;
    switch (error.kind) {
    case Kind::Empty:
        return CborDiagnosticText::tr("no CBOR diagnostic notation given");
    case Kind::UnexpectedEnd:
        problem = CborDiagnosticText::tr("the text ends in the middle of an item");
        break;
    case Kind::UnexpectedCharacter:
        problem = CborDiagnosticText::tr("no CBOR item starts here (expected a number, \"text\", "
                                         "h'bytes', [array], {map}, true, false, null, "
                                         "undefined, simple(N) or a tag N(item))");
        break;
    case Kind::InvalidNumber:
        problem = CborDiagnosticText::tr("not a valid number");
        break;
    case Kind::NumberOutOfRange:
        problem = CborDiagnosticText::tr(
            "the number is out of range (integers must fit 64 bits, signed)");
        break;
    case Kind::InvalidEscape:
        problem = CborDiagnosticText::tr("invalid escape (use \\\" \\\\ \\/ \\b \\f \\n \\r \\t "
                                         "\\a \\v \\uXXXX or \\UXXXXXXXX)");
        break;
    case Kind::InvalidByteString:
        problem = CborDiagnosticText::tr("invalid byte string: h'...' takes pairs of "
                                         "hexadecimal digits, b64'...' takes base64");
        break;
    case Kind::InvalidSimpleValue:
        problem = CborDiagnosticText::tr("simple(N) takes N from 0 to 23 or 32 to 255");
        break;
    case Kind::ExpectedColon:
        problem = CborDiagnosticText::tr("expected \":\" after the map key");
        break;
    case Kind::UnclosedArray:
        problem = CborDiagnosticText::tr("expected \",\" or \"]\"");
        break;
    case Kind::UnclosedMap:
        problem = CborDiagnosticText::tr("expected \",\" or \"}\"");
        break;
    case Kind::UnclosedParenthesis:
        problem = CborDiagnosticText::tr("expected \")\"");
        break;
    case Kind::DuplicateKey:
        problem = CborDiagnosticText::tr("this map key appears twice");
        break;
    case Kind::TrailingCharacters:
        problem = CborDiagnosticText::tr("more text after a complete item (put several items in "
                                         "an [array])");
        break;
    case Kind::TooDeep:
        problem =
            CborDiagnosticText::tr("nested more than %1 levels deep").arg(CborDiagnosticMaxDepth);
        break;
    }
    if (error.line == 1)
        return CborDiagnosticText::tr("character %1: %2").arg(error.column).arg(problem);
    return CborDiagnosticText::tr("line %1, column %2: %3")
        .arg(error.line)
        .arg(error.column)
        .arg(problem);
}

} // namespace coapscope::text
