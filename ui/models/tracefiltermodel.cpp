// SPDX-License-Identifier: BSD-2-Clause
#include "tracefiltermodel.h"

#include "tracemodel.h"

#include <algorithm>

namespace coapscope {

TraceFilterModel::TraceFilterModel(TraceModel *source, QObject *parent)
    : QAbstractProxyModel(parent)
    , m_source(source)
{
    QAbstractProxyModel::setSourceModel(source);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &TraceFilterModel::scanSlice);
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &TraceFilterModel::sourceAboutToInsert);
    connect(source, &QAbstractItemModel::rowsInserted, this, &TraceFilterModel::sourceInserted);
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &TraceFilterModel::sourceAboutToRemove);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &TraceFilterModel::sourceRemoved);
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this,
            &TraceFilterModel::sourceAboutToReset);
    connect(source, &QAbstractItemModel::modelReset, this, &TraceFilterModel::sourceReset);
    // Rows dropped before they were ever shown leave no signal but this.
    connect(source, &TraceModel::rowsDropped, this,
            [this](qint64 dropped) { m_next = qMax(m_next, dropped); });
}

void TraceFilterModel::setFilter(const TraceFilter &filter)
{
    const bool active = filter.isValid() && !filter.isEmpty();
    if (!active && !m_active)
        return;
    beginResetModel();
    m_filter = active ? filter : TraceFilter();
    m_active = active;
    m_rows.clear();
    m_pathMatches.clear();
    m_next = m_source->droppedCount();
    endResetModel();
    if (active) {
        startScan();
    } else if (m_timer.isActive()) {
        m_timer.stop();
        if (m_reportedBusy) {
            m_reportedBusy = false;
            emit busyChanged(false);
        }
        emit finished();
    }
}

void TraceFilterModel::cancel()
{
    const bool wasActive = m_active;
    setFilter(TraceFilter());
    if (wasActive)
        emit cancelled();
}

int TraceFilterModel::progress() const
{
    const qint64 end = m_source->droppedCount() + m_source->rowCount();
    if (!m_active || end <= m_passStart)
        return 100;
    return int((qMin(m_next, end) - m_passStart) * 100 / (end - m_passStart));
}

void TraceFilterModel::startScan()
{
    if (m_timer.isActive())
        return;
    m_passStart = m_next;
    m_reportedBusy = false;
    m_timer.start();
}

bool TraceFilterModel::matches(int sourceRow)
{
    if (!m_filter.matchesFacts(m_source->factsAt(sourceRow)))
        return false;
    if (m_filter.hasPath()) {
        const quint16 id = m_source->pathIdAt(sourceRow);
        if (id == TraceModel::OverflowPathId) {
            if (!m_filter.matchesPath(m_source->pathAt(sourceRow)))
                return false;
        } else {
            if (id >= m_pathMatches.size())
                m_pathMatches.resize(id + 1, -1);
            if (m_pathMatches.at(id) < 0)
                m_pathMatches[id] = m_filter.matchesPath(m_source->pathText(id)) ? 1 : 0;
            if (!m_pathMatches.at(id))
                return false;
        }
    }
    return m_filter.words().isEmpty() || m_filter.matchesWords(m_source->searchText(sourceRow));
}

void TraceFilterModel::scanSlice()
{
    const qint64 dropped = m_source->droppedCount();
    const qint64 end = dropped + m_source->rowCount();
    m_next = qMax(m_next, dropped);
    QList<qint64> found;
    m_clock.start();
    while (m_next < end) {
        if (matches(int(m_next - dropped)))
            found.append(m_next);
        ++m_next;
        // Reading the clock costs more than testing a row; look every so often.
        if ((m_next & 0x3ff) == 0 && m_clock.elapsed() >= m_sliceMs)
            break;
    }
    if (!found.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(found.size()) - 1);
        m_rows.append(found);
        endInsertRows();
    }
    if (m_next >= end) {
        m_timer.stop();
        if (m_reportedBusy) {
            m_reportedBusy = false;
            emit progressChanged(100);
            emit busyChanged(false);
        }
        emit finished();
        return;
    }
    if (!m_reportedBusy) {
        m_reportedBusy = true;
        emit busyChanged(true);
    }
    emit progressChanged(progress());
}

void TraceFilterModel::sourceAboutToInsert(const QModelIndex &, int first, int last)
{
    if (!m_active)
        beginInsertRows({}, first, last);
}

void TraceFilterModel::sourceInserted()
{
    if (!m_active)
        endInsertRows();
    else
        startScan(); // new rows are tested on the next turn, a slice at a time like the rest
}

void TraceFilterModel::sourceAboutToRemove(const QModelIndex &, int first, int last)
{
    if (!m_active) {
        beginRemoveRows({}, first, last);
        return;
    }
    // The model only drops its oldest rows, so the matches to go are a prefix.
    const qint64 endSerial = m_source->droppedCount() + last + 1;
    const auto keep = std::lower_bound(m_rows.cbegin(), m_rows.cend(), endSerial);
    const int gone = int(keep - m_rows.cbegin());
    Q_ASSERT(first == 0);
    if (gone > 0) {
        beginRemoveRows({}, 0, gone - 1);
        m_rows.remove(0, gone);
        endRemoveRows();
    }
}

void TraceFilterModel::sourceRemoved()
{
    if (!m_active)
        endRemoveRows();
    m_next = qMax(m_next, m_source->droppedCount());
}

void TraceFilterModel::sourceAboutToReset()
{
    beginResetModel();
}

void TraceFilterModel::sourceReset()
{
    m_rows.clear();
    m_pathMatches.clear();
    m_next = m_source->droppedCount();
    endResetModel();
    if (m_active)
        startScan();
}

QModelIndex TraceFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column);
}

QModelIndex TraceFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int TraceFilterModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_active ? int(m_rows.size()) : m_source->rowCount();
}

int TraceFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_source->columnCount();
}

bool TraceFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex TraceFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const int row =
        m_active ? int(m_rows.at(proxyIndex.row()) - m_source->droppedCount()) : proxyIndex.row();
    return m_source->index(row, proxyIndex.column());
}

QModelIndex TraceFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid())
        return {};
    if (!m_active)
        return index(sourceIndex.row(), sourceIndex.column());
    const qint64 serial = m_source->droppedCount() + sourceIndex.row();
    const auto found = std::lower_bound(m_rows.cbegin(), m_rows.cend(), serial);
    if (found == m_rows.cend() || *found != serial)
        return {};
    return index(int(found - m_rows.cbegin()), sourceIndex.column());
}

QVariant TraceFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source->headerData(section, orientation, role);
}

} // namespace coapscope
