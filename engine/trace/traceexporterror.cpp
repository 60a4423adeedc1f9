// SPDX-License-Identifier: BSD-2-Clause
#include "traceexporterror.h"

namespace coapscope {

QLatin1StringView TraceExportError::kindId(Kind kind)
{
    switch (kind) {
    case Kind::OpenFailed:
        return QLatin1StringView("open-failed");
    case Kind::WriteFailed:
        return QLatin1StringView("write-failed");
    case Kind::CommitFailed:
        return QLatin1StringView("commit-failed");
    }
    return QLatin1StringView("unknown");
}

} // namespace coapscope
