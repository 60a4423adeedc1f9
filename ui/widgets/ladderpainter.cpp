// SPDX-License-Identifier: BSD-2-Clause
#include "ladderpainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace coapscope {

namespace {

// Gives the painter's strings a translation context.
struct LadderText
{
    Q_DECLARE_TR_FUNCTIONS(LadderPainter)
};

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor mix(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
                            float(a.greenF() * (1 - amount) + b.greenF() * amount),
                            float(a.blueF() * (1 - amount) + b.blueF() * amount));
}

// Links further away than this from the view are not looked for: a bracket whose ends are
// both that far off screen is not drawn, which keeps painting independent of the trace size.
constexpr int linkReach = 512;

} // namespace

QLineF LadderGeometry::arrow(const LadderLayout::Item &item) const
{
    const double from = y(item.position);
    const bool toPeer = item.direction == LadderLayout::Direction::ToPeer;
    return QLineF(toPeer ? leftLane : rightLane, from, toPeer ? rightLane : leftLane, from + slope);
}

QRectF LadderGeometry::labelRect(const LadderLayout::Item &item) const
{
    const double from = y(item.position);
    return QRectF(leftLane + 14, from - lineHeight - 1, rightLane - leftLane - 28, lineHeight);
}

LadderPainter::LadderPainter(const LadderLayout &layout, const LadderGeometry &geometry,
                             const QPalette &palette, const QFont &font)
    : m_layout(layout)
    , m_geometry(geometry)
    , m_palette(palette)
    , m_font(font)
    , m_small(font)
{
    m_small.setPointSizeF(font.pointSizeF() * 0.85);
}

QColor LadderPainter::requestColor(const QPalette &palette)
{
    return palette.color(QPalette::Text);
}

QColor LadderPainter::responseColor(const QPalette &palette)
{
    return palette.color(QPalette::Link);
}

QColor LadderPainter::quietColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.45);
}

QColor LadderPainter::warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
}

QColor LadderPainter::retransmissionColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0xb7, 0x4d) : QColor(0xd8, 0x5a, 0x00);
}

QColor LadderPainter::dtlsColor(const QPalette &palette)
{
    return mix(palette.color(QPalette::LinkVisited), palette.color(QPalette::Text), 0.2);
}

QColor LadderPainter::colorOf(const LadderLayout::Item &item) const
{
    using Kind = LadderLayout::Kind;
    if (item.kind == Kind::Reset || item.kind == Kind::Malformed)
        return warningColor(m_palette);
    if (item.retransmission > 0 || item.duplicate)
        return retransmissionColor(m_palette);
    switch (item.kind) {
    case Kind::Request:
        return requestColor(m_palette);
    case Kind::Response:
        return responseColor(m_palette);
    case Kind::DtlsFlight:
        return dtlsColor(m_palette);
    default:
        return quietColor(m_palette);
    }
}

int LadderPainter::paint(QPainter &painter, const QRectF &area, int selected) const
{
    const LadderGeometry &g = m_geometry;
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_font);
    painter.setPen(QPen(quietColor(m_palette), 1.5));
    for (double lane : {g.leftLane, g.rightLane})
        painter.drawLine(QPointF(lane, area.top()), QPointF(lane, area.bottom()));

    // Items whose arrow or label reaches into the area.
    const double from = (area.top() + g.scrollY - g.top - g.slope) / g.unit;
    const double to = (area.bottom() + g.scrollY - g.top + g.lineHeight + 2) / g.unit;
    const auto [first, last] = m_layout.visibleRange(from, to);
    const int reachFirst = std::max(0, first - linkReach);
    const int reachLast = std::min(m_layout.count(), last + linkReach);

    paintGroups(painter, area.top(), area.bottom(), selected);
    paintLinks(painter, reachFirst, reachLast, selected);
    paintTimers(painter, reachFirst, reachLast);
    paintRuler(painter, first, last);
    for (int index = first; index < last; ++index) {
        if (index != selected)
            paintArrow(painter, index, false);
    }
    if (selected >= first && selected < last)
        paintArrow(painter, selected, true); // on top of its neighbours
    return last - first;
}

