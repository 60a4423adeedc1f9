// SPDX-License-Identifier: BSD-2-Clause
#include "optionseditor.h"

#include "dialogs/fieldproblem.h"
#include "optionsdelegate.h"
#include "optionstablemodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace coapscope {

OptionsEditor::OptionsEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new OptionsTableModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("Add opt&ion"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_problem(new FieldProblem(this, FieldProblem::Severity::Warning))
{
    m_model->setProblemIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this));
    m_table->setObjectName(QStringLiteral("options"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new OptionsDelegate(m_table));
    m_table->setAccessibleName(tr("Request options"));
    m_table->setAccessibleDescription(
        tr("One option per row: a name or number, and its value. Values starting with 0x are "
           "raw bytes."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(OptionsTableModel::OptionColumn, 150);
    m_table->horizontalHeader()->resizeSection(OptionsTableModel::ValueColumn, 200);
    m_table->setWordWrap(false);

    m_add->setObjectName(QStringLiteral("addOption"));
    m_add->setAccessibleName(tr("Add option"));
    m_remove->setObjectName(QStringLiteral("removeOption"));
    m_remove->setAccessibleName(tr("Remove selected options"));
    m_remove->setEnabled(false);
    m_problem->setObjectName(QStringLiteral("optionsProblem"));
    m_problem->setAccessibleName(tr("Problem with the options"));

    // Delete removes rows while the table has focus, as in any list.
    auto *removeAction = new QAction(tr("Remove option"), m_table);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(removeAction);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &OptionsEditor::addRow);
    connect(m_remove, &QPushButton::clicked, this, &OptionsEditor::removeSelectedRows);
    connect(removeAction, &QAction::triggered, this, &OptionsEditor::removeSelectedRows);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_model, &OptionsTableModel::dataChanged, this, &OptionsEditor::showFirstProblem);
    connect(m_model, &OptionsTableModel::rowsRemoved, this, &OptionsEditor::showFirstProblem);
    for (auto signal : {&OptionsTableModel::rowsInserted, &OptionsTableModel::rowsRemoved}) {
        connect(m_model, signal, this, [this] { emit optionCountChanged(optionCount()); });
    }
}

void OptionsEditor::addOption(const QString &option, const QString &value)
{
    m_model->addOption(option, value);
    showFirstProblem();
}

int OptionsEditor::optionCount() const
{
    return m_model->rowCount();
}

void OptionsEditor::addRow()
{
    const int row = m_model->addOption();
    const QModelIndex index = m_model->index(row, OptionsTableModel::OptionColumn);
    m_table->setFocus();
    // Becoming current opens the editor (AllEditTriggers); edit() again would only complain.
    m_table->setCurrentIndex(index);
    if (!m_table->indexWidget(index))
        m_table->edit(index);
}

void OptionsEditor::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes()) {
        if (!rows.contains(index.row()))
            rows << index.row();
    }
    // From the bottom, so the rows still to go keep their numbers.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_model->removeRows(row, 1);
}

void OptionsEditor::showFirstProblem()
{
    OptionsTableModel::Problem problem;
    if (m_model->options(&problem))
        m_problem->clear();
    else
        m_problem->setText(tr("Row %1: %2").arg(problem.row + 1).arg(problem.text));
}

std::optional<QList<Option>> OptionsEditor::options(QString *problem)
{
    // A cell still being edited (Ctrl+Return leaves the editor open) counts with what it
    // shows; commitData() is a protected slot, so it goes through the meta-object.
    if (QWidget *editor = m_table->indexWidget(m_table->currentIndex()))
        QMetaObject::invokeMethod(m_table, "commitData", Q_ARG(QWidget *, editor));
    OptionsTableModel::Problem found;
    auto options = m_model->options(&found);
    showFirstProblem();
    if (!options) {
        if (problem)
            *problem = m_problem->text();
        const QModelIndex cell = m_model->index(found.row, found.column);
        m_table->setCurrentIndex(cell);
        m_table->scrollTo(cell);
    }
    return options;
}

} // namespace coapscope
