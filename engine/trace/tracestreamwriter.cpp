// SPDX-License-Identifier: BSD-2-Clause
#include "tracestreamwriter.h"

#include "pcapngtracewriter.h"
#include "tracecsv.h"
#include "tracejson.h"

namespace coapscope {

TraceFormat traceFormatForPath(const QString &path)
{
    if (path.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive))
        return TraceFormat::Json;
    if (path.endsWith(QLatin1StringView(".csv"), Qt::CaseInsensitive))
        return TraceFormat::Csv;
    return TraceFormat::Pcapng;
}

std::unique_ptr<TraceStreamWriter> makeTraceWriter(TraceFormat format, QIODevice &device)
{
    switch (format) {
    case TraceFormat::Json:
        return std::make_unique<TraceJsonWriter>(device);
    case TraceFormat::Csv:
        return std::make_unique<TraceCsvWriter>(device);
    case TraceFormat::Pcapng:
        break;
    }
    return std::make_unique<PcapngTraceWriter>(device);
}

} // namespace coapscope
