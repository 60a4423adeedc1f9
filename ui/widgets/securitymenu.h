// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace coapscope {

class LocalServerPanel;
class LogModel;
class SessionsPanel;
class Workspace;

// The Security menu: the client context's pre-shared key or certificates, which new DTLS and
// TLS client sessions inherit (the seed's rule), and the demo server's, which its secure
// endpoints use from their next start.
class SecurityMenu : public QObject
{
    Q_OBJECT

public:
    SecurityMenu(Workspace *workspace, SessionsPanel *sessions, LocalServerPanel *server,
                 LogModel *log, QWidget *dialogParent);

    void addTo(QMenu *menu) const;

public slots:
    void editClientPsk();
    void editClientCertificates();
    void clearClientSecurity();
    void editServerPsk();
    void editServerCertificates();

private:
    QByteArray receivedHint() const;

    Workspace *m_workspace;
    SessionsPanel *m_sessions;
    LocalServerPanel *m_server;
    LogModel *m_log;
    QWidget *m_dialogParent;
    QAction *m_clientPsk;
    QAction *m_clientCertificates;
    QAction *m_clearClient;
    QAction *m_serverPsk;
    QAction *m_serverCertificates;
};

} // namespace coapscope
