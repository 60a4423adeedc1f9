// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "security/dtlsrole.h"
#include "security/securitysettings.h"

#include <QWidget>

class QLineEdit;
class QSpinBox;

namespace coapscope {

class ExplainedCheckBox;
class FieldProblem;

// The PKI dialog's verification page: every check the engine makes of the peer's certificate,
// each with what it does, and (for a client) the names to expect and to send.
class PkiVerificationPage : public QWidget
{
    Q_OBJECT

public:
    explicit PkiVerificationPage(DtlsRole role, QWidget *parent = nullptr);

    void load(const PkiSettings &settings);
    void store(PkiSettings &settings) const;
    QString problem() const { return m_problem; }
    // Verifying without allowing self-signed certificates: a CA must be given.
    bool needsTrustAnchors() const;

    ExplainedCheckBox *verifyPeer() const { return m_verifyPeer; }
    ExplainedCheckBox *allowSelfSigned() const { return m_allowSelfSigned; }
    QLineEdit *expectedHostNameEdit() const { return m_expectedHostName; }
    QLineEdit *sniEdit() const { return m_sni; }

signals:
    void changed();

private:
    void refresh();

    DtlsRole m_role;
    ExplainedCheckBox *m_verifyPeer;
    ExplainedCheckBox *m_requirePeer;
    ExplainedCheckBox *m_allowSelfSigned;
    ExplainedCheckBox *m_allowExpired;
    ExplainedCheckBox *m_limitDepth;
    QSpinBox *m_depth;
    QLineEdit *m_expectedHostName = nullptr;
    FieldProblem *m_expectedProblem = nullptr;
    QLineEdit *m_sni = nullptr;
    FieldProblem *m_sniProblem = nullptr;
    QString m_problem;
};

} // namespace coapscope
