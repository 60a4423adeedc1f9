// SPDX-License-Identifier: BSD-2-Clause
#include "tracemodel.h"

#include "codec/tcpframing.h"
#include "codec/udpcodec.h"
#include "text/messagetext.h"
#include "text/sessiontext.h"

#include <QDateTime>
#include <QMetaObject>

namespace coapscope {

namespace {

constexpr quint8 receivedFlag = 0x01;
constexpr quint8 malformedFlag = 0x08;

Expected<Message, DecodeError> decodeFor(Protocol protocol, QByteArrayView bytes)
{
    if (isReliable(protocol))
        return TcpFraming::decode(bytes.toByteArray());
    return UdpCodec::decode(bytes);
}

QString optionsText(const Message &message)
{
    QStringList parts;
    for (qsizetype i = 0; i < message.optionCount(); ++i) {
        const quint16 number = message.optionNumberAt(i);
        parts << text::optionName(number, message.code()) + QLatin1Char('=') +
                     text::optionValueText(number, message.code(), message.optionValueAt(i));
    }
    return parts.join(QLatin1String("; "));
}

} // namespace

TraceModel::TraceModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TraceModel::record(const TraceRecord &record)
{
    const qsizetype size = record.bytes.size();
    if (m_chunks.isEmpty() || m_chunks.last().size() + size > m_chunks.last().capacity()) {
        QByteArray chunk;
        chunk.reserve(qMax(ChunkSize, qint64(size)));
        m_chunks.append(chunk);
    }
    QByteArray &chunk = m_chunks.last();
    Row row{};
    row.timestampUs = record.timestampUs;
    row.offset = (qint64(m_chunks.size() - 1) << 32) | chunk.size();
    row.size = quint32(size);
    chunk.append(record.bytes);
    m_bytes += size;
    row.sessionId = quint32(record.sessionId);
    row.cause = quint8(record.cause);
    row.retransmission = quint8(qMin(record.retransmission, 255));
    row.flags = (record.direction == TraceDirection::Received ? receivedFlag : 0) |
                quint8(int(record.protocol) << 1) | (record.message ? 0 : malformedFlag);
    if (record.message) {
        row.code = record.message->code().raw();
        row.messageId = record.message->messageId();
        row.tokenLength = quint8(record.message->token().size());
        row.flags |= quint8(int(record.message->type()) << 4);
    }
    m_rows.append(row);
    if (!m_endpoints.contains(row.sessionId))
        m_endpoints.insert(row.sessionId, {record.local, record.remote});
    scheduleFlush();
}

void TraceModel::scheduleFlush()
{
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QMetaObject::invokeMethod(this, &TraceModel::flush, Qt::QueuedConnection);
}

void TraceModel::flush()
{
    m_flushQueued = false;
    const int total = int(m_rows.size());
    if (total == m_visible)
        return;
    beginInsertRows({}, m_visible, total - 1);
    m_visible = total;
    endInsertRows();
}

void TraceModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_chunks.clear();
    m_endpoints.clear();
    m_text.clear();
    m_bytes = 0;
    m_visible = 0;
    endResetModel();
}

qsizetype TraceModel::overheadBytes() const
{
    qsizetype unusedChunkSpace = 0;
    for (const QByteArray &chunk : m_chunks)
        unusedChunkSpace += chunk.capacity() - chunk.size();
    return m_rows.capacity() * qsizetype(sizeof(Row)) + unusedChunkSpace +
           m_endpoints.size() * qsizetype(sizeof(Endpoints) + 32);
}

QByteArrayView TraceModel::bytesOf(const Row &row) const
{
    const QByteArray &chunk = m_chunks.at(qsizetype(row.offset >> 32));
    return QByteArrayView(chunk).sliced(qsizetype(row.offset & 0xffffffff), row.size);
}

TraceRecord TraceModel::recordAt(int row) const
{
    const Row &stored = m_rows.at(row);
    TraceRecord record;
    record.timestampUs = stored.timestampUs;
    record.sessionId = stored.sessionId;
    record.direction =
        (stored.flags & receivedFlag) ? TraceDirection::Received : TraceDirection::Sent;
    record.protocol = Protocol((stored.flags >> 1) & 0x3);
    const Endpoints endpoints = m_endpoints.value(stored.sessionId);
    record.local = endpoints.local;
    record.remote = endpoints.remote;
    record.bytes = bytesOf(stored).toByteArray();
    record.cause = TraceCause(stored.cause);
    record.retransmission = stored.retransmission;
    auto decoded = decodeFor(record.protocol, record.bytes);
    if (decoded)
        record.message = std::move(decoded.value());
    else
        record.decodeError = decoded.error();
    return record;
}

// The columns that need the message decoded again: type, token and options.
QStringList TraceModel::textOf(int row) const
{
    if (QStringList *cached = m_text.object(row))
        return *cached;
    const Row &stored = m_rows.at(row);
    const auto decoded = decodeFor(Protocol((stored.flags >> 1) & 0x3), bytesOf(stored));
    QStringList text;
    if (decoded) {
        const Message &message = decoded.value();
        const bool datagram = !isReliable(Protocol((stored.flags >> 1) & 0x3));
        text << (datagram ? QString(messageTypeAbbreviation(message.type())) : QString())
             << text::tokenText(message.token()) << optionsText(message);
    } else {
        text << QString() << QString() << QString();
    }
    m_text.insert(row, new QStringList(text));
    return text;
}

int TraceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_visible;
}

int TraceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TraceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_visible)
        return {};
    const Row &row = m_rows.at(index.row());
    const Protocol protocol = Protocol((row.flags >> 1) & 0x3);
    const bool malformed = row.flags & malformedFlag;
    if (role == SessionIdRole)
        return row.sessionId;
    if (role == SearchTextRole) {
        QStringList all;
        for (int column = 0; column < ColumnCount; ++column)
            all << data(this->index(index.row(), column)).toString();
        return all.join(QLatin1Char(' '));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(row.timestampUs / 1000)
                   .toString(QStringLiteral("HH:mm:ss.zzz")) +
               QString::number(row.timestampUs % 1000).rightJustified(3, QLatin1Char('0'));
    case SessionColumn:
        return row.sessionId;
    case DirectionColumn:
        return (row.flags & receivedFlag) ? tr("received") : tr("sent");
    case ProtocolColumn:
        return QString(protocolName(protocol));
    case TypeColumn:
        return textOf(index.row()).value(0);
    case CodeColumn:
        return malformed ? QString() : text::codeText(MessageCode(row.code));
    case MessageIdColumn:
        return malformed || isReliable(protocol) ? QVariant() : QVariant(row.messageId);
    case TokenColumn:
        return textOf(index.row()).value(1);
    case OptionsColumn:
        return textOf(index.row()).value(2);
    case SizeColumn:
        return row.size;
    case EventColumn: {
        QString event(traceCauseId(TraceCause(row.cause)));
        if (TraceCause(row.cause) == TraceCause::Retransmission)
            event += QLatin1Char(' ') + QString::number(row.retransmission);
        return event;
    }
    default:
        return {};
    }
}

QVariant TraceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SessionColumn:
        return tr("Session");
    case DirectionColumn:
        return tr("Direction");
    case ProtocolColumn:
        return tr("Protocol");
    case TypeColumn:
        return tr("Type");
    case CodeColumn:
        return tr("Code");
    case MessageIdColumn:
        return tr("MID");
    case TokenColumn:
        return tr("Token");
    case OptionsColumn:
        return tr("Options");
    case SizeColumn:
        return tr("Size");
    case EventColumn:
        return tr("Event");
    default:
        return {};
    }
}

} // namespace coapscope
