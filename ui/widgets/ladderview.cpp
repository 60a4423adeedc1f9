// SPDX-License-Identifier: BSD-2-Clause
#include "ladderview.h"

#include "models/ladderlayout.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace coapscope {

namespace {

constexpr double zoomStep = 1.25;
constexpr double unitLines = 2.1; // a label line, the arrow and some air between datagrams

} // namespace

LadderView::LadderView(LadderLayout *layout, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_layout(layout)
{
    setAccessibleName(tr("Ladder diagram"));
    setAccessibleDescription(
        tr("The datagrams of one session as arrows between this side and the peer, time "
           "flowing down. Up and Down select the previous or next datagram."));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    connect(layout, &LadderLayout::layoutReset, this, [this] { layoutChanged(true); });
    connect(layout, &LadderLayout::itemsAppended, this, [this] { layoutChanged(false); });
    updateScrollBars();
}

LadderGeometry LadderView::geometry() const
{
    LadderGeometry g;
    const QFontMetricsF metrics(font());
    g.lineHeight = int(std::ceil(metrics.height()));
    g.header = g.lineHeight * 2 + 12;
    g.top = g.header + g.lineHeight * 1.8;
    g.unit = g.lineHeight * unitLines * m_zoom;
    g.slope = std::min(g.unit * 0.3, g.lineHeight * 0.6);
    g.scrollY = verticalScrollBar()->value();
    g.scrollX = horizontalScrollBar()->value();
    g.linkColumn = std::max(8.0, g.lineHeight * 0.6);
    g.groupColumn = g.lineHeight + 6;
    const double width = std::max(double(viewport()->width()), minimumContentWidth());
    g.rulerRight = metrics.horizontalAdvance(QStringLiteral("0000.000000")) + 16 - g.scrollX;
    const double groups = m_layout->groupColumns() * g.groupColumn;
    g.leftLane = g.rulerRight + 2.5 * g.linkColumn + 14;
    g.rightLane = width - g.scrollX - groups - 2.5 * g.linkColumn - 20;
    g.groupLeft = g.rightLane + 2.5 * g.linkColumn + 6;
    return g;
}

double LadderView::minimumContentWidth() const
{
    const QFontMetricsF metrics(font());
    return metrics.horizontalAdvance(QStringLiteral("0000.000000")) + 16 +
           5 * std::max(8.0, metrics.height() * 0.6) + 34 +
           m_layout->groupColumns() * (metrics.height() + 6) + metrics.averageCharWidth() * 56;
}

void LadderView::updateScrollBars()
{
    const LadderGeometry g = geometry();
    const double content = g.top + m_layout->extent() * g.unit + g.slope + g.lineHeight * 2;
    const int height = viewport()->height();
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(content)) - height));
    verticalScrollBar()->setPageStep(std::max(1, height - int(g.header)));
    verticalScrollBar()->setSingleStep(g.lineHeight * 2);
    const int width = viewport()->width();
    horizontalScrollBar()->setRange(0, std::max(0, int(minimumContentWidth()) - width));
    horizontalScrollBar()->setPageStep(width);
    horizontalScrollBar()->setSingleStep(g.lineHeight * 2);
}

void LadderView::layoutChanged(bool reset)
{
    // New traffic is followed while the view sits at the bottom, as the trace table does.
    const bool atBottom = verticalScrollBar()->value() >= verticalScrollBar()->maximum();
    if (reset)
        m_selected = -1;
    updateScrollBars();
    if (reset)
        verticalScrollBar()->setValue(0);
    else if (atBottom)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    viewport()->update();
}

int LadderView::selectedRow() const
{
    return m_selected >= 0 && m_selected < m_layout->count() ? m_layout->item(m_selected).row : -1;
}

std::optional<QPointF> LadderView::arrowCenter(int traceModelRow) const
{
    const int index = m_layout->itemForRow(traceModelRow);
    if (index < 0)
        return std::nullopt;
    return geometry().arrow(m_layout->item(index)).center();
}

void LadderView::selectRow(int traceModelRow)
{
    const int index = m_layout->itemForRow(traceModelRow);
    if (index < 0) {
        m_selected = -1;
        viewport()->update();
        return;
    }
    selectItem(index, false);
}

void LadderView::selectItem(int index, bool activate)
{
    m_selected = index;
    ensureVisible(index);
    viewport()->update();
    viewport()->setAccessibleDescription(m_layout->label(index));
    if (activate)
        emit rowActivated(m_layout->item(index).row);
}

void LadderView::ensureVisible(int index)
{
    const LadderGeometry g = geometry();
    const double y = g.top + m_layout->item(index).position * g.unit;
    const double top = y - g.lineHeight - 4 - g.header;
    const double bottom = y + g.slope + 6 - viewport()->height();
    QScrollBar *bar = verticalScrollBar();
    if (top < bar->value() || bottom > bar->value()) {
        // Far away: put it in the middle; just out of view: scroll it just in.
        const double away = std::min(std::abs(top - bar->value()), std::abs(bottom - bar->value()));
        if (away > viewport()->height() / 2)
            bar->setValue(int(y - (viewport()->height() + g.header) / 2));
        else
            bar->setValue(int(top < bar->value() ? top : bottom));
    }
}

