// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "ladderpainter.h"

#include <QAbstractScrollArea>

#include <optional>

namespace coapscope {

class LadderLayout;

// A session as a ladder diagram: this side on the left, the peer on the right, time flowing
// down, one arrow per datagram. Ctrl+wheel zooms about the mouse; Up and Down walk the arrows.
class LadderView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    static constexpr double MinimumZoom = 0.05;
    static constexpr double MaximumZoom = 8.0;

    explicit LadderView(LadderLayout *layout, QWidget *parent = nullptr);

    double zoom() const { return m_zoom; }
    // The selected arrow's TraceModel row, or -1.
    int selectedRow() const;
    // The middle of a row's arrow in viewport coordinates, if the row is in this session.
    std::optional<QPointF> arrowCenter(int traceModelRow) const;
    // How many arrows the last paint drew: the ones in view, never the whole session.
    int paintedArrows() const { return m_paintedArrows; }

public slots:
    // Highlights the row's arrow and scrolls it into view (nothing if it is not laid out).
    void selectRow(int traceModelRow);
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    // Zooms so that the whole session fits the height of the view.
    void fitToView();

signals:
    void rowActivated(int traceModelRow);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    LadderGeometry geometry() const;
    double minimumContentWidth() const;
    int itemAt(const QPointF &point) const;
    void updateScrollBars();
    void zoomAbout(double zoom, double viewportY);
    void selectItem(int index, bool activate);
    void ensureVisible(int index);
    void layoutChanged(bool reset);

    LadderLayout *m_layout;
    double m_zoom = 1.0;
    int m_selected = -1; // item index
    int m_paintedArrows = 0;
};

} // namespace coapscope
