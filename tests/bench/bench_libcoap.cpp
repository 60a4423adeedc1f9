// SPDX-License-Identifier: BSD-2-Clause
// The same work done by libcoap, the reference C implementation, in the same process and run.

#include "benchmessages.h"

#include <benchmark/benchmark.h>
#include <coap3/coap.h>

namespace {

struct LibcoapStartup
{
    LibcoapStartup()
    {
        coap_startup();
        coap_set_log_level(LOG_EMERG);
    }
};

const LibcoapStartup startup;

} // namespace

// As libcoap's own receive path does: a PDU sized for the datagram, then coap_pdu_parse.
static void BM_Decode_Libcoap(benchmark::State &state)
{
    const QList<QByteArray> &datagrams = benchDatagrams();
    for (auto _ : state) {
        for (const QByteArray &datagram : datagrams) {
            coap_pdu_t *pdu =
                coap_pdu_init(COAP_MESSAGE_CON, COAP_EMPTY_CODE, 0, size_t(datagram.size()) - 4);
            const int ok = coap_pdu_parse(COAP_PROTO_UDP,
                                          reinterpret_cast<const uint8_t *>(datagram.constData()),
                                          size_t(datagram.size()), pdu);
            benchmark::DoNotOptimize(ok);
            coap_delete_pdu(pdu);
        }
    }
    state.SetItemsProcessed(state.iterations() * datagrams.size());
}
BENCHMARK(BM_Decode_Libcoap);

static void BM_BuildEncode_Libcoap(benchmark::State &state)
{
    const QList<BenchMessage> &specs = benchMessages();
    for (auto _ : state) {
        for (const BenchMessage &spec : specs) {
            coap_pdu_t *pdu =
                coap_pdu_init(static_cast<coap_pdu_type_t>(spec.type),
                              static_cast<coap_pdu_code_t>(spec.code), spec.messageId, 1400);
            coap_add_token(pdu, size_t(spec.token.size()),
                           reinterpret_cast<const uint8_t *>(spec.token.constData()));
            for (const BenchOption &option : spec.options) {
                coap_add_option(pdu, option.number, size_t(option.value.size()),
                                reinterpret_cast<const uint8_t *>(option.value.constData()));
            }
            if (!spec.payload.isEmpty()) {
                coap_add_data(pdu, size_t(spec.payload.size()),
                              reinterpret_cast<const uint8_t *>(spec.payload.constData()));
            }
            benchmark::DoNotOptimize(pdu);
            coap_delete_pdu(pdu);
        }
    }
    state.SetItemsProcessed(state.iterations() * specs.size());
}
BENCHMARK(BM_BuildEncode_Libcoap);
