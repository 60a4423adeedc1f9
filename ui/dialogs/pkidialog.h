// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "security/dtlsrole.h"
#include "security/securitysettings.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QPushButton;
class QTabWidget;

namespace coapscope {

class CertificateSummary;
class FieldProblem;
class PkiOwnPage;
class PkiTrustPage;
class PkiVerificationPage;

// Certificates: the own certificate and key (read and summarised as soon as they are named,
// with warnings about what a peer may refuse), the trusted CAs and revocation, and every check
// of the peer's certificate. OK stays disabled while problem() says what is wrong; a page with
// a problem carries the warning icon on its tab.
class PkiDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PkiDialog(DtlsRole role, QWidget *parent = nullptr);

    DtlsRole role() const { return m_role; }
    // Fills every page. What the dialog does not show (nameCheck, certificatesBySni) is kept
    // and returned unchanged by settings().
    void setSettings(const PkiSettings &settings);
    // The settings as entered, or nullopt while problem() is not empty.
    std::optional<PkiSettings> settings() const;
    QString problem() const;
    // What a peer may refuse about the own certificate; empty when there is nothing to say.
    QStringList warnings() const;

    PkiOwnPage *ownPage() const { return m_own; }
    PkiTrustPage *trustPage() const { return m_trust; }
    PkiVerificationPage *verificationPage() const { return m_verification; }
    CertificateSummary *certificateSummary() const;
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *okButton() const;

private:
    PkiSettings entered() const;
    void validate();

    DtlsRole m_role;
    PkiSettings m_kept; // what the dialog does not edit
    QTabWidget *m_tabs;
    PkiOwnPage *m_own;
    PkiTrustPage *m_trust;
    PkiVerificationPage *m_verification;
    FieldProblem *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace coapscope
