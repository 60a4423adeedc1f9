// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "models/ladderlayout.h"

#include <QColor>
#include <QFont>
#include <QLineF>
#include <QPalette>
#include <QRectF>

class QPainter;

namespace coapscope {

// Where things go on screen, in viewport pixels, for the current zoom and scroll position.
struct LadderGeometry
{
    double header = 0;      // height of the lane titles that stay at the top
    double top = 0;         // content y of the first datagram
    double unit = 1;        // pixels per layout unit
    double slope = 0;       // how far an arrow drops on its way across
    double rulerRight = 0;  // the time ruler's right edge
    double leftLane = 0;    // this side
    double rightLane = 0;   // the peer
    double linkColumn = 10; // width of one column of CON/ACK and request/response brackets
    double groupLeft = 0;   // x of the first block-group column
    double groupColumn = 18;
    double scrollY = 0;
    double scrollX = 0;
    int lineHeight = 16;

    double y(double position) const { return top + position * unit - scrollY; }
    bool showsLabels() const { return unit >= lineHeight * 1.6; }
    // The arrow of an item: from the sender's lane to the receiver's, sloping down.
    QLineF arrow(const LadderLayout::Item &item) const;
    // Where the label goes, above the arrow.
    QRectF labelRect(const LadderLayout::Item &item) const;
};

// Paints a ladder diagram: lanes, time ruler, arrows, labels, timers, links and block
// groups. Only the items in view are painted (plus the links that cross the view).
class LadderPainter
{
public:
    LadderPainter(const LadderLayout &layout, const LadderGeometry &geometry,
                  const QPalette &palette, const QFont &font);

    // Returns how many arrows were drawn.
    int paint(QPainter &painter, const QRectF &area, int selected) const;
    void paintHeader(QPainter &painter, const QRectF &area) const;

    // The colours, shared with the legend.
    static QColor requestColor(const QPalette &palette);
    static QColor responseColor(const QPalette &palette);
    static QColor quietColor(const QPalette &palette);
    static QColor warningColor(const QPalette &palette);
    static QColor retransmissionColor(const QPalette &palette);
    static QColor dtlsColor(const QPalette &palette);

private:
    QColor colorOf(const LadderLayout::Item &item) const;
    void paintRuler(QPainter &painter, int first, int last) const;
    void paintArrow(QPainter &painter, int index, bool selected) const;
    void paintTimers(QPainter &painter, int first, int last) const;
    void paintLinks(QPainter &painter, int first, int last, int selected) const;
    void paintGroups(QPainter &painter, double top, double bottom, int selected) const;
    void paintBracket(QPainter &painter, double x, double from, double to, double tick,
                      bool open) const;

    const LadderLayout &m_layout;
    const LadderGeometry &m_geometry;
    const QPalette &m_palette;
    QFont m_font;
    QFont m_small;
};

} // namespace coapscope
