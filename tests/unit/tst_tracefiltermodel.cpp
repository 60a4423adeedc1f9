// SPDX-License-Identifier: BSD-2-Clause
// Filtering the trace a slice at a time: the rows found, rows appended while a filter applies,
// rows dropped at the front, cancelling, and a model that stays consistent throughout.
#include "codec/optionnumber.h"
#include "codec/udpcodec.h"
#include "models/tracefiltermodel.h"
#include "models/tracemodel.h"
#include "tracefixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace coapscope;
using namespace Qt::StringLiterals;

namespace {

// Even rows: CON GET /sensors/<n % 3> from session 1; odd rows: ACK 2.05 or 4.04 to session 2.
TraceRecord datagram(int index)
{
    const bool request = index % 2 == 0;
    Message message(request ? MessageType::Confirmable : MessageType::Acknowledgement,
                    request ? MessageCode::Get
                            : (index % 4 == 1 ? MessageCode::Content : MessageCode::NotFound),
                    quint16(index));
    message.setToken(QByteArray::fromHex("beef") + char(index & 0xff));
    if (request) {
        message.addOption(OptionNumber::UriPath, "sensors");
        message.addOption(OptionNumber::UriPath, QByteArray::number(index % 3));
    } else {
        message.setPayload(index % 4 == 1 ? "warm" : "cold");
    }
    TraceRecord record =
        testing::traceRecordOf(message, request, request ? 1 : 2, 1795605740000000 + index);
    if (index == 7)
        record.cause = TraceCause::DuplicateReceived;
    return record;
}

void fill(TraceModel &model, int from, int to)
{
    for (int i = from; i < to; ++i)
        model.record(datagram(i));
    model.flush();
}

QList<int> messageIds(const QAbstractItemModel &model)
{
    QList<int> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, TraceModel::MessageIdColumn).data().toInt();
    return ids;
}

} // namespace

class TestTraceFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void filters_data();
    void filters();
    void findsRowsInSlicesAndFollowsNewOnes();
    void cancelShowsEverything();
    void droppedRowsLeaveTheFilter();
};

void TestTraceFilterModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("ids");

    QTest::newRow("session") << u"session:2 code:4.xx"_s << QList<int>{3, 7, 11};
    QTest::newRow("type and dir") << u"type:ACK dir:received code:2.05"_s << QList<int>{1, 5, 9};
    QTest::newRow("path") << u"path:/sensors/2"_s << QList<int>{2, 8};
    QTest::newRow("path prefix and mid") << u"path:/sensors mid:0x4"_s << QList<int>{4};
    QTest::newRow("token") << u"token:beef0a"_s << QList<int>{10};
    QTest::newRow("event") << u"event:duplicate"_s << QList<int>{7};
    QTest::newRow("words after terms") << u"session:2 content"_s << QList<int>{1, 5, 9};
    QTest::newRow("words only") << u"found"_s << QList<int>{3, 7, 11};
}

void TestTraceFilterModel::filters()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, ids);
    TraceModel model;
    fill(model, 0, 12);
    TraceFilterModel filter(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setFilter(TraceFilter::parse(text));
    QVERIFY(filter.isActive());
    QTRY_VERIFY(!filter.isBusy());
    QCOMPARE(messageIds(filter), ids);
    for (int row = 0; row < filter.rowCount(); ++row) {
        const QModelIndex source = filter.mapToSource(filter.index(row, 0));
        QCOMPARE(filter.mapFromSource(source).row(), row);
    }
    filter.setFilter(TraceFilter());
    QCOMPARE(filter.rowCount(), 12);
}

void TestTraceFilterModel::findsRowsInSlicesAndFollowsNewOnes()
{
    TraceModel model;
    fill(model, 0, 20000);
    TraceFilterModel filter(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSliceMilliseconds(0); // one clock check's worth of rows a turn
    QSignalSpy progress(&filter, &TraceFilterModel::progressChanged);
    QSignalSpy busy(&filter, &TraceFilterModel::busyChanged);
    filter.setFilter(TraceFilter::parse(u"path:/sensors/1"_s));
    QCOMPARE(filter.rowCount(), 0); // nothing is searched before the event loop runs
    QTRY_VERIFY(!filter.isBusy());
    QVERIFY(progress.count() > 2); // it did take several turns
    QCOMPARE(busy.count(), 2);
    QCOMPARE(progress.last().at(0).toInt(), 100);
    QCOMPARE(filter.rowCount(), 3333); // 4, 10, 16, ..., 19996

    // Rows appended later are tested as they come.
    const int before = filter.rowCount();
    fill(model, 20000, 20012);
    QTRY_COMPARE(filter.rowCount(), before + 2);
    QCOMPARE(filter.index(before, TraceModel::MessageIdColumn).data().toInt(), 20002);
}

void TestTraceFilterModel::cancelShowsEverything()
{
    TraceModel model;
    fill(model, 0, 50000);
    TraceFilterModel filter(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSliceMilliseconds(0);
    QSignalSpy cancelled(&filter, &TraceFilterModel::cancelled);
    QSignalSpy progress(&filter, &TraceFilterModel::progressChanged);
    filter.setFilter(TraceFilter::parse(u"found"_s)); // free words decode: slow on purpose
    QVERIFY(progress.wait()); // returns after the first slice, with most rows still to go
    QVERIFY(filter.progress() > 0);
    QVERIFY(filter.isBusy());
    filter.cancel();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(!filter.isBusy());
    QVERIFY(!filter.isActive());
    QCOMPARE(filter.rowCount(), 50000);
}

void TestTraceFilterModel::droppedRowsLeaveTheFilter()
{
    TraceModel model;
    model.setCapacity(32);
    TraceFilterModel filter(&model);
    QAbstractItemModelTester tester(&filter,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    fill(model, 0, 30);
    filter.setFilter(TraceFilter::parse(u"dir:sent"_s));
    QTRY_VERIFY(!filter.isBusy());
    QCOMPARE(filter.rowCount(), 15);
    fill(model, 30, 40); // 40 rows > 32: the oldest 10 go (8 over, plus 32 / 16)
    QCOMPARE(model.droppedCount(), 10);
    QTRY_COMPARE(filter.rowCount(), 15);
    QCOMPARE(messageIds(filter).first(), 10);
    QCOMPARE(messageIds(filter).last(), 38);
    // Unfiltered, removals pass straight through.
    filter.setFilter(TraceFilter());
    fill(model, 40, 50);
    QCOMPARE(filter.rowCount(), model.rowCount());
    QCOMPARE(messageIds(filter).last(), 49);
}

QTEST_GUILESS_MAIN(TestTraceFilterModel)
#include "tst_tracefiltermodel.moc"
