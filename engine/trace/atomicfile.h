// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "traceexporterror.h"

#include <functional>
#include <optional>

class QIODevice;

namespace coapscope {

// Writes a file through QSaveFile: a file already at path stays as it was unless write
// succeeds and the new one replaces it whole. write returns false on failure.
std::optional<TraceExportError> writeAtomically(const QString &path,
                                                const std::function<bool(QIODevice &)> &write);

} // namespace coapscope
