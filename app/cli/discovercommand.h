// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QStringList>

namespace coapscope::cli {

// coapscope-cli discover URI [--filter QUERY]: lists a server's resources from
// /.well-known/core, one per line with its attributes. Exit status as for requests, and 1
// when the answer is not valid link format.
int runDiscover(const QStringList &arguments);

} // namespace coapscope::cli
