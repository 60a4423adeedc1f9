// SPDX-License-Identifier: BSD-2-Clause
// The ladder diagram as a user meets it: clicking arrows, selecting from the trace, zooming,
// and painting only what is in view however long the session.
#include "codec/optionnumber.h"
#include "codec/udpcodec.h"
#include "models/ladderlayout.h"
#include "models/tracemodel.h"
#include "tracefixtures.h"
#include "widgets/ladderpanel.h"
#include "widgets/ladderview.h"

#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace coapscope;

namespace {

constexpr quint64 session = 3;

// Records CON GETs, alternately sent and answered, stepUs apart; every fourth row belongs to
// another session so that trace rows and ladder items are numbered differently.
void fill(TraceModel &model, int rows, qint64 stepUs = 1000)
{
    qint64 time = 1795605740000000;
    for (int row = 0; row < rows; ++row) {
        time += stepUs;
        const bool other = row % 4 == 3;
        const bool sent = row % 2 == 0;
        Message message(sent ? MessageType::Confirmable : MessageType::Acknowledgement,
                        sent ? MessageCode::Get : MessageCode::Content, quint16(row / 2));
        message.setToken(QByteArray(1, char(row / 2)));
        if (sent)
            message.addOption(OptionNumber::UriPath, "temp");
        TraceRecord record =
            testing::traceRecordOf(message, sent, other ? session + 1 : session, time);
        if (other)
            record.remote.port = 6000;
        model.record(record);
    }
    model.flush();
}

bool hasColorNear(const QImage &image, QPoint center, const QColor &color)
{
    for (int dy = -3; dy <= 3; ++dy) {
        for (int dx = -3; dx <= 3; ++dx) {
            const QColor pixel = image.pixelColor(center + QPoint(dx, dy));
            if (qAbs(pixel.red() - color.red()) + qAbs(pixel.green() - color.green()) +
                    qAbs(pixel.blue() - color.blue()) <
                30)
                return true;
        }
    }
    return false;
}

} // namespace

class TestLadderView : public QObject
{
    Q_OBJECT

private slots:
    void clickingAnArrowActivatesItsRow();
    void selectRowScrollsAndHighlights();
    void keysWalkTheArrows();
    void zoomSpreadsTheArrows();
    void paintsWithoutRows();
    void paintsOnlyTheArrowsInView();
    void panelFollowsSessions();
};

void TestLadderView::clickingAnArrowActivatesItsRow()
{
    TraceModel model;
    fill(model, 12);
    LadderLayout layout(&model);
    layout.setSession(session);
    LadderView view(&layout);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy activated(&view, &LadderView::rowActivated);

    QVERIFY(!view.arrowCenter(3)); // another session's row has no arrow
    for (int row : {5, 0, 9}) {
        const auto center = view.arrowCenter(row);
        QVERIFY(center);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, center->toPoint());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.takeFirst().at(0).toInt(), row);
        QCOMPARE(view.selectedRow(), row);
    }
    // Far from every arrow: nothing.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                      QPoint(5, view.viewport()->height() - 5));
    QCOMPARE(activated.count(), 0);
}

void TestLadderView::selectRowScrollsAndHighlights()
{
    TraceModel model;
    fill(model, 400);
    LadderLayout layout(&model);
    layout.setSession(session);
    LadderView view(&layout);
    view.resize(900, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.verticalScrollBar()->value(), 0);
    QSignalSpy activated(&view, &LadderView::rowActivated);

    const int row = 301;
    QVERIFY(layout.itemForRow(row) >= 0);
    view.selectRow(row);
    QCOMPARE(view.selectedRow(), row);
    QCOMPARE(activated.count(), 0); // selecting from outside does not echo back
    QVERIFY(view.verticalScrollBar()->value() > 0);
    const QPointF center = *view.arrowCenter(row);
    QVERIFY(center.y() > 0 && center.y() < view.viewport()->height());
    const QImage image = view.viewport()->grab().toImage();
    const QPoint pixel = (center * image.devicePixelRatio()).toPoint();
    QVERIFY(hasColorNear(image, pixel, view.palette().color(QPalette::Highlight)));

    view.selectRow(3); // not in this session: nothing selected
    QCOMPARE(view.selectedRow(), -1);
}

