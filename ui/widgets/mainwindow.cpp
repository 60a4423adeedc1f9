// SPDX-License-Identifier: BSD-2-Clause
#include "mainwindow.h"

#include "appearance.h"
#include "appicons.h"
#include "client/coapreply.h"
#include "client/coaprequest.h"
#include "common/buildinfo.h"
#include "decoderpanel.h"
#include "ladderpanel.h"
#include "localserverpanel.h"
#include "logpanel.h"
#include "models/logmodel.h"
#include "models/savedsettings.h"
#include "models/sessionactivitylog.h"
#include "models/sessiontablemodel.h"
#include "models/tracemodel.h"
#include "models/tracerecorder.h"
#include "models/workspace.h"
#include "observepanel.h"
#include "profilelauncher.h"
#include "requestcomposer.h"
#include "resourcebrowser.h"
#include "responseviewer.h"
#include "securitymenu.h"
#include "session/context.h"
#include "session/session.h"
#include "sessiondetailspanel.h"
#include "sessionspanel.h"
#include "settingsdialog.h"
#include "text/messagetext.h"
#include "text/networkerrortext.h"
#include "text/parametertext.h"
#include "text/urierrortext.h"
#include "tracefileactions.h"
#include "tracepanel.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

namespace coapscope {

MainWindow::MainWindow(Workspace *workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_sessionTable(new SessionTableModel(this))
    , m_log(new LogModel(this))
    , m_activity(new SessionActivityLog(m_log, this))
    , m_traceModel(new TraceModel(this))
    , m_tabs(new QTabWidget(this))
    , m_decoder(new DecoderPanel(this))
    , m_composer(new RequestComposer(this))
    , m_response(new ResponseViewer(this))
    , m_resources(new ResourceBrowser(workspace, this))
    , m_observe(new ObservePanel(this))
    , m_trace(new TracePanel(m_traceModel, this))
    , m_sessions(new SessionsPanel(m_sessionTable, this))
    , m_details(new SessionDetailsPanel(this))
    , m_logPanel(new LogPanel(m_log, this))
    , m_localServer(new LocalServerPanel(workspace, this))
    , m_security(new SecurityMenu(workspace, m_sessions, m_localServer, m_log, this))
    , m_profiles(new ProfileLauncher(workspace, m_composer, m_sessions, m_log, this))
    , m_recorder(new TraceRecorder(workspace, this))
    , m_appearance(new Appearance(this))
    , m_traceFiles(new TraceFileActions(m_recorder, m_traceModel, m_log, this))
    , m_sessionCount(new QLabel(this))
{
    setWindowTitle(tr("CoapScope"));
    setDockNestingEnabled(true);
    m_tabs->setAccessibleName(tr("Workspace tabs"));
    m_tabs->addTab(makeRequestTab(), tr("&Request"));
    m_tabs->addTab(m_resources, tr("Reso&urces"));
    m_tabs->addTab(m_observe, tr("Observ&ations"));
    m_tabs->addTab(m_trace, tr("Trac&e"));
    m_ladder = new LadderPanel(m_traceModel, this);
    m_tabs->addTab(m_ladder, tr("Timeli&ne"));
    // The ladder and the trace table select the same datagram (unless the filter hides it).
    auto *traceProxy = qobject_cast<QAbstractProxyModel *>(m_trace->view()->model());
    connect(m_ladder, &LadderPanel::rowActivated, this, [this, traceProxy](int row) {
        const QModelIndex shown = traceProxy->mapFromSource(m_traceModel->index(row, 0));
        if (shown.isValid())
            m_trace->view()->setCurrentIndex(shown);
    });
    connect(m_trace->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, m_ladder,
            [this, traceProxy](const QModelIndex &current) {
                m_ladder->selectRow(traceProxy->mapToSource(current).row());
            });
    m_tabs->addTab(m_decoder, tr("&Decoder"));
    setCentralWidget(m_tabs);

    QDockWidget *sessions =
        addDock(m_sessions, tr("Sessions"), QStringLiteral("sessionsDock"), Qt::TopDockWidgetArea);
    QDockWidget *details = addDock(m_details, tr("Session Details"), QStringLiteral("detailsDock"),
                                   Qt::RightDockWidgetArea);
    QDockWidget *server = addDock(m_localServer, tr("Local Server"),
                                  QStringLiteral("localServerDock"), Qt::RightDockWidgetArea);
    QDockWidget *log =
        addDock(m_logPanel, tr("Log"), QStringLiteral("logDock"), Qt::BottomDockWidgetArea);
    // The first layout, before the user makes their own (restoreState below).
    tabifyDockWidget(details, server);
    details->raise();
    // The tabs scroll rather than push the docks off a laptop screen.
    m_tabs->setMinimumSize(420, 260);

    m_sessionTable->addContext(workspace->clientContext(), tr("Client"));
    workspace->clientContext()->addTracer(m_traceModel);
    m_activity->addContext(workspace->clientContext());
    watchServer();
    connect(m_sessions, &SessionsPanel::currentSessionChanged, m_details,
            &SessionDetailsPanel::setSession);
    connect(m_sessions, &SessionsPanel::sessionOperation, this,
            [this](quint64 id, const QString &text) { m_log->append(LogLevel::Info, text, id); });
    connect(m_localServer, &LocalServerPanel::message, this, [this](const QString &text, bool bad) {
        m_log->append(bad ? LogLevel::Error : LogLevel::Info, text);
    });
    connect(m_composer, &RequestComposer::sendRequested, this, &MainWindow::sendRequest);
    connect(m_composer, &RequestComposer::cancelRequested, this, &MainWindow::cancelRequest);
    connect(m_resources, &ResourceBrowser::resourceActivated, this, [this](const QString &uri) {
        m_composer->setUri(uri);
        m_tabs->setCurrentIndex(0);
    });
    connect(m_sessionTable, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_sessionTable, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);

    applySavedSettings();
    m_appearance->applySaved();
    createMenus();
    createToolBar();
    m_sessionCount->setAccessibleName(tr("Session count"));
    statusBar()->addPermanentWidget(m_sessionCount);
    updateStatus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1240, 780);
    if (!restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray())) {
        // Sizes apply once the window has its own; until the user makes their own layout.
        QTimer::singleShot(0, this, [this, sessions, log, details] {
            resizeDocks({sessions, log}, {170, 120}, Qt::Vertical);
            resizeDocks({details}, {380}, Qt::Horizontal);
        });
    }
}

