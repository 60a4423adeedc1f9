// SPDX-License-Identifier: BSD-2-Clause
#include "pskkeytable.h"

#include "fieldproblem.h"
#include "secretedit.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace coapscope {

PskKeyTable::PskKeyTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("&Add identity"), this))
    , m_remove(new QPushButton(tr("&Remove identity"), this))
    , m_identity(new QLineEdit(this))
    , m_key(new SecretEdit(tr("Key for this identity"), this))
    , m_problem(new FieldProblem(this))
{
    m_table->setHorizontalHeaderLabels({tr("Identity"), tr("Key")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Keys by identity"));
    m_identity->setAccessibleName(tr("Identity"));
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    m_problem->setObjectName(QStringLiteral("keyTableProblem"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Identity:"), m_identity);
    form->addRow(tr("&Key:"), m_key);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addLayout(form);
    layout->addWidget(m_problem);

    connect(m_add, &QPushButton::clicked, this, &PskKeyTable::addRow);
    connect(m_remove, &QPushButton::clicked, this, &PskKeyTable::removeSelectedRow);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRow(row); });
    connect(m_identity, &QLineEdit::textEdited, this, &PskKeyTable::takeEdits);
    connect(m_key, &SecretEdit::changed, this, &PskKeyTable::takeEdits);
    showRow(-1);
}

void PskKeyTable::setKeys(const QHash<QByteArray, QByteArray> &keys)
{
    m_rows.clear();
    QList<QByteArray> identities = keys.keys();
    std::sort(identities.begin(), identities.end());
    for (const QByteArray &identity : std::as_const(identities))
        m_rows.append(
            Row{QString::fromUtf8(identity), SecretText::fromBytes(keys.value(identity))});
    refreshTable();
    showRow(m_rows.isEmpty() ? -1 : 0);
    emit changed();
}

std::optional<QHash<QByteArray, QByteArray>> PskKeyTable::keys() const
{
    if (!problem().isEmpty())
        return std::nullopt;
    QHash<QByteArray, QByteArray> keys;
    for (const Row &row : m_rows)
        keys.insert(row.identity.toUtf8(), row.key.bytes().value_or(QByteArray()));
    return keys;
}

QString PskKeyTable::problem() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString problem = rowProblem(row);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString PskKeyTable::rowProblem(int row) const
{
    const Row &entry = m_rows.at(row);
    if (entry.identity.isEmpty())
        return tr("Row %1 has no identity.").arg(row + 1);
    for (int other = 0; other < row; ++other) {
        if (m_rows.at(other).identity == entry.identity)
            return tr("The identity \"%1\" is listed twice.").arg(entry.identity);
    }
    if (entry.key.isBlank())
        return tr("The key for \"%1\" is empty.").arg(entry.identity);
    QString problem;
    const auto key = entry.key.bytes(&problem);
    if (!key)
        return tr("The key for \"%1\": %2").arg(entry.identity, problem);
    // OpenSSL's limits, as SecuritySettings::validate checks them.
    if (entry.identity.toUtf8().size() > 255)
        return tr("The identity \"%1\" is longer than 255 bytes.").arg(entry.identity);
    if (key->size() > 512)
        return tr("The key for \"%1\" is longer than 512 bytes.").arg(entry.identity);
    return {};
}

void PskKeyTable::addRow()
{
    m_rows.append(Row{});
    refreshTable();
    selectRow(int(m_rows.size()) - 1);
    m_identity->setFocus();
    emit changed();
}

void PskKeyTable::removeSelectedRow()
{
    if (m_current < 0 || m_current >= m_rows.size())
        return;
    const int removed = m_current;
    m_rows.removeAt(removed);
    m_current = -1;
    refreshTable();
    selectRow(std::min(removed, int(m_rows.size()) - 1));
    emit changed();
}

void PskKeyTable::selectRow(int row)
{
    if (row >= 0)
        m_table->setCurrentCell(row, 0);
    showRow(row);
}

void PskKeyTable::showRow(int row)
{
    m_current = row;
    const bool valid = row >= 0 && row < m_rows.size();
    m_identity->setEnabled(valid);
    m_key->setEnabled(valid);
    m_remove->setEnabled(valid);
    const QSignalBlocker identityBlocker(m_identity);
    const QSignalBlocker keyBlocker(m_key);
    m_identity->setText(valid ? m_rows.at(row).identity : QString());
    m_key->setSecret(valid ? m_rows.at(row).key : SecretText{});
    m_problem->setText(problem());
}

void PskKeyTable::takeEdits()
{
    if (m_current < 0 || m_current >= m_rows.size())
        return;
    m_rows[m_current] = Row{m_identity->text(), m_key->secret()};
    refreshTable();
    m_problem->setText(problem());
    emit changed();
}

void PskKeyTable::refreshTable()
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &entry = m_rows.at(row);
        // The list tells whether a key is usable, never what it is.
        QString keyState;
        if (entry.key.isBlank())
            keyState = tr("missing");
        else if (auto bytes = entry.key.bytes())
            keyState = tr("%n byte(s)", nullptr, int(bytes->size()));
        else
            keyState = tr("not hexadecimal");
        m_table->setItem(row, 0, new QTableWidgetItem(entry.identity));
        m_table->setItem(row, 1, new QTableWidgetItem(keyState));
    }
    if (m_current >= 0 && m_current < m_rows.size())
        m_table->setCurrentCell(m_current, 0);
}

} // namespace coapscope
