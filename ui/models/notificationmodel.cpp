// SPDX-License-Identifier: BSD-2-Clause
#include "notificationmodel.h"

#include "codec/optionnumber.h"
#include "text/messagetext.h"

#include <QMetaObject>
#include <QRegularExpression>

namespace coapscope {

NotificationModel::NotificationModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void NotificationModel::append(const Message &message, bool stale, const QDateTime &arrival)
{
    Notification notification;
    if (const auto observe = message.uintOption(OptionNumber::Observe))
        notification.sequence = quint32(*observe);
    notification.arrival = arrival;
    notification.code = message.code();
    notification.payload = message.payload();
    notification.stale = stale;
    notification.value = numericValue(notification.payload);
    m_pending.append(notification);
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &NotificationModel::flush, Qt::QueuedConnection);
    }
}

void NotificationModel::flush()
{
    m_flushQueued = false;
    if (m_pending.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    m_rows.append(m_pending);
    m_pending.clear();
    endInsertRows();
}

std::optional<double> NotificationModel::numericValue(const QByteArray &payload)
{
    if (payload.isEmpty() || payload.size() > 64)
        return std::nullopt;
    static const QRegularExpression number(
        QStringLiteral("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?"));
    // One number only: "obs 3" or {"t": 21.5} are values, a date such as 2026-11-25 is not.
    const QString text = QString::fromUtf8(payload);
    const QRegularExpressionMatch match = number.match(text);
    if (!match.hasMatch() || number.match(text, match.capturedEnd()).hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = match.captured().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

int NotificationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NotificationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Notification &row = m_rows.at(index.row());
    if (role == StaleRole)
        return row.stale;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SequenceColumn:
        return row.sequence ? QVariant(*row.sequence) : QVariant(tr("—"));
    case ArrivalColumn:
        return row.arrival.toString(QStringLiteral("HH:mm:ss.zzz"));
    case CodeColumn:
        return text::codeText(row.code);
    case PayloadColumn:
        return text::payloadText(row.payload);
    case FlagColumn:
        return row.stale ? tr("stale: older than one already shown") : QString();
    default:
        return {};
    }
}

QVariant NotificationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SequenceColumn:
        return tr("Sequence");
    case ArrivalColumn:
        return tr("Arrived");
    case CodeColumn:
        return tr("Code");
    case PayloadColumn:
        return tr("Payload");
    case FlagColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace coapscope
