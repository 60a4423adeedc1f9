// SPDX-License-Identifier: BSD-2-Clause
#include "traceoutput.h"

#include "exitstatus.h"
#include "session/context.h"

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

QString describeExportError(const TraceExportError &error)
{
    switch (error.kind) {
    case TraceExportError::Kind::OpenFailed:
        return TraceOutputText::tr("cannot create the trace %1: %2").arg(error.path, error.detail);
    case TraceExportError::Kind::WriteFailed:
        return TraceOutputText::tr("cannot write the trace %1: %2").arg(error.path, error.detail);
    case TraceExportError::Kind::CommitFailed:
        return TraceOutputText::tr("cannot put the trace in place as %1: %2")
            .arg(error.path, error.detail);
    }
    return error.detail;
}

} // namespace

void addTraceOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("trace-out"),
                      TraceOutputText::tr("Write every datagram sent and received to FILE, as "
                                          "pcapng for Wireshark and tshark."),
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
        if (options.dtlsExport == TraceCapture::DtlsExport::Records && !canRecordDtls) {
            return unexpected(TraceOutputText::tr(
                "--trace-dtls records is for coaps:// (DTLS); TLS traces are always decrypted"));
        }
    }
    if (!options.path.isEmpty()) {
        // Find out now rather than after the exchange; QSaveFile leaves nothing behind.
        QSaveFile probe(options.path);
        if (!probe.open(QIODevice::WriteOnly)) {
            return unexpected(describeExportError(
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
    if (!m_options.path.isEmpty())
        m_context.addTracer(&m_capture);
}

TraceOutput::~TraceOutput()
{
    m_context.removeTracer(&m_capture);
}

int TraceOutput::finish(int status)
{
    if (m_options.path.isEmpty())
        return status;
    m_context.removeTracer(&m_capture);
    if (const auto error = m_capture.writePcapng(m_options.path)) {
        QTextStream(stderr) << describeExportError(*error) << '\n';
        return status == ExitSuccess ? int(ExitUsage) : status;
    }
    return status;
}

} // namespace coapscope::cli
