// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "traceexporterror.h"
#include "tracerecord.h"
#include "tracestreamwriter.h"

#include <QJsonObject>
#include <QList>

#include <optional>

class QIODevice;

namespace coapscope {

// The JSON export: an array with one object per datagram or frame, one object per line,
// documented in README.md ("Packet traces"). Keys are added, never renamed or removed:
//   time         ISO 8601 UTC with microseconds       timestampUs  microseconds since 1970
//   session      the session's id                     direction    "sent" | "received"
//   protocol     "UDP" | "DTLS" | "TCP" | "TLS"        local, remote  "address:port"
//   event        the engine's event (traceCauseId)    retransmission  its number, when one
//   size         bytes on the wire (CoAP level)       bytes        those bytes in hex
//   message      the decoded message, as the CLI's JSON output ("JSON output" in README.md)
//   error        for a malformed one: {"kind", "offset"}
QJsonObject traceRecordToJson(const TraceRecord &record);

// The JSON export written record by record.
class TraceJsonWriter final : public TraceStreamWriter
{
public:
    explicit TraceJsonWriter(QIODevice &device);
    bool begin() override;
    bool write(const TraceRecord &record) override;
    bool finish() override;

private:
    QIODevice &m_device;
    bool m_first = true;
};

bool writeTraceJson(const QList<TraceRecord> &records, QIODevice &device);
std::optional<TraceExportError> writeTraceJson(const QList<TraceRecord> &records,
                                               const QString &path);

} // namespace coapscope
