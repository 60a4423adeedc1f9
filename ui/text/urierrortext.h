// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/uri.h"

#include <QString>

namespace coapscope::text {

// One sentence naming the problem and the character where it is.
QString describeUriError(const UriError &error);

} // namespace coapscope::text
