// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "trace/tracerecord.h"

#include <QTreeWidget>

namespace coapscope {

// One datagram decoded as a tree: header fields, token, each option with name, number and
// value, the payload rendered by its Content-Format, and for stream frames the length fields.
// Every node knows which bytes it came from; choosing one reports them so a hex view can
// highlight them. A damaged datagram shows its fields up to the damage and then says what is
// wrong.
class TraceDecodeTree : public QTreeWidget
{
    Q_OBJECT

public:
    enum ItemRole
    {
        OffsetRole = Qt::UserRole,
        LengthRole,
    };

    explicit TraceDecodeTree(QWidget *parent = nullptr);

    void setRecord(const TraceRecord &record);
    // A DTLS datagram as it crossed the wire: its records' cleartext headers, and what an
    // unencrypted handshake message or alert is (tracedecodetreedtls.cpp).
    void setDtlsDatagram(const TraceRecord &record);
    // The whole tree as indented "Field: value" lines.
    QString toText() const;

signals:
    void byteRangeSelected(qsizetype offset, qsizetype length);

private:
    // A node for the bytes offset..offset+length-1 of the datagram shown.
    static QTreeWidgetItem *addField(QTreeWidgetItem *parent, const QString &name,
                                     const QString &value, qsizetype offset, qsizetype length);
    // Clears the tree and adds the datagram's own node: direction, peer, session and size.
    QTreeWidgetItem *startDatagram(const TraceRecord &record);
};

} // namespace coapscope
