// SPDX-License-Identifier: BSD-2-Clause
#include "codec/optionnumber.h"
#include "codec/uri.h"

#include <QTest>

using namespace coapscope;
using Kind = UriError::Kind;

Q_DECLARE_METATYPE(coapscope::UriError::Kind)

class TestUri : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void rfc7252EquivalentForms();
    void rejects_data();
    void rejects();
    void decomposesIntoOptions_data();
    void decomposesIntoOptions();
    void composesFromOptions_data();
    void composesFromOptions();
    void rejectsDotSegmentOptions();
    void percentEncodesWhenComposing();
    void roundTripsThroughText_data() { parses_data(); }
    void roundTripsThroughText();
};

void TestUri::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QByteArrayList>("path");
    QTest::addColumn<QByteArrayList>("query");

    QTest::newRow("plain") << "coap://example.com/sensors/temp?a=1&b"
                           << "coap"
                           << "example.com" << 5683 << QByteArrayList{"sensors", "temp"}
                           << QByteArrayList{"a=1", "b"};
    QTest::newRow("no path") << "coap://example.com"
                             << "coap"
                             << "example.com" << 5683 << QByteArrayList{} << QByteArrayList{};
    QTest::newRow("root") << "coaps://example.com/"
                          << "coaps"
                          << "example.com" << 5684 << QByteArrayList{} << QByteArrayList{};
    QTest::newRow("ipv6") << "coaps://[2001:DB8::2:1]/"
                          << "coaps"
                          << "2001:db8::2:1" << 5684 << QByteArrayList{} << QByteArrayList{};
    QTest::newRow("ipv6 with port") << "coap+tcp://[::1]:61616/a"
                                    << "coap+tcp"
                                    << "::1" << 61616 << QByteArrayList{"a"} << QByteArrayList{};
    QTest::newRow("ipv6 zone") << "coap://[fe80::1%25eth0]:1234/"
                               << "coap"
                               << "fe80::1%eth0" << 1234 << QByteArrayList{} << QByteArrayList{};
    QTest::newRow("ipv4 and port")
        << "coap://127.0.0.1:15683/x"
        << "coap"
        << "127.0.0.1" << 15683 << QByteArrayList{"x"} << QByteArrayList{};
    QTest::newRow("percent and utf-8")
        << "coaps+tcp://h/a%20b/%C3%A9"
        << "coaps+tcp"
        << "h" << 5684 << QByteArrayList{"a b", "\xc3\xa9"} << QByteArrayList{};
    QTest::newRow("raw non-ascii")
        << QString::fromUtf8("coap://h/caf\xc3\xa9") << "coap"
        << "h" << 5683 << QByteArrayList{"caf\xc3\xa9"} << QByteArrayList{};
    QTest::newRow("trailing slash") << "coap://h/x/"
                                    << "coap"
                                    << "h" << 5683 << QByteArrayList{"x", ""} << QByteArrayList{};
    QTest::newRow("dot segments") << "coap://h/a/./b/../c"
                                  << "coap"
                                  << "h" << 5683 << QByteArrayList{"a", "c"} << QByteArrayList{};
    QTest::newRow("query only") << "coap://h?q"
                                << "coap"
                                << "h" << 5683 << QByteArrayList{} << QByteArrayList{"q"};
    QTest::newRow("empty query parts")
        << "coap://h/?a&&b"
        << "coap"
        << "h" << 5683 << QByteArrayList{} << QByteArrayList{"a", "", "b"};
    QTest::newRow("query keeps / and ?")
        << "coap://h/p?x=/y?z"
        << "coap"
        << "h" << 5683 << QByteArrayList{"p"} << QByteArrayList{"x=/y?z"};
    QTest::newRow("escaped & in query")
        << "coap://h/p?a=%26"
        << "coap"
        << "h" << 5683 << QByteArrayList{"p"} << QByteArrayList{"a=&"};
    QTest::newRow("empty port") << "coap://h:/p"
                                << "coap"
                                << "h" << 5683 << QByteArrayList{"p"} << QByteArrayList{};
    QTest::newRow("scheme case") << "COAP://H/P"
                                 << "coap"
                                 << "h" << 5683 << QByteArrayList{"P"} << QByteArrayList{};
}

