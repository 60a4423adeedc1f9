// SPDX-License-Identifier: BSD-2-Clause
#include "traceexportjob.h"

#include <QElapsedTimer>
#include <QSaveFile>

namespace coapscope {

namespace {
// A step's time budget: well inside one frame at 60 Hz, so the window keeps painting.
constexpr qint64 stepBudgetMs = 8;
} // namespace

TraceExportJob::TraceExportJob(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &TraceExportJob::step);
}

TraceExportJob::~TraceExportJob()
{
    if (m_file)
        m_file->cancelWriting(); // an export cut short by the job's end leaves nothing behind
}

void TraceExportJob::start(const QString &path, const QList<TraceRecord> &records,
                           TraceFormat format)
{
    if (m_running)
        return;
    m_result = TraceExportResult{};
    m_result.path = path;
    m_records = records;
    m_running = true;
    m_timer.start();
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_result.error =
            TraceExportError{TraceExportError::Kind::OpenFailed, path, m_file->errorString()};
        m_file.reset();
        return; // the first step reports it
    }
    m_writer = makeTraceWriter(format, *m_file);
    if (!m_writer->begin())
        fail(TraceExportError::Kind::WriteFailed);
}

void TraceExportJob::cancel()
{
    if (!m_running)
        return;
    m_result.cancelled = true;
    finish();
}

void TraceExportJob::fail(TraceExportError::Kind kind)
{
    m_result.error = TraceExportError{kind, m_result.path, m_file->errorString()};
    m_writer.reset();
    m_file->cancelWriting();
    m_file.reset(); // QSaveFile removes its temporary file
}

void TraceExportJob::step()
{
    if (!m_file) {
        finish();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    const qsizetype end = qMin(m_records.size(), qsizetype(m_result.written + m_recordsPerStep));
    while (m_result.written < end && clock.elapsed() < stepBudgetMs) {
        if (!m_writer->write(m_records.at(qsizetype(m_result.written)))) {
            fail(TraceExportError::Kind::WriteFailed);
            finish();
            return;
        }
        ++m_result.written;
    }
    emit progress(m_result.written, m_records.size());
    if (!m_running) // cancelled by a progress handler
        return;
    if (m_result.written < m_records.size())
        return;
    if (!m_writer->finish()) {
        fail(TraceExportError::Kind::WriteFailed);
    } else {
        m_writer.reset();
        if (!m_file->commit())
            m_result.error = TraceExportError{TraceExportError::Kind::CommitFailed, m_result.path,
                                              m_file->errorString()};
        m_file.reset();
    }
    finish();
}

void TraceExportJob::finish()
{
    m_timer.stop();
    m_running = false;
    m_writer.reset();
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    m_records.clear();
    emit finished(m_result);
}

} // namespace coapscope
