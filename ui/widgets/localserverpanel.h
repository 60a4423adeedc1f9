// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "models/workspace.h"

#include <QWidget>

#include <array>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace coapscope {

// Starts and stops the embedded demo server (the plugtest resources) on any of UDP, DTLS, TCP
// and TLS, with the security its secure endpoints use. Its server sessions appear in the
// session table next to the client's.
class LocalServerPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LocalServerPanel(Workspace *workspace, QWidget *parent = nullptr);

    SecuritySettings security() const { return m_security; }
    void setSecurity(const SecuritySettings &security);
    // Ticks the protocol's box and sets its port (0: any free port).
    void setListener(Protocol protocol, bool enabled, quint16 port);

public slots:
    // Starts with what the panel shows; returns the problem in words, also shown in the panel.
    std::optional<QString> start();
    void stop();

signals:
    void securityEditRequested();
    void message(const QString &text, bool isError);

private:
    struct Row
    {
        QCheckBox *enabled;
        QSpinBox *port;
    };
    void updateState();
    void describeSecurity();

    Workspace *m_workspace;
    std::array<Row, 4> m_rows{}; // by Protocol
    QLineEdit *m_address;
    QLabel *m_securitySummary;
    QPushButton *m_start;
    QPushButton *m_stop;
    QLabel *m_status;
    SecuritySettings m_security;
};

} // namespace coapscope
