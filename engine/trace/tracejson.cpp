// SPDX-License-Identifier: BSD-2-Clause
#include "tracejson.h"

#include "atomicfile.h"
#include "codec/messagejson.h"

#include <QIODevice>
#include <QJsonDocument>

namespace coapscope {

QJsonObject traceRecordToJson(const TraceRecord &record)
{
    QJsonObject object;
    object.insert(QStringLiteral("time"), traceTimeText(record.timestampUs));
    object.insert(QStringLiteral("timestampUs"), record.timestampUs);
    object.insert(QStringLiteral("session"), qint64(record.sessionId));
    object.insert(QStringLiteral("direction"), record.direction == TraceDirection::Sent
                                                   ? QStringLiteral("sent")
                                                   : QStringLiteral("received"));
    object.insert(QStringLiteral("protocol"), QString(protocolName(record.protocol)));
    object.insert(QStringLiteral("local"), record.local.toString());
    object.insert(QStringLiteral("remote"), record.remote.toString());
    object.insert(QStringLiteral("event"), QString(traceCauseId(record.cause)));
    if (record.cause == TraceCause::Retransmission)
        object.insert(QStringLiteral("retransmission"), record.retransmission);
    object.insert(QStringLiteral("size"), record.bytes.size());
    object.insert(QStringLiteral("bytes"), QString::fromLatin1(record.bytes.toHex()));
    if (record.message) {
        const Framing framing = isReliable(record.protocol) ? Framing::Stream : Framing::Datagram;
        object.insert(QStringLiteral("message"), messageToJson(*record.message, framing));
    }
    if (record.decodeError) {
        object.insert(QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("kind"), QString(record.decodeError->kindId())},
                                  {QStringLiteral("offset"), record.decodeError->offset}});
    }
    return object;
}

bool writeTraceJson(const QList<TraceRecord> &records, QIODevice &device)
{
    if (device.write("[\n") < 0)
        return false;
    for (qsizetype i = 0; i < records.size(); ++i) {
        QByteArray line =
            QJsonDocument(traceRecordToJson(records.at(i))).toJson(QJsonDocument::Compact);
        line += i + 1 < records.size() ? ",\n" : "\n";
        if (device.write(line) != line.size())
            return false;
    }
    return device.write("]\n") == 2;
}

std::optional<TraceExportError> writeTraceJson(const QList<TraceRecord> &records,
                                               const QString &path)
{
    return writeAtomically(
        path, [&records](QIODevice &device) { return writeTraceJson(records, device); });
}

} // namespace coapscope
