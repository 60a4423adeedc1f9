// SPDX-License-Identifier: BSD-2-Clause
#include "delayqueuemodel.h"

#include "text/messagetext.h"
#include "text/sessiontext.h"

namespace coapscope {

void DelayQueueModel::setEntries(const QList<DelayQueueEntry> &entries, qint64 now)
{
    beginResetModel();
    m_entries = entries;
    m_now = now;
    endResetModel();
}

void DelayQueueModel::setNow(qint64 now)
{
    m_now = now;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, WaitingColumn), index(int(m_entries.size()) - 1, WaitingColumn));
}

int DelayQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DelayQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DelayQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || role != Qt::DisplayRole)
        return {};
    const DelayQueueEntry &entry = m_entries.at(index.row());
    switch (index.column()) {
    case TokenColumn:
        return text::tokenText(entry.token);
    case CodeColumn:
        return text::codeText(entry.code);
    case WaitingColumn:
        return text::durationText(qMax<qint64>(0, m_now - entry.queuedAt));
    default:
        return {};
    }
}

QVariant DelayQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TokenColumn:
        return tr("Token");
    case CodeColumn:
        return tr("Code");
    case WaitingColumn:
        return tr("Waiting for");
    default:
        return {};
    }
}

} // namespace coapscope
