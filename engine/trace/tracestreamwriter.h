// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "tracerecord.h"

#include <QString>

#include <memory>

class QIODevice;

namespace coapscope {

// The trace file formats, told apart by the file name's extension.
enum class TraceFormat : quint8
{
    Pcapng,
    Json,
    Csv,
};

// ".json" and ".csv" (any case) name their formats; anything else is pcapng.
TraceFormat traceFormatForPath(const QString &path);

// Writes a trace to a device record by record, so that a long export can go in slices from the
// event loop and show its progress. begin() once, write() for each record, finish() once; each
// returns false when the device refused the bytes.
class TraceStreamWriter
{
public:
    virtual ~TraceStreamWriter() = default;
    virtual bool begin() = 0;
    virtual bool write(const TraceRecord &record) = 0;
    virtual bool finish() = 0;
};

// The writer of format on device; pcapng as TraceCapture writes it in Decrypted mode.
std::unique_ptr<TraceStreamWriter> makeTraceWriter(TraceFormat format, QIODevice &device);

} // namespace coapscope
