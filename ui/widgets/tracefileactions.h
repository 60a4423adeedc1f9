// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QProgressDialog;
class QWidget;

namespace coapscope {

class LogModel;
class TraceExportJob;
class TraceImportJob;
class TraceRecorder;
class Tracer;
struct TraceExportResult;
struct TraceImportResult;

// File ▸ Import Trace… and Export Trace…: the dialogs, a progress dialog with Cancel while the
// job reads or writes from the event loop, and what came of it in the log. Imports go into the
// trace view; exports write what the recorder captured.
class TraceFileActions : public QObject
{
    Q_OBJECT

public:
    TraceFileActions(TraceRecorder *recorder, Tracer *traceView, LogModel *log, QWidget *window);
    ~TraceFileActions() override;

    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }

    // What the actions do once their dialogs are answered (tests call them directly).
    void importTrace(const QString &path, const QList<quint16> &ports = {});
    void exportTrace(const QString &path);
    bool isBusy() const;

signals:
    void importFinished();
    void exportFinished();

private:
    void chooseImport();
    void chooseExport();
    QProgressDialog *makeProgress(const QString &label);
    void importDone(const TraceImportResult &result);
    void exportDone(const TraceExportResult &result);

    TraceRecorder *m_recorder;
    Tracer *m_traceView;
    LogModel *m_log;
    QWidget *m_window;
    QAction *m_importAction;
    QAction *m_exportAction;
    QPointer<TraceImportJob> m_import;
    QPointer<TraceExportJob> m_export;
    QPointer<QProgressDialog> m_importProgress;
    QPointer<QProgressDialog> m_exportProgress;
    quint64 m_nextImportedSession;
};

} // namespace coapscope
