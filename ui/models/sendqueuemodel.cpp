// SPDX-License-Identifier: BSD-2-Clause
#include "sendqueuemodel.h"

#include "text/messagetext.h"
#include "text/sessiontext.h"

namespace coapscope {

void SendQueueModel::setEntries(const QList<SendQueueEntry> &entries, qint64 now)
{
    beginResetModel();
    m_entries = entries;
    m_now = now;
    endResetModel();
}

void SendQueueModel::setNow(qint64 now)
{
    m_now = now;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, NextRetransmissionColumn),
                         index(int(m_entries.size()) - 1, NextRetransmissionColumn));
}

int SendQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SendQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SendQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || role != Qt::DisplayRole)
        return {};
    const SendQueueEntry &entry = m_entries.at(index.row());
    switch (index.column()) {
    case MessageIdColumn:
        return entry.messageId;
    case TokenColumn:
        return text::tokenText(entry.token);
    case CodeColumn:
        return text::codeText(entry.code);
    case RetransmissionsColumn:
        return entry.retransmissions;
    case NextRetransmissionColumn:
        return text::durationText(qMax<qint64>(0, entry.nextRetransmissionAt - m_now));
    default:
        return {};
    }
}

QVariant SendQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MessageIdColumn:
        return tr("MID");
    case TokenColumn:
        return tr("Token");
    case CodeColumn:
        return tr("Code");
    case RetransmissionsColumn:
        return tr("Retransmissions");
    case NextRetransmissionColumn:
        return tr("Next retransmission in");
    default:
        return {};
    }
}

} // namespace coapscope
