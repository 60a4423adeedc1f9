// SPDX-License-Identifier: BSD-2-Clause
#include "tracepanel.h"

#include "dialogs/fieldproblem.h"
#include "hexview.h"
#include "models/tracefiltermodel.h"
#include "models/tracemodel.h"
#include "tracedecodetree.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace coapscope {

TracePanel::TracePanel(TraceModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new TraceFilterModel(model, this))
    , m_filter(new QLineEdit(this))
    , m_problem(new FieldProblem(this))
    , m_progress(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_follow(new QCheckBox(tr("&Follow new traffic"), this))
    , m_view(new QTableView(this))
    , m_tree(new TraceDecodeTree(this))
    , m_hex(new HexView(this))
    , m_count(new QLabel(this))
{
    m_filter->setPlaceholderText(
        tr("Filter: session:3 dir:sent type:CON code:4.xx token:4f2a mid:0x1a2b path:/obs "
           "event:retransmission, and any words"));
    m_filter->setAccessibleName(tr("Trace filter"));
    m_filter->setToolTip(
        tr("Keys: session, dir (sent, received), type (CON, NON, ACK, RST), code (2.05, GET, "
           "4.xx), token (hex prefix), mid (decimal or 0x hex), path (/a/b and below), event "
           "(retransmission, duplicate, malformed, reset-sent, ...), proto. Other words search "
           "the decoded text of the rows the keys let through. Esc stops a search."));
    m_filter->setClearButtonEnabled(true);
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(300); // filter once typing pauses, not on every key
    connect(m_filter, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &TracePanel::applyFilter);
    connect(&m_filterDelay, &QTimer::timeout, this, &TracePanel::applyFilter);
    m_progress->setAccessibleName(tr("Filter progress"));
    m_cancel->setAccessibleName(tr("Stop filtering"));
    m_cancel->setToolTip(tr("Stop the search and show every datagram (Esc)"));
    m_progress->hide();
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, m_proxy, &TraceFilterModel::cancel);
    connect(m_proxy, &TraceFilterModel::cancelled, this, [this] {
        m_cancelled = true;
        updateStatus();
    });
    connect(m_proxy, &TraceFilterModel::busyChanged, this, &TracePanel::updateStatus);
    connect(m_proxy, &TraceFilterModel::finished, this, &TracePanel::updateStatus);
    connect(m_proxy, &TraceFilterModel::progressChanged, this, &TracePanel::updateStatus);
    connect(m_model, &TraceModel::rowsDropped, this, &TracePanel::updateStatus);
    m_follow->setChecked(true);
    m_follow->setAccessibleName(tr("Follow new traffic"));
    m_count->setAccessibleName(tr("Datagrams shown"));

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Trace"));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TracePanel::showCurrent);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TracePanel::followNewRows);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TracePanel::updateStatus);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TracePanel::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TracePanel::updateStatus);
    // Scrolling up to read stops following; back at the bottom, it follows again.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_follow->setChecked(value >= m_view->verticalScrollBar()->maximum());
    });

    m_tree->setAccessibleName(tr("Selected datagram, decoded"));
    m_hex->setAccessibleName(tr("Selected datagram in hexadecimal"));
    connect(m_tree, &TraceDecodeTree::byteRangeSelected, m_hex, &HexView::highlight);

    auto *details = new QSplitter(Qt::Horizontal, this);
    details->addWidget(m_tree);
    details->addWidget(m_hex);
    details->setStretchFactor(0, 1);
    details->setStretchFactor(1, 0); // the dump keeps its width; the tree takes the rest
    details->setCollapsible(1, false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancel);
    bar->addWidget(m_follow);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_problem);
    layout->addWidget(split);
    updateStatus();
}

void TracePanel::setFilterText(const QString &text)
{
    m_filter->setText(text);
    applyFilter();
}

QString TracePanel::filterProblem() const
{
    return m_problem->text();
}

QString TracePanel::statusText() const
{
    return m_count->text();
}

void TracePanel::applyFilter()
{
    m_filterDelay.stop();
    const TraceFilter filter = TraceFilter::parse(m_filter->text());
    // A filter that does not parse is not applied: the rows shown stay as they were.
    m_problem->setText(filter.isValid() ? QString() : filter.errorString());
    if (!filter.isValid())
        return;
    m_cancelled = false;
    m_proxy->setFilter(filter);
    updateStatus();
}

void TracePanel::updateStatus()
{
    const bool busy = m_proxy->isBusy();
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    if (busy)
        m_progress->setText(tr("filtering… %1%").arg(m_proxy->progress()));
    QStringList parts;
    if (m_proxy->isActive())
        parts << tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount());
    else if (m_cancelled)
        parts << tr("filter stopped, all %n shown", nullptr, m_model->rowCount());
    else
        parts << tr("%n datagram(s)", nullptr, m_model->rowCount());
    if (m_model->droppedCount() > 0)
        parts << tr("oldest %n datagram(s) dropped", nullptr,
                    int(qMin<qint64>(m_model->droppedCount(), INT_MAX)));
    m_count->setText(parts.join(QStringLiteral(" · ")));
}

// Esc stops a search from the filter field or the table: both leave the key to their parent.
void TracePanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_proxy->isBusy()) {
        m_proxy->cancel();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void TracePanel::followNewRows()
{
    if (m_follow->isChecked())
        m_view->scrollToBottom();
}

QString TracePanel::decodedText() const
{
    return m_tree->toText();
}

void TracePanel::showCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->selectionModel()->currentIndex());
    if (!current.isValid()) {
        m_tree->clear();
        m_hex->setBytes({});
        return;
    }
    const TraceRecord record = m_model->recordAt(current.row());
    m_hex->setBytes(record.bytes);
    if (m_model->isDtlsRow(current.row()))
        m_tree->setDtlsDatagram(record);
    else
        m_tree->setRecord(record);
}

} // namespace coapscope
