// SPDX-License-Identifier: BSD-2-Clause
#include "traceimportjob.h"

#include "trace/captureimporter.h"
#include "trace/tracer.h"

namespace coapscope {

namespace {
// A step's time budget: well inside one frame at 60 Hz, so the window keeps painting.
constexpr qint64 stepBudgetMs = 8;
// Frames read between looks at the clock.
constexpr int framesPerSlice = 64;
} // namespace

TraceImportJob::TraceImportJob(Tracer *sink, QObject *parent)
    : QObject(parent)
    , m_sink(sink)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &TraceImportJob::step);
}

TraceImportJob::~TraceImportJob() = default;

void TraceImportJob::start(const QString &path, const QList<quint16> &extraPorts)
{
    if (m_running)
        return;
    m_result = TraceImportResult{};
    m_result.path = path;
    m_importer.reset();
    m_file.close();
    m_file.setFileName(path);
    m_running = true;
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_result.openError = m_file.errorString();
        m_timer.start(); // the first step reports it, so callers hear of it the same way
        return;
    }
    m_result.fileSize = m_file.size();
    CaptureImporter::Ports ports;
    for (quint16 port : extraPorts) {
        ports.udp.insert(port);
        ports.tcp.insert(port);
    }
    m_importer = std::make_unique<CaptureImporter>(m_file, ports);
    m_timer.start();
}

void TraceImportJob::cancel()
{
    if (!m_running)
        return;
    m_result.cancelled = true;
    finish();
}

void TraceImportJob::step()
{
    if (!m_importer) {
        finish();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    int frames = 0;
    while (!m_importer->atEnd() && frames < m_framesPerStep && clock.elapsed() < stepBudgetMs) {
        const int slice = qMin(framesPerSlice, m_framesPerStep - frames);
        const QList<TraceRecord> records = m_importer->readSome(slice);
        frames += slice;
        for (TraceRecord record : records) {
            record.sessionId += m_sessionBase;
            m_result.lastSessionId = qMax(m_result.lastSessionId, record.sessionId);
            m_sink->record(record);
        }
        m_result.datagrams += records.size();
    }
    m_result.bytesRead = qMax(m_result.bytesRead, m_importer->position());
    m_result.frames = m_importer->framesRead();
    emit progress(m_result.bytesRead, m_result.fileSize);
    if (!m_running) // cancelled by a progress handler
        return;
    if (m_importer->atEnd())
        finish();
}

void TraceImportJob::finish()
{
    m_timer.stop();
    m_running = false;
    if (m_importer) {
        m_result.error = m_importer->error();
        m_importer.reset();
    }
    m_file.close();
    emit finished(m_result);
}

} // namespace coapscope
