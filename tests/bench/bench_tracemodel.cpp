// SPDX-License-Identifier: BSD-2-Clause
// The trace view's model at scale: appending datagrams, the memory it needs beyond their bytes,
// and filtering on free text; QStandardItemModel with the same rows as text is the peer.
#include "codec/optionnumber.h"
#include "codec/udpcodec.h"
#include "models/tracemodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

#include <benchmark/benchmark.h>
#include <unistd.h>

using namespace coapscope;

namespace {

// Resident memory now, in bytes (Linux /proc).
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * sysconf(_SC_PAGESIZE);
}

// A GET and its response, as an exchange of the demo server would look.
TraceRecord datagram(qint64 index)
{
    const bool request = index % 2 == 0;
    Message message(request ? MessageType::Confirmable : MessageType::Acknowledgement,
                    request ? MessageCode::Get : MessageCode::Content, quint16(index / 2));
    message.setToken(QByteArray::number(quint32(index / 2), 16).rightJustified(8, '0'));
    if (request) {
        message.addOption(OptionNumber::UriPath, "sensors");
        message.addOption(OptionNumber::UriPath, "temperature");
    } else {
        message.setUintOption(OptionNumber::ContentFormat, 0);
        message.setPayload("21.5 C");
    }
    TraceRecord record;
    record.timestampUs = 1795605740000000 + index * 100;
    record.sessionId = quint64(1 + index % 8);
    record.direction = request ? TraceDirection::Sent : TraceDirection::Received;
    record.local = {QHostAddress::LocalHost, 40000};
    record.remote = {QHostAddress::LocalHost, 5683};
    record.bytes = UdpCodec::encode(message);
    record.message = message;
    record.cause = request ? TraceCause::Transmission : TraceCause::Received;
    return record;
}

QList<TraceRecord> sampleRecords()
{
    QList<TraceRecord> records;
    for (qint64 i = 0; i < 1024; ++i)
        records.append(datagram(i));
    return records;
}

void BM_TraceModel_Append(benchmark::State &state)
{
    const QList<TraceRecord> samples = sampleRecords();
    const qint64 count = state.range(0);
    qint64 overhead = 0;
    qint64 rawBytes = 0;
    for (auto _ : state) {
        TraceModel model;
        for (qint64 i = 0; i < count; ++i)
            model.record(samples.at(i % samples.size()));
        model.flush();
        benchmark::DoNotOptimize(model.rowCount());
        overhead = model.overheadBytes();
        rawBytes = 0;
        for (qint64 i = 0; i < count; ++i)
            rawBytes += samples.at(i % samples.size()).bytes.size();
    }
    state.counters["ns_per_datagram"] = benchmark::Counter(
        double(count), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
    state.counters["overhead_bytes_per_datagram"] = double(overhead) / double(count);
    state.counters["raw_bytes_per_datagram"] = double(rawBytes) / double(count);
}

void BM_StandardItemModel_Append(benchmark::State &state)
{
    const QList<TraceRecord> samples = sampleRecords();
    const qint64 count = state.range(0);
    qint64 memory = 0;
    for (auto _ : state) {
        const qint64 before = residentBytes();
        QStandardItemModel model(0, TraceModel::ColumnCount);
        TraceModel texts; // the same texts, made the way the trace view shows them
        for (const TraceRecord &record : samples)
            texts.record(record);
        texts.flush();
        for (qint64 i = 0; i < count; ++i) {
            QList<QStandardItem *> row;
            const int sample = int(i % samples.size());
            for (int column = 0; column < TraceModel::ColumnCount; ++column)
                row << new QStandardItem(texts.index(sample, column).data().toString());
            model.appendRow(row);
        }
        memory = residentBytes() - before;
        benchmark::DoNotOptimize(model.rowCount());
    }
    state.counters["ns_per_datagram"] = benchmark::Counter(
        double(count), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
    state.counters["memory_bytes_per_datagram"] = double(memory) / double(count);
}

void BM_TraceModel_Memory(benchmark::State &state)
{
    const QList<TraceRecord> samples = sampleRecords();
    const qint64 count = state.range(0);
    qint64 memory = 0;
    for (auto _ : state) {
        const qint64 before = residentBytes();
        TraceModel model;
        for (qint64 i = 0; i < count; ++i)
            model.record(samples.at(i % samples.size()));
        model.flush();
        memory = residentBytes() - before;
        benchmark::DoNotOptimize(model.rowCount());
    }
    state.counters["memory_bytes_per_datagram"] = double(memory) / double(count);
}

void BM_TraceModel_FilterFreeText(benchmark::State &state)
{
    const QList<TraceRecord> samples = sampleRecords();
    const qint64 count = state.range(0);
    TraceModel model;
    for (qint64 i = 0; i < count; ++i)
        model.record(samples.at(i % samples.size()));
    model.flush();
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterRole(TraceModel::SearchTextRole);
    int round = 0;
    for (auto _ : state) {
        // A token seen in one sample of 1024, so about 0.1% of the rows match.
        proxy.setFilterFixedString(round++ % 2 ? QStringLiteral("000001f3")
                                               : QStringLiteral("000001f4"));
        benchmark::DoNotOptimize(proxy.rowCount());
    }
    state.counters["ns_per_datagram"] = benchmark::Counter(
        double(count), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

} // namespace

BENCHMARK(BM_TraceModel_Append)->Arg(10000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TraceModel_Memory)->Arg(1000000)->Iterations(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StandardItemModel_Append)
    ->Arg(10000)
    ->Arg(100000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TraceModel_FilterFreeText)->Arg(10000)->Arg(1000000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv); // the model posts its batches to an event loop
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
