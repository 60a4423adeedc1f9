// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace coapscope {

enum class LogLevel : quint8
{
    Info,
    Warning,
    Error
};

// What happened, in plain words, newest last. Entries are appended once per event-loop turn
// in a batch, and the oldest are dropped beyond the capacity so a long session cannot exhaust
// memory.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        LevelColumn,
        SessionColumn,
        MessageColumn,
        ColumnCount
    };
    enum DataRole
    {
        LevelRole = Qt::UserRole,
    };
    static constexpr int DefaultCapacity = 10000;

    explicit LogModel(QObject *parent = nullptr);

    // sessionId 0: not about one session.
    void append(LogLevel level, const QString &message, quint64 sessionId = 0);
    void clear();
    void setCapacity(int capacity) { m_capacity = qMax(1, capacity); }
    // Applies the pending batch at once (the event loop does this by itself).
    void flush();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QDateTime time;
        LogLevel level;
        quint64 sessionId;
        QString message;
    };

    QList<Entry> m_entries;
    QList<Entry> m_pending;
    int m_capacity = DefaultCapacity;
    bool m_flushQueued = false;
};

} // namespace coapscope