void TestUri::parses()
{
    QFETCH(QString, text);
    QFETCH(QString, scheme);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QByteArrayList, path);
    QFETCH(QByteArrayList, query);

    const auto uri = Uri::parse(text);
    QVERIFY2(uri.hasValue(),
             qPrintable(uri.hasValue() ? QString() : QString(UriError::kindId(uri.error().kind))));
    QCOMPARE(QString(Uri::schemeName(uri->scheme())), scheme);
    QCOMPARE(uri->host(), host);
    QCOMPARE(uri->port(), port);
    QCOMPARE(uri->pathSegments(), path);
    QCOMPARE(uri->querySegments(), query);
}

void TestUri::rfc7252EquivalentForms()
{
    // RFC 7252 §6.3: these three name the same resource.
    const auto a = Uri::parse(u"coap://example.com:5683/~sensors/temp.xml");
    const auto b = Uri::parse(u"coap://EXAMPLE.com/%7Esensors/temp.xml");
    const auto c = Uri::parse(u"coap://EXAMPLE.com:/%7esensors/temp.xml");
    QVERIFY(a && b && c);
    QCOMPARE(a->toOptions(), b->toOptions());
    QCOMPARE(b->toOptions(), c->toOptions());
    QCOMPARE(a->toString(), QStringLiteral("coap://example.com/~sensors/temp.xml"));
    QCOMPARE(b->toString(), a->toString());
    QCOMPARE(c->toString(), a->toString());
}

void TestUri::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("offset");

    QTest::newRow("empty") << "" << Kind::Empty << 0;
    QTest::newRow("no scheme") << "example.com/x" << Kind::MissingScheme << 0;
    QTest::newRow("http") << "http://h/" << Kind::UnsupportedScheme << 0;
    QTest::newRow("no slashes") << "coap:h/x" << Kind::MissingAuthority << 5;
    QTest::newRow("user info") << "coap://user@h/" << Kind::UserInfoNotAllowed << 11;
    QTest::newRow("empty host") << "coap:///x" << Kind::EmptyHost << 7;
    QTest::newRow("empty host with port") << "coap://:5683/x" << Kind::EmptyHost << 7;
    QTest::newRow("bad ipv6") << "coap://[::g]/" << Kind::InvalidIpLiteral << 7;
    QTest::newRow("unclosed bracket") << "coap://[::1/" << Kind::InvalidIpLiteral << 7;
    QTest::newRow("ipv4 in brackets") << "coap://[127.0.0.1]/" << Kind::InvalidIpLiteral << 7;
    // Found by fuzz_uri: a "%" that does not start an RFC 6874 zone.
    QTest::newRow("bare % in ipv6")
        << "coaps://[2001:db8::2:1%]:6166/a" << Kind::InvalidIpLiteral << 8;
    QTest::newRow("empty zone") << "coap://[fe80::1%25]/" << Kind::InvalidIpLiteral << 15;
    QTest::newRow("port too big") << "coap://h:65536/" << Kind::InvalidPort << 9;
    QTest::newRow("port letters") << "coap://h:12a/" << Kind::InvalidPort << 11;
    QTest::newRow("junk after bracket") << "coap://[::1]x/" << Kind::InvalidCharacter << 12;
    QTest::newRow("fragment") << "coap://h/x#f" << Kind::FragmentNotAllowed << 10;
    QTest::newRow("bad escape") << "coap://h/%zz" << Kind::InvalidPercentEncoding << 9;
    QTest::newRow("short escape") << "coap://h/%4" << Kind::InvalidPercentEncoding << 9;
    QTest::newRow("space") << "coap://h/a b" << Kind::InvalidCharacter << 10;
    QTest::newRow("space in query") << "coap://h/?a b" << Kind::InvalidCharacter << 11;
    QTest::newRow("bad host char") << "coap://h<st/" << Kind::InvalidCharacter << 8;
}

void TestUri::rejects()
{
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    QFETCH(int, offset);
    const auto uri = Uri::parse(text);
    QVERIFY(!uri.hasValue());
    QCOMPARE(UriError::kindId(uri.error().kind), UriError::kindId(kind));
    QCOMPARE(uri.error().offset, offset);
}

