// SPDX-License-Identifier: BSD-2-Clause
#include "traceexporttext.h"

#include <QCoreApplication>

namespace coapscope::text {

namespace {
struct TraceExportText
{
    Q_DECLARE_TR_FUNCTIONS(TraceExportText)
};
} // namespace

QString describeTraceExportError(const TraceExportError &error)
{
    switch (error.kind) {
    case TraceExportError::Kind::OpenFailed:
        return TraceExportText::tr("cannot create the trace %1: %2").arg(error.path, error.detail);
    case TraceExportError::Kind::WriteFailed:
        return TraceExportText::tr("cannot write the trace %1: %2").arg(error.path, error.detail);
    case TraceExportError::Kind::CommitFailed:
        return TraceExportText::tr("cannot put the trace in place as %1: %2")
            .arg(error.path, error.detail);
    }
    return error.detail;
}

} // namespace coapscope::text