void LadderPainter::paintArrow(QPainter &painter, int index, bool selected) const
{
    const LadderLayout::Item &item = m_layout.item(index);
    const QLineF line = m_geometry.arrow(item);
    const QColor color = selected ? m_palette.color(QPalette::Highlight) : colorOf(item);
    QPen pen(color, selected ? 2.6 : 1.5);
    if (item.duplicate || item.kind == LadderLayout::Kind::Malformed)
        pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    const double head = std::min(9.0, std::max(5.0, m_geometry.unit * 0.3));
    const QPointF unit = (line.p2() - line.p1()) / std::max(1.0, line.length());
    painter.drawLine(line.p1(), line.p2() - unit * head * 0.8);
    const QPointF normal(-unit.y(), unit.x());
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawPolygon(QPolygonF{line.p2(), line.p2() - unit * head + normal * head * 0.45,
                                  line.p2() - unit * head - normal * head * 0.45});
    painter.setBrush(Qt::NoBrush);
    // The sender's end: a dot, so a burst still shows where each arrow starts.
    painter.setPen(QPen(color, 1));
    painter.setBrush(color);
    painter.drawEllipse(line.p1(), 2.2, 2.2);
    painter.setBrush(Qt::NoBrush);
    if (item.kind == LadderLayout::Kind::Malformed) {
        const QPointF mid = line.center();
        painter.setPen(QPen(color, 2));
        painter.drawLine(mid + QPointF(-4, -4), mid + QPointF(4, 4));
        painter.drawLine(mid + QPointF(-4, 4), mid + QPointF(4, -4));
    }

    if (!m_geometry.showsLabels() && !selected)
        return;
    const QRectF rect = m_geometry.labelRect(item);
    const QFontMetricsF metrics(m_font);
    const QString text =
        metrics.elidedText(m_layout.label(index), Qt::ElideMiddle, rect.width() - 8);
    const double width = metrics.horizontalAdvance(text);
    const QRectF textRect(rect.center().x() - width / 2, rect.top(), width, rect.height());
    if (selected) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_palette.color(QPalette::Highlight));
        painter.drawRoundedRect(textRect.adjusted(-4, 0, 4, 1), 3, 3);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(m_palette.color(QPalette::HighlightedText));
    } else {
        const bool alarming =
            item.kind == LadderLayout::Kind::Reset || item.kind == LadderLayout::Kind::Malformed;
        painter.setPen(alarming ? warningColor(m_palette) : m_palette.color(QPalette::Text));
    }
    painter.drawText(textRect, Qt::AlignCenter, text);
}

void LadderPainter::paintRuler(QPainter &painter, int first, int last) const
{
    if (m_layout.count() == 0)
        return;
    const LadderGeometry &g = m_geometry;
    const qint64 start = m_layout.item(0).timeUs;
    const QFontMetricsF metrics(m_small);
    painter.setFont(m_small);
    double lastTextY = -1e9;
    for (int index = first; index < last; ++index) {
        const LadderLayout::Item &item = m_layout.item(index);
        const double y = g.y(item.position);
        painter.setPen(QPen(quietColor(m_palette), 1));
        painter.drawLine(QPointF(g.rulerRight - 5, y), QPointF(g.rulerRight, y));
        if (y - lastTextY >= metrics.height()) {
            painter.setPen(m_palette.color(QPalette::Text));
            painter.drawText(
                QRectF(4, y - metrics.height() / 2, g.rulerRight - 12, metrics.height()),
                Qt::AlignRight | Qt::AlignVCenter,
                QString::number(double(item.timeUs - start) / 1e6, 'f', 6));
            lastTextY = y;
        }
        // A pause worth noticing gets its length written in the gap.
        if (index == 0)
            continue;
        const LadderLayout::Item &previous = m_layout.item(index - 1);
        const qint64 pause = item.timeUs - previous.timeUs;
        const double previousY = g.y(previous.position);
        if (pause >= 250000 && y - previousY >= 2.6 * metrics.height()) {
            painter.setPen(quietColor(m_palette));
            painter.drawText(QRectF(4, (y + previousY) / 2 - metrics.height() / 2,
                                    g.rulerRight - 12, metrics.height()),
                             Qt::AlignRight | Qt::AlignVCenter,
                             LadderText::tr("⋮ %1 s").arg(double(pause) / 1e6, 0, 'f', 3));
        }
    }
    painter.setPen(QPen(quietColor(m_palette), 1));
    painter.drawLine(QPointF(g.rulerRight, g.header), QPointF(g.rulerRight, 1e6));
    painter.setFont(m_font);
}

