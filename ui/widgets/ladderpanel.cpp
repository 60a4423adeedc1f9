// SPDX-License-Identifier: BSD-2-Clause
#include "ladderpanel.h"

#include "ladderpainter.h"
#include "ladderview.h"
#include "models/ladderlayout.h"
#include "models/tracemodel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace coapscope {

LadderPanel::LadderPanel(TraceModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_layout(new LadderLayout(model, this))
    , m_view(new LadderView(m_layout, this))
    , m_sessions(new QComboBox(this))
    , m_legend(new QLabel(this))
{
    m_sessions->setAccessibleName(tr("Session shown in the ladder diagram"));
    m_sessions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sessions->setPlaceholderText(tr("No sessions yet"));
    auto *chooserLabel = new QLabel(tr("Se&ssion:"), this);
    chooserLabel->setBuddy(m_sessions);
    connect(m_sessions, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_layout->setSession(index < 0 ? 0 : m_sessions->itemData(index).toULongLong());
    });

    auto button = [this](const QString &text, const QString &tip, const QKeySequence &keys,
                         void (LadderView::*slot)()) {
        auto *action = new QAction(text, this);
        action->setToolTip(tip);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, m_view, slot);
        addAction(action);
        auto *tool = new QToolButton(this);
        tool->setDefaultAction(action);
        tool->setAccessibleName(tip);
        return tool;
    };
    // Ctrl++ and Ctrl+- already reference and release sessions; in the diagram + and - zoom.
    QToolButton *zoomIn = button(tr("Zoom &In"), tr("Zoom in (+, or Ctrl+wheel about the mouse)"),
                                 {}, &LadderView::zoomIn);
    QToolButton *zoomOut = button(tr("Zoom &Out"), tr("Zoom out (-)"), {}, &LadderView::zoomOut);
    QToolButton *fit = button(tr("&Fit"), tr("Fit the whole session into the view"),
                              QKeySequence(tr("Ctrl+0")), &LadderView::fitToView);

    m_legend->setAccessibleName(tr("Legend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setWordWrap(true);
    updateLegend();

    auto *bar = new QHBoxLayout;
    bar->addWidget(chooserLabel);
    bar->addWidget(m_sessions, 1);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);

    connect(m_view, &LadderView::rowActivated, this, &LadderPanel::rowActivated);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { findSessions(first, last); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        m_known.clear();
        m_sessions->clear();
        findSessions(0, m_model->rowCount() - 1);
    });
    findSessions(0, model->rowCount() - 1);
}

void LadderPanel::findSessions(int firstRow, int lastRow)
{
    for (int row = firstRow; row <= lastRow; ++row) {
        const quint64 id =
            m_model->data(m_model->index(row, 0), TraceModel::SessionIdRole).toULongLong();
        if (m_known.contains(id))
            continue;
        m_known.insert(id);
        // One decode per session, for its addresses.
        const TraceRecord record = m_model->recordAt(row);
        m_sessions->addItem(tr("Session %1 · %2 %3 ⇄ %4")
                                .arg(id)
                                .arg(QString(protocolName(record.protocol)),
                                     record.local.toString(), record.remote.toString()),
                            id);
    }
    if (m_sessions->currentIndex() < 0 && m_sessions->count() > 0)
        m_sessions->setCurrentIndex(0);
}

void LadderPanel::showSession(quint64 sessionId)
{
    const int index = m_sessions->findData(sessionId);
    if (index >= 0)
        m_sessions->setCurrentIndex(index);
}

void LadderPanel::selectRow(int traceModelRow)
{
    if (traceModelRow < 0 || traceModelRow >= m_model->rowCount())
        return;
    const quint64 id =
        m_model->data(m_model->index(traceModelRow, 0), TraceModel::SessionIdRole).toULongLong();
    if (!m_known.contains(id))
        findSessions(traceModelRow, traceModelRow);
    showSession(id);
    m_view->selectRow(traceModelRow);
}

void LadderPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateLegend();
}

void LadderPanel::updateLegend()
{
    const QPalette &colors = palette();
    auto swatch = [](const QColor &color, const QString &mark, const QString &text) {
        return QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>&nbsp;%3")
            .arg(color.name(), mark, text.toHtmlEscaped());
    };
    const QString arrow = QStringLiteral("⟶");
    const QStringList items{
        swatch(LadderPainter::requestColor(colors), arrow, tr("request")),
        swatch(LadderPainter::responseColor(colors), arrow, tr("response")),
        swatch(LadderPainter::quietColor(colors), arrow, tr("ACK, ping, signaling")),
        swatch(LadderPainter::warningColor(colors), arrow, tr("RST, malformed")),
        swatch(LadderPainter::retransmissionColor(colors), QStringLiteral("┆"),
               tr("retransmission and its timeout")),
        swatch(LadderPainter::quietColor(colors), QStringLiteral("["), tr("CON and its ACK")),
        swatch(LadderPainter::responseColor(colors), QStringLiteral("⋮"),
               tr("request and separate response")),
        swatch(LadderPainter::dtlsColor(colors), QStringLiteral("]"), tr("block-wise transfer")),
    };
    m_legend->setText(items.join(QStringLiteral(" &nbsp;&nbsp; ")));
}

} // namespace coapscope
