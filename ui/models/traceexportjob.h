// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "trace/traceexporterror.h"
#include "trace/tracerecord.h"
#include "trace/tracestreamwriter.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QSaveFile;

namespace coapscope {

// How an export ended.
struct TraceExportResult
{
    QString path;
    qint64 written = 0; // records written (the file holds them only if it was committed)
    bool cancelled = false;
    std::optional<TraceExportError> error;
};

// Writes trace records to a file in slices from the event loop, through QSaveFile: the file at
// the path is replaced only when every record is written, so cancelling or failing leaves what
// was there untouched and no temporary file behind. Qt Core only, so it is tested without
// widgets.
class TraceExportJob : public QObject
{
    Q_OBJECT

public:
    explicit TraceExportJob(QObject *parent = nullptr);
    ~TraceExportJob() override;

    void setRecordsPerStep(int records) { m_recordsPerStep = qMax(1, records); }

    // Starts writing records (a copy: implicitly shared, so cheap) in format. finished() comes
    // from the event loop, even when the file cannot be created.
    void start(const QString &path, const QList<TraceRecord> &records, TraceFormat format);
    void start(const QString &path, const QList<TraceRecord> &records)
    {
        start(path, records, traceFormatForPath(path));
    }
    // Stops at once and throws away what was written.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progress(qint64 done, qint64 total);
    void finished(const coapscope::TraceExportResult &result);

private:
    void step();
    void fail(TraceExportError::Kind kind);
    void finish();

    QList<TraceRecord> m_records;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<TraceStreamWriter> m_writer;
    QTimer m_timer;
    TraceExportResult m_result;
    int m_recordsPerStep = 2000;
    bool m_running = false;
};

} // namespace coapscope

Q_DECLARE_METATYPE(coapscope::TraceExportResult)
