// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "trace/tracer.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QList>

namespace coapscope {

// Every datagram the engine saw, for a trace view of millions of rows. Each row is a fixed
// 32-byte record; the bytes themselves sit end to end in large chunks; addresses are kept once
// per session. Text is made only when a row is shown (decoding its bytes again) and cached for
// the rows in view. New rows become visible in one batch per event-loop turn, as Wireshark's
// packet list does, so a flood of datagrams costs the view one insertion a turn.
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

    explicit TraceModel(QObject *parent = nullptr);

    void record(const TraceRecord &record) override;
    // Makes the rows recorded so far visible now (the event loop does this by itself).
    void flush();
    void clear();

    // The row's record as the engine made it, decoded again from the kept bytes.
    TraceRecord recordAt(int row) const;
    // Memory the model holds beyond the datagrams' own bytes, for the benchmark.
    qsizetype overheadBytes() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 timestampUs;
        qint64 offset; // into the byte chunks, as one running count
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
    QStringList textOf(int row) const;
    void scheduleFlush();

    static constexpr qint64 ChunkSize = 4 * 1024 * 1024;
    QList<Row> m_rows;
    int m_visible = 0;
    QList<QByteArray> m_chunks;
    qint64 m_bytes = 0;
    QHash<quint32, Endpoints> m_endpoints;
    mutable QCache<int, QStringList> m_text{4096};
    bool m_flushQueued = false;
};

} // namespace coapscope
