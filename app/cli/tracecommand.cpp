// SPDX-License-Identifier: BSD-2-Clause
#include "tracecommand.h"

#include "clientrun.h"
#include "exitstatus.h"
#include "text/capturereadtext.h"
#include "text/messagetext.h"
#include "trace/captureimporter.h"
#include "trace/tracejson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace coapscope::cli {

namespace {

struct TraceCommand
{
    Q_DECLARE_TR_FUNCTIONS(TraceCommand)
};

void printLine(QTextStream &out, const TraceRecord &record)
{
    const bool sent = record.direction == TraceDirection::Sent;
    const QString arrow = sent ? QStringLiteral("->") : QStringLiteral("<-");
    QString what;
    if (record.message) {
        what = text::summarizeMessage(
            *record.message, isReliable(record.protocol) ? Framing::Stream : Framing::Datagram);
    } else if (record.decodeError) {
        what = TraceCommand::tr("malformed: %1").arg(record.decodeError->kindId());
    }
    out << traceTimeText(record.timestampUs) << "  " << record.sessionId << "  "
        << record.local.toString() << ' ' << arrow << ' ' << record.remote.toString() << "  "
        << protocolName(record.protocol) << "  " << what;
    if (record.cause != TraceCause::Transmission && record.cause != TraceCause::Received)
        out << "  [" << traceCauseId(record.cause) << ']';
    out << '\n';
}

} // namespace

int runTrace(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        TraceCommand::tr("Print the CoAP datagrams of a pcap or pcapng capture, decoded."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"), TraceCommand::tr("The capture to read."));
    parser.addOption({QStringLiteral("json"),
                      TraceCommand::tr("One JSON object per datagram, as --trace-out FILE.json "
                                       "writes them.")});
    parser.addOption({QStringLiteral("port"),
                      TraceCommand::tr("Also take UDP and TCP port N for CoAP (5683 always is); "
                                       "repeatable."),
                      QStringLiteral("N")});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitSuccess;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(TraceCommand::tr("trace takes one capture file"));

    CaptureImporter::Ports ports;
    for (const QString &text : parser.values(QStringLiteral("port"))) {
        bool ok = false;
        const uint port = text.toUInt(&ok);
        if (!ok || port == 0 || port > 65535)
            return usageError(TraceCommand::tr("--port takes a port number, not \"%1\"").arg(text));
        ports.udp.insert(quint16(port));
        ports.tcp.insert(quint16(port));
    }
    QFile file(parser.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr)
            << TraceCommand::tr("cannot read %1: %2\n").arg(file.fileName(), file.errorString());
        return ExitUsage;
    }
    CaptureImporter importer(file, ports);
    QTextStream out(stdout);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (json)
        out << "[\n";
    bool first = true;
    while (!importer.atEnd()) {
        for (const TraceRecord &record : importer.readSome(1000)) {
            if (json) {
                out << (first ? "" : ",\n")
                    << QJsonDocument(traceRecordToJson(record)).toJson(QJsonDocument::Compact);
            } else {
                printLine(out, record);
            }
            first = false;
        }
    }
    if (json)
        out << (first ? "]\n" : "\n]\n");
    out.flush();
    if (const auto &error = importer.error()) {
        QTextStream(stderr) << file.fileName() << ": " << text::describeCaptureReadError(*error)
                            << '\n';
        return ExitFailureResponse;
    }
    return ExitSuccess;
}

} // namespace coapscope::cli
