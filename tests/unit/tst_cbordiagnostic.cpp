// SPDX-License-Identifier: BSD-2-Clause
#include "text/cbordiagnostic.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>

#include <limits>

Q_DECLARE_METATYPE(coapscope::text::CborDiagnosticError::Kind)

using namespace coapscope;
using namespace coapscope::text;
using Kind = CborDiagnosticError::Kind;

// Values compare by their encoding: QCborValue's operator== treats NaN and tags that Qt
// turns into extended types in ways that would hide what was actually parsed.
static QByteArray encoded(const QCborValue &value)
{
    return value.toCbor();
}

class TestCborDiagnostic : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void roundTripsQtNotation_data();
    void roundTripsQtNotation();
    void rejects_data();
    void rejects();
    void describesWithPosition();
    void limitsDepth();
};

void TestCborDiagnostic::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QCborValue>("expected");

    const auto row = [](const char *name, const QString &text, const QCborValue &value) {
        QTest::newRow(name) << text << value;
    };
    row("zero", QStringLiteral("0"), QCborValue(0));
    row("positive", QStringLiteral("23"), QCborValue(23));
    row("negative", QStringLiteral("-500"), QCborValue(-500));
    row("plus sign", QStringLiteral("+7"), QCborValue(7));
    row("hex integer", QStringLiteral("0x1f"), QCborValue(31));
    row("negative hex", QStringLiteral("-0x10"), QCborValue(-16));
    row("binary integer", QStringLiteral("0b101"), QCborValue(5));
    row("int64 max", QStringLiteral("9223372036854775807"),
        QCborValue(std::numeric_limits<qint64>::max()));
    row("int64 min", QStringLiteral("-9223372036854775808"),
        QCborValue(std::numeric_limits<qint64>::min()));
    row("float", QStringLiteral("1.5"), QCborValue(1.5));
    row("negative float", QStringLiteral("-0.25"), QCborValue(-0.25));
    row("exponent", QStringLiteral("1e+300"), QCborValue(1e300));
    row("small exponent", QStringLiteral("1e-07"), QCborValue(1e-7));
    row("whole float", QStringLiteral("2.0"), QCborValue(2.0));
    row("qt trailing dot", QStringLiteral("18446744073709552000."),
        QCborValue(18446744073709552000.0));
    row("Infinity", QStringLiteral("Infinity"), QCborValue(qInf()));
    row("-Infinity", QStringLiteral("-Infinity"), QCborValue(-qInf()));
    row("qt inf", QStringLiteral("-inf"), QCborValue(-qInf()));
    row("NaN", QStringLiteral("NaN"), QCborValue(qQNaN()));
    row("text", QStringLiteral("\"hello\""), QCborValue(QStringLiteral("hello")));
    row("empty text", QStringLiteral("\"\""), QCborValue(QString()));
    row("escapes", QStringLiteral(R"("a\"b\\c\n\t\/")"),
        QCborValue(QStringLiteral("a\"b\\c\n\t/")));
    row("unicode escape", QStringLiteral(R"("\u00e9")"), QCborValue(QStringLiteral("\u00e9")));
    row("surrogate pair", QStringLiteral(R"("\ud83d\ude00")"),
        QCborValue(QStringLiteral("\U0001F600")));
    row("qt long escape", QStringLiteral(R"("\U0001F600")"),
        QCborValue(QStringLiteral("\U0001F600")));
    row("raw non-ascii", QStringLiteral("\"grüße\""), QCborValue(QStringLiteral("grüße")));
    row("hex bytes", QStringLiteral("h'01ff'"), QCborValue(QByteArray("\x01\xff", 2)));
    row("hex bytes spaced", QStringLiteral("h'01 02 0A'"), QCborValue(QByteArray("\x01\x02\x0a")));
    row("empty bytes", QStringLiteral("h''"), QCborValue(QByteArray()));
    row("base64 bytes", QStringLiteral("b64'AQID'"), QCborValue(QByteArray("\x01\x02\x03")));
    row("base64url bytes", QStringLiteral("b64'-_8'"), QCborValue(QByteArray("\xfb\xff", 2)));
    row("single quoted bytes", QStringLiteral("'hi'"), QCborValue(QByteArray("hi")));
    row("true", QStringLiteral("true"), QCborValue(true));
    row("false", QStringLiteral("false"), QCborValue(false));
    row("null", QStringLiteral("null"), QCborValue(nullptr));
    row("undefined", QStringLiteral("undefined"), QCborValue());
    row("simple", QStringLiteral("simple(32)"), QCborValue(QCborSimpleType(32)));
    row("simple 16", QStringLiteral("simple( 16 )"), QCborValue(QCborSimpleType(16)));
    row("empty array", QStringLiteral("[]"), QCborValue(QCborArray()));
    row("array", QStringLiteral("[1, \"a\", h'00']"),
        QCborValue(QCborArray{1, QStringLiteral("a"), QByteArray(1, '\0')}));
    row("nested", QStringLiteral("[[1], [[]]]"),
        QCborValue(QCborArray{QCborArray{1}, QCborArray{QCborArray()}}));
    row("indefinite array", QStringLiteral("[_ 1, 2]"), QCborValue(QCborArray{1, 2}));
    row("empty map", QStringLiteral("{}"), QCborValue(QCborMap()));
    row("map", QStringLiteral("{1: \"one\", \"two\": [2]}"),
        QCborValue(QCborMap{{1, QStringLiteral("one")}, {QStringLiteral("two"), QCborArray{2}}}));
    row("indefinite map", QStringLiteral("{_ \"a\": 1}"),
        QCborValue(QCborMap{{QStringLiteral("a"), 1}}));
    row("tag", QStringLiteral("100([1, 2])"), QCborValue(QCborTag(100), QCborArray{1, 2}));
    row("nested tags", QStringLiteral("55799(24(h'01'))"),
        QCborValue(QCborTag(55799), QCborValue(QCborTag(24), QByteArray("\x01"))));
    row("multi-line", QStringLiteral("{\n    \"a\": [\n        1,\n        2\n    ]\n}\n"),
        QCborValue(QCborMap{{QStringLiteral("a"), QCborArray{1, 2}}}));
    row("surrounding space", QStringLiteral("  \t42\n "), QCborValue(42));
}

