// SPDX-License-Identifier: BSD-2-Clause
// The trace view as a user drives it: typing a filter, waiting for the search, choosing a
// datagram and one of its options, and seeing that option's bytes lit in the hex dump.
#include "codec/optionnumber.h"
#include "codec/udpcodec.h"
#include "models/tracefiltermodel.h"
#include "models/tracemodel.h"
#include "tracefixtures.h"
#include "widgets/hexview.h"
#include "widgets/tracedecodetree.h"
#include "widgets/tracepanel.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace coapscope;
using namespace Qt::StringLiterals;

namespace {

TraceRecord datagram(int index)
{
    const bool request = index % 2 == 0;
    Message message(request ? MessageType::Confirmable : MessageType::Acknowledgement,
                    request ? MessageCode::Get : MessageCode::Content, quint16(index / 2));
    message.setToken(QByteArray::fromHex("4f2a") + char(index / 2));
    if (request) {
        message.addOption(OptionNumber::UriPath, index % 4 == 0 ? "obs" : "temp");
    } else {
        message.setUintOption(OptionNumber::ContentFormat, 50);
        message.setPayload(R"({"t":21.5})");
    }
    return testing::traceRecordOf(message, request, 3, 1795605740000000 + index * 1000);
}

// The first node whose name is name, or starts with it followed by " (" (an option's number).
QTreeWidgetItem *findItem(QTreeWidgetItem *item, const QString &name)
{
    if (item->text(0) == name || item->text(0).startsWith(name + u" ("_s))
        return item;
    for (int i = 0; i < item->childCount(); ++i) {
        if (QTreeWidgetItem *found = findItem(item->child(i), name))
            return found;
    }
    return nullptr;
}

} // namespace

class TestTracePanel : public QObject
{
    Q_OBJECT

private slots:
    void filterSelectAndHighlight();
    void badFilterIsShownNotApplied();
    void damagedDatagramShowsWhereItBreaks();
    void escapeStopsASlowSearch();
    void droppedRowsAreCounted();
};