void LadderPainter::paintTimers(QPainter &painter, int first, int last) const
{
    const LadderGeometry &g = m_geometry;
    const QFontMetricsF metrics(m_small);
    painter.setFont(m_small);
    for (int index = first; index < last; ++index) {
        const LadderLayout::Item &item = m_layout.item(index);
        if (item.nextTransmission < 0)
            continue;
        const LadderLayout::Item &next = m_layout.item(item.nextTransmission);
        const double top = g.y(item.position);
        const double bottom = g.y(next.position);
        const bool ours = item.direction == LadderLayout::Direction::ToPeer;
        const double x = ours ? g.leftLane + 5 : g.rightLane - 5;
        QPen pen(retransmissionColor(m_palette), 2.5, Qt::DashLine);
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        painter.drawLine(QPointF(x, top + 4), QPointF(x, bottom - 2));
        if (bottom - top < 2.5 * metrics.height())
            continue;
        const QString text =
            LadderText::tr("timeout %1 s").arg(double(next.timeUs - item.timeUs) / 1e6, 0, 'f', 2);
        const double width = metrics.horizontalAdvance(text) + 4;
        const QRectF rect(ours ? x + 5 : x - 5 - width, (top + bottom) / 2 - metrics.height() / 2,
                          width, metrics.height());
        painter.drawText(rect, Qt::AlignCenter, text);
    }
    painter.setFont(m_font);
}

void LadderPainter::paintBracket(QPainter &painter, double x, double from, double to, double tick,
                                 bool open) const
{
    QPainterPath path;
    path.moveTo(x + tick, from);
    path.lineTo(x, from);
    path.lineTo(x, to);
    if (!open)
        path.lineTo(x + tick, to);
    painter.drawPath(path);
}

void LadderPainter::paintLinks(QPainter &painter, int first, int last, int selected) const
{
    const LadderGeometry &g = m_geometry;
    const QColor highlight = m_palette.color(QPalette::Highlight);
    for (int index = first; index < last; ++index) {
        const LadderLayout::Item &item = m_layout.item(index);
        const bool ours = item.direction == LadderLayout::Direction::ToPeer;
        const double side = ours ? -1 : 1;
        const double lane = ours ? g.leftLane : g.rightLane;
        const double top = g.y(item.position);
        // A CON and the ACK or RST that answered it, on the sender's side.
        if (item.acknowledgement >= 0) {
            const int answer = item.acknowledgement;
            const bool lit = selected == index || selected == answer;
            painter.setPen(QPen(lit ? highlight : quietColor(m_palette), lit ? 2 : 1));
            paintBracket(painter, lane + side * g.linkColumn * 0.8, top,
                         g.y(m_layout.item(answer).position) + g.slope, -side * g.linkColumn * 0.5,
                         false);
        }
        // A request and its response when the response came on its own.
        const int response = item.response;
        if (response >= 0 && response != item.acknowledgement) {
            const bool lit = selected == index || selected == response;
            QPen pen(lit ? highlight : responseColor(m_palette), lit ? 2 : 1, Qt::DotLine);
            painter.setPen(pen);
            paintBracket(painter, lane + side * g.linkColumn * 1.8, top,
                         g.y(m_layout.item(response).position) + g.slope,
                         -side * g.linkColumn * 1.3, false);
        }
    }
}

