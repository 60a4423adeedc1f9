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

TraceJsonWriter::TraceJsonWriter(QIODevice &device)
    : m_device(device)
{}

bool TraceJsonWriter::begin()
{
    m_first = true;
    return m_device.write("[\n") == 2;
}

bool TraceJsonWriter::write(const TraceRecord &record)
{
    // The separator goes before each object but the first: the last one has none after it.
    QByteArray line = m_first ? QByteArray() : QByteArray(",\n");
    line += QJsonDocument(traceRecordToJson(record)).toJson(QJsonDocument::Compact);
    m_first = false;
    return m_device.write(line) == line.size();
}

bool TraceJsonWriter::finish()
{
    const QByteArray end = m_first ? QByteArray("]\n") : QByteArray("\n]\n");
    return m_device.write(end) == end.size();
}

bool writeTraceJson(const QList<TraceRecord> &records, QIODevice &device)
{
    TraceJsonWriter writer(device);
    if (!writer.begin())
        return false;
    for (const TraceRecord &record : records) {
        if (!writer.write(record))
            return false;
    }
    return writer.finish();
}

std::optional<TraceExportError> writeTraceJson(const QList<TraceRecord> &records,
                                               const QString &path)
{
    return writeAtomically(
        path, [&records](QIODevice &device) { return writeTraceJson(records, device); });
}

} // namespace coapscope
