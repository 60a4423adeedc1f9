// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "requestpathmemory.h"
#include "trace/tracer.h"
#include "tracefilter.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QList>

namespace coapscope {

// Every datagram the engine saw, for a trace view of millions of rows. Each row is a fixed
// 32-byte record plus a 2-byte Uri-Path id in a parallel array (paths are interned once per
// distinct path); the bytes themselves sit end to end in large chunks; addresses are kept once
// per session. Text is made only when a row is shown (decoding its bytes again) and cached for
// the rows in view. New rows become visible in one batch per event-loop turn, as Wireshark's
// packet list does, so a flood of datagrams costs the view one insertion a turn. Beyond
// capacity() rows the oldest are dropped in batches, releasing their chunks.
class TraceModel : public QAbstractTableModel, public Tracer
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        SessionColumn,
        DirectionColumn,
        ProtocolColumn,
        TypeColumn,
        CodeColumn,
        MessageIdColumn,
        TokenColumn,
        OptionsColumn,
        SizeColumn,
        EventColumn,
        ColumnCount
    };
    enum DataRole
    {
        SessionIdRole = Qt::UserRole,
        SearchTextRole, // everything a free-text filter looks at, in one string
    };
    static constexpr qsizetype DefaultCapacity = 1'000'000;
    // Path ids: 0 is "no Uri-Path"; OverflowPathId a path the full table could not take.
    static constexpr quint16 OverflowPathId = 0xffff;

    explicit TraceModel(QObject *parent = nullptr);

    void record(const TraceRecord &record) override;
    // DTLS handshake flights and alerts as rows of their own; datagrams that only carry
    // application data are left out, since the CoAP inside comes through record().
    void recordDtlsDatagram(const DtlsDatagramRecord &record) override;
    // Makes the rows recorded so far visible now (the event loop does this by itself).
    void flush();
    void clear();

    qsizetype capacity() const { return m_capacity; }
    // Takes effect at the next flush.
    void setCapacity(qsizetype rows);
    // Rows dropped from the front since the last clear(); row r has serial droppedCount() + r.
    qint64 droppedCount() const { return m_dropped; }

    // The row's record as the engine made it, decoded again from the kept bytes.
    TraceRecord recordAt(int row) const;
    // Whether the row is a DTLS datagram as it was on the wire rather than CoAP.
    bool isDtlsRow(int row) const;
    // What a filter checks, read from the compact row without decoding.
    TraceRowFacts factsAt(int row) const;
    // The interned Uri-Path id of a row and the path it stands for ("/a/b", "" for none).
    quint16 pathIdAt(int row) const { return m_pathIds.at(row); }
    QString pathText(quint16 id) const { return m_paths.value(id); }
    // "/a/b" for the row; decodes only for paths past the table's capacity.
    QString pathAt(int row) const;
    // The text a free-word filter searches: every column and a text payload; decodes, does not
    // cache.
    QString searchText(int row) const;
    // Memory the model holds beyond the datagrams' own bytes, for the benchmark.
    qsizetype overheadBytes() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // The oldest rows went to keep within capacity(); total since the last clear().
    void rowsDropped(qint64 total);

private:
    struct Row
    {
        qint64 timestampUs;
        qint64 offset; // chunk serial << 32 | offset in that chunk
        quint32 size;
        quint32 sessionId;
        quint16 messageId;
        quint8 code;
        quint8 flags; // bit 0 received, bits 1-2 protocol, bit 3 malformed, bits 4-5 type
        quint8 cause;
        quint8 retransmission;
        quint8 tokenLength;
        quint8 reserved = 0;
    };
    static_assert(sizeof(Row) == 32);
    struct Endpoints
    {
        SocketAddress local;
        SocketAddress remote;
    };

    QByteArrayView bytesOf(const Row &row) const;
    QStringList decodedColumns(const Row &row, QString *payload = nullptr) const;
    QStringList textOf(int row) const;
    QString cellText(int row, int column) const;
    quint16 pathIdFor(quint32 session, const Message &message);
    quint16 internPath(const Message &message);
    void dropOldest(qsizetype count);
    void scheduleFlush();

    static constexpr qint64 ChunkSize = 4 * 1024 * 1024;
    QList<Row> m_rows;
    QList<quint16> m_pathIds; // parallel to m_rows
    int m_visible = 0;
    QList<QByteArray> m_chunks;
    qint64 m_firstChunk = 0; // serial of m_chunks.first()
    qint64 m_bytes = 0;
    qint64 m_dropped = 0;
    qsizetype m_capacity = DefaultCapacity;
    QHash<quint32, Endpoints> m_endpoints;
    QList<QString> m_paths{QString()};
    QHash<QByteArray, quint16> m_pathIndex;
    RequestPathMemory m_requestPaths;
    QByteArray m_lastPath;
    quint16 m_lastPathId = 0;
    mutable QCache<qint64, QStringList> m_text{4096}; // by row serial, stable across drops
    bool m_flushQueued = false;
};

} // namespace coapscope