void TestCborDiagnostic::parses()
{
    QFETCH(QString, text);
    QFETCH(QCborValue, expected);
    const auto parsed = parseCborDiagnostic(text);
    QVERIFY2(parsed.hasValue(),
             qPrintable(parsed ? QString() : describeCborDiagnosticError(parsed.error())));
    QCOMPARE(encoded(parsed.value()).toHex(' '), encoded(expected).toHex(' '));
}

void TestCborDiagnostic::roundTripsQtNotation_data()
{
    QTest::addColumn<QCborValue>("value");
    QTest::newRow("integers") << QCborValue(QCborArray{0, 1, -1, 23, 24, 255, 256, -257, 65536,
                                                       std::numeric_limits<qint64>::max(),
                                                       std::numeric_limits<qint64>::min()});
    QTest::newRow("floats") << QCborValue(QCborArray{1.0, 1.5, -2.75, 0.1, 1e300, 1e-300,
                                                     123456789012345.0, 3.14159265358979, qInf(),
                                                     -qInf(), qQNaN()});
    QTest::newRow("text") << QCborValue(
        QStringLiteral("quote \" backslash \\ tab \t newline \n bell \x07 é 😀"));
    QTest::newRow("bytes") << QCborValue(QByteArray::fromHex("00017f80ff"));
    QTest::newRow("simple values")
        << QCborValue(QCborArray{true, false, QCborValue(nullptr), QCborValue(),
                                 QCborValue(QCborSimpleType(0)), QCborValue(QCborSimpleType(255))});
    QTest::newRow("tags") << QCborValue(QCborArray{QCborValue(QCborTag(100), 1),
                                                   QCborValue(QCborTag(1000000), QCborArray{}),
                                                   QCborValue(QCborTag(55799), QCborMap{{1, 2}})});
    QTest::newRow("senml") << QCborValue(
        QCborArray{QCborMap{{-2, QStringLiteral("urn:dev:ow:10e2073a01080063:")},
                            {0, QStringLiteral("temp")},
                            {1, QStringLiteral("Cel")},
                            {2, 23.1}},
                   QCborMap{{0, QStringLiteral("humidity")}, {2, 45}}});
    QTest::newRow("deep") << QCborValue(QCborMap{
        {QCborArray{1}, QCborMap{{QStringLiteral("k"), QCborArray{QCborArray{}, QCborMap{}}}}},
        {QByteArray("key"), QCborValue(QCborTag(7), QStringLiteral("v"))}});
}

void TestCborDiagnostic::roundTripsQtNotation()
{
    QFETCH(QCborValue, value);
    for (auto options : {QCborValue::Compact, QCborValue::LineWrapped}) {
        const QString notation = value.toDiagnosticNotation(options);
        const auto parsed = parseCborDiagnostic(notation);
        QVERIFY2(parsed.hasValue(),
                 qPrintable(notation + u'\n' +
                            (parsed ? QString() : describeCborDiagnosticError(parsed.error()))));
        QCOMPARE(encoded(parsed.value()).toHex(' '), encoded(value).toHex(' '));
        QCOMPARE(parsed.value().toDiagnosticNotation(options), notation);
    }
}

