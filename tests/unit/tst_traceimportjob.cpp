// SPDX-License-Identifier: BSD-2-Clause
// Importing a capture in steps from the event loop: progress, cancel, damaged and foreign files,
// and the session ids imported traffic gets.
#include "models/traceimportjob.h"
#include "text/capturereadtext.h"
#include "trace/packetsynthesizer.h"
#include "trace/pcapngwriter.h"
#include "trace/tracer.h"
#include "tracefixtures.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace coapscope;
using namespace coapscope::testing;

namespace {

class RecordList final : public Tracer
{
public:
    void record(const TraceRecord &record) override { records.append(record); }
    QList<TraceRecord> records;
};

// The offsets where a pcapng file's blocks begin, and their types.
QList<QPair<qint64, quint32>> blocksOf(const QByteArray &file)
{
    QList<QPair<qint64, quint32>> blocks;
    qint64 offset = 0;
    while (offset + 8 <= file.size()) {
        const quint32 type = qFromLittleEndian<quint32>(file.constData() + offset);
        blocks.append({offset, type});
        offset += qFromLittleEndian<quint32>(file.constData() + offset + 4);
    }
    return blocks;
}

bool sameDatagram(const TraceRecord &a, const TraceRecord &b)
{
    return a.timestampUs == b.timestampUs && a.direction == b.direction && a.bytes == b.bytes &&
           a.protocol == b.protocol && a.remote == b.remote && a.cause == b.cause;
}

TraceImportResult runToEnd(TraceImportJob &job, const QString &path,
                           const QList<quint16> &ports = {})
{
    QSignalSpy finished(&job, &TraceImportJob::finished);
    job.start(path, ports);
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<TraceImportResult>();
}

} // namespace

class TestTraceImportJob : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsEveryDatagramWithProgress();
    void cancelHalfwayKeepsWhatCameBefore();
    void truncatedFileReportsWhereAndKeepsWhatCameBefore();
    void garbageIsNotACapture();
    void missingFileSaysSo();
    void extraPortsDecodeOtherCaptures();

private:
    QTemporaryDir m_dir;
    QList<TraceRecord> m_records;
    QByteArray m_file;
    QString m_path;
};

void TestTraceImportJob::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_records = traceRecords(6000);
    m_file = pcapngOf(m_records);
    QVERIFY(!m_file.isEmpty());
    m_path = m_dir.filePath(QStringLiteral("big.pcapng"));
    QVERIFY(writeFile(m_path, m_file));
}

void TestTraceImportJob::importsEveryDatagramWithProgress()
{
    RecordList sink;
    TraceImportJob job(&sink);
    job.setFramesPerStep(250);
    job.setSessionBase(1000000);
    QList<qint64> done;
    connect(&job, &TraceImportJob::progress, this, [&](qint64 bytes, qint64 total) {
        QCOMPARE(total, qint64(m_file.size()));
        done.append(bytes);
    });
    const TraceImportResult result = runToEnd(job, m_path);

    QVERIFY(!result.cancelled);
    QVERIFY(!result.error);
    QVERIFY(result.openError.isEmpty());
    QCOMPARE(result.datagrams, qint64(m_records.size()));
    QCOMPARE(sink.records.size(), m_records.size());
    QVERIFY2(done.size() >= m_records.size() / 250, "read in bounded steps");
    QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
    QCOMPARE(done.last(), qint64(m_file.size()));
    QCOMPARE(result.bytesRead, qint64(m_file.size()));
    for (qsizetype i = 0; i < m_records.size(); ++i) {
        QVERIFY2(sameDatagram(sink.records.at(i), m_records.at(i)), qPrintable(QString::number(i)));
        QCOMPARE(sink.records.at(i).sessionId, 1000000 + m_records.at(i).sessionId);
    }
    QCOMPARE(result.lastSessionId, 1000000 + m_records.last().sessionId);
}

void TestTraceImportJob::cancelHalfwayKeepsWhatCameBefore()
{
    RecordList sink;
    TraceImportJob job(&sink);
    job.setFramesPerStep(100);
    connect(&job, &TraceImportJob::progress, &job, [&job](qint64 bytes, qint64 total) {
        if (bytes >= total / 2)
            job.cancel();
    });
    const TraceImportResult result = runToEnd(job, m_path);

    QVERIFY(result.cancelled);
    QVERIFY(!job.isRunning());
    QVERIFY(result.datagrams > 0);
    QVERIFY(result.datagrams < m_records.size());
    QCOMPARE(sink.records.size(), result.datagrams);
    for (qsizetype i = 0; i < sink.records.size(); ++i)
        QVERIFY(sameDatagram(sink.records.at(i), m_records.at(i)));
    // Nothing more comes once it stopped.
    QTest::qWait(50);
    QCOMPARE(sink.records.size(), result.datagrams);
}

