// SPDX-License-Identifier: BSD-2-Clause
#include "verbosetracer.h"

#include "text/decodeerrortext.h"
#include "text/messagetext.h"

#include <QCoreApplication>
#include <QTextStream>

namespace coapscope::cli {

namespace {

struct VerboseTrace
{
    Q_DECLARE_TR_FUNCTIONS(VerboseTrace)
};

QString causeNote(const TraceRecord &record)
{
    switch (record.cause) {
    case TraceCause::Retransmission:
        return VerboseTrace::tr(" [retransmission %1]").arg(record.retransmission);
    case TraceCause::DuplicateReceived:
        return VerboseTrace::tr(" [duplicate]");
    case TraceCause::CachedResponseSent:
        return VerboseTrace::tr(" [answer to a duplicate]");
    case TraceCause::ResetSent:
        return VerboseTrace::tr(" [reset]");
    case TraceCause::Ignored:
        return VerboseTrace::tr(" [matches no exchange]");
    default:
        return {};
    }
}

} // namespace

void VerboseTracer::record(const TraceRecord &record)
{
    const bool sent = record.direction == TraceDirection::Sent;
    QString line = QStringLiteral("%1.%2 %3 %4 ")
                       .arg(record.clockMs / 1000)
                       .arg(record.clockMs % 1000, 3, 10, QLatin1Char('0'))
                       .arg(sent ? QStringLiteral("→") : QStringLiteral("←"))
                       .arg(record.remote.toString());
    if (record.message)
        line += text::summarizeMessage(
            *record.message, isReliable(record.protocol) ? Framing::Stream : Framing::Datagram);
    else if (record.decodeError)
        line +=
            VerboseTrace::tr("malformed: %1").arg(text::describeDecodeError(*record.decodeError));
    line += causeNote(record);
    QTextStream(stderr) << line << '\n';
}

} // namespace coapscope::cli