void TestCborDiagnostic::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<qsizetype>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const auto row = [](const char *name, const QString &text, Kind kind, qsizetype offset,
                        int line, int column) {
        QTest::newRow(name) << text << kind << offset << line << column;
    };
    row("empty", QString(), Kind::Empty, 0, 1, 1);
    row("only space", QStringLiteral("  \n "), Kind::Empty, 0, 1, 1);
    row("bare word", QStringLiteral("[1, yes]"), Kind::UnexpectedCharacter, 4, 1, 5);
    row("stray bracket", QStringLiteral("]"), Kind::UnexpectedCharacter, 0, 1, 1);
    row("unclosed array", QStringLiteral("[1, 2"), Kind::UnexpectedEnd, 5, 1, 6);
    row("missing comma", QStringLiteral("[1 2]"), Kind::UnclosedArray, 3, 1, 4);
    row("map missing colon", QStringLiteral("{1 2}"), Kind::ExpectedColon, 3, 1, 4);
    row("map missing comma", QStringLiteral("{1: 2 3: 4}"), Kind::UnclosedMap, 6, 1, 7);
    row("duplicate key", QStringLiteral("{\"a\": 1, \"a\": 2}"), Kind::DuplicateKey, 9, 1, 10);
    row("trailing", QStringLiteral("1 2"), Kind::TrailingCharacters, 2, 1, 3);
    row("unterminated text", QStringLiteral("\"abc"), Kind::UnexpectedEnd, 4, 1, 5);
    row("bad escape", QStringLiteral(R"("a\qb")"), Kind::InvalidEscape, 2, 1, 3);
    row("short unicode escape", QStringLiteral(R"("\u12x4")"), Kind::InvalidEscape, 1, 1, 2);
    row("too large code point", QStringLiteral(R"("\U00110000")"), Kind::InvalidEscape, 1, 1, 2);
    row("odd hex digits", QStringLiteral("h'012'"), Kind::InvalidByteString, 4, 1, 5);
    row("non-hex digit", QStringLiteral("h'0g'"), Kind::InvalidByteString, 3, 1, 4);
    row("unterminated bytes", QStringLiteral("h'01"), Kind::UnexpectedEnd, 4, 1, 5);
    row("bad base64", QStringLiteral("b64'A*=='"), Kind::InvalidByteString, 4, 1, 5);
    row("half exponent", QStringLiteral("1e"), Kind::InvalidNumber, 0, 1, 1);
    row("two dots", QStringLiteral("[1.2.3]"), Kind::InvalidNumber, 1, 1, 2);
    row("double minus", QStringLiteral("--1"), Kind::InvalidNumber, 0, 1, 1);
    row("empty hex", QStringLiteral("0x"), Kind::InvalidNumber, 0, 1, 1);
    row("hex letters in decimal", QStringLiteral("12ab"), Kind::InvalidNumber, 0, 1, 1);
    row("beyond int64", QStringLiteral("9223372036854775808"), Kind::NumberOutOfRange, 0, 1, 1);
    row("below int64", QStringLiteral("-9223372036854775809"), Kind::NumberOutOfRange, 0, 1, 1);
    row("float overflow", QStringLiteral("1e999"), Kind::NumberOutOfRange, 0, 1, 1);
    row("reserved simple", QStringLiteral("simple(24)"), Kind::InvalidSimpleValue, 7, 1, 8);
    row("simple too large", QStringLiteral("simple(256)"), Kind::InvalidSimpleValue, 7, 1, 8);
    row("unclosed tag", QStringLiteral("1(2"), Kind::UnexpectedEnd, 3, 1, 4);
    row("tag wrong closer", QStringLiteral("1(2]"), Kind::UnclosedParenthesis, 3, 1, 4);
    row("negative tag", QStringLiteral("-1(2)"), Kind::InvalidNumber, 0, 1, 1);
    row("second line", QStringLiteral("{\n  \"a\": [1,\n  2 3]\n}"), Kind::UnclosedArray, 17, 3, 5);
}

void TestCborDiagnostic::rejects()
{
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    QFETCH(qsizetype, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto parsed = parseCborDiagnostic(text);
    QVERIFY(!parsed.hasValue());
    QCOMPARE(parsed.error().kind, kind);
    QCOMPARE(parsed.error().offset, offset);
    QCOMPARE(parsed.error().line, line);
    QCOMPARE(parsed.error().column, column);
    QVERIFY(!describeCborDiagnosticError(parsed.error()).isEmpty());
}

void TestCborDiagnostic::describesWithPosition()
{
    auto parsed = parseCborDiagnostic(u"[1 2]");
    QCOMPARE(describeCborDiagnosticError(parsed.error()),
             QStringLiteral("character 4: expected \",\" or \"]\""));
    parsed = parseCborDiagnostic(u"{\n  1 2\n}");
    QCOMPARE(describeCborDiagnosticError(parsed.error()),
             QStringLiteral("line 2, column 5: expected \":\" after the map key"));
    parsed = parseCborDiagnostic(u"");
    QCOMPARE(describeCborDiagnosticError(parsed.error()),
             QStringLiteral("no CBOR diagnostic notation given"));
}

void TestCborDiagnostic::limitsDepth()
{
    const int fits = CborDiagnosticMaxDepth;
    QVERIFY(parseCborDiagnostic(QString(fits, u'[') + QString(fits, u']')).hasValue());
    const int tooDeep = CborDiagnosticMaxDepth + 2;
    const auto parsed = parseCborDiagnostic(QString(tooDeep, u'[') + QString(tooDeep, u']'));
    QVERIFY(!parsed.hasValue());
    QCOMPARE(parsed.error().kind, Kind::TooDeep);
}

QTEST_GUILESS_MAIN(TestCborDiagnostic)
#include "tst_cbordiagnostic.moc"
