// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "trace/capturefile.h"

#include <QString>

namespace coapscope::text {

// "the file is cut short at byte 5120 (a packet of 96 bytes ends after 40)".
QString describeCaptureReadError(const CaptureReadError &error);

} // namespace coapscope::text
