// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "common/expected.h"
#include "trace/tracecapture.h"
#include "trace/tracerecordlog.h"

#include <QString>

class QCommandLineParser;

namespace coapscope {
class Context;
} // namespace coapscope

namespace coapscope::cli {

// --trace-out FILE and --trace-dtls decrypted|records.
struct TraceOptions
{
    enum class Format : quint8
    {
        Pcapng,
        Json,
        Csv,
    };
    QString path;                   // empty: no trace
    Format format = Format::Pcapng; // from the file name's extension
    TraceCapture::DtlsExport dtlsExport = TraceCapture::DtlsExport::Decrypted;
};

void addTraceOptions(QCommandLineParser &parser);
// The options, or why they make no sense. canRecordDtls says whether the command talks DTLS at
// all, since --trace-dtls records only applies to coaps://. A file that cannot be created is
// reported here, before anything goes on the wire.
Expected<TraceOptions, QString> parseTraceOptions(const QCommandLineParser &parser,
                                                  bool canRecordDtls);

// Captures what a context sends and receives while it lives, and writes the file at the end.
class TraceOutput
{
public:
    TraceOutput(const TraceOptions &options, Context &context);
    ~TraceOutput();
    TraceOutput(const TraceOutput &) = delete;
    TraceOutput &operator=(const TraceOutput &) = delete;

    // Writes the trace (if one was asked for) and returns the command's exit status: status as
    // it was, or the usage status when the file cannot be written after a success.
    int finish(int status);

private:
    TraceOptions m_options;
    Context &m_context;
    TraceCapture m_capture;
    TraceRecordLog m_records;
};

} // namespace coapscope::cli
