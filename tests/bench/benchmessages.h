// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QByteArray>
#include <QList>

// A realistic mix of datagrams, as a constrained network carries them: requests with paths and
// queries, piggybacked and separate responses, observe notifications, block-wise transfers,
// empty ACKs and an error.
struct BenchOption
{
    quint16 number;
    QByteArray value;
};

struct BenchMessage
{
    quint8 type;
    quint8 code;
    quint16 messageId;
    QByteArray token;
    QList<BenchOption> options;
    QByteArray payload;
};

const QList<BenchMessage> &benchMessages();
// The same messages encoded, as they arrive from the network.
const QList<QByteArray> &benchDatagrams();
