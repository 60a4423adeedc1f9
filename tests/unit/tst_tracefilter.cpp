// SPDX-License-Identifier: BSD-2-Clause
// The trace filter expression: what it accepts, what it refuses and why, and which rows match.
#include "models/tracefilter.h"

#include <QTest>

using namespace coapscope;
using namespace Qt::StringLiterals;

class TestTraceFilter : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void matchesFacts_data();
    void matchesFacts();
    void matchesPath();
    void matchesWords();
};

void TestTraceFilter::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("errorContains");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("empty") << QString() << true << QString() << QStringList();
    QTest::newRow("words") << u"core  temp"_s << true << QString()
                           << QStringList{u"core"_s, u"temp"_s};
    QTest::newRow("all keys") << u"session:3 type:CON code:4.xx token:4f2a path:/obs dir:sent "
                                 u"mid:0x1a2b event:retransmission proto:udp hello"_s
                              << true << QString() << QStringList{u"hello"_s};
    QTest::newRow("code names") << u"code:GET code:content code:2.05 code:4"_s << true << QString()
                                << QStringList();
    QTest::newRow("url is a word")
        << u"coap://host/x"_s << true << QString() << QStringList{u"coap://host/x"_s};
    QTest::newRow("unknown key") << u"color:red"_s << false << u"color"_s << QStringList();
    QTest::newRow("bad code") << u"code:9.99"_s << false << u"9.99"_s << QStringList();
    QTest::newRow("bad code class") << u"code:8.xx"_s << false << u"8.xx"_s << QStringList();
    QTest::newRow("odd hex") << u"token:4f2"_s << false << u"odd"_s << QStringList();
    QTest::newRow("not hex") << u"token:zz"_s << false << u"hexadecimal"_s << QStringList();
    QTest::newRow("long token") << u"token:00112233445566778899"_s << false << u"8 bytes"_s
                                << QStringList();
    QTest::newRow("bad type") << u"type:FOO"_s << false << u"CON"_s << QStringList();
    QTest::newRow("bad dir") << u"dir:up"_s << false << u"sent"_s << QStringList();
    QTest::newRow("big mid") << u"mid:70000"_s << false << u"70000"_s << QStringList();
    QTest::newRow("bad session") << u"session:x"_s << false << u"session"_s << QStringList();
    QTest::newRow("no value") << u"type:"_s << false << u"value"_s << QStringList();
    QTest::newRow("bad event") << u"event:party"_s << false << u"party"_s << QStringList();
}

void TestTraceFilter::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, errorContains);
    QFETCH(QStringList, words);
    const TraceFilter filter = TraceFilter::parse(text);
    QCOMPARE(filter.isValid(), valid);
    if (valid) {
        QCOMPARE(filter.words(), words);
    } else {
        QVERIFY2(filter.errorString().contains(errorContains, Qt::CaseInsensitive),
                 qPrintable(filter.errorString()));
    }
}

void TestTraceFilter::matchesFacts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");

    // The facts below: session 3, received CON 4.04 MID 0x1a2b token 4f2a01, retransmission.
    QTest::newRow("nothing") << QString() << true;
    QTest::newRow("session") << u"session:3"_s << true;
    QTest::newRow("other session") << u"session:4"_s << false;
    QTest::newRow("dir") << u"dir:received"_s << true;
    QTest::newRow("other dir") << u"dir:sent"_s << false;
    QTest::newRow("type") << u"type:con"_s << true;
    QTest::newRow("other type") << u"type:NON"_s << false;
    QTest::newRow("code") << u"code:4.04"_s << true;
    QTest::newRow("code name") << u"code:GET"_s << false;
    QTest::newRow("class") << u"code:4.xx"_s << true;
    QTest::newRow("other class") << u"code:2.xx"_s << false;
    QTest::newRow("token prefix") << u"token:4f2a"_s << true;
    QTest::newRow("token whole") << u"token:0x4f2a01"_s << true;
    QTest::newRow("other token") << u"token:4f2b"_s << false;
    QTest::newRow("mid hex") << u"mid:0x1a2b"_s << true;
    QTest::newRow("mid decimal") << u"mid:6699"_s << true;
    QTest::newRow("other mid") << u"mid:1"_s << false;
    QTest::newRow("event") << u"event:retransmission"_s << true;
    QTest::newRow("other event") << u"event:duplicate"_s << false;
    QTest::newRow("proto") << u"proto:UDP"_s << true;
    QTest::newRow("all") << u"session:3 dir:received type:CON code:4.xx token:4f mid:0x1a2b"_s
                         << true;
    QTest::newRow("one fails") << u"session:3 type:ACK"_s << false;
}

void TestTraceFilter::matchesFacts()
{
    QFETCH(QString, text);
    QFETCH(bool, matches);
    const QByteArray token = QByteArray::fromHex("4f2a01");
    TraceRowFacts facts;
    facts.sessionId = 3;
    facts.direction = TraceDirection::Received;
    facts.type = MessageType::Confirmable;
    facts.code = MessageCode::NotFound.raw();
    facts.messageId = 0x1a2b;
    facts.token = token;
    facts.cause = TraceCause::Retransmission;
    const TraceFilter filter = TraceFilter::parse(text);
    QVERIFY2(filter.isValid(), qPrintable(filter.errorString()));
    QCOMPARE(filter.matchesFacts(facts), matches);

    // A frame on a stream has no type or message ID, and a malformed datagram no code.
    facts.protocol = Protocol::Tcp;
    if (text.contains(u"type:") || text.contains(u"mid:"))
        QVERIFY(!filter.matchesFacts(facts));
    facts.malformed = true;
    if (text.contains(u"code:"))
        QVERIFY(!filter.matchesFacts(facts));
}

void TestTraceFilter::matchesPath()
{
    const TraceFilter filter = TraceFilter::parse(u"path:/obs"_s);
    QVERIFY(filter.matchesPath(u"/obs"));
    QVERIFY(filter.matchesPath(u"/obs/fast"));
    QVERIFY(!filter.matchesPath(u"/observe"));
    QVERIFY(!filter.matchesPath(u""));
    QVERIFY(TraceFilter::parse(u"path:sensors"_s).matchesPath(u"/sensors/temp"));
    QVERIFY(TraceFilter().matchesPath(u"/anything"));
}

void TestTraceFilter::matchesWords()
{
    const TraceFilter filter = TraceFilter::parse(u"Core TEMP"_s);
    QVERIFY(filter.matchesWords(u"GET /core/temp"));
    QVERIFY(!filter.matchesWords(u"GET /core"));
}

QTEST_GUILESS_MAIN(TestTraceFilter)
#include "tst_tracefilter.moc"
