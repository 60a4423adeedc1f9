// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/messagecode.h"

#include <QStringList>

namespace coapscope::cli {

// coapscope-cli get|post|put|delete|fetch|patch|ipatch URI [options]. The response payload goes
// to standard output. Exit status: 0 for 2.xx, 1 for 4.xx/5.xx, 2 usage, 3 network or timeout.
int runRequest(MessageCode method, const QStringList &arguments);

// coapscope-cli observe URI [--count N] [--duration S]: one line per notification.
int runObserve(const QStringList &arguments);

// coapscope-cli ping URI: an Empty CON; a live peer answers with RST.
int runPing(const QStringList &arguments);

} // namespace coapscope::cli
