// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/message.h"

#include <QAbstractTableModel>

namespace coapscope {

// The options of one message, read-only: number, name and value in words, raw bytes as a
// tooltip.
class MessageOptionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        NameColumn,
        ValueColumn,
        ColumnCount
    };

    explicit MessageOptionsModel(QObject *parent = nullptr);

    void setMessage(const Message &message);
    void clear() { setMessage(Message()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Message m_message;
};

} // namespace coapscope
