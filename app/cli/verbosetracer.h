// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "trace/tracer.h"

namespace coapscope::cli {

// --verbose: one line per datagram on stderr, e.g.
// "12.345 → 127.0.0.1:5683 CON GET (0.01) MID 4660 token 0xa1b2 /hello [retransmission 1]".
class VerboseTracer final : public Tracer
{
public:
    void record(const TraceRecord &record) override;
};

} // namespace coapscope::cli
