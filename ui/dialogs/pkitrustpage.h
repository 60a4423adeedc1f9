// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "security/securitysettings.h"

#include <QWidget>

class QLabel;

namespace coapscope {

class ExplainedCheckBox;
class FieldProblem;
class FilePicker;

// The PKI dialog's trust page: the CAs the peer's certificate must lead to, and revocation.
class PkiTrustPage : public QWidget
{
    Q_OBJECT

public:
    explicit PkiTrustPage(QWidget *parent = nullptr);

    void load(const PkiSettings &settings);
    void store(PkiSettings &settings) const;
    // Whether the verification options need a CA here (verifying, self-signed not allowed).
    void setTrustAnchorsNeeded(bool needed);
    QString problem() const { return m_problem; }

    FilePicker *caFilePicker() const { return m_caFile; }
    FilePicker *caDirectoryPicker() const { return m_caDirectory; }
    FilePicker *crlFilePicker() const { return m_crlFile; }
    ExplainedCheckBox *checkRevocation() const { return m_checkRevocation; }

signals:
    void changed();

private:
    QString caFileProblem();
    QString caDirectoryProblem() const;
    QString crlProblem() const;
    void refresh();

    bool m_anchorsNeeded = true;
    FilePicker *m_caFile;
    QLabel *m_caSubjects;
    FilePicker *m_caDirectory;
    FieldProblem *m_caProblem;
    ExplainedCheckBox *m_checkRevocation;
    ExplainedCheckBox *m_allowNoCrl;
    ExplainedCheckBox *m_allowExpiredCrl;
    FilePicker *m_crlFile;
    FieldProblem *m_crlProblem;
    QString m_problem;
};

} // namespace coapscope
