// SPDX-License-Identifier: BSD-2-Clause
#include "traceoutput.h"

#include "exitstatus.h"
#include "session/context.h"
#include "text/traceexporttext.h"
#include "trace/tracecsv.h"
#include "trace/tracejson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

namespace coapscope::cli {

namespace {

struct TraceOutputText
{
    Q_DECLARE_TR_FUNCTIONS(TraceOutputText)
};

} // namespace

void addTraceOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("trace-out"),
                      TraceOutputText::tr("Write every datagram sent and received to FILE: "
                                          "pcapng for Wireshark and tshark, or, when FILE ends "
                                          "in .json or .csv, JSON (one object per datagram) or "
                                          "CSV."),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("trace-dtls"),
         TraceOutputText::tr("How the trace shows DTLS (coaps://): \"decrypted\" (the default), "
                             "the CoAP inside; or \"records\", the encrypted records with the "
                             "session keys embedded, which Wireshark decrypts (ChaCha20 suites "
                             "are then offered last: Wireshark cannot decrypt them in DTLS)."),
         QStringLiteral("mode")});
}

Expected<TraceOptions, QString> parseTraceOptions(const QCommandLineParser &parser,
                                                  bool canRecordDtls)
{
    TraceOptions options;
    options.path = parser.value(QStringLiteral("trace-out"));
    if (parser.isSet(QStringLiteral("trace-out")) && options.path.isEmpty())
        return unexpected(TraceOutputText::tr("--trace-out takes a file name"));
    if (options.path.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive))
        options.format = TraceOptions::Format::Json;
    else if (options.path.endsWith(QLatin1StringView(".csv"), Qt::CaseInsensitive))
        options.format = TraceOptions::Format::Csv;
    if (parser.isSet(QStringLiteral("trace-dtls"))) {
        const QString mode = parser.value(QStringLiteral("trace-dtls"));
        if (mode == QLatin1StringView("records")) {
            options.dtlsExport = TraceCapture::DtlsExport::Records;
        } else if (mode != QLatin1StringView("decrypted")) {
            return unexpected(
                TraceOutputText::tr("--trace-dtls takes \"decrypted\" or \"records\", not \"%1\"")
                    .arg(mode));
        }
        if (options.path.isEmpty())
            return unexpected(TraceOutputText::tr("--trace-dtls goes with --trace-out"));
        if (options.dtlsExport == TraceCapture::DtlsExport::Records &&
            options.format != TraceOptions::Format::Pcapng) {
            return unexpected(TraceOutputText::tr(
                "--trace-dtls records needs a pcapng trace; JSON and CSV hold the CoAP messages"));
        }
        if (options.dtlsExport == TraceCapture::DtlsExport::Records && !canRecordDtls) {
            return unexpected(TraceOutputText::tr(
                "--trace-dtls records is for coaps:// (DTLS); TLS traces are always decrypted"));
        }
    }
    if (!options.path.isEmpty()) {
        // Find out now rather than after the exchange; QSaveFile leaves nothing behind.
        QSaveFile probe(options.path);
        if (!probe.open(QIODevice::WriteOnly)) {
            return unexpected(text::describeTraceExportError(
                {TraceExportError::Kind::OpenFailed, options.path, probe.errorString()}));
        }
        probe.cancelWriting();
    }
    return options;
}

TraceOutput::TraceOutput(const TraceOptions &options, Context &context)
    : m_options(options)
    , m_context(context)
    , m_capture(options.dtlsExport)
{
    if (m_options.path.isEmpty())
        return;
    if (m_options.format == TraceOptions::Format::Pcapng)
        m_context.addTracer(&m_capture);
    else
        m_context.addTracer(&m_records);
}

TraceOutput::~TraceOutput()
{
    m_context.removeTracer(&m_capture);
    m_context.removeTracer(&m_records);
}

int TraceOutput::finish(int status)
{
    if (m_options.path.isEmpty())
        return status;
    m_context.removeTracer(&m_capture);
    m_context.removeTracer(&m_records);
    std::optional<TraceExportError> error;
    switch (m_options.format) {
    case TraceOptions::Format::Pcapng:
        error = m_capture.writePcapng(m_options.path);
        break;
    case TraceOptions::Format::Json:
        error = writeTraceJson(m_records.records(), m_options.path);
        break;
    case TraceOptions::Format::Csv:
        error = writeTraceCsv(m_records.records(), m_options.path);
        break;
    }
    if (error) {
        QTextStream(stderr) << text::describeTraceExportError(*error) << '\n';
        return status == ExitSuccess ? int(ExitUsage) : status;
    }
    return status;
}

} // namespace coapscope::cli
