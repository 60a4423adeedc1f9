// SPDX-License-Identifier: BSD-2-Clause
// Exporting a trace in slices from the event loop: the same bytes as the one-shot writers, a
// round trip through import, and an atomic file that cancelling or failing leaves alone.
#include "models/traceexportjob.h"
#include "trace/captureimporter.h"
#include "trace/tracecsv.h"
#include "trace/tracejson.h"
#include "tracefixtures.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace coapscope;
using namespace coapscope::testing;

namespace {

QByteArray oneShot(TraceFormat format, const QList<TraceRecord> &records)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
    case TraceFormat::Pcapng:
        return pcapngOf(records); // TraceCapture, as the CLI's --trace-out writes it
    case TraceFormat::Json:
        writeTraceJson(records, buffer);
        break;
    case TraceFormat::Csv:
        writeTraceCsv(records, buffer);
        break;
    }
    return buffer.data();
}

TraceExportResult runToEnd(TraceExportJob &job, const QString &path,
                           const QList<TraceRecord> &records)
{
    QSignalSpy finished(&job, &TraceExportJob::finished);
    job.start(path, records);
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<TraceExportResult>();
}

} // namespace

class TestTraceExportJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesWhatTheOneShotWriterWrites_data();
    void writesWhatTheOneShotWriterWrites();
    void emptyTraceIsStillAFile_data();
    void emptyTraceIsStillAFile();
    void roundTripThroughImportIsIdentical();
    void cancelLeavesTheOldFileAndNoTemporary();
    void unwritablePathIsReported();

private:
    QTemporaryDir m_dir;
    QList<TraceRecord> m_records;
};

void TestTraceExportJob::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_records = traceRecords(3000);
}

void TestTraceExportJob::writesWhatTheOneShotWriterWrites_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<TraceFormat>("format");
    QTest::newRow("pcapng") << QStringLiteral("t.pcapng") << TraceFormat::Pcapng;
    QTest::newRow("JSON") << QStringLiteral("t.json") << TraceFormat::Json;
    QTest::newRow("CSV") << QStringLiteral("t.CSV") << TraceFormat::Csv;
}

void TestTraceExportJob::writesWhatTheOneShotWriterWrites()
{
    QFETCH(QString, name);
    QFETCH(TraceFormat, format);
    const QString path = m_dir.filePath(name);
    TraceExportJob job;
    job.setRecordsPerStep(128);
    QList<qint64> done;
    connect(&job, &TraceExportJob::progress, this, [&](qint64 written, qint64 total) {
        QCOMPARE(total, qint64(m_records.size()));
        done.append(written);
    });
    const TraceExportResult result = runToEnd(job, path, m_records);
    QVERIFY(!result.error);
    QVERIFY(!result.cancelled);
    QCOMPARE(result.written, qint64(m_records.size()));
    QVERIFY(done.size() >= m_records.size() / 128);
    QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
    QCOMPARE(done.last(), qint64(m_records.size()));
    const QByteArray expected = oneShot(format, m_records);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(readFile(path), expected);
}

void TestTraceExportJob::emptyTraceIsStillAFile_data()
{
    writesWhatTheOneShotWriterWrites_data();
}

void TestTraceExportJob::emptyTraceIsStillAFile()
{
    QFETCH(QString, name);
    QFETCH(TraceFormat, format);
    const QString path = m_dir.filePath(QStringLiteral("empty-") + name);
    TraceExportJob job;
    const TraceExportResult result = runToEnd(job, path, {});
    QVERIFY(!result.error);
    QCOMPARE(readFile(path), oneShot(format, {}));
}

void TestTraceExportJob::roundTripThroughImportIsIdentical()
{
    const QString first = m_dir.filePath(QStringLiteral("first.pcapng"));
    TraceExportJob job;
    QVERIFY(!runToEnd(job, first, m_records).error);

    QFile file(first);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CaptureImporter importer(file);
    QList<TraceRecord> imported;
    while (!importer.atEnd())
        imported += importer.readSome(500);
    QVERIFY(!importer.error());
    QCOMPARE(imported.size(), m_records.size());

    const QString second = m_dir.filePath(QStringLiteral("second.pcapng"));
    TraceExportJob again;
    QVERIFY(!runToEnd(again, second, imported).error);
    QCOMPARE(readFile(second), readFile(first));
}

void TestTraceExportJob::cancelLeavesTheOldFileAndNoTemporary()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kept.pcapng"));
    const QByteArray old = "the trace from yesterday";
    QVERIFY(writeFile(path, old));
    TraceExportJob job;
    job.setRecordsPerStep(100);
    int steps = 0;
    connect(&job, &TraceExportJob::progress, &job, [&] {
        if (++steps == 3)
            job.cancel();
    });
    const TraceExportResult result = runToEnd(job, path, m_records);
    QVERIFY(result.cancelled);
    QVERIFY(!result.error);
    QCOMPARE(steps, 3);
    QCOMPARE(readFile(path), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("kept.pcapng")});
}

void TestTraceExportJob::unwritablePathIsReported()
{
    const QString path = m_dir.filePath(QStringLiteral("missing/t.json"));
    TraceExportJob job;
    const TraceExportResult result = runToEnd(job, path, m_records);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, TraceExportError::Kind::OpenFailed);
    QCOMPARE(result.error->path, path);
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestTraceExportJob)
#include "tst_traceexportjob.moc"
