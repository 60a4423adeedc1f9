// SPDX-License-Identifier: BSD-2-Clause
#include "codec/optionnumber.h"
#include "text/optioninput.h"

#include <QTest>

using namespace coapscope;
using namespace coapscope::text;

class TestOptionInput : public QObject
{
    Q_OBJECT

private slots:
    void keys_data();
    void keys();
    void values_data();
    void values();
    void valuesReadBack_data();
    void valuesReadBack();
};

void TestOptionInput::keys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("number"); // -1: refused
    QTest::newRow("name") << QStringLiteral("Max-Age") << 14;
    QTest::newRow("any case, spaces") << QStringLiteral(" uri-query ") << 15;
    QTest::newRow("number") << QStringLiteral("2049") << 2049;
    QTest::newRow("largest") << QStringLiteral("65535") << 65535;
    QTest::newRow("zero") << QStringLiteral("0") << -1;
    QTest::newRow("too large") << QStringLiteral("65536") << -1;
    QTest::newRow("unknown name") << QStringLiteral("Colour") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestOptionInput::keys()
{
    QFETCH(QString, key);
    QFETCH(int, number);
    QString problem;
    const auto parsed = parseOptionKey(key, &problem);
    if (number < 0) {
        QVERIFY(!parsed);
        QVERIFY(!problem.isEmpty());
    } else {
        QCOMPARE(parsed, std::optional<quint16>(quint16(number)));
        QVERIFY(problem.isEmpty());
    }
}

void TestOptionInput::values_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("problem"); // empty: accepted

    const auto ok = [](const char *name, int number, const QString &value, const QByteArray &b) {
        QTest::newRow(name) << number << value << b << QString();
    };
    const auto bad = [](const char *name, int number, const QString &value, const QString &p) {
        QTest::newRow(name) << number << value << QByteArray() << p;
    };
    ok("uint", OptionNumber::MaxAge, QStringLiteral("60"), QByteArray("\x3c"));
    ok("uint zero", OptionNumber::MaxAge, QStringLiteral("0"), QByteArray());
    ok("uint empty", OptionNumber::MaxAge, QString(), QByteArray());
    ok("uint raw", OptionNumber::MaxAge, QStringLiteral("0x0001"), QByteArray("\x00\x01", 2));
    ok("content-format name", OptionNumber::ContentFormat, QStringLiteral("json"),
       QByteArray("\x32"));
    ok("accept media type", OptionNumber::Accept, QStringLiteral("application/cbor"),
       QByteArray("\x3c"));
    ok("string", OptionNumber::UriQuery, QStringLiteral("a=1 b"), QByteArray("a=1 b"));
    ok("string raw", OptionNumber::UriQuery, QStringLiteral("0x6869"), QByteArray("hi"));
    ok("opaque", OptionNumber::ETag, QStringLiteral("01 02 ff"), QByteArray("\x01\x02\xff"));
    ok("opaque prefixed", OptionNumber::ETag, QStringLiteral("0xbeef"), QByteArray("\xbe\xef"));
    ok("empty option", OptionNumber::IfNoneMatch, QString(), QByteArray());
    ok("unregistered", 2049, QStringLiteral("0a0b"), QByteArray("\x0a\x0b"));
    ok("unregistered empty", 2049, QString(), QByteArray());
    bad("uint words", OptionNumber::MaxAge, QStringLiteral("sixty"),
        QStringLiteral("Max-Age takes a number"));
    bad("uint negative", OptionNumber::MaxAge, QStringLiteral("-1"),
        QStringLiteral("Max-Age takes a number"));
    bad("uint too long", OptionNumber::MaxAge, QStringLiteral("4294967296"),
        QStringLiteral("Max-Age takes a number from 0 to 4294967295, not \"4294967296\""));
    bad("unknown media type", OptionNumber::Accept, QStringLiteral("image/bmp"),
        QStringLiteral("Accept takes a number, a media type"));
    bad("opaque not hex", OptionNumber::ETag, QStringLiteral("xyz"),
        QStringLiteral("ETag: not hex bytes: character 1"));
    bad("opaque odd", OptionNumber::ETag, QStringLiteral("abc"), QStringLiteral("ETag: not hex"));
    bad("etag too long", OptionNumber::ETag, QStringLiteral("00 01 02 03 04 05 06 07 08"),
        QStringLiteral("ETag takes 1 to 8 bytes; this value has 9"));
    bad("empty option with value", OptionNumber::IfNoneMatch, QStringLiteral("1"),
        QStringLiteral("If-None-Match takes no value"));
    bad("uri-host empty", OptionNumber::UriHost, QString(),
        QStringLiteral("Uri-Host takes 1 to 255 bytes; this value has 0"));
    bad("unregistered not hex", 2049, QStringLiteral("hello"),
        QStringLiteral("Option 2049: not hex bytes"));
}

void TestOptionInput::values()
{
    QFETCH(int, number);
    QFETCH(QString, value);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, problem);
    QString found;
    const auto parsed = parseOptionValue(quint16(number), value, &found);
    if (problem.isEmpty()) {
        QVERIFY2(parsed, qPrintable(found));
        QCOMPARE(parsed->toHex(), bytes.toHex());
    } else {
        QVERIFY(!parsed);
        QVERIFY2(found.startsWith(problem), qPrintable(found));
    }
}

void TestOptionInput::valuesReadBack_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("uint") << int(OptionNumber::MaxAge) << QByteArray("\x01\x00", 2);
    QTest::newRow("uint leading zero") << int(OptionNumber::MaxAge) << QByteArray("\x00\x01", 2);
    QTest::newRow("string") << int(OptionNumber::UriPath) << QByteArray("temp");
    QTest::newRow("string like hex") << int(OptionNumber::UriPath) << QByteArray("0x12");
    QTest::newRow("string not utf-8") << int(OptionNumber::UriPath) << QByteArray("\xff");
    QTest::newRow("opaque") << int(OptionNumber::ETag) << QByteArray("\x00\x7f", 2);
    QTest::newRow("empty") << int(OptionNumber::IfNoneMatch) << QByteArray();
    QTest::newRow("unregistered") << 65001 << QByteArray("\x05");
}

void TestOptionInput::valuesReadBack()
{
    QFETCH(int, number);
    QFETCH(QByteArray, bytes);
    const QString shown = optionValueInput(quint16(number), bytes);
    QString problem;
    const auto parsed = parseOptionValue(quint16(number), shown, &problem);
    QVERIFY2(parsed, qPrintable(shown + QStringLiteral(": ") + problem));
    QCOMPARE(parsed->toHex(), bytes.toHex());
}

QTEST_GUILESS_MAIN(TestOptionInput)
#include "tst_optioninput.moc"
