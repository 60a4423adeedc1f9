// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QList>
#include <QPointF>
#include <QWidget>

namespace coapscope {

// A small line plot of numbers over time, painted directly (no chart library): seconds since
// the first point across, the value's range up. Stale points are drawn hollow.
class ValuePlot : public QWidget
{
    Q_OBJECT

public:
    explicit ValuePlot(QWidget *parent = nullptr);

    // x: seconds since the observation began.
    void addPoint(double seconds, double value, bool stale);
    void clear();
    qsizetype pointCount() const { return m_points.size(); }

    QSize sizeHint() const override { return {320, 140}; }
    QSize minimumSizeHint() const override { return {160, 80}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Point
    {
        QPointF at;
        bool stale;
    };
    QList<Point> m_points;
};

} // namespace coapscope
