// SPDX-License-Identifier: BSD-2-Clause
#include "tracefileactions.h"

#include "importportsdialog.h"
#include "models/logmodel.h"
#include "models/traceexportjob.h"
#include "models/traceimportjob.h"
#include "models/tracerecorder.h"
#include "text/capturereadtext.h"
#include "text/traceexporttext.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSettings>

#include <limits>

namespace coapscope {

namespace {
// Live sessions count up from 1; imported ones from here, so the two never share an id.
constexpr quint64 firstImportedSession = 1000000;
// The progress dialog's scale: files and traces may hold more than an int counts.
constexpr int progressSteps = 1000;

int scaled(qint64 done, qint64 total)
{
    return total <= 0 ? progressSteps : int(done * progressSteps / total);
}
} // namespace

TraceFileActions::TraceFileActions(TraceRecorder *recorder, Tracer *traceView, LogModel *log,
                                   QWidget *window)
    : QObject(window)
    , m_recorder(recorder)
    , m_traceView(traceView)
    , m_log(log)
    , m_window(window)
    , m_importAction(new QAction(tr("&Import Trace…"), this))
    , m_exportAction(new QAction(tr("E&xport Trace…"), this))
    , m_nextImportedSession(firstImportedSession)
{
    m_importAction->setShortcut(tr("Ctrl+I"));
    m_importAction->setToolTip(tr("Read a pcap or pcapng capture into the trace view"));
    m_exportAction->setShortcut(tr("Ctrl+Shift+E"));
    m_exportAction->setToolTip(tr("Write the captured traffic as pcapng, JSON or CSV"));
    connect(m_importAction, &QAction::triggered, this, &TraceFileActions::chooseImport);
    connect(m_exportAction, &QAction::triggered, this, &TraceFileActions::chooseExport);
}

TraceFileActions::~TraceFileActions() = default;

bool TraceFileActions::isBusy() const
{
    return (m_import && m_import->isRunning()) || (m_export && m_export->isRunning());
}

QProgressDialog *TraceFileActions::makeProgress(const QString &label)
{
    auto *progress = new QProgressDialog(label, tr("Cancel"), 0, progressSteps, m_window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(300); // quick ones finish before it would flash up
    progress->setMinimumWidth(420);
    progress->setValue(0);
    return progress;
}

void TraceFileActions::chooseImport()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Import Trace"), settings.value(QStringLiteral("trace/importDir")).toString(),
        tr("Captures (*.pcapng *.pcap *.cap);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("trace/importDir"), QFileInfo(path).absolutePath());
    ImportPortsDialog dialog(QFileInfo(path).fileName(), m_window);
    dialog.setPortsText(settings.value(QStringLiteral("trace/importPorts")).toString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(QStringLiteral("trace/importPorts"), dialog.portsText());
    importTrace(path, dialog.ports());
}

void TraceFileActions::importTrace(const QString &path, const QList<quint16> &ports)
{
    if (m_import && m_import->isRunning())
        return;
    auto *job = new TraceImportJob(m_traceView, this);
    m_import = job;
    job->setSessionBase(m_nextImportedSession);
    const QString name = QFileInfo(path).fileName();
    QProgressDialog *progress = makeProgress(tr("Reading %1…").arg(name));
    progress->setWindowTitle(tr("Import Trace"));
    m_importProgress = progress;
    connect(progress, &QProgressDialog::canceled, job, &TraceImportJob::cancel);
    connect(job, &TraceImportJob::progress, progress, [progress, name](qint64 done, qint64 total) {
        const QLocale locale;
        progress->setLabelText(
            tr("Reading %1…").arg(name) + QLatin1Char('\n') +
            tr("%1 of %2").arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
        progress->setValue(scaled(done, total));
    });
    connect(job, &TraceImportJob::finished, this, &TraceFileActions::importDone);
    m_importAction->setEnabled(false);
    job->start(path, ports);
}

void TraceFileActions::importDone(const TraceImportResult &result)
{
    if (m_importProgress)
        m_importProgress->deleteLater();
    if (m_import)
        m_import->deleteLater();
    m_importAction->setEnabled(true);
    m_nextImportedSession = qMax(m_nextImportedSession, result.lastSessionId);
    const QString name = QDir::toNativeSeparators(result.path);
    const int count = int(qMin<qint64>(result.datagrams, std::numeric_limits<int>::max()));
    if (!result.openError.isEmpty()) {
        const QString text = tr("Cannot import %1: %2").arg(name, result.openError);
        m_log->append(LogLevel::Error, text);
        QMessageBox::warning(m_window, tr("Import Trace"), text);
    } else if (result.error && result.frames == 0) {
        const QString text =
            tr("Cannot import %1: %2").arg(name, text::describeCaptureReadError(*result.error));
        m_log->append(LogLevel::Error, text);
    } else if (result.cancelled) {
        m_log->append(LogLevel::Warning,
                      tr("Import of %1 cancelled at byte %2 of %3; the %n datagram(s) read "
                         "before are kept.",
                         nullptr, count)
                          .arg(name)
                          .arg(result.bytesRead)
                          .arg(result.fileSize));
    } else {
        m_log->append(LogLevel::Info,
                      tr("Imported %n datagram(s) from %1", nullptr, count).arg(name));
        if (result.error) {
            m_log->append(LogLevel::Warning,
                          tr("%1 is damaged: %2. What came before was imported.")
                              .arg(name, text::describeCaptureReadError(*result.error)));
        } else if (result.datagrams == 0) {
            m_log->append(LogLevel::Warning,
                          tr("No CoAP found in %1's %n frame(s). If it uses other ports, import "
                             "it again and name them.",
                             nullptr, int(result.frames))
                              .arg(name));
        }
    }
    emit importFinished();
}

void TraceFileActions::chooseExport()
{
    if (m_recorder->datagramCount() == 0) {
        QMessageBox::information(m_window, tr("Export Trace"),
                                 tr("Nothing has been captured yet. Turn on File ▸ Capture "
                                    "Traffic, then talk to a server."));
        return;
    }
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Trace"), QStringLiteral("coapscope-trace.pcapng"),
        tr("pcapng for Wireshark (*.pcapng);;JSON, one object per datagram (*.json);;CSV (*.csv)"),
        &filter);
    if (path.isEmpty())
        return;
    // The chosen filter's extension, if the name has none of ours.
    if (!path.contains(QRegularExpression(QStringLiteral("\\.(pcapng|json|csv)$"),
                                          QRegularExpression::CaseInsensitiveOption))) {
        path += filter.contains(QLatin1String("*.json"))  ? QStringLiteral(".json")
                : filter.contains(QLatin1String("*.csv")) ? QStringLiteral(".csv")
                                                          : QStringLiteral(".pcapng");
    }
    exportTrace(path);
}

void TraceFileActions::exportTrace(const QString &path)
{
    if (m_export && m_export->isRunning())
        return;
    auto *job = new TraceExportJob(this);
    m_export = job;
    const QString name = QFileInfo(path).fileName();
    QProgressDialog *progress = makeProgress(tr("Writing %1…").arg(name));
    progress->setWindowTitle(tr("Export Trace"));
    m_exportProgress = progress;
    connect(progress, &QProgressDialog::canceled, job, &TraceExportJob::cancel);
    connect(job, &TraceExportJob::progress, progress, [progress, name](qint64 done, qint64 total) {
        progress->setLabelText(
            tr("Writing %1…").arg(name) + QLatin1Char('\n') +
            tr("%1 of %Ln datagram(s)", nullptr, int(total)).arg(QLocale().toString(done)));
        progress->setValue(scaled(done, total));
    });
    connect(job, &TraceExportJob::finished, this, &TraceFileActions::exportDone);
    m_exportAction->setEnabled(false);
    job->start(path, m_recorder->records());
}

void TraceFileActions::exportDone(const TraceExportResult &result)
{
    if (m_exportProgress)
        m_exportProgress->deleteLater();
    if (m_export)
        m_export->deleteLater();
    m_exportAction->setEnabled(true);
    const QString name = QDir::toNativeSeparators(result.path);
    if (result.error) {
        const QString problem = text::describeTraceExportError(*result.error);
        m_log->append(LogLevel::Error, problem);
        QMessageBox::warning(m_window, tr("Export Trace"), problem);
    } else if (result.cancelled) {
        m_log->append(LogLevel::Warning, tr("Export cancelled; %1 was left as it was.").arg(name));
    } else {
        m_log->append(
            LogLevel::Info,
            tr("Trace of %n datagram(s) written to %1", nullptr, int(result.written)).arg(name));
    }
    emit exportFinished();
}

} // namespace coapscope