void TestUri::decomposesIntoOptions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<Option>>("options");

    QTest::newRow("host name, port, path, query")
        << "coap://example.net:61616/.well-known/core?rt=temp"
        << QList<Option>{Option(OptionNumber::UriHost, "example.net"),
                         Option::fromUint(OptionNumber::UriPort, 61616),
                         Option(OptionNumber::UriPath, ".well-known"),
                         Option(OptionNumber::UriPath, "core"),
                         Option(OptionNumber::UriQuery, "rt=temp")};
    QTest::newRow("ipv4 needs no Uri-Host")
        << "coap://127.0.0.1/x" << QList<Option>{Option(OptionNumber::UriPath, "x")};
    QTest::newRow("ipv6, default port") << "coap://[::1]:5683/" << QList<Option>{};
    QTest::newRow("coaps default port") << "coaps://[::1]:5684" << QList<Option>{};
    QTest::newRow("coap port on coaps")
        << "coaps://[::1]:5683" << QList<Option>{Option::fromUint(OptionNumber::UriPort, 5683)};
    QTest::newRow("host is lower-cased")
        << "coap://Sensor.Example/"
        << QList<Option>{Option(OptionNumber::UriHost, "sensor.example")};
}

void TestUri::decomposesIntoOptions()
{
    QFETCH(QString, text);
    QFETCH(QList<Option>, options);
    const auto uri = Uri::parse(text);
    QVERIFY(uri.hasValue());
    QCOMPARE(uri->toOptions(), options);

    Message request(MessageType::Confirmable, MessageCode::Get);
    uri->addOptionsTo(request);
    QCOMPARE(request.options(), options);
}

void TestUri::composesFromOptions_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("destinationHost");
    QTest::addColumn<int>("destinationPort");
    QTest::addColumn<QList<Option>>("options");
    QTest::addColumn<QString>("expected");

    QTest::newRow("path and query")
        << "coap"
        << "127.0.0.1" << 5683
        << QList<Option>{Option(OptionNumber::UriPath, "a"), Option(OptionNumber::UriPath, "b"),
                         Option(OptionNumber::UriQuery, "x=1")}
        << "coap://127.0.0.1/a/b?x=1";
    QTest::newRow("Uri-Host and Uri-Port win")
        << "coap"
        << "127.0.0.1" << 5683
        << QList<Option>{Option(OptionNumber::UriHost, "example.org"),
                         Option::fromUint(OptionNumber::UriPort, 1234)}
        << "coap://example.org:1234/";
    QTest::newRow("ipv6 destination") << "coaps"
                                      << "::1" << 5684 << QList<Option>{} << "coaps://[::1]/";
    QTest::newRow("non-default destination port")
        << "coap+tcp"
        << "10.0.0.1" << 15683 << QList<Option>{Option(OptionNumber::UriPath, "t")}
        << "coap+tcp://10.0.0.1:15683/t";
}

void TestUri::composesFromOptions()
{
    QFETCH(QString, scheme);
    QFETCH(QString, destinationHost);
    QFETCH(int, destinationPort);
    QFETCH(QList<Option>, options);
    QFETCH(QString, expected);

    Message request(MessageType::Confirmable, MessageCode::Get);
    for (const auto &option : options)
        request.addOption(option);
    const auto uri = Uri::fromOptions(*Uri::schemeFromName(scheme), destinationHost,
                                      quint16(destinationPort), request);
    QVERIFY(uri.hasValue());
    QCOMPARE(uri->toString(), expected);
}

void TestUri::rejectsDotSegmentOptions()
{
    Message request(MessageType::Confirmable, MessageCode::Get);
    request.addOption(OptionNumber::UriPath, "a");
    request.addOption(OptionNumber::UriPath, "..");
    const auto uri = Uri::fromOptions(UriScheme::Coap, QStringLiteral("::1"), 5683, request);
    QVERIFY(!uri.hasValue());
    QCOMPARE(uri.error().kind, Kind::DotSegmentOption);
    QCOMPARE(uri.error().offset, 1);
}

void TestUri::percentEncodesWhenComposing()
{
    Uri uri;
    uri.setHost(QStringLiteral("h"));
    uri.setPathSegments({"a b", "c/d", "~x:@"});
    uri.setQuerySegments({"x=&y", "z/?"});
    QCOMPARE(uri.toString(), QStringLiteral("coap://h/a%20b/c%2Fd/~x:@?x=%26y&z/?"));
}

void TestUri::roundTripsThroughText()
{
    QFETCH(QString, text);
    const auto uri = Uri::parse(text);
    QVERIFY(uri.hasValue());
    const auto again = Uri::parse(uri->toString());
    QVERIFY(again.hasValue());
    QCOMPARE(again->toOptions(), uri->toOptions());
    QCOMPARE(again->toString(), uri->toString());
}

QTEST_APPLESS_MAIN(TestUri)
#include "tst_uri.moc"
