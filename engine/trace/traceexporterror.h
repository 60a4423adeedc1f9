// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QLatin1StringView>
#include <QString>

namespace coapscope {

// Why a trace could not be written. The words for people are the UI's; detail is the system's
// own message (QFileDevice::errorString()).
struct TraceExportError
{
    enum class Kind : quint8
    {
        OpenFailed,   // the file (or its temporary twin) could not be created
        WriteFailed,  // writing failed part way, for example a full disk
        CommitFailed, // written, but could not replace the target
    };

    Kind kind = Kind::OpenFailed;
    QString path;
    QString detail;

    // A stable identifier for scripts ("open-failed"); never translated.
    static QLatin1StringView kindId(Kind kind);
};

} // namespace coapscope
