// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QStringList>

namespace coapscope::cli {

// coapscope-cli decode HEX [--tcp] [--json]. Exit status: 0 decoded, 1 malformed, 2 usage.
int runDecode(const QStringList &arguments);

} // namespace coapscope::cli
