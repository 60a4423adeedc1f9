// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "tracerecord.h"

namespace coapscope {

// Sees every datagram a Context sends or receives, malformed ones included. Called on the
// engine's thread, synchronously: keep it quick and hand heavy work elsewhere.
class Tracer
{
public:
    virtual ~Tracer() = default;
    virtual void record(const TraceRecord &record) = 0;
};

} // namespace coapscope
