// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/message.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <optional>

namespace coapscope {

// The notifications of one observation (RFC 7641), oldest first: sequence number, arrival,
// code, payload, and whether it arrived out of order. Appended once per event-loop turn.
class NotificationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SequenceColumn,
        ArrivalColumn,
        CodeColumn,
        PayloadColumn,
        FlagColumn,
        ColumnCount
    };
    enum DataRole
    {
        StaleRole = Qt::UserRole,
    };

    struct Notification
    {
        std::optional<quint32> sequence;
        QDateTime arrival;
        MessageCode code;
        QByteArray payload;
        bool stale = false;
        // The payload read as a number, for the plot.
        std::optional<double> value;
    };

    explicit NotificationModel(QObject *parent = nullptr);

    void append(const Message &message, bool stale, const QDateTime &arrival);
    const QList<Notification> &notifications() const { return m_rows; }
    // Applies the pending batch at once (the event loop does this by itself).
    void flush();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A payload such as "21.5", "21.5 C" or "{"t": 21.5}" read as a number: the one number in
    // a short text, else nothing.
    static std::optional<double> numericValue(const QByteArray &payload);

private:
    QList<Notification> m_rows;
    QList<Notification> m_pending;
    bool m_flushQueued = false;
};

} // namespace coapscope
