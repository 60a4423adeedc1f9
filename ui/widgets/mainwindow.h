// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QLabel;
class QTabWidget;

namespace coapscope {

class CoapReply;
class CoapRequest;
class DecoderPanel;
class LadderPanel;
class LocalServerPanel;
class LogModel;
class LogPanel;
class ObservePanel;
class ProfileLauncher;
class SecurityMenu;
class Appearance;
class RequestComposer;
class ResourceBrowser;
class ResponseViewer;
class Session;
class SessionActivityLog;
class SessionDetailsPanel;
class SessionTableModel;
class TraceFileActions;
class TraceModel;
class TracePanel;
class TraceRecorder;
class SessionsPanel;
class Uri;
class Workspace;

// The application's window: the session table on top, the selected session's details on the
// right, the log below, the local server on the left, and the request and decoder tabs in the
// middle. Every panel is a dock the user may move; the layout is remembered.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace; }
    DecoderPanel *decoderPanel() const { return m_decoder; }
    RequestComposer *composer() const { return m_composer; }
    ResponseViewer *responseViewer() const { return m_response; }
    ResourceBrowser *resourceBrowser() const { return m_resources; }
    ObservePanel *observePanel() const { return m_observe; }
    SecurityMenu *securityMenu() const { return m_security; }
    ProfileLauncher *profiles() const { return m_profiles; }
    TraceRecorder *traceRecorder() const { return m_recorder; }
    Appearance *appearance() const { return m_appearance; }
    TraceFileActions *traceFiles() const { return m_traceFiles; }
    // File ▸ Import Trace… once its dialogs are answered: reads path into the trace view.
    void importTrace(const QString &path, const QList<quint16> &ports = {});
    TraceModel *traceModel() const { return m_traceModel; }
    TracePanel *tracePanel() const { return m_trace; }
    LadderPanel *ladderPanel() const { return m_ladder; }
    SessionsPanel *sessionsPanel() const { return m_sessions; }
    SessionDetailsPanel *sessionDetails() const { return m_details; }
    LocalServerPanel *localServer() const { return m_localServer; }
    LogModel *log() const { return m_log; }
    SessionTableModel *sessionTable() const { return m_sessionTable; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QDockWidget *addDock(QWidget *panel, const QString &title, const QString &objectName,
                         Qt::DockWidgetArea area);
    void createMenus();
    void createToolBar();
    void watchServer();
    QWidget *makeRequestTab();
    void newSession();
    void toggleCapture(bool on);
    void editSettings();
    void applySavedSettings();
    void sendRequest(const Uri &uri, const CoapRequest &request);
    void startExchange(Session *session, const Uri &uri, const CoapRequest &request);
    void cancelRequest();
    void updateStatus();
    void showAbout();

    Workspace *m_workspace;
    SessionTableModel *m_sessionTable;
    LogModel *m_log;
    SessionActivityLog *m_activity;
    TraceModel *m_traceModel;
    QTabWidget *m_tabs;
    DecoderPanel *m_decoder;
    RequestComposer *m_composer;
    ResponseViewer *m_response;
    ResourceBrowser *m_resources;
    ObservePanel *m_observe;
    TracePanel *m_trace;
    LadderPanel *m_ladder = nullptr;
    QPointer<CoapReply> m_reply; // the composer's latest, unless the observe panel took it
    bool m_replyIsOurs = false;
    SessionsPanel *m_sessions;
    SessionDetailsPanel *m_details;
    LogPanel *m_logPanel;
    LocalServerPanel *m_localServer;
    SecurityMenu *m_security;
    ProfileLauncher *m_profiles;
    TraceRecorder *m_recorder;
    Appearance *m_appearance;
    QAction *m_capture = nullptr;
    TraceFileActions *m_traceFiles;
    QList<QDockWidget *> m_docks;
    QLabel *m_sessionCount;
    QAction *m_newSession = nullptr;
};

} // namespace coapscope
