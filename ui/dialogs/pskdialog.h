// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "security/securitysettings.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLineEdit;
class QPushButton;

namespace coapscope {

class FieldGrid;
class FieldProblem;
class PskKeyTable;
class SecretEdit;

// Pre-shared keys: as a client, the identity and key to present (and the hint the server sent
// last time, to help pick them); as a server, the hint to send, a default key and a key per
// identity. OK stays disabled while problem() says what is missing or wrong.
class PskDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Client,
        Server,
    };

    explicit PskDialog(Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setSettings(const PskClientSettings &settings);
    void setSettings(const PskServerSettings &settings);
    // The PSK identity hint from the server's last handshake; empty when none came.
    void setReceivedHint(const QByteArray &hint);

    // The settings as entered, or nullopt while problem() is not empty (or in the other mode).
    std::optional<PskClientSettings> clientSettings() const;
    std::optional<PskServerSettings> serverSettings() const;
    // The first thing keeping OK disabled, in words; empty when there is none.
    QString problem() const;

    QLineEdit *identityEdit() const { return m_identity; }
    SecretEdit *keyEdit() const { return m_key; }
    QLineEdit *receivedHintEdit() const { return m_receivedHint; }
    QLineEdit *hintEdit() const { return m_hint; }
    PskKeyTable *keyTable() const { return m_table; }
    QPushButton *okButton() const;

private:
    void buildClient(FieldGrid *form);
    void buildServer(FieldGrid *form);
    void validate();
    QString identityProblem() const;
    QString keyProblem() const;
    QString serverProblem() const;

    Mode m_mode;
    QLineEdit *m_identity = nullptr;
    FieldProblem *m_identityProblem = nullptr;
    SecretEdit *m_key = nullptr; // the client's key, or the server's default key
    FieldProblem *m_keyProblem = nullptr;
    QLineEdit *m_receivedHint = nullptr;
    QLineEdit *m_hint = nullptr;
    PskKeyTable *m_table = nullptr;
    FieldProblem *m_serverProblem = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace coapscope
