// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QStringList>

namespace coapscope::cli {

// coapscope-cli bench URI --requests N --concurrency C [--non]: a load generator. C sessions,
// each with one request in flight, until N requests have completed; prints requests per second,
// latency percentiles, errors and retransmissions.
int runBench(const QStringList &arguments);

} // namespace coapscope::cli
