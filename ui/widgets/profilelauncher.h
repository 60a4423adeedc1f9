// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "models/connectionprofile.h"

#include <QObject>

class QAction;
class QWidget;

namespace coapscope {

class LogModel;
class ProfileSecrets;
class ProfileStore;
class RequestComposer;
class SecretStore;
class SessionsPanel;
class Workspace;

// File ▸ Connection Profiles: manages the saved profiles and connects with the one chosen. The
// profile's security and transmission parameters become the client context's, its URI and
// block size go into the composer, and a session opens to it with the profile's MTU (or the
// default one). A key kept in the keychain is read from it first; a key that is still missing
// is asked for.
class ProfileLauncher : public QObject
{
    Q_OBJECT

public:
    ProfileLauncher(Workspace *workspace, RequestComposer *composer, SessionsPanel *sessions,
                    LogModel *log, QWidget *dialogParent);
    ~ProfileLauncher() override;

    QAction *action() const { return m_action; }
    ProfileStore *store() const { return m_store; }
    ProfileSecrets *secrets() const { return m_secrets; }

public slots:
    void manage();
    // Applies the profile and opens a session with it; returns false if the user gave up or
    // the profile cannot work (the log says why). A profile whose keys are in the keychain
    // goes on once they are read (true then means it is under way).
    bool connectWith(ConnectionProfile profile);

private:
    bool open(ConnectionProfile profile);
    bool askForMissingKey(ConnectionProfile &profile);
    void fail(const QString &profile, const QString &problem);

    Workspace *m_workspace;
    RequestComposer *m_composer;
    SessionsPanel *m_sessions;
    LogModel *m_log;
    QWidget *m_dialogParent;
    ProfileStore *m_store;
    SecretStore *m_keychain;
    ProfileSecrets *m_secrets;
    QAction *m_action;
};

} // namespace coapscope
