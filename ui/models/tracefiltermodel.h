// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "tracefilter.h"

#include <QAbstractProxyModel>
#include <QElapsedTimer>
#include <QList>
#include <QTimer>

namespace coapscope {

class TraceModel;

// The rows of a TraceModel that pass a TraceFilter, found a slice at a time from a timer so
// that a million rows never block the event loop: matches appear as they are found, progress
// is reported, and the search can be cancelled. Rows appended while a filter applies are
// tested as they come. Structured terms are read from the compact rows; only rows that pass
// them are decoded for free words. Without a filter every row passes through unchanged.
class TraceFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit TraceFilterModel(TraceModel *source, QObject *parent = nullptr);

    TraceModel *traceModel() const { return m_source; }
    // An invalid or empty filter shows every row.
    void setFilter(const TraceFilter &filter);
    const TraceFilter &filter() const { return m_filter; }
    // A filter applies (possibly still searching).
    bool isActive() const { return m_active; }
    // Still searching rows already in the source.
    bool isBusy() const { return m_timer.isActive(); }
    int progress() const; // percent of the current search done
    // Stops searching and shows every row again.
    void cancel();
    // How long one slice may run before the event loop gets its turn.
    void setSliceMilliseconds(int ms) { m_sliceMs = ms; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void progressChanged(int percent);
    // Only for a search that takes more than one turn of the event loop.
    void busyChanged(bool busy);
    // Every row there is has been tested (after every search, however short).
    void finished();
    void cancelled();

private:
    bool matches(int sourceRow);
    void scanSlice();
    void startScan();
    void sourceAboutToInsert(const QModelIndex &parent, int first, int last);
    void sourceInserted();
    void sourceAboutToRemove(const QModelIndex &parent, int first, int last);
    void sourceRemoved();
    void sourceAboutToReset();
    void sourceReset();

    TraceModel *m_source;
    TraceFilter m_filter;
    bool m_active = false;
    QList<qint64> m_rows; // matching row serials, ascending
    qint64 m_next = 0;    // serial of the next source row to test
    qint64 m_passStart = 0;
    QList<qint8> m_pathMatches; // by path id: -1 not yet known, 0 no, 1 yes
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_sliceMs = 12;
    bool m_reportedBusy = false;
};

} // namespace coapscope
