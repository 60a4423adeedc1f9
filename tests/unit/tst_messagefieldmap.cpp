// SPDX-License-Identifier: BSD-2-Clause
// Where each field of an encoded message lies, walked from byte vectors as RFC 7252 §3 and
// RFC 8323 §3.2 lay them out, including extended deltas and damaged messages.
#include "models/messagefieldmap.h"

#include <QTest>

using namespace coapscope;
using Kind = MessageField::Kind;
using Problem = MessageField::Problem;

Q_DECLARE_METATYPE(coapscope::Framing)

namespace {

// "Kind@offset+length" for each field, so a table row reads like the layout it checks.
QString layout(const QList<MessageField> &fields)
{
    static const char *const names[] = {
        "Header",    "Version", "Type",   "TokenLength", "Length", "ExtendedLength",
        "Code",      "MID",     "Token",  "Option",      "Delta",  "ExtDelta",
        "ExtLength", "Value",   "Marker", "Payload",     "Error"};
    QStringList parts;
    for (const MessageField &field : fields) {
        QString part = QStringLiteral("%1@%2+%3")
                           .arg(QLatin1StringView(names[int(field.kind)]))
                           .arg(field.offset)
                           .arg(field.length);
        if (field.kind == Kind::Option)
            part += QStringLiteral("#%1").arg(field.value);
        parts << part;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestMessageFieldMap : public QObject
{
    Q_OBJECT

private slots:
    void fields_data();
    void fields();
    void parentsAndProblems();
};

void TestMessageFieldMap::fields_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Framing>("framing");
    QTest::addColumn<QString>("expected");

    const QString header =
        QStringLiteral("Header@0+4 Version@0+1 Type@0+1 TokenLength@0+1 Code@1+1 MID@2+2");
    // CON GET MID 0x1234, token a1b2, Uri-Path "temp", payload "hi".
    QTest::newRow("get") << QByteArray::fromHex("42011234a1b2b474656d70ff6869") << Framing::Datagram
                         << header + QStringLiteral(" Token@4+2 Option@6+5#11 Delta@6+1 "
                                                    "Value@7+4 Marker@11+1 Payload@12+2");
    // Option 2049 (delta nibble 14: 2049 - 269 = 0x06f4), then option 2064 (delta nibble 13:
    // 15 - 13 = 0x02) with a 13-byte value (length nibble 13: 13 - 13 = 0x00).
    QByteArray extended = QByteArray::fromHex("40010001"
                                              "e106f4"
                                              "41"
                                              "dd0200");
    extended += QByteArray(13, 'x');
    QTest::newRow("extended deltas")
        << extended << Framing::Datagram
        << header + QStringLiteral(" Option@4+4#2049 Delta@4+1 ExtDelta@5+2 Value@7+1 "
                                   "Option@8+16#2064 Delta@8+1 ExtDelta@9+1 ExtLength@10+1 "
                                   "Value@11+13");
    QTest::newRow("truncated option") << QByteArray::fromHex("40010001b474") << Framing::Datagram
                                      << header + QStringLiteral(" Error@4+2");
    QTest::newRow("reserved nibble") << QByteArray::fromHex("40010001b1"
                                                            "61f0")
                                     << Framing::Datagram
                                     << header + QStringLiteral(" Option@4+2#11 Delta@4+1 "
                                                                "Value@5+1 Error@6+1");
    QTest::newRow("marker without payload")
        << QByteArray::fromHex("40010001ff") << Framing::Datagram
        << header + QStringLiteral(" Marker@4+1 Error@4+1");
    QTest::newRow("short header") << QByteArray::fromHex("4001") << Framing::Datagram
                                  << QStringLiteral("Header@0+2 Version@0+1 Type@0+1 "
                                                    "TokenLength@0+1 Code@1+1 Error@2+0");
    QTest::newRow("empty") << QByteArray() << Framing::Datagram << QStringLiteral("Error@0+0");
    // RFC 8323: length 5 (Uri-Path "temp"), token length 1, GET, token 0x42.
    QTest::newRow("frame") << QByteArray::fromHex("510142b474656d70") << Framing::Stream
                           << QStringLiteral("Header@0+2 Length@0+1 TokenLength@0+1 Code@1+1 "
                                             "Token@2+1 Option@3+5#11 Delta@3+1 Value@4+4");
    QByteArray big = QByteArray::fromHex("d0"
                                         "01"
                                         "45") +
                     QByteArray::fromHex("ff") + QByteArray(13, 'p');
    QTest::newRow("frame extended length")
        << big << Framing::Stream
        << QStringLiteral("Header@0+3 Length@0+1 TokenLength@0+1 ExtendedLength@1+1 Code@2+1 "
                          "Marker@3+1 Payload@4+13");
    QTest::newRow("frame too long") << QByteArray::fromHex("510142b474656d70aa") << Framing::Stream
                                    << QStringLiteral("Header@0+2 Length@0+1 TokenLength@0+1 "
                                                      "Code@1+1 Token@2+1 Option@3+5#11 "
                                                      "Delta@3+1 Value@4+4 Error@8+1");
}

void TestMessageFieldMap::fields()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Framing, framing);
    QFETCH(QString, expected);
    QCOMPARE(layout(mapMessageFields(bytes, framing)), expected);
}

void TestMessageFieldMap::parentsAndProblems()
{
    const QList<MessageField> fields =
        mapMessageFields(QByteArrayView(QByteArray::fromHex("40010001b474")), Framing::Datagram);
    QCOMPARE(fields.at(1).parent, 0); // the version belongs to the header
    QCOMPARE(fields.last().problem, Problem::Truncated);
    const QList<MessageField> badVersion =
        mapMessageFields(QByteArrayView(QByteArray::fromHex("80010001")), Framing::Datagram);
    QCOMPARE(badVersion.last().problem, Problem::BadVersion);
    const QList<MessageField> badToken =
        mapMessageFields(QByteArrayView(QByteArray::fromHex("4901000100")), Framing::Datagram);
    QCOMPARE(badToken.last().problem, Problem::BadTokenLength);
}

QTEST_GUILESS_MAIN(TestMessageFieldMap)
#include "tst_messagefieldmap.moc"
