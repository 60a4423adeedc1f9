// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "session/protocol.h"
#include "session/socketaddress.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace coapscope {

class TraceModel;
struct TraceRecord;

// The datagrams of one session as a ladder diagram sees them: which way each went, what it
// was, and how it relates to the others (a CON and its ACK, a request and its responses, a
// retransmission and its first transmission, the blocks of one transfer). Only the chosen
// session's rows are decoded, each once, as they arrive. Positions are in zoom-independent
// "units": one unit between back-to-back datagrams, more for longer pauses (logarithmically,
// so a 60 s silence does not push everything off screen).
class LadderLayout : public QObject
{
    Q_OBJECT

public:
    enum class Direction : quint8
    {
        ToPeer,  // sent by this side
        FromPeer // received from the peer
    };
    enum class Kind : quint8
    {
        Request,
        Response,
        Ack,       // an empty ACK
        Reset,     // RST
        Empty,     // an empty CON or NON (a CoAP ping)
        Signaling, // RFC 8323 7.xx
        Malformed,
        DtlsFlight, // a DTLS record (handshake, alert) kept as an undecodable datagram
    };
    struct Item
    {
        int row = -1;        // in the TraceModel
        qint64 timeUs = 0;   // wall clock
        double position = 0; // units from the session's first datagram
        Direction direction = Direction::ToPeer;
        Kind kind = Kind::Request;
        quint8 type = 0; // MessageType; meaningless on streams and for malformed datagrams
        bool confirmable = false;
        bool duplicate = false;     // the engine saw it as a duplicate or answered from cache
        bool separate = false;      // a response that came on its own, not in the request's ACK
        int retransmission = 0;     // 0 for a first transmission
        int firstTransmission = -1; // item index, for retransmissions
        int nextTransmission = -1;  // the retransmission that followed this one
        int acknowledgement = -1;   // a CON's ACK or RST (on its first transmission)
        int acknowledged = -1;      // an ACK's or RST's CON
        int request = -1;           // a response's request (same token)
        int response = -1;          // a request's first response
        int blockGroup = -1;        // index into groups()
        int blockNumber = -1;
        bool block1 = false;
        std::optional<quint32> observe;
        QString head; // "CON GET /obs", "ACK 2.05"
        QString ids;  // "MID 0x1a2b, token 4f"
    };
    struct BlockGroup
    {
        int id = 0;          // shown to the user, from 1
        bool block1 = false; // a Block1 upload rather than a Block2 download
        int firstItem = -1;
        int lastItem = -1;
        int total = 0;  // number of blocks once known (0 while unknown)
        int column = 0; // for drawing overlapping groups side by side
        bool complete = false;
        QString resource; // "GET /large"
    };

    explicit LadderLayout(TraceModel *model, QObject *parent = nullptr);

    TraceModel *model() const { return m_model; }
    // Lays out the rows of this session (0: none).
    void setSession(quint64 sessionId);
    quint64 session() const { return m_session; }
    SocketAddress localAddress() const { return m_local; }
    SocketAddress remoteAddress() const { return m_remote; }
    Protocol protocol() const { return m_protocol; }

    int count() const { return int(m_items.size()); }
    const Item &item(int index) const { return m_items.at(index); }
    const QList<BlockGroup> &groups() const { return m_groups; }
    int groupColumns() const { return m_groupColumns; }
    // The item of a TraceModel row, or -1 when the row belongs to another session.
    int itemForRow(int row) const { return m_itemOfRow.value(row, -1); }
    // The whole label: head, observe number, block, retransmission, then the IDs.
    QString label(int index) const;
    // Several lines for a tooltip: time, direction, the decoded message, the engine's view.
    QString description(int index) const;
    // Position of the last item (0 when empty).
    double extent() const { return m_items.isEmpty() ? 0 : m_items.last().position; }
    // The items whose position lies in [from, to]: [first, last) in item indexes.
    std::pair<int, int> visibleRange(double from, double to) const;

signals:
    // Items were appended at the end (first..last inclusive); earlier items' labels or block
    // totals may have changed too.
    void itemsAppended(int first, int last);
    // Everything changed: another session, or the model was cleared.
    void layoutReset();

private:
    void relayout();
    void scan(int firstRow, int lastRow);
    void add(int row, const TraceRecord &record);
    void linkExchange(int index, const TraceRecord &record);
    void linkBlocks(int index, const TraceRecord &record);
    int joinGroup(int index, const QString &key, bool block1, int number);
    void closeGroup(int group, int total);

    TraceModel *m_model;
    quint64 m_session = 0;
    SocketAddress m_local;
    SocketAddress m_remote;
    Protocol m_protocol = Protocol::Udp;
    int m_scannedRows = 0;
    QList<Item> m_items;
    QList<BlockGroup> m_groups;
    QHash<int, int> m_itemOfRow;
    // Lookups while linking, keyed by direction and message ID or token.
    QHash<quint32, int> m_lastByMessageId;   // (direction << 16 | MID) -> first transmission
    QHash<QByteArray, int> m_requestByToken; // direction byte + token -> latest request
    QHash<int, QString> m_transferOfRequest; // request item -> transfer key
    QHash<int, QString> m_resourceOfRequest; // request item -> "GET /large"
    QHash<QString, int> m_openGroupByKey;    // transfer key -> group index
    QList<int> m_columnOwner;                // column -> open group index, or -1
    int m_groupColumns = 0;
};

} // namespace coapscope
