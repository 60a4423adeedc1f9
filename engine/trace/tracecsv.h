// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "traceexporterror.h"
#include "tracerecord.h"
#include "tracestreamwriter.h"

#include <QList>

#include <optional>

class QIODevice;

namespace coapscope {

// The CSV export (RFC 4180, UTF-8, CRLF line ends), one row per datagram or frame with the
// trace table's columns: time, session, direction, protocol, type, code, mid, token, options,
// size, event. Type and MID are empty over TCP and TLS, which have neither; options is
// "Name=value; ..." in the option's registered name.
class TraceCsvWriter final : public TraceStreamWriter
{
public:
    explicit TraceCsvWriter(QIODevice &device);
    bool begin() override;
    bool write(const TraceRecord &record) override;
    bool finish() override;

private:
    QIODevice &m_device;
};

bool writeTraceCsv(const QList<TraceRecord> &records, QIODevice &device);
std::optional<TraceExportError> writeTraceCsv(const QList<TraceRecord> &records,
                                              const QString &path);

} // namespace coapscope
