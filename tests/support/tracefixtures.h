// SPDX-License-Identifier: BSD-2-Clause
#pragma once

// Made-up trace records and the pcapng file CoapScope writes for them, for the import and
// export tests.
#include "codec/optionnumber.h"
#include "codec/udpcodec.h"
#include "trace/tracecapture.h"

#include <QBuffer>
#include <QFile>

namespace coapscope::testing {

// message as a client on 127.0.0.1:40000 sent it to 127.0.0.1:5683 (sent) or received it from
// there: the record a tracer gets, for tests to adjust where they need other addresses or causes.
inline TraceRecord traceRecordOf(const Message &message, bool sent, quint64 session,
                                 qint64 timestampUs)
{
    TraceRecord record;
    record.timestampUs = timestampUs;
    record.sessionId = session;
    record.direction = sent ? TraceDirection::Sent : TraceDirection::Received;
    record.local = {QHostAddress::LocalHost, 40000};
    record.remote = {QHostAddress::LocalHost, 5683};
    record.bytes = UdpCodec::encode(message);
    record.message = message;
    record.cause = sent ? TraceCause::Transmission : TraceCause::Received;
    return record;
}

// count records: a client on 40000 + session talking to 15683, a request sent and its
// response received, each session a few exchanges long. Port 15683 is not CoAP's own, but the
// comments CoapScope writes tell the importer.
inline QList<TraceRecord> traceRecords(int count)
{
    QList<TraceRecord> records;
    records.reserve(count);
    for (int i = 0; i < count; ++i) {
        const quint64 session = quint64(i / 8) + 1;
        const bool sent = i % 2 == 0;
        Message message(sent ? MessageType::Confirmable : MessageType::Acknowledgement,
                        sent ? MessageCode::Get : MessageCode::Content, quint16(i / 2));
        message.setToken(QByteArray::number(i / 2));
        if (sent)
            message.addOption(OptionNumber::UriPath, "sensors");
        else
            message.setPayload(QByteArray(40, 'x'));
        TraceRecord record =
            traceRecordOf(message, sent, session, 1795605740000000 + qint64(i) * 1000);
        record.local.port = quint16(40000 + session);
        record.remote.port = 15683;
        records.append(record);
    }
    return records;
}

// The pcapng file TraceCapture writes for records, all at once.
inline QByteArray pcapngOf(const QList<TraceRecord> &records)
{
    TraceCapture capture;
    for (const TraceRecord &record : records)
        capture.record(record);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!capture.writePcapng(buffer))
        return {};
    return buffer.data();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace coapscope::testing