void TestTracePanel::filterSelectAndHighlight()
{
    TraceModel model;
    for (int i = 0; i < 400; ++i)
        model.record(datagram(i));
    TracePanel panel(&model);
    panel.resize(1200, 800);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_COMPARE(panel.view()->model()->rowCount(), 400);

    auto *field = panel.findChild<QLineEdit *>();
    QVERIFY(field);
    field->setFocus();
    QTest::keyClicks(field, u"path:/obs dir:sent mid:0x20"_s);
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_VERIFY(!panel.filterModel()->isBusy());
    QAbstractItemModel *shown = panel.view()->model();
    QTRY_COMPARE(shown->rowCount(), 1); // request 64 of 400, the 33rd message
    QCOMPARE(shown->index(0, TraceModel::MessageIdColumn).data().toInt(), 0x20);
    QVERIFY(panel.filterProblem().isEmpty());
    QVERIFY2(panel.statusText().startsWith(u"1 of 400"_s), qPrintable(panel.statusText()));
    auto *cancel = panel.findChild<QPushButton *>();
    QVERIFY(cancel);
    QTRY_VERIFY(!cancel->isVisible()); // no progress once the search is done

    panel.view()->selectionModel()->setCurrentIndex(
        shown->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(panel.decodedText().contains(u"GET"_s));
    QVERIFY(panel.decodedText().contains(u"Uri-Path (11): \"obs\""_s));

    // 4 header bytes and a 3-byte token; then Uri-Path: one delta/length byte and "obs".
    TraceDecodeTree *tree = panel.decodeTree();
    QTreeWidgetItem *option = findItem(tree->topLevelItem(0), u"Uri-Path"_s);
    QVERIFY(option);
    tree->setCurrentItem(option);
    QCOMPARE(panel.hexView()->highlightOffset(), 7);
    QCOMPARE(panel.hexView()->highlightLength(), 4);
    QCOMPARE(panel.hexView()->highlightedText(), (QStringList{u"b3 6f 62 73"_s, u".obs"_s}));

    QTreeWidgetItem *token = findItem(tree->topLevelItem(0), u"Token"_s);
    QVERIFY(token);
    tree->setCurrentItem(token);
    QCOMPARE(panel.hexView()->highlightedText(), (QStringList{u"4f 2a 20"_s, u"O* "_s}));

    // Free words narrow what the keys let through; clearing shows everything again.
    panel.setFilterText(u"session:3 code:2.05 21.5"_s);
    QTRY_COMPARE(shown->rowCount(), 200);
    panel.setFilterText(QString());
    QCOMPARE(shown->rowCount(), 400);
}

void TestTracePanel::badFilterIsShownNotApplied()
{
    TraceModel model;
    for (int i = 0; i < 10; ++i)
        model.record(datagram(i));
    TracePanel panel(&model);
    panel.show();
    panel.setFilterText(u"dir:sent"_s);
    QTRY_COMPARE(panel.view()->model()->rowCount(), 5);
    panel.setFilterText(u"dir:sent token:4f2"_s);
    QVERIFY2(panel.filterProblem().contains(u"odd"_s), qPrintable(panel.filterProblem()));
    QCOMPARE(panel.view()->model()->rowCount(), 5); // the last good filter stays
    panel.setFilterText(u"dir:sent token:4f2a"_s);
    QVERIFY(panel.filterProblem().isEmpty());
}

void TestTracePanel::damagedDatagramShowsWhereItBreaks()
{
    TraceModel model;
    TraceRecord damaged = datagram(0);
    damaged.message.reset();
    damaged.cause = TraceCause::Malformed;
    damaged.bytes = QByteArray::fromHex("42011234a1b2b4746d"); // Uri-Path cut short
    model.record(damaged);
    TracePanel panel(&model);
    panel.show();
    panel.setFilterText(u"event:malformed"_s);
    QTRY_COMPARE(panel.view()->model()->rowCount(), 1);
    panel.view()->selectionModel()->setCurrentIndex(panel.view()->model()->index(0, 0),
                                                    QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    const QString text = panel.decodedText();
    QVERIFY2(text.contains(u"Token: 0xa1b2"_s), qPrintable(text)); // what could be read
    QVERIFY2(text.contains(u"Malformed: the bytes end inside a field; 3 bytes not decoded"_s) ||
                 text.contains(u"Malformed: the bytes end inside a field; 3 byte(s) not decoded"_s),
             qPrintable(text));
    QTreeWidgetItem *broken = findItem(panel.decodeTree()->topLevelItem(0), u"Malformed"_s);
    QVERIFY(broken);
    panel.decodeTree()->setCurrentItem(broken);
    QCOMPARE(panel.hexView()->highlightOffset(), 6);
    QCOMPARE(panel.hexView()->highlightLength(), 3);
}

void TestTracePanel::escapeStopsASlowSearch()
{
    TraceModel model;
    for (int i = 0; i < 200000; ++i)
        model.record(datagram(i % 512));
    TracePanel panel(&model);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_COMPARE(panel.view()->model()->rowCount(), 200000);
    auto *cancel = panel.findChild<QPushButton *>();
    QSignalSpy busy(panel.filterModel(), &TraceFilterModel::busyChanged);
    panel.setFilterText(u"nothing-matches-this"_s); // a free word: every row is decoded
    QVERIFY(busy.wait()); // after the first slice, with most rows still to go
    QVERIFY(cancel->isVisible());
    QVERIFY2(panel.statusText().startsWith(u"0 of 200000"_s), qPrintable(panel.statusText()));
    QTest::keyClick(panel.findChild<QLineEdit *>(), Qt::Key_Escape);
    QVERIFY(!panel.filterModel()->isBusy());
    QVERIFY(!cancel->isVisible());
    QCOMPARE(panel.view()->model()->rowCount(), 200000); // everything shown again
    QVERIFY2(panel.statusText().contains(u"stopped"_s), qPrintable(panel.statusText()));
}

void TestTracePanel::droppedRowsAreCounted()
{
    TraceModel model;
    model.setCapacity(64);
    TracePanel panel(&model);
    for (int i = 0; i < 100; ++i)
        model.record(datagram(i));
    QTRY_VERIFY(model.droppedCount() > 0);
    QVERIFY2(panel.statusText().contains(u"oldest %1 datagram"_s.arg(model.droppedCount())),
             qPrintable(panel.statusText()));
}

QTEST_MAIN(TestTracePanel)
#include "tst_tracepanel.moc"
