// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "trace/capturefile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace coapscope {

class CaptureImporter;
class Tracer;

// How an import ended.
struct TraceImportResult
{
    QString path;
    qint64 datagrams = 0; // records handed to the sink
    qint64 frames = 0;    // frames read from the file, CoAP or not
    qint64 bytesRead = 0;
    qint64 fileSize = 0;
    bool cancelled = false;
    QString openError;                     // the file could not be opened: the system's words
    std::optional<CaptureReadError> error; // damage: what came before it was imported
    quint64 lastSessionId = 0;             // the highest session id handed out
};

// Reads a pcap or pcapng file into a Tracer (the trace view) in steps from the event loop, so
// the window stays responsive: each step reads a bounded number of frames for at most a few
// milliseconds. Imported sessions are numbered from a base of the caller's choosing, apart
// from the live ones. Qt Core only, so it is tested without widgets.
class TraceImportJob : public QObject
{
    Q_OBJECT

public:
    explicit TraceImportJob(Tracer *sink, QObject *parent = nullptr);
    ~TraceImportJob() override;

    // Session n of the file becomes base + n.
    void setSessionBase(quint64 base) { m_sessionBase = base; }
    // At most this many frames a step (the default suits the GUI; tests take smaller steps).
    void setFramesPerStep(int frames) { m_framesPerStep = qMax(1, frames); }

    // Starts reading path, taking CoAP on UDP 5683 and TCP 5683/5684 and on extraPorts (both UDP
    // and TCP). finished() comes from the event loop, even when the file cannot be opened.
    void start(const QString &path, const QList<quint16> &extraPorts = {});
    // Stops at once, keeping what was imported; finished() says cancelled.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    // Bytes of the file read so far, of its size; never goes back.
    void progress(qint64 done, qint64 total);
    void finished(const coapscope::TraceImportResult &result);

private:
    void step();
    void finish();

    Tracer *m_sink;
    QFile m_file;
    std::unique_ptr<CaptureImporter> m_importer;
    QTimer m_timer;
    TraceImportResult m_result;
    quint64 m_sessionBase = 0;
    int m_framesPerStep = 4096;
    bool m_running = false;
};

} // namespace coapscope

Q_DECLARE_METATYPE(coapscope::TraceImportResult)
