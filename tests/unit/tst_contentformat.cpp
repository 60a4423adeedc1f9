// SPDX-License-Identifier: BSD-2-Clause
#include "codec/contentformat.h"

#include <QTest>

using namespace coapscope;

class TestContentFormat : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void findsByNumber();
    void tableIsSortedAndNamesAreUnique();
};

void TestContentFormat::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("id");
    QTest::newRow("number") << "50" << 50;
    QTest::newRow("number with spaces") << " 60 " << 60;
    QTest::newRow("unregistered number") << "65000" << 65000;
    QTest::newRow("too big") << "65536" << -1;
    QTest::newRow("media type") << "application/link-format" << 40;
    QTest::newRow("text/plain alone") << "text/plain" << 0;
    QTest::newRow("with charset and spaces") << "text/plain; charset=utf-8" << 0;
    QTest::newRow("upper case") << "APPLICATION/JSON" << 50;
    QTest::newRow("cose parameter") << "application/cose; cose-type=\"cose-sign1\"" << 18;
    QTest::newRow("alias json") << "json" << 50;
    QTest::newRow("alias cbor") << "cbor" << 60;
    QTest::newRow("senml+cbor") << "application/senml+cbor" << 112;
    QTest::newRow("merge-patch") << "application/merge-patch+json" << 52;
    QTest::newRow("unknown") << "application/x-nonsense" << -1;
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("negative") << "-1" << -1;
}

void TestContentFormat::parses()
{
    QFETCH(QString, text);
    QFETCH(int, id);
    const auto parsed = ContentFormat::parse(text);
    if (id < 0) {
        QVERIFY(!parsed.has_value());
    } else {
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, id);
    }
}

void TestContentFormat::findsByNumber()
{
    QCOMPARE(QString(ContentFormat::find(0)->mediaType),
             QStringLiteral("text/plain;charset=utf-8"));
    QCOMPARE(QString(ContentFormat::find(41)->mediaType), QStringLiteral("application/xml"));
    QCOMPARE(ContentFormat::find(60)->kind, PayloadKind::Cbor);
    QCOMPARE(ContentFormat::find(40)->kind, PayloadKind::LinkFormat);
    QVERIFY(!ContentFormat::find(1));
}

void TestContentFormat::tableIsSortedAndNamesAreUnique()
{
    const auto table = ContentFormat::all();
    QSet<QString> names;
    for (size_t i = 0; i < table.size(); ++i) {
        if (i > 0)
            QVERIFY(table[i - 1].id < table[i].id);
        QVERIFY2(!names.contains(QString(table[i].shortName)), table[i].shortName.data());
        names.insert(QString(table[i].shortName));
        QCOMPARE(ContentFormat::parse(QString(table[i].mediaType)), table[i].id);
        QCOMPARE(ContentFormat::parse(QString(table[i].shortName)), table[i].id);
    }
}

QTEST_APPLESS_MAIN(TestContentFormat)
#include "tst_contentformat.moc"
