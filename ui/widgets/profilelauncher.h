// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "models/connectionprofile.h"

#include <QObject>

class QAction;
class QWidget;

namespace coapscope {

class LogModel;
class ProfileStore;
class RequestComposer;
class SessionsPanel;
class Workspace;

// File ▸ Connection Profiles: manages the saved profiles and connects with the one chosen. The
// profile's security and transmission parameters become the client context's, its URI goes
// into the composer, and a session opens to it; a key that was not stored is asked for first.
class ProfileLauncher : public QObject
{
    Q_OBJECT

public:
    ProfileLauncher(Workspace *workspace, RequestComposer *composer, SessionsPanel *sessions,
                    LogModel *log, QWidget *dialogParent);
    ~ProfileLauncher() override;

    QAction *action() const { return m_action; }
    ProfileStore *store() const { return m_store; }

public slots:
    void manage();
    // Applies the profile and opens a session with it; returns false if the user gave up or
    // the profile cannot work (the log says why).
    bool connectWith(ConnectionProfile profile);

private:
    bool askForMissingKey(ConnectionProfile &profile);

    Workspace *m_workspace;
    RequestComposer *m_composer;
    SessionsPanel *m_sessions;
    LogModel *m_log;
    QWidget *m_dialogParent;
    ProfileStore *m_store;
    QAction *m_action;
};

} // namespace coapscope