void LadderPainter::paintGroups(QPainter &painter, double top, double bottom, int selected) const
{
    const LadderGeometry &g = m_geometry;
    const int selectedGroup = selected >= 0 ? m_layout.item(selected).blockGroup : -1;
    const QFontMetricsF metrics(m_small);
    painter.setFont(m_small);
    const QList<LadderLayout::BlockGroup> &groups = m_layout.groups();
    for (int index = 0; index < groups.size(); ++index) {
        const LadderLayout::BlockGroup &group = groups.at(index);
        const double from = g.y(m_layout.item(group.firstItem).position) - 2;
        const double to = g.y(m_layout.item(group.lastItem).position) + g.slope + 2;
        if (to < top || from > bottom)
            continue;
        const double x = g.groupLeft + group.column * g.groupColumn + 4;
        const bool lit = index == selectedGroup;
        const QColor color = lit ? m_palette.color(QPalette::Highlight) : dtlsColor(m_palette);
        painter.setPen(QPen(color, lit ? 2.5 : 1.5, group.complete ? Qt::SolidLine : Qt::DashLine));
        paintBracket(painter, x, from, to, -5, false);
        // The group's name runs down the bracket where there is room for it.
        const QString total =
            group.total > 0 ? LadderText::tr(", %n block(s)", nullptr, group.total) : QString();
        QString name = LadderText::tr("#%1 %2 %3%4")
                           .arg(group.id)
                           .arg(group.block1 ? QStringLiteral("Block1") : QStringLiteral("Block2"),
                                group.resource, total);
        const double room = to - from - 4;
        if (metrics.horizontalAdvance(name) > room)
            name = LadderText::tr("#%1").arg(group.id);
        if (metrics.horizontalAdvance(name) > room)
            continue;
        painter.save();
        painter.translate(x + 3, from + 2);
        painter.rotate(90);
        painter.setPen(color);
        painter.drawText(QRectF(0, -metrics.height() - 1, room, metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, name);
        painter.restore();
    }
    painter.setFont(m_font);
}

void LadderPainter::paintHeader(QPainter &painter, const QRectF &area) const
{
    const LadderGeometry &g = m_geometry;
    const QRectF band(area.left(), 0, area.width(), g.header);
    painter.fillRect(band, m_palette.color(QPalette::Window));
    painter.setPen(QPen(quietColor(m_palette), 1));
    painter.drawLine(band.bottomLeft(), band.bottomRight());
    QFont bold = m_font;
    bold.setBold(true);
    const double line = g.lineHeight;
    // Each lane's title starts at its lane and reads inwards, clear of the time ruler.
    auto title = [&](double x, Qt::Alignment side, const QString &name, const QString &address) {
        const double width = std::max(160.0, (g.rightLane - g.leftLane) / 2 - 8);
        const QRectF rect(side == Qt::AlignLeft ? x - 4 : x + 4 - width, 4, width, line);
        painter.setFont(bold);
        painter.setPen(m_palette.color(QPalette::WindowText));
        painter.drawText(rect, side | Qt::AlignVCenter, name);
        painter.setFont(m_font);
        painter.drawText(rect.translated(0, line), side | Qt::AlignVCenter, address);
    };
    title(g.leftLane, Qt::AlignLeft, LadderText::tr("This side"),
          m_layout.localAddress().toString());
    title(g.rightLane, Qt::AlignRight, LadderText::tr("Peer"), m_layout.remoteAddress().toString());
    painter.setFont(m_small);
    painter.setPen(m_palette.color(QPalette::WindowText));
    painter.drawText(QRectF(4, 4 + line, g.rulerRight - 12, line),
                     Qt::AlignRight | Qt::AlignVCenter, LadderText::tr("time (s)"));
    painter.setFont(m_font);
}

} // namespace coapscope
