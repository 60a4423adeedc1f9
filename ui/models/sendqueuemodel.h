// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "session/sessionqueues.h"

#include <QAbstractTableModel>
#include <QList>

namespace coapscope {

// A session's outstanding confirmable messages, with a countdown to each one's next
// retransmission. setEntries() replaces the list; setNow() moves the countdowns.
class SendQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MessageIdColumn,
        TokenColumn,
        CodeColumn,
        RetransmissionsColumn,
        NextRetransmissionColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<SendQueueEntry> &entries, qint64 now);
    void setNow(qint64 now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SendQueueEntry> m_entries;
    qint64 m_now = 0;
};

} // namespace coapscope
