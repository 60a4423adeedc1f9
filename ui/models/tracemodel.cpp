// SPDX-License-Identifier: BSD-2-Clause
#include "tracemodel.h"

#include "codec/optionnumber.h"
#include "codec/tcpframing.h"
#include "codec/udpcodec.h"
#include "trace/dtlsrecordsummary.h"
#include "tracemodelrow_p.h"

#include <QMetaObject>

namespace coapscope {

using namespace tracemodelrow;

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
    row.offset = ((m_firstChunk + m_chunks.size() - 1) << 32) | chunk.size();
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
    m_pathIds.append(record.message ? pathIdFor(row.sessionId, *record.message) : quint16(0));
    if (!m_endpoints.contains(row.sessionId))
        m_endpoints.insert(row.sessionId, {record.local, record.remote});
    scheduleFlush();
}

void TraceModel::recordDtlsDatagram(const DtlsDatagramRecord &record)
{
    const QList<DtlsRecordSummary> records = summarizeDtlsDatagram(record.bytes);
    if (records.isEmpty() || carriesOnlyApplicationData(records))
        return;
    TraceRecord asRecord;
    asRecord.timestampUs = record.timestampUs;
    asRecord.sessionId = record.sessionId;
    asRecord.direction = record.direction;
    asRecord.protocol = Protocol::Dtls;
    asRecord.local = record.local;
    asRecord.remote = record.remote;
    asRecord.bytes = record.bytes;
    asRecord.cause =
        record.direction == TraceDirection::Sent ? TraceCause::Transmission : TraceCause::Received;
    TraceModel::record(asRecord);
    Row &row = m_rows.last();
    row.flags = quint8((row.flags & ~malformedFlag) | dtlsRecordFlag);
    // Whether a flight holds an alert, for the event column without parsing again.
    for (const DtlsRecordSummary &summary : records)
        row.code = summary.contentType == 21 ? 21 : row.code;
}

bool TraceModel::isDtlsRow(int row) const
{
    return m_rows.at(row).flags & dtlsRecordFlag;
}

// A request's own path; a response's or notification's, the path of the request it answers.
quint16 TraceModel::pathIdFor(quint32 session, const Message &message)
{
    if (message.code().isRequest()) {
        const quint16 id = internPath(message);
        if (message.tokenView().size() > 0)
            m_requestPaths.remember(session, message.tokenView(), id);
        return id;
    }
    if (message.code().isResponse())
        return m_requestPaths.find(session, message.tokenView());
    return 0;
}

quint16 TraceModel::internPath(const Message &message)
{
    // Traffic repeats itself: checking the options against the last path costs less than
    // building the path and hashing it.
    qsizetype matched = 0;
    bool same = true;
    bool any = false;
    for (qsizetype i = 0; i < message.optionCount(); ++i) {
        if (message.optionNumberAt(i) != OptionNumber::UriPath)
            continue;
        any = true;
        const QByteArrayView segment = message.optionValueAt(i);
        same = same && matched + 1 + segment.size() <= m_lastPath.size() &&
               m_lastPath.at(matched) == '/' &&
               QByteArrayView(m_lastPath).sliced(matched + 1, segment.size()) == segment;
        matched += 1 + segment.size();
    }
    if (!any)
        return 0;
    if (same && matched == m_lastPath.size())
        return m_lastPathId;
    QByteArray path;
    path.reserve(matched);
    for (qsizetype i = 0; i < message.optionCount(); ++i) {
        if (message.optionNumberAt(i) == OptionNumber::UriPath) {
            path += '/';
            path += message.optionValueAt(i);
        }
    }
    m_lastPath = path;
    if (const auto found = m_pathIndex.constFind(path); found != m_pathIndex.cend())
        return m_lastPathId = *found;
    if (m_paths.size() >= OverflowPathId)
        return m_lastPathId = OverflowPathId; // pathAt() decodes these
    const auto id = quint16(m_paths.size());
    m_paths.append(QString::fromUtf8(path));
    m_pathIndex.insert(path, id);
    return m_lastPathId = id;
}

