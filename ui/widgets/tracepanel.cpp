// SPDX-License-Identifier: BSD-2-Clause
#include "tracepanel.h"

#include "models/tracemodel.h"
#include "text/decodeerrortext.h"
#include "text/messagetext.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace coapscope {

TracePanel::TracePanel(TraceModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_follow(new QCheckBox(tr("&Follow new traffic"), this))
    , m_view(new QTableView(this))
    , m_decoded(new QPlainTextEdit(this))
    , m_hex(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(TraceModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter: session, code, token, path, any text"));
    m_filter->setAccessibleName(tr("Trace filter"));
    m_filter->setClearButtonEnabled(true);
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(300); // filter once typing pauses, not on every key
    connect(m_filter, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(&m_filterDelay, &QTimer::timeout, this, &TracePanel::applyFilter);
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
    // Scrolling up to read stops following; back at the bottom, it follows again.
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_follow->setChecked(value >= m_view->verticalScrollBar()->maximum());
    });

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit *pane : {m_decoded, m_hex}) {
        pane->setReadOnly(true);
        pane->setFont(fixed);
        pane->setLineWrapMode(QPlainTextEdit::NoWrap);
    }
    m_decoded->setAccessibleName(tr("Selected datagram, decoded"));
    m_hex->setAccessibleName(tr("Selected datagram in hexadecimal"));

    auto *details = new QSplitter(Qt::Horizontal, this);
    details->addWidget(m_decoded);
    details->addWidget(m_hex);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_follow);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split);
}

void TracePanel::setFilterText(const QString &text)
{
    m_filter->setText(text);
    applyFilter();
}

void TracePanel::applyFilter()
{
    m_filterDelay.stop();
    m_proxy->setFilterFixedString(m_filter->text().trimmed());
    m_count->setText(m_filter->text().trimmed().isEmpty()
                         ? QString()
                         : tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void TracePanel::followNewRows()
{
    if (m_follow->isChecked())
        m_view->scrollToBottom();
}

QString TracePanel::decodedText() const
{
    return m_decoded->toPlainText();
}

void TracePanel::showCurrent()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->selectionModel()->currentIndex());
    if (!current.isValid()) {
        m_decoded->clear();
        m_hex->clear();
        return;
    }
    const TraceRecord record = m_model->recordAt(current.row());
    const Framing framing = isReliable(record.protocol) ? Framing::Stream : Framing::Datagram;
    QString decoded =
        tr("%1 %2 %3, session %4\n")
            .arg(QString(protocolName(record.protocol)),
                 record.direction == TraceDirection::Sent ? tr("sent to") : tr("received from"),
                 record.remote.toString())
            .arg(record.sessionId);
    if (record.message)
        decoded += text::describeMessage(*record.message, framing);
    else if (record.decodeError)
        decoded += tr("Malformed: %1").arg(text::describeDecodeError(*record.decodeError));
    m_decoded->setPlainText(decoded);
    m_hex->setPlainText(text::hexDump(record.bytes));
}

} // namespace coapscope
