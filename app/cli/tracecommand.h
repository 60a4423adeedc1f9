// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QStringList>

namespace coapscope::cli {

// coapscope-cli trace FILE [--json] [--port N]...: prints a capture's CoAP datagrams decoded.
// Exit status: 0 read whole, 1 damaged (what came before the damage is printed), 2 usage.
int runTrace(const QStringList &arguments);

} // namespace coapscope::cli
