// SPDX-License-Identifier: BSD-2-Clause
#include "securitymenu.h"

#include "dialogs/pkidialog.h"
#include "dialogs/pskdialog.h"
#include "localserverpanel.h"
#include "models/logmodel.h"
#include "models/workspace.h"
#include "session/context.h"
#include "session/session.h"
#include "sessionspanel.h"

#include <QAction>
#include <QMenu>

namespace coapscope {

SecurityMenu::SecurityMenu(Workspace *workspace, SessionsPanel *sessions, LocalServerPanel *server,
                           LogModel *log, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_workspace(workspace)
    , m_sessions(sessions)
    , m_server(server)
    , m_log(log)
    , m_dialogParent(dialogParent)
    , m_clientPsk(new QAction(tr("Client &Pre-Shared Key…"), this))
    , m_clientCertificates(new QAction(tr("Client &Certificates…"), this))
    , m_clearClient(new QAction(tr("C&lear Client Security"), this))
    , m_serverPsk(new QAction(tr("&Server Pre-Shared Keys…"), this))
    , m_serverCertificates(new QAction(tr("Server C&ertificate…"), this))
{
    m_clientPsk->setToolTip(tr("The identity and key new DTLS and TLS client sessions present"));
    m_clientCertificates->setToolTip(
        tr("The certificate, key and trust new DTLS and TLS client sessions use"));
    connect(m_clientPsk, &QAction::triggered, this, &SecurityMenu::editClientPsk);
    connect(m_clientCertificates, &QAction::triggered, this, &SecurityMenu::editClientCertificates);
    connect(m_clearClient, &QAction::triggered, this, &SecurityMenu::clearClientSecurity);
    connect(m_serverPsk, &QAction::triggered, this, &SecurityMenu::editServerPsk);
    connect(m_serverCertificates, &QAction::triggered, this, &SecurityMenu::editServerCertificates);
    connect(server, &LocalServerPanel::securityEditRequested, this, [this] {
        QMenu choice(m_dialogParent);
        choice.addAction(m_serverPsk);
        choice.addAction(m_serverCertificates);
        choice.exec(QCursor::pos());
    });
}

void SecurityMenu::addTo(QMenu *menu) const
{
    menu->addAction(m_clientPsk);
    menu->addAction(m_clientCertificates);
    menu->addAction(m_clearClient);
    menu->addSeparator();
    menu->addAction(m_serverPsk);
    menu->addAction(m_serverCertificates);
}

// The hint the selected session's server sent, to help pick the identity.
QByteArray SecurityMenu::receivedHint() const
{
    Session *session = m_sessions->currentSession();
    if (!session || session->role() != SessionRole::Client)
        return {};
    const auto info = session->securityInfo();
    return info ? info->pskIdentityHint : QByteArray();
}

void SecurityMenu::editClientPsk()
{
    Context *client = m_workspace->clientContext();
    PskDialog dialog(PskDialog::Mode::Client, m_dialogParent);
    if (const auto &psk = client->security().pskClient)
        dialog.setSettings(*psk);
    dialog.setReceivedHint(receivedHint());
    if (dialog.exec() != QDialog::Accepted || !dialog.clientSettings())
        return;
    SecuritySettings security = client->security();
    security.pskClient = dialog.clientSettings();
    client->setSecurity(security);
    m_log->append(LogLevel::Info,
                  tr("Client pre-shared key set for identity \"%1\"; new DTLS and TLS sessions "
                     "use it.")
                      .arg(QString::fromUtf8(security.pskClient->identity)));
}

void SecurityMenu::editClientCertificates()
{
    Context *client = m_workspace->clientContext();
    PkiDialog dialog(DtlsRole::Client, m_dialogParent);
    if (const auto &pki = client->security().pki)
        dialog.setSettings(*pki);
    if (dialog.exec() != QDialog::Accepted || !dialog.settings())
        return;
    SecuritySettings security = client->security();
    security.pki = dialog.settings();
    client->setSecurity(security);
    m_log->append(LogLevel::Info,
                  tr("Client certificates set; new DTLS and TLS sessions use them."));
}

void SecurityMenu::clearClientSecurity()
{
    m_workspace->clientContext()->setSecurity({});
    m_log->append(LogLevel::Info, tr("Client security cleared."));
}

void SecurityMenu::editServerPsk()
{
    PskDialog dialog(PskDialog::Mode::Server, m_dialogParent);
    SecuritySettings security = m_server->security();
    if (security.pskServer)
        dialog.setSettings(*security.pskServer);
    if (dialog.exec() != QDialog::Accepted || !dialog.serverSettings())
        return;
    security.pskServer = dialog.serverSettings();
    m_server->setSecurity(security);
    m_log->append(LogLevel::Info, m_workspace->isServerRunning()
                                      ? tr("Server pre-shared keys set; restart the demo server "
                                           "to use them.")
                                      : tr("Server pre-shared keys set."));
}

void SecurityMenu::editServerCertificates()
{
    PkiDialog dialog(DtlsRole::Server, m_dialogParent);
    SecuritySettings security = m_server->security();
    if (security.pki)
        dialog.setSettings(*security.pki);
    if (dialog.exec() != QDialog::Accepted || !dialog.settings())
        return;
    security.pki = dialog.settings();
    m_server->setSecurity(security);
    m_log->append(LogLevel::Info, m_workspace->isServerRunning()
                                      ? tr("Server certificate set; restart the demo server to "
                                           "use it.")
                                      : tr("Server certificate set."));
}

} // namespace coapscope
