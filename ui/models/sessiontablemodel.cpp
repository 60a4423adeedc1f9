// SPDX-License-Identifier: BSD-2-Clause
#include "sessiontablemodel.h"

#include "session/context.h"
#include "text/sessiontext.h"

#include <algorithm>

namespace coapscope {

SessionTableModel::SessionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(DefaultRefreshIntervalMs);
    connect(&m_refresh, &QTimer::timeout, this, &SessionTableModel::refreshNow);
}

void SessionTableModel::addContext(Context *context, const QString &name)
{
    if (m_contexts.contains(context))
        return;
    m_contexts.insert(context, name);
    connect(context, &Context::sessionAdded, this,
            [this, context](Session *session) { watch(session, m_contexts.value(context)); });
    connect(context, &Context::sessionRemoved, this, [this](quint64 sessionId) {
        m_removed.insert(sessionId);
        schedule();
    });
    connect(context, &QObject::destroyed, this, [this, context] { m_contexts.remove(context); });
    for (Session *session : context->sessions())
        watch(session, name);
}

void SessionTableModel::removeContext(Context *context)
{
    if (!m_contexts.remove(context))
        return;
    disconnect(context, nullptr, this, nullptr);
    for (Session *session : context->sessions()) {
        disconnect(session, nullptr, this, nullptr);
        m_removed.insert(session->id());
    }
    schedule();
}

void SessionTableModel::watch(Session *session, const QString &contextName)
{
    m_additions.append({session, contextName});
    const quint64 id = session->id();
    connect(session, &Session::changed, this, [this, id] { markDirty(id); });
    // A context going away deletes its sessions without announcing each removal.
    connect(session, &QObject::destroyed, this, [this, id] {
        m_removed.insert(id);
        schedule();
    });
    schedule();
}

void SessionTableModel::markDirty(quint64 sessionId)
{
    m_dirty.insert(sessionId);
    schedule();
}

void SessionTableModel::schedule()
{
    if (!m_refresh.isActive())
        m_refresh.start();
}

Session *SessionTableModel::sessionAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return m_rows.at(row).session.data();
}

void SessionTableModel::refreshNow()
{
    m_refresh.stop();
    applyRemovals();
    applyChanges();
    applyAdditions();
}

// Removes rows from the bottom up, one contiguous range per notification.
void SessionTableModel::applyRemovals()
{
    if (m_removed.isEmpty())
        return;
    QList<int> rows;
    for (quint64 id : std::as_const(m_removed)) {
        const int row = m_rowById.value(id, -1);
        if (row >= 0)
            rows.append(row);
    }
    m_additions.removeIf([this](const Addition &addition) {
        return !addition.session || m_removed.contains(addition.session->id());
    });
    m_removed.clear();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) - 1)
            ++j;
        const int first = rows.at(j);
        const int last = rows.at(i);
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        i = j + 1;
    }
    reindex();
}

void SessionTableModel::applyChanges()
{
    if (m_dirty.isEmpty())
        return;
    QList<int> rows;
    for (quint64 id : std::as_const(m_dirty)) {
        const int row = m_rowById.value(id, -1);
        if (row < 0)
            continue;
        SessionSnapshot &snapshot = m_rows[row];
        if (!snapshot.session)
            continue; // freed; its removal is on its way
        snapshot = SessionSnapshot::of(snapshot.session, snapshot.contextName);
        rows.append(row);
    }
    m_dirty.clear();
    std::sort(rows.begin(), rows.end());
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        emit dataChanged(index(rows.at(i), 0), index(rows.at(j), ColumnCount - 1));
        i = j + 1;
    }
}

void SessionTableModel::applyAdditions()
{
    QList<SessionSnapshot> fresh;
    for (const Addition &addition : std::as_const(m_additions)) {
        if (addition.session && !m_rowById.contains(addition.session->id()))
            fresh.append(SessionSnapshot::of(addition.session, addition.contextName));
    }
    m_additions.clear();
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    m_rows.append(fresh);
    endInsertRows();
    reindex();
}

void SessionTableModel::reindex()
{
    m_rowById.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).id, row);
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SessionSnapshot &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case SessionIdRole:
        return row.id;
    case Qt::ToolTipRole:
        if (index.column() == StateColumn)
            return text::stateExplanation(row.state);
        return row.description;
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn ||
            (index.column() >= ReferenceCountColumn && index.column() <= ReceiveQueueColumn))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant SessionTableModel::displayData(const SessionSnapshot &row, int column) const
{
    switch (column) {
    case IdColumn:
        return row.id;
    case ContextColumn:
        return row.contextName;
    case RoleColumn:
        return text::roleText(row.role);
    case ProtocolColumn:
        return QString(protocolName(row.protocol));
    case StateColumn:
        return text::stateText(row.state);
    case LocalColumn:
        return row.localAddress;
    case RemoteColumn:
        return row.remoteAddress;
    case ReferenceCountColumn:
        return row.referenceCount;
    case MtuColumn:
        return row.mtu;
    case MaxPduSizeColumn:
        return qlonglong(row.maxPduSize);
    case SendQueueColumn:
        return qlonglong(row.sendQueueLength);
    case ReceiveQueueColumn:
        return qlonglong(row.receiveQueueLength);
    case DescriptionColumn:
        return row.description;
    default:
        return {};
    }
}

QVariant SessionTableModel::sortData(const SessionSnapshot &row, int column) const
{
    switch (column) {
    case RoleColumn:
        return int(row.role);
    case ProtocolColumn:
        return int(row.protocol);
    case StateColumn:
        return int(row.state);
    default:
        return displayData(row, column);
    }
}

QVariant SessionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ReferenceCountColumn:
            return tr("The session's reference count: a client session is freed at 0, a server "
                      "session goes to the free pool.");
        case MtuColumn:
            return tr("The largest datagram, excluding IP and UDP headers.");
        case MaxPduSizeColumn:
            return tr("Room for token, options and payload in one message.");
        case SendQueueColumn:
            return tr("Confirmable messages waiting for their acknowledgement.");
        case ReceiveQueueColumn:
            return tr("Requests held back until NSTART allows them or the peer's "
                      "capabilities arrive (libcoap's delay queue).");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("ID");
    case ContextColumn:
        return tr("Context");
    case RoleColumn:
        return tr("Role");
    case ProtocolColumn:
        return tr("Protocol");
    case StateColumn:
        return tr("State");
    case LocalColumn:
        return tr("Local");
    case RemoteColumn:
        return tr("Remote");
    case ReferenceCountColumn:
        return tr("Refs");
    case MtuColumn:
        return tr("MTU");
    case MaxPduSizeColumn:
        return tr("Max PDU");
    case SendQueueColumn:
        return tr("Send queue");
    case ReceiveQueueColumn:
        return tr("Receive queue");
    case DescriptionColumn:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace coapscope
