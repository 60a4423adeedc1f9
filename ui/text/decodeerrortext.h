// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/decodeerror.h"

#include <QString>

namespace coapscope::text {

// One sentence saying what is wrong and where, e.g.
// "byte 5: the token (8 bytes) runs past the end of the message (3 bytes left)".
QString describeDecodeError(const DecodeError &error);

} // namespace coapscope::text
