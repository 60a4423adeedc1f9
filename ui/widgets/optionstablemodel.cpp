// SPDX-License-Identifier: BSD-2-Clause
#include "optionstablemodel.h"

#include "codec/optionregistry.h"
#include "text/optioninput.h"

namespace coapscope {

OptionsTableModel::OptionsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int OptionsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OptionsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OptionsTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    switch (index.column()) {
    case OptionColumn:
        if (role == Qt::EditRole || role == Qt::DisplayRole)
            return row.option;
        if (role == Qt::ToolTipRole) {
            if (auto number = text::parseOptionKey(row.option)) {
                const auto *descriptor = OptionRegistry::find(*number);
                return descriptor ? tr("%1 is option %2").arg(descriptor->name).arg(*number)
                                  : tr("Option %1 is not registered").arg(*number);
            }
        }
        break;
    case ValueColumn:
        if (role == Qt::EditRole || role == Qt::DisplayRole)
            return row.value;
        break;
    case CheckColumn: {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::DecorationRole)
            break;
        const std::optional<Problem> problem = problemAt(index.row());
        if (role == Qt::DecorationRole)
            return problem ? QVariant(m_problemIcon) : QVariant();
        if (problem)
            return problem->text;
        if (auto number = text::parseOptionKey(row.option))
            return tr("OK: %1").arg(text::optionValueHint(*number));
        break;
    }
    default:
        break;
    }
    return {};
}

bool OptionsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    Row &row = m_rows[index.row()];
    if (index.column() == OptionColumn)
        row.option = value.toString();
    else if (index.column() == ValueColumn)
        row.value = value.toString();
    else
        return false;
    // The check column depends on both cells.
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags OptionsTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != CheckColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant OptionsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OptionColumn:
        return tr("Option");
    case ValueColumn:
        return tr("Value");
    case CheckColumn:
        return tr("Check");
    default:
        return {};
    }
}

bool OptionsTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

int OptionsTableModel::addOption(const QString &option, const QString &value)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{option, value});
    endInsertRows();
    return row;
}

bool OptionsTableModel::isBlank(int row) const
{
    return m_rows[row].option.trimmed().isEmpty() && m_rows[row].value.isEmpty();
}

std::optional<OptionsTableModel::Problem> OptionsTableModel::problemAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || isBlank(row))
        return std::nullopt;
    QString text;
    const auto number = text::parseOptionKey(m_rows[row].option, &text);
    if (!number)
        return Problem{row, OptionColumn, text};
    if (!text::parseOptionValue(*number, m_rows[row].value, &text))
        return Problem{row, ValueColumn, text};
    return std::nullopt;
}

std::optional<QList<Option>> OptionsTableModel::options(Problem *problem) const
{
    QList<Option> options;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (isBlank(row))
            continue;
        if (auto found = problemAt(row)) {
            if (problem)
                *problem = *found;
            return std::nullopt;
        }
        const quint16 number = *text::parseOptionKey(m_rows[row].option);
        options.append(Option(number, *text::parseOptionValue(number, m_rows[row].value)));
    }
    return options;
}

} // namespace coapscope
