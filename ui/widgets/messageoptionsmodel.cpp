// SPDX-License-Identifier: BSD-2-Clause
#include "messageoptionsmodel.h"

#include "text/messagetext.h"

namespace coapscope {

MessageOptionsModel::MessageOptionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MessageOptionsModel::setMessage(const Message &message)
{
    beginResetModel();
    m_message = message;
    endResetModel();
}

int MessageOptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_message.optionCount());
}

int MessageOptionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageOptionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_message.optionCount())
        return {};
    const quint16 number = m_message.optionNumberAt(index.row());
    const QByteArrayView value = m_message.optionValueAt(index.row());
    if (role == Qt::ToolTipRole) {
        return value.isEmpty()
                   ? tr("No value bytes")
                   : tr("Raw value: %1").arg(QString::fromLatin1(value.toByteArray().toHex(' ')));
    }
    if (role == Qt::TextAlignmentRole && index.column() == NumberColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return number;
    case NameColumn:
        return text::optionName(number, m_message.code());
    case ValueColumn:
        return text::optionValueText(number, m_message.code(), value);
    default:
        return {};
    }
}

QVariant MessageOptionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case NameColumn:
        return tr("Option");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

} // namespace coapscope
