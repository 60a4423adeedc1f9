// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/uri.h"
#include "models/connectionprofile.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace coapscope {

class FieldProblem;
class KeyStorageEditor;
class MessageSizeEditor;
class TransmissionEditor;

// One connection profile's URI, credentials, where its keys are kept, transmission parameters
// and message sizes. The PSK and certificate settings are edited in their own dialogs;
// unticking one keeps what it held, so ticking it again brings it back.
class ProfileEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileEditor(QWidget *parent = nullptr);

    void setProfile(const ConnectionProfile &profile);
    ConnectionProfile profile() const;
    // Why the profile cannot be used to connect; empty when it can.
    QString problem() const;
    // Keys read from the keychain after setProfile(): taken where none is held yet.
    void fillKeys(const ConnectionProfile &profile);
    // Why the keychain cannot be used; empty while it can.
    void setKeychainProblem(const QString &reason);

    QLineEdit *uriEdit() const { return m_uri; }
    QCheckBox *pskBox() const { return m_usePsk; }
    QCheckBox *pkiBox() const { return m_usePki; }
    KeyStorageEditor *keyStorageEditor() const { return m_keyStorage; }
    TransmissionEditor *transmissionEditor() const { return m_transmission; }
    MessageSizeEditor *messageSizeEditor() const { return m_sizes; }
    QPushButton *editPskButton() const { return m_editPsk; }
    QPushButton *editPkiButton() const { return m_editPki; }

signals:
    // Something the user changed; profile() has it.
    void edited();

private:
    void editPsk();
    void editPki();
    void refresh();
    QWidget *makeSecurityGroup();
    QString securityProblem(const Uri &uri) const;
    QString pskSummary() const;
    QString pkiSummary() const;

    ConnectionProfile m_profile; // the rest of what setProfile() gave
    PskClientSettings m_psk;
    PkiSettings m_pki;
    QLineEdit *m_uri;
    FieldProblem *m_uriProblem;
    QCheckBox *m_usePsk;
    QPushButton *m_editPsk;
    QLabel *m_pskSummary;
    QCheckBox *m_usePki;
    QPushButton *m_editPki;
    QLabel *m_pkiSummary;
    FieldProblem *m_securityProblem;
    KeyStorageEditor *m_keyStorage;
    TransmissionEditor *m_transmission;
    MessageSizeEditor *m_sizes;
};

} // namespace coapscope
