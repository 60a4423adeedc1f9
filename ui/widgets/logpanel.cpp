// SPDX-License-Identifier: BSD-2-Clause
#include "logpanel.h"

#include "models/logmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace coapscope {

// Shows the entries at or above a level.
class LogLevelFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setMinimumLevel(int level)
    {
        m_minimum = level;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        return index.data(LogModel::LevelRole).toInt() >= m_minimum;
    }

private:
    int m_minimum = 0;
};

LogPanel::LogPanel(LogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new LogLevelFilter(this))
    , m_level(new QComboBox(this))
    , m_view(new QTableView(this))
{
    m_filter->setSourceModel(model);

    m_level->addItem(tr("All messages"), int(LogLevel::Info));
    m_level->addItem(tr("Warnings and errors"), int(LogLevel::Warning));
    m_level->addItem(tr("Errors only"), int(LogLevel::Error));
    m_level->setAccessibleName(tr("Log level"));
    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setMinimumLevel(m_level->currentData().toInt()); });

    auto *clear = new QPushButton(tr("C&lear"), this);
    clear->setAccessibleName(tr("Clear the log"));
    connect(clear, &QPushButton::clicked, model, &LogModel::clear);

    m_view->setModel(m_filter);
    m_view->setAccessibleName(tr("Log"));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(LogModel::MessageColumn, QHeaderView::Stretch);

    QScrollBar *scroll = m_view->verticalScrollBar();
    connect(scroll, &QScrollBar::valueChanged, this,
            [this, scroll](int value) { m_atBottom = value >= scroll->maximum(); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &LogPanel::followNewEntries);

    auto *bar = new QHBoxLayout;
    auto *levelLabel = new QLabel(tr("Sho&w:"), this);
    levelLabel->setBuddy(m_level);
    bar->addWidget(levelLabel);
    bar->addWidget(m_level);
    bar->addStretch();
    bar->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view);
}

void LogPanel::followNewEntries()
{
    if (m_atBottom)
        m_view->scrollToBottom();
}

} // namespace coapscope
