// SPDX-License-Identifier: BSD-2-Clause
#include "profilelauncher.h"

#include "dialogs/pkidialog.h"
#include "dialogs/profilesdialog.h"
#include "dialogs/pskdialog.h"
#include "models/connectionprofile.h"
#include "models/logmodel.h"
#include "models/profileerror.h"
#include "models/profilesecrets.h"
#include "models/profilestore.h"
#include "models/secretstore.h"
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
    , m_keychain(new SecretStore(SecretStore::defaultService(), this))
    , m_secrets(new ProfileSecrets(m_store, m_keychain, this))
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
    ProfilesDialog dialog(m_store, m_secrets, m_dialogParent);
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

void ProfileLauncher::fail(const QString &profile, const QString &problem)
{
    m_log->append(LogLevel::Error, tr("Profile \"%1\": %2").arg(profile, problem));
}

bool ProfileLauncher::connectWith(ConnectionProfile profile)
{
    const auto uri = Uri::parse(profile.uri);
    if (!uri) {
        fail(profile.name, text::describeUriError(uri.error()));
        return false;
    }
    if (const auto problem = profile.transmission.validate()) {
        fail(profile.name, text::describeParameterProblem(*problem));
        return false;
    }
    if (profile.mtu && !ConnectionProfile::isValidMtu(*profile.mtu)) {
        fail(profile.name, tr("the MTU must be from %1 to %2 bytes, not %3")
                               .arg(Session::MinimumMtu)
                               .arg(Session::MaximumMtu)
                               .arg(*profile.mtu));
        return false;
    }
    if (!ConnectionProfile::isValidBlockSize(profile.blockSize)) {
        fail(profile.name,
             tr("the block size must be automatic or a power of two from 16 to 1024 bytes, "
                "not %1")
                 .arg(profile.blockSize));
        return false;
    }
    if (profile.keyStorage != KeyStorage::Keychain || !profile.lacksKey())
        return open(std::move(profile));
    // The keychain may first ask the user to unlock it: wait for it without blocking.
    m_secrets->fetch(profile, this,
                     [this](const ConnectionProfile &fetched, const QString &problem) {
                         if (!problem.isEmpty())
                             m_log->append(LogLevel::Warning, problem);
                         for (ProfileSecret secret : allProfileSecrets)
                             m_store->fillSecret(fetched.name, secret, fetched.secret(secret));
                         open(fetched);
                     });
    return true;
}

bool ProfileLauncher::open(ConnectionProfile profile)
{
    const auto uri = Uri::parse(profile.uri);
    if (!uri)
        return false;
    if (profile.lacksKey() && !askForMissingKey(profile))
        return false;
    Context *client = m_workspace->clientContext();
    if (const auto problem = client->setTransmissionParameters(profile.transmission)) {
        fail(profile.name, text::describeParameterProblem(*problem));
        return false;
    }
    client->setSecurity(profile.security);
    m_composer->setUri(profile.uri);
    m_composer->setBlockSize(profile.blockSize);
    const QString name = profile.name;
    const std::optional<int> mtu = profile.mtu;
    m_workspace->newSession(*uri, [this, name, mtu](Session *session, const QString &problem) {
        if (!session) {
            fail(name, tr("cannot open a session: %1").arg(problem));
            return;
        }
        // Workspace gave it the default MTU; the profile's own comes instead.
        if (mtu)
            session->setMtu(*mtu);
        m_log->append(LogLevel::Info,
                      tr("Profile \"%1\": session %2 opened, MTU %3")
                          .arg(name)
                          .arg(session->id())
                          .arg(session->mtu()),
                      session->id());
        m_sessions->selectSession(session->id());
    });
    return true;
}

} // namespace coapscope
