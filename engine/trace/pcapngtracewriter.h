// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "tracepacket.h"
#include "tracestreamwriter.h"

#include <QByteArrayList>

#include <memory>

namespace coapscope {

// Writes trace packets as a pcapng file that Wireshark and tshark dissect as CoAP, one packet at
// a time (see TraceCapture for what goes in it). The interfaces, the synthetic TCP connections
// and the addresses looked up for sockets bound to "any" are remembered from one packet to the
// next, so writing in slices gives the same file as writing all at once.
class PcapngTraceWriter final : public TraceStreamWriter
{
public:
    // keyLogLines go in a Decryption Secrets Block before the first packet.
    explicit PcapngTraceWriter(QIODevice &device, QByteArrayList keyLogLines = {});
    ~PcapngTraceWriter() override;

    bool begin() override;
    bool write(const TraceRecord &record) override;
    bool writePacket(const TracePacket &packet);
    bool finish() override;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace coapscope
