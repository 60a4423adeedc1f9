// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "trace/traceexporterror.h"

#include <QString>

namespace coapscope::text {

QString describeTraceExportError(const TraceExportError &error);

} // namespace coapscope::text
