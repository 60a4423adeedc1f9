// SPDX-License-Identifier: BSD-2-Clause
#include "tracerecorder.h"

#include "session/context.h"
#include "text/traceexporttext.h"
#include "trace/atomicfile.h"
#include "trace/tracestreamwriter.h"
#include "workspace.h"

namespace coapscope {

TraceRecorder::TraceRecorder(Workspace *workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    // A demo server started while recording is recorded too.
    connect(workspace, &Workspace::serverStarted, this, [this](Context *server) {
        if (m_recording)
            attach(server);
    });
}

TraceRecorder::~TraceRecorder()
{
    detachAll();
}

void TraceRecorder::attach(Context *context)
{
    context->addTracer(&m_records);
    m_attached.append(context);
}

void TraceRecorder::detachAll()
{
    for (const QPointer<Context> &context : std::as_const(m_attached)) {
        if (context)
            context->removeTracer(&m_records);
    }
    m_attached.clear();
}

void TraceRecorder::start()
{
    if (m_recording)
        return;
    m_records.clear();
    attach(m_workspace->clientContext());
    if (Context *server = m_workspace->serverContext())
        attach(server);
    m_recording = true;
    emit recordingChanged(true);
}

void TraceRecorder::stop()
{
    if (!m_recording)
        return;
    detachAll();
    m_recording = false;
    emit recordingChanged(false);
}

std::optional<QString> TraceRecorder::exportTo(const QString &path) const
{
    const QList<TraceRecord> &records = m_records.records();
    const auto error = writeAtomically(path, [&](QIODevice &device) {
        const auto writer = makeTraceWriter(traceFormatForPath(path), device);
        if (!writer->begin())
            return false;
        for (const TraceRecord &record : records) {
            if (!writer->write(record))
                return false;
        }
        return writer->finish();
    });
    if (error)
        return text::describeTraceExportError(*error);
    return std::nullopt;
}

} // namespace coapscope
