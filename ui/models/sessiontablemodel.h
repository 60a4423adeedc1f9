// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "sessionsnapshot.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

namespace coapscope {

class Context;

// Every session of the contexts it watches, one row each. The engine may change sessions
// thousands of times a second; the model collects what moved and tells its views once per
// refresh interval, so the table costs the same under a flood as when idle.
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        ContextColumn,
        RoleColumn,
        ProtocolColumn,
        StateColumn,
        LocalColumn,
        RemoteColumn,
        ReferenceCountColumn,
        MtuColumn,
        MaxPduSizeColumn,
        SendQueueColumn,
        ReceiveQueueColumn,
        DescriptionColumn,
        ColumnCount
    };
    enum DataRole
    {
        SortRole = Qt::UserRole, // numbers as numbers, so sorting is numeric
        SessionIdRole,
    };
    static constexpr int DefaultRefreshIntervalMs = 100;

    explicit SessionTableModel(QObject *parent = nullptr);

    // Shows the context's sessions, now and to come, labelled with name.
    void addContext(Context *context, const QString &name);
    void removeContext(Context *context);
    void setRefreshInterval(int milliseconds) { m_refresh.setInterval(milliseconds); }

    // The session on row, or nullptr if it has gone since the last refresh.
    Session *sessionAt(int row) const;
    int rowOf(quint64 sessionId) const { return m_rowById.value(sessionId, -1); }
    // Applies everything collected so far at once (the timer does this by itself).
    void refreshNow();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void watch(Session *session, const QString &contextName);
    void markDirty(quint64 sessionId);
    void schedule();
    void applyRemovals();
    void applyChanges();
    void applyAdditions();
    void reindex();
    QVariant displayData(const SessionSnapshot &row, int column) const;
    QVariant sortData(const SessionSnapshot &row, int column) const;

    struct Addition
    {
        QPointer<Session> session;
        QString contextName;
    };

    QHash<Context *, QString> m_contexts;
    QList<SessionSnapshot> m_rows;
    QHash<quint64, int> m_rowById;
    QSet<quint64> m_dirty;
    QSet<quint64> m_removed;
    QList<Addition> m_additions;
    QTimer m_refresh;
};

} // namespace coapscope
