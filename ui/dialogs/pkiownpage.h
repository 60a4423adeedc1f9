// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "security/dtlsrole.h"
#include "security/securitysettings.h"

#include <QWidget>

namespace coapscope {

class CertificateSummary;
class FieldProblem;
class FilePicker;

// The PKI dialog's own-certificate page: the certificate and its private key, read as soon as
// they are named, and what the certificate says about itself.
class PkiOwnPage : public QWidget
{
    Q_OBJECT

public:
    explicit PkiOwnPage(DtlsRole role, QWidget *parent = nullptr);

    void load(const PkiSettings &settings);
    void store(PkiSettings &settings) const;
    QString problem() const;

    FilePicker *certificatePicker() const { return m_certificate; }
    FilePicker *keyPicker() const { return m_key; }
    CertificateSummary *summary() const { return m_summary; }

signals:
    void changed();

private:
    PkiSource certificateSource() const;
    PkiSource keySource() const;
    void refresh();

    DtlsRole m_role;
    // Sources given in memory (by a program, not typed): kept while no path replaces them.
    PkiSource m_memoryCertificate;
    PkiSource m_memoryKey;
    FilePicker *m_certificate;
    FieldProblem *m_certificateProblem;
    FilePicker *m_key;
    FieldProblem *m_keyProblem;
    CertificateSummary *m_summary;
    QString m_problem;
};

} // namespace coapscope
