// SPDX-License-Identifier: BSD-2-Clause
#include "logmodel.h"

#include <QMetaObject>

namespace coapscope {

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LogModel::append(LogLevel level, const QString &message, quint64 sessionId)
{
    m_pending.append({QDateTime::currentDateTime(), level, sessionId, message});
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &LogModel::flush, Qt::QueuedConnection);
    }
}

void LogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_pending.clear();
    endResetModel();
}

void LogModel::flush()
{
    m_flushQueued = false;
    if (m_pending.isEmpty())
        return;
    if (m_pending.size() > m_capacity)
        m_pending.remove(0, m_pending.size() - m_capacity);
    const qsizetype overflow = m_entries.size() + m_pending.size() - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_entries.remove(0, overflow);
        endRemoveRows();
    }
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    m_entries.append(m_pending);
    m_pending.clear();
    endInsertRows();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (role == LevelRole)
        return int(entry.level);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return entry.time.toString(QStringLiteral("HH:mm:ss.zzz"));
    case LevelColumn:
        switch (entry.level) {
        case LogLevel::Info:
            return tr("Info");
        case LogLevel::Warning:
            return tr("Warning");
        case LogLevel::Error:
            return tr("Error");
        }
        return {};
    case SessionColumn:
        return entry.sessionId ? QVariant(entry.sessionId) : QVariant();
    case MessageColumn:
        return entry.message;
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case SessionColumn:
        return tr("Session");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace coapscope
