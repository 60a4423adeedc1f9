// SPDX-License-Identifier: BSD-2-Clause
#include "localserverpanel.h"

#include "session/context.h"
#include "session/endpoint.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace coapscope {

namespace {
constexpr std::array<Protocol, 4> allProtocols{Protocol::Udp, Protocol::Dtls, Protocol::Tcp,
                                               Protocol::Tls};
} // namespace

LocalServerPanel::LocalServerPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_address(new QLineEdit(QStringLiteral("127.0.0.1"), this))
    , m_securitySummary(new QLabel(this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_stop(new QPushButton(tr("S&top"), this))
    , m_status(new QLabel(this))
{
    auto *listeners = new QGroupBox(tr("Endpoints"), this);
    auto *grid = new QGridLayout(listeners);
    for (Protocol protocol : allProtocols) {
        const QString name(protocolName(protocol));
        Row &row = m_rows[size_t(protocol)];
        row.enabled = new QCheckBox(name, listeners);
        row.enabled->setAccessibleName(tr("Listen on %1").arg(name));
        row.port = new QSpinBox(listeners);
        row.port->setRange(0, 65535);
        row.port->setSpecialValueText(tr("any free port"));
        row.port->setAccessibleName(tr("%1 port").arg(name));
        row.port->setValue(isSecure(protocol) ? 5684 : 5683);
        const int line = int(protocol);
        grid->addWidget(row.enabled, line, 0);
        grid->addWidget(row.port, line, 1);
    }
    m_rows[size_t(Protocol::Udp)].enabled->setChecked(true);

    m_address->setAccessibleName(tr("Listening address"));
    m_securitySummary->setWordWrap(true);
    m_securitySummary->setAccessibleName(tr("Server security"));
    auto *editSecurity = new QPushButton(tr("Server Securit&y…"), this);
    editSecurity->setAccessibleName(tr("Edit the server's security"));
    connect(editSecurity, &QPushButton::clicked, this, &LocalServerPanel::securityEditRequested);

    m_start->setAccessibleName(tr("Start the demo server"));
    m_stop->setAccessibleName(tr("Stop the demo server"));
    connect(m_start, &QPushButton::clicked, this, [this] { start(); });
    connect(m_stop, &QPushButton::clicked, this, &LocalServerPanel::stop);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Demo server status"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_address);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(listeners);
    layout->addWidget(m_securitySummary);
    layout->addWidget(editSecurity);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(workspace, &Workspace::serverStarted, this, &LocalServerPanel::updateState);
    connect(workspace, &Workspace::serverStopped, this, &LocalServerPanel::updateState);
    describeSecurity();
    updateState();
}

void LocalServerPanel::setSecurity(const SecuritySettings &security)
{
    m_security = security;
    describeSecurity();
}

void LocalServerPanel::setListener(Protocol protocol, bool enabled, quint16 port)
{
    m_rows[size_t(protocol)].enabled->setChecked(enabled);
    m_rows[size_t(protocol)].port->setValue(port);
}

void LocalServerPanel::describeSecurity()
{
    QStringList parts;
    if (m_security.pskServer) {
        parts << (m_security.pskServer->hint.isEmpty()
                      ? tr("pre-shared keys")
                      : tr("pre-shared keys, hint \"%1\"")
                            .arg(QString::fromUtf8(m_security.pskServer->hint)));
    }
    if (m_security.pki)
        parts << tr("certificate");
    m_securitySummary->setText(parts.isEmpty()
                                   ? tr("DTLS and TLS: no security set yet")
                                   : tr("DTLS and TLS use %1.").arg(parts.join(tr(" and "))));
}

std::optional<QString> LocalServerPanel::start()
{
    QHostAddress address;
    if (!address.setAddress(m_address->text().trimmed())) {
        const QString problem = tr("\"%1\" is not an IP address; use one such as 127.0.0.1 or ::1.")
                                    .arg(m_address->text());
        m_status->setText(problem);
        emit message(problem, true);
        return problem;
    }
    QList<Workspace::Listener> listeners;
    for (Protocol protocol : allProtocols) {
        const Row &row = m_rows[size_t(protocol)];
        if (row.enabled->isChecked())
            listeners.append({protocol, quint16(row.port->value())});
    }
    if (listeners.isEmpty()) {
        const QString problem = tr("Choose at least one endpoint to listen on.");
        m_status->setText(problem);
        emit message(problem, true);
        return problem;
    }
    const auto problem = m_workspace->startServer(address, listeners, m_security);
    if (problem) {
        m_status->setText(*problem);
        emit message(*problem, true);
    }
    return problem;
}

void LocalServerPanel::stop()
{
    m_workspace->stopServer();
    emit message(tr("Demo server stopped"), false);
}

void LocalServerPanel::updateState()
{
    const bool running = m_workspace->isServerRunning();
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_address->setEnabled(!running);
    for (const Row &row : m_rows) {
        row.enabled->setEnabled(!running);
        row.port->setEnabled(!running);
    }
    if (!running) {
        m_status->setText(tr("Stopped"));
        return;
    }
    QStringList uris;
    for (Protocol protocol : allProtocols) {
        if (const auto uri = m_workspace->serverUri(protocol))
            uris << uri->toString();
    }
    m_status->setText(tr("Serving %1").arg(uris.join(QLatin1String(", "))));
    emit message(m_status->text(), false);
}

} // namespace coapscope