QDockWidget *MainWindow::addDock(QWidget *panel, const QString &title, const QString &objectName,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName); // saveState() needs it
    dock->setWidget(panel);
    dock->setAccessibleName(title);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

MainWindow::~MainWindow()
{
    if (m_replyIsOurs)
        delete m_reply.data();
    // The contexts outlive the window; they must not trace into a deleted model.
    m_workspace->clientContext()->removeTracer(m_traceModel);
    if (Context *server = m_workspace->serverContext())
        server->removeTracer(m_traceModel);
}

QWidget *MainWindow::makeRequestTab()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_composer);
    splitter->addWidget(m_response);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    return splitter;
}

void MainWindow::sendRequest(const Uri &uri, const CoapRequest &request)
{
    m_composer->setBusy(true);
    m_workspace->sessionFor(uri, [this, guard = QPointer(this), uri,
                                  request](Session *session, const QString &problem) {
        if (!guard)
            return;
        if (!session) {
            m_composer->setBusy(false);
            m_log->append(LogLevel::Error,
                          tr("Cannot send to %1: %2").arg(uri.toString(), problem));
            statusBar()->showMessage(problem, 10000);
            return;
        }
        startExchange(session, uri, request);
    });
}

void MainWindow::startExchange(Session *session, const Uri &uri, const CoapRequest &request)
{
    if (m_replyIsOurs)
        delete m_reply.data();
    CoapReply *reply = session->send(request);
    m_reply = reply;
    m_replyIsOurs = !request.isObserve();
    m_response->watch(reply);
    if (request.isObserve())
        m_observe->watch(reply, uri.toString());
    m_sessions->selectSession(session->id());
    const quint64 sessionId = session->id();
    const QString what =
        QStringLiteral("%1 %2").arg(text::codeText(request.method()), uri.toString());
    connect(reply, &CoapReply::progress, m_composer, &RequestComposer::setProgress);
    // An observation goes on in the Observe tab; the composer is free once it has begun.
    connect(reply, &CoapReply::notification, this, [this, reply] {
        if (reply == m_reply)
            m_composer->setBusy(false);
    });
    connect(reply, &CoapReply::finished, this, [this, reply, what, sessionId] {
        if (reply == m_reply)
            m_composer->setBusy(false);
        if (const auto &response = reply->response()) {
            m_log->append(LogLevel::Info,
                          tr("%1: %2 in %3 ms")
                              .arg(what, text::codeText(response->code()))
                              .arg(reply->roundTripMs()),
                          sessionId);
        } else if (const auto &error = reply->error()) {
            m_log->append(LogLevel::Error,
                          tr("%1 failed: %2").arg(what, text::describeRequestError(*error)),
                          sessionId);
        }
    });
}

