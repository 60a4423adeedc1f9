// SPDX-License-Identifier: BSD-2-Clause
#include "valueplot.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace coapscope {

ValuePlot::ValuePlot(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Plot of the notified values"));
    setAccessibleDescription(tr("The numeric payloads of the notifications over time."));
}

void ValuePlot::addPoint(double seconds, double value, bool stale)
{
    m_points.append({QPointF(seconds, value), stale});
    update();
}

void ValuePlot::clear()
{
    m_points.clear();
    update();
}

void ValuePlot::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colors = palette();
    painter.fillRect(rect(), colors.base());

    const QFontMetrics metrics = fontMetrics();
    if (m_points.isEmpty()) {
        painter.setPen(colors.color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Numeric notifications are plotted here."));
        return;
    }

    auto [minY, maxY] =
        std::minmax_element(m_points.begin(), m_points.end(),
                            [](const Point &a, const Point &b) { return a.at.y() < b.at.y(); });
    double low = minY->at.y();
    double high = maxY->at.y();
    if (high - low < 1e-9) { // a flat line sits in the middle
        low -= 1;
        high += 1;
    }
    const double lastX = std::max(1.0, m_points.last().at.x());

    const QString highText = QLocale().toString(high, 'g', 6);
    const QString lowText = QLocale().toString(low, 'g', 6);
    const int labelWidth =
        std::max(metrics.horizontalAdvance(highText), metrics.horizontalAdvance(lowText)) + 8;
    const QRectF area =
        QRectF(rect()).adjusted(labelWidth, metrics.height() / 2.0 + 4, -8, -metrics.height() - 6);
    if (area.width() < 10 || area.height() < 10)
        return;

    painter.setPen(colors.color(QPalette::Mid));
    painter.drawRect(area);
    painter.setPen(colors.color(QPalette::Text));
    painter.drawText(
        QRectF(0, area.top() - metrics.height() / 2.0, labelWidth - 4, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, highText);
    painter.drawText(
        QRectF(0, area.bottom() - metrics.height() / 2.0, labelWidth - 4, metrics.height()),
        Qt::AlignRight | Qt::AlignVCenter, lowText);
    painter.drawText(QRectF(area.left(), area.bottom() + 3, area.width(), metrics.height()),
                     Qt::AlignRight, tr("%1 s").arg(QLocale().toString(lastX, 'f', 0)));

    auto place = [&](const QPointF &point) {
        return QPointF(area.left() + point.x() / lastX * area.width(),
                       area.bottom() - (point.y() - low) / (high - low) * area.height());
    };
    QPainterPath line;
    line.moveTo(place(m_points.first().at));
    for (const Point &point : std::as_const(m_points))
        line.lineTo(place(point.at));
    const QColor accent = colors.color(QPalette::Highlight);
    painter.setPen(QPen(accent, 2));
    painter.drawPath(line);
    for (const Point &point : std::as_const(m_points)) {
        painter.setBrush(point.stale ? colors.base() : QBrush(accent));
        painter.drawEllipse(place(point.at), 3, 3);
    }
}

} // namespace coapscope
