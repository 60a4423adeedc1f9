// SPDX-License-Identifier: BSD-2-Clause
// The trace view's model at scale: appending datagrams, the memory it needs beyond their bytes,
// and filtering: structured terms read from the compact rows (TraceFilterModel) against free
// text, which decodes every row (QSortFilterProxyModel on SearchTextRole, and free words in
// TraceFilterModel). QStandardItemModel with the same rows as text is the peer for appending.
#include "codec/optionnumber.h"
#include "codec/udpcodec.h"
#include "models/tracefiltermodel.h"
#include "models/tracemodel.h"
#include "tracefixtures.h"

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
    return testing::traceRecordOf(message, request, quint64(1 + index % 8),
                                  1795605740000000 + index * 100);
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

// Runs the filter model's search to the end in one go: the slices still run, but the benchmark
// spins the event loop instead of leaving it to the view.
int filterAll(TraceFilterModel &filter, const QString &text)
{
    filter.setFilter(TraceFilter::parse(text));
    while (filter.isBusy())
        QCoreApplication::processEvents();
    return filter.rowCount();
}

void filterBenchmark(benchmark::State &state, const QString &first, const QString &second)
{
    const QList<TraceRecord> samples = sampleRecords();
    const qint64 count = state.range(0);
    TraceModel model;
    for (qint64 i = 0; i < count; ++i)
        model.record(samples.at(i % samples.size()));
    model.flush();
    TraceFilterModel filter(&model);
    filter.setSliceMilliseconds(50);
    int round = 0;
    int found = 0;
    for (auto _ : state) {
        // Alternate two filters so each round searches again from scratch.
        found = filterAll(filter, round++ % 2 ? first : second);
        benchmark::DoNotOptimize(found);
    }
    state.counters["ns_per_datagram"] = benchmark::Counter(
        double(count), benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
    state.counters["matches"] = found;
}

// The same token as the free-text benchmark (the ASCII "000001f3"/"000001f4"), about 0.1% of the
// rows, as a structured term: read from the row's bytes, nothing decoded.
void BM_TraceFilterModel_Token(benchmark::State &state)
{
    filterBenchmark(state, QStringLiteral("token:3030303030316633"),
                    QStringLiteral("token:3030303030316634"));
}

// Several terms at once, the path from the interned path table: about 6% of the rows.
void BM_TraceFilterModel_Terms(benchmark::State &state)
{
    filterBenchmark(
        state, QStringLiteral("session:3 dir:sent type:CON code:0.xx path:/sensors"),
        QStringLiteral("session:5 dir:sent type:CON code:GET path:/sensors/temperature"));
}

// Free words only: every row is decoded, as with QSortFilterProxyModel, but in slices. The
// token column shows the ASCII token in hex.
void BM_TraceFilterModel_FreeText(benchmark::State &state)
{
    filterBenchmark(state, QStringLiteral("3030303030316633"), QStringLiteral("3030303030316634"));
}

// Terms narrow first; the free word then decodes only the rows left (1/8 of them here).
void BM_TraceFilterModel_TermsThenWords(benchmark::State &state)
{
    filterBenchmark(state, QStringLiteral("session:7 3030303030316633"),
                    QStringLiteral("session:1 3030303030316634"));
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
BENCHMARK(BM_TraceFilterModel_Token)->Arg(10000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TraceFilterModel_Terms)->Arg(10000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TraceFilterModel_FreeText)->Arg(10000)->Arg(1000000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TraceFilterModel_TermsThenWords)
    ->Arg(10000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond);

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
