// SPDX-License-Identifier: BSD-2-Clause
#include "profilelauncher.h"

#include "dialogs/pkidialog.h"
#include "dialogs/profilesdialog.h"
#include "dialogs/pskdialog.h"
#include "models/connectionprofile.h"
#include "models/logmodel.h"
#include "models/profileerror.h"
#include "models/profilestore.h"
#include "models/workspace.h"
#include "requestcomposer.h"
#include "session/context.h"
#include "session/session.h"
#include "sessionspanel.h"
#include "text/parametertext.h"
#include "text/urierrortext.h"

#include <QAction>

namespace coapscope {

ProfileLauncher::ProfileLauncher(Workspace *workspace, RequestComposer *composer,
                                 SessionsPanel *sessions, LogModel *log, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_workspace(workspace)
    , m_composer(composer)
    , m_sessions(sessions)
    , m_log(log)
    , m_dialogParent(dialogParent)
    , m_store(new ProfileStore(ProfileStore::defaultFilePath(), this))
    , m_action(new QAction(tr("Connection &Profiles…"), this))
{
    m_action->setShortcut(tr("Ctrl+Shift+P"));
    m_action->setToolTip(tr("Saved URIs with their security and transmission parameters"));
    connect(m_action, &QAction::triggered, this, &ProfileLauncher::manage);
    if (const auto error = m_store->load())
        m_log->append(LogLevel::Error,
                      tr("Connection profiles: %1").arg(describeProfileError(*error)));
}

ProfileLauncher::~ProfileLauncher() = default;

void ProfileLauncher::manage()
{
    ProfilesDialog dialog(m_store, m_dialogParent);
    if (dialog.exec() == QDialog::Accepted && dialog.chosenProfile())
        connectWith(*dialog.chosenProfile());
}

bool ProfileLauncher::askForMissingKey(ConnectionProfile &profile)
{
    if (profile.security.pskClient && profile.security.pskClient->key.isEmpty()) {
        PskDialog dialog(PskDialog::Mode::Client, m_dialogParent);
        dialog.setWindowTitle(tr("Pre-Shared Key for %1").arg(profile.name));
        dialog.setSettings(*profile.security.pskClient);
        if (dialog.exec() != QDialog::Accepted || !dialog.clientSettings())
            return false;
        profile.security.pskClient = dialog.clientSettings();
    }
    if (profile.lacksKey() && profile.security.pki) {
        PkiDialog dialog(DtlsRole::Client, m_dialogParent);
        dialog.setWindowTitle(tr("Certificates for %1").arg(profile.name));
        dialog.setSettings(*profile.security.pki);
        if (dialog.exec() != QDialog::Accepted || !dialog.settings())
            return false;
        profile.security.pki = dialog.settings();
    }
    return !profile.lacksKey();
}

bool ProfileLauncher::connectWith(ConnectionProfile profile)
{
    const auto uri = Uri::parse(profile.uri);
    if (!uri) {
        m_log->append(
            LogLevel::Error,
            tr("Profile \"%1\": %2").arg(profile.name, text::describeUriError(uri.error())));
        return false;
    }
    if (profile.lacksKey() && !askForMissingKey(profile))
        return false;
    Context *client = m_workspace->clientContext();
    if (const auto problem = client->setTransmissionParameters(profile.transmission)) {
        m_log->append(
            LogLevel::Error,
            tr("Profile \"%1\": %2").arg(profile.name, text::describeParameterProblem(*problem)));
        return false;
    }
    client->setSecurity(profile.security);
    m_composer->setUri(profile.uri);
    const QString name = profile.name;
    m_workspace->newSession(*uri, [this, name](Session *session, const QString &problem) {
        if (!session) {
            m_log->append(LogLevel::Error,
                          tr("Profile \"%1\": cannot open a session: %2").arg(name, problem));
            return;
        }
        m_log->append(LogLevel::Info,
                      tr("Profile \"%1\": session %2 opened").arg(name).arg(session->id()),
                      session->id());
        m_sessions->selectSession(session->id());
    });
    return true;
}

} // namespace coapscope