void LadderView::setZoom(double zoom)
{
    zoomAbout(zoom, (viewport()->height() + geometry().header) / 2);
}

void LadderView::zoomIn()
{
    setZoom(m_zoom * zoomStep);
}

void LadderView::zoomOut()
{
    setZoom(m_zoom / zoomStep);
}

void LadderView::fitToView()
{
    const LadderGeometry g = geometry();
    const double available = viewport()->height() - g.top - g.slope - g.lineHeight * 2;
    const double extent = m_layout->extent();
    zoomAbout(extent > 0 ? available / (extent * g.lineHeight * unitLines) : 1.0, 0);
    verticalScrollBar()->setValue(0);
}

void LadderView::zoomAbout(double zoom, double viewportY)
{
    zoom = std::clamp(zoom, MinimumZoom, MaximumZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    // The datagram position under viewportY stays under it.
    const LadderGeometry before = geometry();
    const double position = (viewportY + before.scrollY - before.top) / before.unit;
    m_zoom = zoom;
    updateScrollBars();
    const LadderGeometry after = geometry();
    verticalScrollBar()->setValue(int(std::lround(after.top + position * after.unit - viewportY)));
    viewport()->update();
    emit zoomChanged(m_zoom);
}

int LadderView::itemAt(const QPointF &point) const
{
    const LadderGeometry g = geometry();
    const double position = (point.y() + g.scrollY - g.top) / g.unit;
    const double reach = (g.lineHeight + g.slope + 8) / g.unit;
    const auto [first, last] = m_layout->visibleRange(position - reach, position + reach);
    const QFontMetricsF metrics(font());
    int best = -1;
    double bestDistance = 7; // pixels: near enough to an arrow to mean it
    for (int index = first; index < last; ++index) {
        const LadderLayout::Item &item = m_layout->item(index);
        const QLineF line = g.arrow(item);
        const QPointF along = line.p2() - line.p1();
        const double t = std::clamp(QPointF::dotProduct(point - line.p1(), along) /
                                        QPointF::dotProduct(along, along),
                                    0.0, 1.0);
        double distance = QLineF(point, line.p1() + along * t).length();
        if (g.showsLabels()) {
            const QRectF rect = g.labelRect(item);
            const double width =
                std::min(rect.width(), metrics.horizontalAdvance(m_layout->label(index)));
            if (QRectF(rect.center().x() - width / 2, rect.top(), width, rect.height())
                    .contains(point))
                distance = std::min(distance, 1.0);
        }
        if (distance < bestDistance) {
            bestDistance = distance;
            best = index;
        }
    }
    return best;
}

void LadderView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    const QPalette &colors = palette();
    painter.fillRect(viewport()->rect(), colors.base());
    const LadderGeometry g = geometry();
    if (m_layout->count() == 0) {
        m_paintedArrows = 0;
        painter.setPen(colors.color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         m_layout->session() == 0
                             ? tr("Choose a session to see its datagrams as a ladder diagram.")
                             : tr("No datagrams in this session yet."));
        return;
    }
    const LadderPainter ladder(*m_layout, g, colors, font());
    const QRectF area(viewport()->rect());
    m_paintedArrows = ladder.paint(painter, area.adjusted(0, g.header, 0, 0), m_selected);
    ladder.paintHeader(painter, area);
}

void LadderView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void LadderView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        updateScrollBars();
        viewport()->update();
    }
}

void LadderView::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta != 0)
        zoomAbout(m_zoom * std::pow(zoomStep, delta / 120.0), event->position().y());
    event->accept();
}

void LadderView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const int index = itemAt(event->position());
    if (index >= 0)
        selectItem(index, true);
    event->accept();
}

void LadderView::mouseReleaseEvent(QMouseEvent *event)
{
    // The press did the work; the release belongs to it.
    event->setAccepted(event->button() == Qt::LeftButton);
}

void LadderView::keyPressEvent(QKeyEvent *event)
{
    const int count = m_layout->count();
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (count == 0)
            break;
        const bool down = event->key() == Qt::Key_Down;
        int next = m_selected < 0 ? (down ? 0 : count - 1) : m_selected + (down ? 1 : -1);
        selectItem(std::clamp(next, 0, count - 1), true);
        return;
    }
    case Qt::Key_Home:
    case Qt::Key_End:
        if (count > 0)
            selectItem(event->key() == Qt::Key_Home ? 0 : count - 1, true);
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

bool LadderView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = itemAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), m_layout->description(index), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

} // namespace coapscope
