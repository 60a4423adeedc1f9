// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QStringList>

namespace coapscope::cli {

// coapscope-cli serve [--listen URI]... [--verbose]: runs the embedded demo server until SIGINT
// or SIGTERM. Exit status: 0 after a clean stop, 2 usage, 3 when it cannot listen.
int runServe(const QStringList &arguments);

} // namespace coapscope::cli