void TestTraceImportJob::truncatedFileReportsWhereAndKeepsWhatCameBefore()
{
    // Cut in the middle of the packet block that holds the file's middle byte.
    const auto blocks = blocksOf(m_file);
    qsizetype middle = 0;
    while (middle + 1 < blocks.size() && blocks.at(middle + 1).first <= m_file.size() / 2)
        ++middle;
    const qint64 blockStart = blocks.at(middle).first;
    QCOMPARE(blocks.at(middle).second, 6u); // an enhanced packet block
    const qsizetype packetsBefore =
        std::count_if(blocks.cbegin(), blocks.cbegin() + middle,
                      [](const QPair<qint64, quint32> &block) { return block.second == 6; });
    const QString path = m_dir.filePath(QStringLiteral("cut.pcapng"));
    QVERIFY(writeFile(path, m_file.left(blockStart + 20)));

    RecordList sink;
    TraceImportJob job(&sink);
    const TraceImportResult result = runToEnd(job, path);

    QVERIFY(!result.cancelled);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind, CaptureReadError::Kind::Truncated);
    QVERIFY2(result.error->offset >= blockStart && result.error->offset <= blockStart + 20,
             qPrintable(QString::number(result.error->offset)));
    QCOMPARE(result.datagrams, qint64(packetsBefore));
    for (qsizetype i = 0; i < sink.records.size(); ++i)
        QVERIFY(sameDatagram(sink.records.at(i), m_records.at(i)));
    const QString words = text::describeCaptureReadError(*result.error);
    QVERIFY2(words.contains(QStringLiteral("cut short")), qPrintable(words));
    QVERIFY2(words.contains(QString::number(result.error->offset)), qPrintable(words));
}

void TestTraceImportJob::garbageIsNotACapture()
{
    const QString path = m_dir.filePath(QStringLiteral("garbage.pcapng"));
    QByteArray garbage;
    for (int i = 0; i < 4000; ++i)
        garbage.append(char((i * 7919) % 251));
    QVERIFY(writeFile(path, garbage));
    RecordList sink;
    TraceImportJob job(&sink);
    const TraceImportResult result = runToEnd(job, path);

    QVERIFY(result.error);
    QCOMPARE(result.error->kind, CaptureReadError::Kind::NotACapture);
    QCOMPARE(result.error->offset, 0);
    QCOMPARE(result.datagrams, 0);
    QCOMPARE(result.frames, 0);
    QVERIFY(sink.records.isEmpty());
    QVERIFY(text::describeCaptureReadError(*result.error)
                .startsWith(QStringLiteral("this is not a pcap or pcapng file at byte 0")));
}

void TestTraceImportJob::missingFileSaysSo()
{
    RecordList sink;
    TraceImportJob job(&sink);
    const TraceImportResult result =
        runToEnd(job, m_dir.filePath(QStringLiteral("missing.pcapng")));
    QVERIFY(!result.openError.isEmpty());
    QVERIFY(!result.error);
    QCOMPARE(result.datagrams, 0);
}

void TestTraceImportJob::extraPortsDecodeOtherCaptures()
{
    // A capture someone else made: no CoapScope comments, CoAP on a port of its own.
    const SocketAddress client{QHostAddress(QStringLiteral("192.0.2.1")), 40000};
    const SocketAddress server{QHostAddress(QStringLiteral("192.0.2.2")), 25683};
    Message request(MessageType::NonConfirmable, MessageCode::Get, 7);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PcapngWriter writer(buffer);
    QVERIFY(writer.writeSectionHeader({}));
    const auto interface = writer.writeInterface(PcapngWriter::LinkTypeRaw, {}, {});
    QVERIFY(interface);
    QVERIFY(writer.writePacket(
        *interface, 1, PacketSynthesizer::udpPacket(client, server, UdpCodec::encode(request)),
        PcapngWriter::PacketDirection::Unknown, {}));
    const QString path = m_dir.filePath(QStringLiteral("other.pcapng"));
    QVERIFY(writeFile(path, buffer.data()));

    RecordList without;
    TraceImportJob plain(&without);
    QCOMPARE(runToEnd(plain, path).datagrams, 0);

    RecordList with;
    TraceImportJob named(&with);
    const TraceImportResult result = runToEnd(named, path, {15683, 25683});
    QCOMPARE(result.datagrams, 1);
    QCOMPARE(with.records.first().direction, TraceDirection::Sent);
    QCOMPARE(with.records.first().remote, server);
}

QTEST_GUILESS_MAIN(TestTraceImportJob)
#include "tst_traceimportjob.moc"
