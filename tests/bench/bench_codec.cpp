// SPDX-License-Identifier: BSD-2-Clause
#include "benchmessages.h"
#include "codec/udpcodec.h"

#include <benchmark/benchmark.h>

using namespace coapscope;

// Decode every datagram of the mix; the arrival buffers are shared, not copied, as they would
// be when a socket hands us a QByteArray.
static void BM_Decode_CoapScope(benchmark::State &state)
{
    const QList<QByteArray> &datagrams = benchDatagrams();
    for (auto _ : state) {
        for (const QByteArray &datagram : datagrams) {
            auto decoded = UdpCodec::decode(datagram);
            benchmark::DoNotOptimize(decoded);
        }
    }
    state.SetItemsProcessed(state.iterations() * datagrams.size());
}
BENCHMARK(BM_Decode_CoapScope);

// Build each message of the mix from its fields and encode it to bytes.
static void BM_BuildEncode_CoapScope(benchmark::State &state)
{
    const QList<BenchMessage> &specs = benchMessages();
    for (auto _ : state) {
        for (const BenchMessage &spec : specs) {
            Message message(static_cast<MessageType>(spec.type), MessageCode(spec.code),
                            spec.messageId);
            message.setToken(spec.token);
            for (const BenchOption &option : spec.options)
                message.addOption(option.number, option.value);
            message.setPayload(spec.payload);
            QByteArray bytes = UdpCodec::encode(message);
            benchmark::DoNotOptimize(bytes);
        }
    }
    state.SetItemsProcessed(state.iterations() * specs.size());
}
BENCHMARK(BM_BuildEncode_CoapScope);

BENCHMARK_MAIN();
