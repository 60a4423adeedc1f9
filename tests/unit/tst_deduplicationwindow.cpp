// SPDX-License-Identifier: BSD-2-Clause
// The deduplication window on its own: lookups across page boundaries and wrap-around, the two
// expiry lists, re-remembering an ID, the token that tells a retransmission from a reused ID,
// and pages given back once empty.

#include "session/deduplicationwindow.h"

#include <QTest>

using namespace coapscope;

class TestDeduplicationWindow : public QObject
{
    Q_OBJECT

private slots:
    void remembersAndFindsAcrossPages();
    void keepsTheAnswer();
    void confirmableAndNonExpireOnTheirOwnSchedules();
    void reseenIdOutlivesItsFirstExpiry();
    void keepsTheTokenOfTheRememberedMessage();
    void emptiesCompletelyAfterAWrapOfIds();
};

void TestDeduplicationWindow::remembersAndFindsAcrossPages()
{
    DeduplicationWindow window;
    // Around a page boundary, at both ends of the ID space, and far apart.
    const QList<quint16> ids{0, 31, 32, 33, 1000, 65503, 65535};
    for (quint16 id : ids)
        window.remember(id, "t", 100, true);
    QCOMPARE(window.size(), ids.size());
    for (quint16 id : ids)
        QVERIFY2(window.find(id), qPrintable(QString::number(id)));
    for (quint16 id : {1, 30, 34, 999, 1001, 65534})
        QVERIFY2(!window.find(quint16(id)), qPrintable(QString::number(id)));
}

void TestDeduplicationWindow::keepsTheAnswer()
{
    DeduplicationWindow window;
    window.remember(7, "t", 100, true);
    DeduplicationWindow::Entry *entry = window.find(7);
    QVERIFY(entry);
    QVERIFY(!entry->isAnswered());
    QVERIFY(entry->answer.isEmpty());
    entry->answer = QByteArray::fromHex("60450007");
    window.remember(8, "t", 100, true); // another entry in the same page leaves it alone
    QCOMPARE(window.find(7)->answer, QByteArray::fromHex("60450007"));
    QVERIFY(window.find(7)->isAnswered());
}

void TestDeduplicationWindow::confirmableAndNonExpireOnTheirOwnSchedules()
{
    DeduplicationWindow window;
    window.remember(1, "t", 247, true);  // EXCHANGE_LIFETIME after 0
    window.remember(2, "t", 146, false); // NON_LIFETIME after 1: later arrival, earlier expiry
    window.forgetExpired(145);
    QVERIFY(window.find(1));
    QVERIFY(window.find(2));
    window.forgetExpired(146);
    QVERIFY(window.find(1));
    QVERIFY(!window.find(2));
    window.forgetExpired(247);
    QVERIFY(!window.find(1));
    QCOMPARE(window.size(), 0);
}

void TestDeduplicationWindow::reseenIdOutlivesItsFirstExpiry()
{
    DeduplicationWindow window;
    window.remember(5, "t", 100, true);
    window.forgetExpired(100);
    window.remember(5, "t", 300, true); // the peer's IDs wrapped around
    window.remember(6, "t", 150, false);
    window.forgetExpired(200);
    QVERIFY(window.find(5));
    QCOMPARE(window.find(5)->expiresAt, 300);
    QVERIFY(!window.find(6));

    // Seen again before the first expiry: that expiry must not drop the newer entry.
    window.remember(9, "t", 400, true);
    window.remember(9, "t", 500, true);
    window.forgetExpired(400);
    QVERIFY(window.find(9));
    window.forgetExpired(500);
    QVERIFY(!window.find(9));
}

void TestDeduplicationWindow::keepsTheTokenOfTheRememberedMessage()
{
    DeduplicationWindow window;
    window.remember(1, QByteArrayView("\x01\x02\x03\x04\x05\x06\x07\x08", 8), 100, true);
    window.remember(2, {}, 100, true);
    window.remember(3, "ab", 100, true);
    QVERIFY(window.find(1)->hasToken(QByteArrayView("\x01\x02\x03\x04\x05\x06\x07\x08", 8)));
    QVERIFY(!window.find(1)->hasToken(QByteArrayView("\x01\x02\x03\x04\x05\x06\x07", 7)));
    QVERIFY(window.find(2)->hasToken({}));
    QVERIFY(!window.find(2)->hasToken("a"));
    QVERIFY(window.find(3)->hasToken("ab"));
    QVERIFY(!window.find(3)->hasToken("ba"));
    QVERIFY(!window.find(3)->hasToken({}));

    // Remembered again for a new exchange: the new token replaces the old.
    window.remember(3, "cd", 200, true);
    QVERIFY(window.find(3)->hasToken("cd"));
    QVERIFY(!window.find(3)->isAnswered());
}

void TestDeduplicationWindow::emptiesCompletelyAfterAWrapOfIds()
{
    DeduplicationWindow window;
    const quint16 start = 65000;
    for (int i = 0; i < 70000; ++i) {
        const quint16 id = quint16(start + i);
        QVERIFY(!window.find(id) || i >= 65536);
        window.remember(id, "t", i, true);
    }
    QCOMPARE(window.size(), 65536);
    window.forgetExpired(69999);
    QCOMPARE(window.size(), 0);
    for (int id = 0; id < 65536; id += 97)
        QVERIFY(!window.find(quint16(id)));
}

QTEST_APPLESS_MAIN(TestDeduplicationWindow)
#include "tst_deduplicationwindow.moc"