void TestLadderView::keysWalkTheArrows()
{
    TraceModel model;
    fill(model, 12);
    LadderLayout layout(&model);
    layout.setSession(session);
    LadderView view(&layout);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.accessibleName().isEmpty());
    QSignalSpy activated(&view, &LadderView::rowActivated);
    view.selectRow(2);
    QTest::keyClick(&view, Qt::Key_Down);
    QCOMPARE(activated.takeFirst().at(0).toInt(), 4); // row 3 is another session's
    QTest::keyClick(&view, Qt::Key_Up);
    QTest::keyClick(&view, Qt::Key_Up);
    QCOMPARE(activated.takeLast().at(0).toInt(), 1);
}

void TestLadderView::zoomSpreadsTheArrows()
{
    TraceModel model;
    fill(model, 12, 200000); // 200 ms apart
    LadderLayout layout(&model);
    layout.setSession(session);
    LadderView view(&layout);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    auto distance = [&] { return view.arrowCenter(4)->y() - view.arrowCenter(2)->y(); };
    const double before = distance();
    QVERIFY(before > 0);
    view.zoomIn();
    QVERIFY(view.zoom() > 1.0);
    QVERIFY(distance() > before * 1.2);
    view.zoomOut();
    view.zoomOut();
    QVERIFY(distance() < before);

    // Ctrl+wheel zooms about the mouse: the arrow under it stays put.
    view.setZoom(1.0);
    const QPointF anchor = *view.arrowCenter(5);
    const QPointF far = *view.arrowCenter(0);
    QWheelEvent wheel(anchor, view.viewport()->mapToGlobal(anchor), {}, QPoint(0, 240),
                      Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view.viewport(), &wheel);
    QVERIFY(view.zoom() > 1.4);
    // (The point under the mouse stays exactly; the arrow's middle within its slope.)
    QVERIFY(qAbs(view.arrowCenter(5)->y() - anchor.y()) < 4.0);
    QVERIFY(qAbs(view.arrowCenter(0)->y() - far.y()) > 40.0);
}

void TestLadderView::paintsWithoutRows()
{
    TraceModel model;
    LadderLayout layout(&model);
    LadderView view(&layout);
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.grab();
    layout.setSession(session); // a session with nothing recorded yet
    view.fitToView();
    view.grab();
    QCOMPARE(view.paintedArrows(), 0);
}

void TestLadderView::paintsOnlyTheArrowsInView()
{
    TraceModel model;
    fill(model, 13333); // 10,000 of them in the session
    LadderLayout layout(&model);
    layout.setSession(session);
    QCOMPARE(layout.count(), 10000);
    LadderView view(&layout);
    view.resize(900, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    view.grab();
    QVERIFY(view.paintedArrows() > 5);
    QVERIFY(view.paintedArrows() < 60);
    view.selectRow(layout.item(9999).row); // the end of the session
    view.grab();
    QVERIFY(view.paintedArrows() > 5);
    QVERIFY(view.paintedArrows() < 60);
    view.fitToView(); // as far out as zoom goes, still a screenful, not the session
    view.grab();
    QVERIFY(view.paintedArrows() > 60);
    QVERIFY(view.paintedArrows() < 2000);
}

void TestLadderView::panelFollowsSessions()
{
    TraceModel model;
    LadderPanel panel(&model);
    panel.resize(900, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.sessionChooser()->count(), 0);
    fill(model, 8);
    QCOMPARE(panel.sessionChooser()->count(), 2);
    QCOMPARE(panel.layout()->session(), session);
    QVERIFY(panel.sessionChooser()->itemText(1).contains(QStringLiteral("127.0.0.1:6000")));
    QSignalSpy activated(&panel, &LadderPanel::rowActivated);

    panel.selectRow(7); // the other session's row: the panel switches to that session
    QCOMPARE(panel.layout()->session(), session + 1);
    QCOMPARE(panel.view()->selectedRow(), 7);
    const auto center = panel.view()->arrowCenter(7);
    QVERIFY(center);
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, center->toPoint());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).toInt(), 7);
}

QTEST_MAIN(TestLadderView)
#include "tst_ladderview.moc"
