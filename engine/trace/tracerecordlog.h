// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "tracer.h"

#include <QList>

namespace coapscope {

// A Tracer that keeps every CoAP datagram or frame a context sends or receives, as the engine
// saw it, for the JSON and CSV exports.
class TraceRecordLog final : public Tracer
{
public:
    void record(const TraceRecord &record) override { m_records.append(record); }
    const QList<TraceRecord> &records() const { return m_records; }
    void clear() { m_records.clear(); }

private:
    QList<TraceRecord> m_records;
};

} // namespace coapscope
