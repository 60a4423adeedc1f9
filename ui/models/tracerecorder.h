// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "trace/tracerecordlog.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace coapscope {

class Context;
class Workspace;

// The desktop application's capture: while on, every datagram of the workspace's contexts (the
// client's and the demo server's) is kept, to be exported as pcapng, JSON or CSV, the format
// chosen by the file name's extension. Records are kept once, as the engine made them: the
// pcapng packets are made from them while the file is written (as TraceCapture's Decrypted mode
// would), so the export is the same without a second copy of every datagram.
class TraceRecorder : public QObject
{
    Q_OBJECT

public:
    explicit TraceRecorder(Workspace *workspace, QObject *parent = nullptr);
    ~TraceRecorder() override;

    bool isRecording() const { return m_recording; }
    // Starts afresh: what an earlier capture kept is dropped.
    void start();
    void stop();
    qsizetype datagramCount() const { return m_records.records().size(); }
    const QList<TraceRecord> &records() const { return m_records.records(); }

    // Writes what was captured to path atomically, all at once; returns the problem in words.
    // (TraceExportJob writes in slices, with progress.)
    std::optional<QString> exportTo(const QString &path) const;

signals:
    void recordingChanged(bool recording);

private:
    void attach(Context *context);
    void detachAll();

    Workspace *m_workspace;
    TraceRecordLog m_records;
    QList<QPointer<Context>> m_attached;
    bool m_recording = false;
};

} // namespace coapscope