void TraceModel::setCapacity(qsizetype rows)
{
    m_capacity = qMax<qsizetype>(1, rows);
    scheduleFlush();
}

void TraceModel::dropOldest(qsizetype count)
{
    const int shown = int(qMin<qsizetype>(count, m_visible));
    if (shown > 0)
        beginRemoveRows({}, 0, shown - 1);
    m_rows.remove(0, count);
    m_pathIds.remove(0, count);
    m_visible -= shown;
    m_dropped += count;
    // Release every chunk that no remaining row points into.
    const qint64 firstNeeded =
        m_rows.isEmpty() ? m_firstChunk + m_chunks.size() - 1 : (m_rows.first().offset >> 32);
    while (m_firstChunk < firstNeeded) {
        m_chunks.removeFirst();
        ++m_firstChunk;
    }
    if (shown > 0)
        endRemoveRows();
    emit rowsDropped(m_dropped);
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
    if (m_rows.size() > m_capacity) {
        // A sixteenth more than needed, so a steady stream drops once in a while, not per turn.
        dropOldest(qMin(m_rows.size(), m_rows.size() - m_capacity + m_capacity / 16));
    }
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
    m_pathIds.clear();
    m_chunks.clear();
    m_firstChunk = 0;
    m_dropped = 0;
    m_paths = {QString()};
    m_pathIndex.clear();
    m_requestPaths.clear();
    m_lastPath.clear();
    m_lastPathId = 0;
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
    qsizetype paths = 0;
    for (const QString &path : m_paths)
        paths += path.size() * 2 * 2 + 64; // the text, its UTF-8 key and the hash entries
    return m_rows.capacity() * qsizetype(sizeof(Row)) +
           m_pathIds.capacity() * qsizetype(sizeof(quint16)) + unusedChunkSpace +
           m_endpoints.size() * qsizetype(sizeof(Endpoints) + 32) + paths;
}

QByteArrayView TraceModel::bytesOf(const Row &row) const
{
    const QByteArray &chunk = m_chunks.at(qsizetype((row.offset >> 32) - m_firstChunk));
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

TraceRowFacts TraceModel::factsAt(int row) const
{
    const Row &stored = m_rows.at(row);
    TraceRowFacts facts;
    facts.sessionId = stored.sessionId;
    facts.direction =
        (stored.flags & receivedFlag) ? TraceDirection::Received : TraceDirection::Sent;
    facts.protocol = Protocol((stored.flags >> 1) & 0x3);
    facts.malformed = stored.flags & malformedFlag;
    facts.dtlsRecord = stored.flags & dtlsRecordFlag;
    facts.type = MessageType((stored.flags >> 4) & 0x3);
    facts.code = stored.code;
    facts.messageId = stored.messageId;
    facts.cause = TraceCause(stored.cause);
    if (stored.tokenLength > 0) {
        // The token follows the 4-byte header, or a frame's length nibbles, extended length
        // and code (RFC 8323 §3.2); no decoding needed.
        const QByteArrayView bytes = bytesOf(stored);
        qsizetype at = 4;
        if (isReliable(facts.protocol)) {
            const int nibble = quint8(bytes.at(0)) >> 4;
            at = 2 + (nibble == 13 ? 1 : nibble == 14 ? 2 : nibble == 15 ? 4 : 0);
        }
        facts.token = bytes.sliced(
            qMin(at, bytes.size()),
            qMin<qsizetype>(stored.tokenLength, qMax<qsizetype>(0, bytes.size() - at)));
    }
    return facts;
}

QString TraceModel::pathAt(int row) const
{
    const quint16 id = m_pathIds.at(row);
    if (id != OverflowPathId)
        return m_paths.at(id);
    // Past the table's size: the request's own options (an answer to one has none to show).
    const Row &stored = m_rows.at(row);
    const auto decoded = decodeFor(Protocol((stored.flags >> 1) & 0x3), bytesOf(stored));
    if (!decoded)
        return {};
    const QByteArrayList path = decoded.value().optionValues(OptionNumber::UriPath);
    return path.isEmpty() ? QString() : QString::fromUtf8('/' + path.join('/'));
}

int TraceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_visible;
}

int TraceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

} // namespace coapscope
