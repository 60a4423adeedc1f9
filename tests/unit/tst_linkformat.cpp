// SPDX-License-Identifier: BSD-2-Clause
#include "codec/linkformat.h"

#include <QTest>

using namespace coapscope;

Q_DECLARE_METATYPE(coapscope::LinkFormatError::Kind)

class TestLinkFormat : public QObject
{
    Q_OBJECT

private slots:
    void parsesRfc6690Example();
    void parsesEdgeCases();
    void rejects_data();
    void rejects();
    void writesAndReadsBack();
    void filters_data();
    void filters();
};

void TestLinkFormat::parsesRfc6690Example()
{
    // RFC 6690 §5, the second example.
    const QByteArray text =
        "</sensors>;ct=40;title=\"Sensor Index\",</sensors/temp>;rt=\"temperature-c\";"
        "if=\"sensor\",</sensors/light>;rt=\"light-lux\";if=\"sensor\","
        "<http://www.example.com/sensors/t123>;anchor=\"/sensors/temp\";"
        "rel=\"describedby\",</t>;anchor=\"/sensors/temp\";rel=\"alternate\"";
    const auto links = LinkFormat::parse(text);
    QVERIFY(links.hasValue());
    QCOMPARE(links->size(), 5);
    QCOMPARE(links->at(0).target, QByteArray("/sensors"));
    QCOMPARE(links->at(0).value("ct"), QByteArray("40"));
    QCOMPARE(links->at(0).value("title"), QByteArray("Sensor Index"));
    QCOMPARE(links->at(1).values("rt"), QByteArrayList{"temperature-c"});
    QCOMPARE(links->at(3).target, QByteArray("http://www.example.com/sensors/t123"));
    QCOMPARE(links->at(3).value("rel"), QByteArray("describedby"));
}

void TestLinkFormat::parsesEdgeCases()
{
    const auto links =
        LinkFormat::parse(" </a> ; rt=\"x y\" ;obs ; sz=1024 ,\n</b>;title=\"say \\\"hi\\\", ok\"");
    QVERIFY(links.hasValue());
    QCOMPARE(links->size(), 2);
    QCOMPARE(links->at(0).values("rt"), (QByteArrayList{"x", "y"}));
    QVERIFY(links->at(0).has("obs"));
    QVERIFY(!links->at(0).value("obs").has_value());
    QCOMPARE(links->at(0).value("sz"), QByteArray("1024"));
    QCOMPARE(links->at(1).value("title"), QByteArray("say \"hi\", ok"));
    QVERIFY(LinkFormat::parse("")->isEmpty());
}

void TestLinkFormat::rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<LinkFormatError::Kind>("kind");
    QTest::addColumn<int>("offset");
    QTest::newRow("no angle bracket")
        << QByteArray("/a;rt=x") << LinkFormatError::Kind::ExpectedTarget << 0;
    QTest::newRow("unterminated target")
        << QByteArray("</a;rt=x") << LinkFormatError::Kind::UnterminatedTarget << 0;
    QTest::newRow("unterminated quote")
        << QByteArray("</a>;rt=\"x") << LinkFormatError::Kind::UnterminatedQuote << 8;
    QTest::newRow("junk after link")
        << QByteArray("</a> x") << LinkFormatError::Kind::ExpectedSeparator << 5;
    QTest::newRow("empty parameter")
        << QByteArray("</a>;;") << LinkFormatError::Kind::EmptyParameterName << 5;
    QTest::newRow("trailing comma")
        << QByteArray("</a>,") << LinkFormatError::Kind::ExpectedTarget << 5;
}

void TestLinkFormat::rejects()
{
    QFETCH(QByteArray, text);
    QFETCH(LinkFormatError::Kind, kind);
    QFETCH(int, offset);
    const auto links = LinkFormat::parse(text);
    QVERIFY(!links.hasValue());
    QCOMPARE(links.error().kind, kind);
    QCOMPARE(links.error().offset, offset);
}

void TestLinkFormat::writesAndReadsBack()
{
    QList<Link> links{
        Link{"/sensors/temp",
             {{"rt", QByteArray("temperature-c sensor")},
              {"ct", QByteArray("0")},
              {"obs", std::nullopt}}},
        Link{"/x", {{"title", QByteArray("a \"quoted\" \\ title, too")}}},
    };
    const QByteArray text = LinkFormat::write(links);
    QVERIFY2(text.startsWith("</sensors/temp>;rt=\"temperature-c sensor\";ct=0;obs,</x>;title="),
             text.constData());
    const auto again = LinkFormat::parse(text);
    QVERIFY(again.hasValue());
    QCOMPARE(again.value(), links);
}

void TestLinkFormat::filters_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<bool>("matches");
    QTest::newRow("no filter") << QByteArray() << true;
    QTest::newRow("rt exact") << QByteArray("rt=temperature-c") << true;
    QTest::newRow("rt second value") << QByteArray("rt=sensor") << true;
    QTest::newRow("rt prefix") << QByteArray("rt=temp*") << true;
    QTest::newRow("rt other") << QByteArray("rt=light") << false;
    QTest::newRow("href exact") << QByteArray("href=/sensors/temp") << true;
    QTest::newRow("href prefix") << QByteArray("href=/sensors*") << true;
    QTest::newRow("href other") << QByteArray("href=/actuators*") << false;
    QTest::newRow("ct") << QByteArray("ct=0") << true;
    QTest::newRow("ct other") << QByteArray("ct=40") << false;
    QTest::newRow("absent attribute") << QByteArray("if=sensor") << false;
    QTest::newRow("star matches any value") << QByteArray("ct=*") << true;
}

void TestLinkFormat::filters()
{
    QFETCH(QByteArray, query);
    QFETCH(bool, matches);
    const Link link{"/sensors/temp",
                    {{"rt", QByteArray("temperature-c sensor")}, {"ct", QByteArray("0")}}};
    QCOMPARE(LinkFormat::matches(link, query), matches);
}

QTEST_APPLESS_MAIN(TestLinkFormat)
#include "tst_linkformat.moc"
