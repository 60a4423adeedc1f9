// SPDX-License-Identifier: BSD-2-Clause
#include "demostartup.h"

#include "client/coapreply.h"
#include "client/coaprequest.h"
#include "localserverpanel.h"
#include "mainwindow.h"
#include "models/logmodel.h"
#include "models/workspace.h"
#include "requestcomposer.h"
#include "resourcebrowser.h"
#include "session/context.h"
#include "session/session.h"
#include "sessionspanel.h"
#include "text/messagetext.h"
#include "text/networkerrortext.h"

#include <QCoreApplication>

namespace coapscope {

namespace {

const QByteArray demoIdentity = QByteArrayLiteral("coapscope");
const QByteArray demoKey = QByteArrayLiteral("coapscope-demo");

struct DemoText
{
    Q_DECLARE_TR_FUNCTIONS(DemoText)
};

// The well-known ports when they are free, any free ones otherwise (another CoAP server may
// already be running on this machine).
bool startServer(LocalServerPanel &panel, bool wellKnownPorts)
{
    for (Protocol protocol : {Protocol::Udp, Protocol::Dtls, Protocol::Tcp, Protocol::Tls}) {
        const quint16 port = !wellKnownPorts ? 0 : isSecure(protocol) ? 5684 : 5683;
        panel.setListener(protocol, true, port);
    }
    return !panel.start();
}

// A first exchange, so the server's sessions and both sides' counters have something to show.
void discover(MainWindow &window, Session *session, Uri uri)
{
    uri.setPathSegments({QByteArrayLiteral(".well-known"), QByteArrayLiteral("core")});
    CoapReply *reply = session->send(CoapRequest(MessageCode::Get, uri));
    const QString protocol(protocolName(session->protocol()));
    QObject::connect(reply, &CoapReply::finished, reply, [&window, reply, protocol] {
        if (const auto &response = reply->response()) {
            window.log()->append(LogLevel::Info,
                                 DemoText::tr("GET /.well-known/core over %1: %2")
                                     .arg(protocol, text::codeText(response->code())));
        } else if (const auto &error = reply->error()) {
            window.log()->append(LogLevel::Error,
                                 DemoText::tr("GET /.well-known/core over %1 failed: %2")
                                     .arg(protocol, text::describeRequestError(*error)));
        }
        reply->deleteLater();
    });
}

} // namespace

void startDemo(MainWindow &window)
{
    Workspace *workspace = window.workspace();
    SecuritySettings server;
    server.pskServer = PskServerSettings{QByteArrayLiteral("CoapScope demo server"), demoKey, {}};
    window.localServer()->setSecurity(server);
    if (!startServer(*window.localServer(), true) && !startServer(*window.localServer(), false))
        return; // the panel and the log say why

    if (const auto udp = workspace->serverUri(Protocol::Udp)) {
        window.resourceBrowser()->setServer(udp->toString());
        Uri obs = *udp;
        obs.setPathSegments({QByteArrayLiteral("obs")});
        window.composer()->setUri(obs.toString());
    }

    SecuritySettings client;
    client.pskClient = PskClientSettings{demoIdentity, demoKey};
    workspace->clientContext()->setSecurity(client);
    for (Protocol protocol : {Protocol::Udp, Protocol::Dtls}) {
        const auto uri = workspace->serverUri(protocol);
        if (!uri)
            continue;
        workspace->newSession(*uri, [&window, uri = *uri](Session *session,
                                                          const QString &problem) {
            if (!session) {
                window.log()->append(LogLevel::Error,
                                     DemoText::tr("Cannot open the demo session: %1").arg(problem));
                return;
            }
            window.sessionsPanel()->selectSession(session->id());
            discover(window, session, uri);
            // Now that the UDP session exists, the browser shares it instead of opening one.
            if (session->protocol() == Protocol::Udp)
                window.resourceBrowser()->discover();
        });
    }
}

} // namespace coapscope
