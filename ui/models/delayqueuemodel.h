// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "session/sessionqueues.h"

#include <QAbstractTableModel>
#include <QList>

namespace coapscope {

// A session's requests held back (NSTART, or a stream peer's capabilities not yet known), with
// how long each has waited.
class DelayQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TokenColumn,
        CodeColumn,
        WaitingColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<DelayQueueEntry> &entries, qint64 now);
    void setNow(qint64 now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DelayQueueEntry> m_entries;
    qint64 m_now = 0;
};

} // namespace coapscope