void MainWindow::cancelRequest()
{
    if (m_reply)
        m_reply->cancel();
    m_composer->setBusy(false);
}

void MainWindow::watchServer()
{
    auto adopt = [this](Context *server) {
        m_sessionTable->addContext(server, tr("Demo server"));
        server->addTracer(m_traceModel);
        m_activity->addContext(server);
        updateStatus();
    };
    if (Context *server = m_workspace->serverContext())
        adopt(server);
    connect(m_workspace, &Workspace::serverStarted, this, adopt);
    connect(m_workspace, &Workspace::serverStopped, this, &MainWindow::updateStatus);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_newSession = file->addAction(tr("&New Session…"), this, &MainWindow::newSession);
    m_newSession->setShortcut(QKeySequence::New);
    m_newSession->setToolTip(tr("Open a client session (coap_new_client_session)"));
    file->addAction(m_profiles->action());
    file->addSeparator();
    m_capture = file->addAction(tr("&Capture Traffic"), this, &MainWindow::toggleCapture);
    m_capture->setCheckable(true);
    m_capture->setShortcut(tr("Ctrl+E"));
    m_capture->setToolTip(tr("Keep every datagram of every session, to export as a trace"));
    file->addAction(m_traceFiles->importAction());
    file->addAction(m_traceFiles->exportAction());
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::editSettings);
    // Not every desktop defines a Preferences key (GNOME and plain X11 do not): Ctrl+, then.
    QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (preferences.isEmpty())
        preferences << QKeySequence(tr("Ctrl+,"));
    settings->setShortcuts(preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *session = menuBar()->addMenu(tr("&Session"));
    session->addAction(m_sessions->referenceAction());
    session->addAction(m_sessions->releaseAction());
    session->addAction(m_sessions->setMtuAction());
    session->addAction(m_sessions->faultInjectionAction());
    session->addAction(m_sessions->closeConnectionAction());
    session->addSeparator();
    session->addAction(m_sessions->copyDescriptionAction());
    m_sessions->referenceAction()->setShortcut(tr("Ctrl++"));
    m_sessions->releaseAction()->setShortcut(tr("Ctrl+-"));

    m_security->addTo(menuBar()->addMenu(tr("Se&curity")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    m_appearance->addTo(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About CoapScope"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createToolBar()
{
    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_newSession->setIcon(
        actionIcon(QStringLiteral("network-connect"), QStringLiteral("session-new")));
    m_sessions->referenceAction()->setIcon(
        actionIcon(QStringLiteral("list-add"), QStringLiteral("reference")));
    m_sessions->releaseAction()->setIcon(
        actionIcon(QStringLiteral("list-remove"), QStringLiteral("release")));
    m_sessions->setMtuAction()->setIcon(
        actionIcon(QStringLiteral("document-properties"), QStringLiteral("mtu")));
    tools->addAction(m_newSession);
    tools->addSeparator();
    tools->addAction(m_sessions->referenceAction());
    tools->addAction(m_sessions->releaseAction());
    tools->addAction(m_sessions->setMtuAction());
}

void MainWindow::newSession()
{
    bool accepted = false;
    QString suggestion = QStringLiteral("coap://127.0.0.1/");
    if (const auto server = m_workspace->serverUri(Protocol::Udp))
        suggestion = server->toString();
    const QString text = QInputDialog::getText(
        this, tr("New Session"), tr("Server URI (coap://, coaps://, coap+tcp:// or coaps+tcp://):"),
        QLineEdit::Normal, suggestion, &accepted);
    if (!accepted)
        return;
    const auto uri = Uri::parse(text.trimmed());
    if (!uri) {
        QMessageBox::warning(
            this, tr("New Session"),
            tr("That is not a CoAP URI: %1").arg(text::describeUriError(uri.error())));
        return;
    }
    m_workspace->newSession(*uri, [this](Session *session, const QString &problem) {
        if (!session) {
            m_log->append(LogLevel::Error, tr("Cannot open a session: %1").arg(problem));
            return;
        }
        m_sessions->selectSession(session->id());
    });
}

void MainWindow::applySavedSettings()
{
    bool usable = true;
    const SavedSettings saved = SavedSettings::load(&usable);
    if (!usable)
        m_log->append(LogLevel::Warning,
                      tr("Some saved settings were unusable; RFC 7252's defaults apply instead."));
    m_workspace->clientContext()->setTransmissionParameters(saved.parameters);
    m_workspace->setDefaultMtu(saved.defaultMtu);
    m_workspace->setBusyPollLimitUs(saved.busyPollUs);
    m_composer->setBlockSize(saved.defaultBlockSize);
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(this);
    dialog.setParameters(m_workspace->clientContext()->transmissionParameters());
    dialog.setDefaultMtu(m_workspace->defaultMtu());
    dialog.setDefaultBlockSize(SavedSettings::load().defaultBlockSize);
    dialog.setBusyPollUs(m_workspace->busyPollLimitUs());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SavedSettings settings{dialog.parameters(), dialog.defaultMtu(),
                                 dialog.defaultBlockSize(), dialog.busyPollUs()};
    if (const auto problem =
            m_workspace->clientContext()->setTransmissionParameters(settings.parameters)) {
        m_log->append(LogLevel::Error, text::describeParameterProblem(*problem));
        return;
    }
    m_workspace->setDefaultMtu(settings.defaultMtu);
    m_workspace->setBusyPollLimitUs(settings.busyPollUs);
    m_composer->setBlockSize(settings.defaultBlockSize);
    settings.save();
    m_log->append(LogLevel::Info, tr("Settings saved; they apply to sessions opened from now on."));
}

void MainWindow::toggleCapture(bool on)
{
    if (on) {
        m_recorder->start();
        m_log->append(LogLevel::Info, tr("Capturing the traffic of every session."));
    } else {
        m_recorder->stop();
        m_log->append(LogLevel::Info, tr("Capture stopped: %n datagram(s) kept.", nullptr,
                                         int(m_recorder->datagramCount())));
    }
    m_capture->setChecked(on);
}

void MainWindow::importTrace(const QString &path, const QList<quint16> &ports)
{
    m_traceFiles->importTrace(path, ports);
}

void MainWindow::updateStatus()
{
    const int count = m_sessionTable->rowCount();
    QString server = tr("demo server stopped");
    if (const auto uri = m_workspace->serverUri(Protocol::Udp))
        server = tr("demo server at %1").arg(uri->toString());
    else if (m_workspace->isServerRunning())
        server = tr("demo server running");
    m_sessionCount->setText(tr("%n session(s) · %1", nullptr, count).arg(server));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CoapScope"),
                       tr("<h3>CoapScope %1</h3>"
                          "<p>Explore and debug CoAP sessions over UDP, DTLS, TCP and TLS.</p>"
                          "<p>Qt %2<br>%3</p>"
                          "<p>Licensed under the BSD 2-Clause license.</p>")
                           .arg(BuildInfo::applicationVersion().toHtmlEscaped(),
                                BuildInfo::qtRuntimeVersion().toHtmlEscaped(),
                                BuildInfo::openSslVersion().toHtmlEscaped()));
}

} // namespace coapscope
