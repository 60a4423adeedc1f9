// SPDX-License-Identifier: BSD-2-Clause
#include "pkitrustpage.h"

#include "certificatefiletext.h"
#include "explainedcheckbox.h"
#include "fieldgrid.h"
#include "fieldproblem.h"
#include "filepicker.h"
#include "security/certificatefile.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace coapscope {

PkiTrustPage::PkiTrustPage(QWidget *parent)
    : QWidget(parent)
    , m_caFile(new FilePicker(FilePicker::Kind::File, tr("CA file"), this))
    , m_caSubjects(new QLabel(this))
    , m_caDirectory(new FilePicker(FilePicker::Kind::Directory, tr("CA directory"), this))
    , m_caProblem(new FieldProblem(this))
    , m_checkRevocation(
          new ExplainedCheckBox(tr("Check &revocation"),
                                tr("Refuse peer certificates that a CRL lists as revoked."), this))
    , m_allowNoCrl(new ExplainedCheckBox(
          tr("Allow a missing &CRL"), tr("Accept a certificate whose CA has no CRL here."), this))
    , m_allowExpiredCrl(new ExplainedCheckBox(
          tr("Allow an e&xpired CRL"),
          tr("Use a CRL past its next-update time instead of failing."), this))
    , m_crlFile(new FilePicker(FilePicker::Kind::File, tr("CRL file"), this))
    , m_crlProblem(new FieldProblem(this))
{
    m_caFile->setNameFilters({tr("Certificates (*.pem *.crt)")});
    m_crlFile->setNameFilters({tr("Certificate revocation lists (*.pem *.crl)")});
    m_caSubjects->setWordWrap(true);
    m_caSubjects->setForegroundRole(QPalette::PlaceholderText);
    m_caSubjects->setTextFormat(Qt::PlainText);
    m_caProblem->setObjectName(QStringLiteral("caProblem"));
    m_crlProblem->setObjectName(QStringLiteral("crlProblem"));

    auto *anchors = new QGroupBox(tr("Trusted certificate authorities"), this);
    auto *anchorsForm = new FieldGrid(anchors);
    auto *anchorsNote = new QLabel(tr("The peer's certificate must be issued by one of these. "
                                      "A PEM file may hold several; a directory is one made by "
                                      "openssl rehash."),
                                   anchors);
    anchorsNote->setWordWrap(true);
    anchorsNote->setForegroundRole(QPalette::PlaceholderText);
    anchorsForm->addWide(anchorsNote);
    anchorsForm->addField(tr("CA &file:"), m_caFile);
    anchorsForm->addBelow(m_caSubjects);
    anchorsForm->addField(tr("CA &directory:"), m_caDirectory);
    anchorsForm->addBelow(m_caProblem);

    auto *revocation = new QGroupBox(tr("Revocation"), this);
    auto *revocationForm = new FieldGrid(revocation);
    revocationForm->addWide(m_checkRevocation);
    revocationForm->addField(tr("CRL f&ile:"), m_crlFile);
    revocationForm->addBelow(m_crlProblem);
    revocationForm->addWide(m_allowNoCrl);
    revocationForm->addWide(m_allowExpiredCrl);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(anchors);
    layout->addWidget(revocation);
    layout->addStretch(1);
    for (FilePicker *picker : {m_caFile, m_caDirectory, m_crlFile})
        connect(picker, &FilePicker::pathChanged, this, &PkiTrustPage::refresh);
    for (ExplainedCheckBox *box : {m_checkRevocation, m_allowNoCrl, m_allowExpiredCrl})
        connect(box, &ExplainedCheckBox::toggled, this, &PkiTrustPage::refresh);
    refresh();
}

void PkiTrustPage::load(const PkiSettings &settings)
{
    m_caFile->setPath(settings.caFile);
    m_caDirectory->setPath(settings.caDirectory);
    m_crlFile->setPath(settings.crlFile);
    m_checkRevocation->setChecked(settings.checkCertRevocation);
    m_allowNoCrl->setChecked(settings.allowNoCrl);
    m_allowExpiredCrl->setChecked(settings.allowExpiredCrl);
    refresh();
}

void PkiTrustPage::store(PkiSettings &settings) const
{
    settings.caFile = m_caFile->path();
    settings.caDirectory = m_caDirectory->path();
    settings.crlFile = m_crlFile->path();
    settings.checkCertRevocation = m_checkRevocation->isChecked();
    settings.allowNoCrl = m_allowNoCrl->isChecked();
    settings.allowExpiredCrl = m_allowExpiredCrl->isChecked();
}

void PkiTrustPage::setTrustAnchorsNeeded(bool needed)
{
    if (needed == m_anchorsNeeded)
        return;
    m_anchorsNeeded = needed;
    refresh();
}

QString PkiTrustPage::caFileProblem()
{
    m_caSubjects->clear();
    const QString path = m_caFile->path();
    if (path.isEmpty())
        return {};
    if (QString unusable = unusableFileProblem(path); !unusable.isEmpty())
        return unusable;
    const auto chain = readCertificateChain(PkiSource::fromFile(path));
    if (!chain)
        return describeCertificateFileError(chain.error());
    QStringList subjects;
    for (const CertificateInfo &certificate : *chain)
        subjects.append(certificate.subject);
    m_caSubjects->setText(tr("Trusts %1").arg(subjects.join(QStringLiteral("; "))));
    return {};
}

QString PkiTrustPage::caDirectoryProblem() const
{
    const QString path = m_caDirectory->path();
    if (path.isEmpty()) {
        if (m_anchorsNeeded && m_caFile->path().isEmpty())
            return tr("Verifying the peer needs a CA file or directory. Give one, turn "
                      "verification off, or allow self-signed certificates.");
        return {};
    }
    const QFileInfo info(path);
    if (!info.exists())
        return tr("%1 does not exist.").arg(path);
    if (!info.isDir())
        return tr("%1 is not a directory.").arg(path);
    return {};
}

QString PkiTrustPage::crlProblem() const
{
    const QString path = m_crlFile->path();
    if (!path.isEmpty())
        return unusableFileProblem(path);
    // CRLs may also come from the CA directory; without either every handshake would fail.
    if (m_checkRevocation->isChecked() && !m_allowNoCrl->isChecked() &&
        m_caDirectory->path().isEmpty())
        return tr("Checking revocation needs a CRL file (or a CA directory holding CRLs), or "
                  "allowing a missing CRL.");
    return {};
}

void PkiTrustPage::refresh()
{
    const bool revocation = m_checkRevocation->isChecked();
    m_crlFile->setEnabled(revocation);
    m_allowNoCrl->setEnabled(revocation);
    m_allowExpiredCrl->setEnabled(revocation);
    QString caProblem = caFileProblem();
    if (caProblem.isEmpty())
        caProblem = caDirectoryProblem();
    const QString crl = revocation ? crlProblem() : QString();
    m_caProblem->setText(caProblem);
    m_crlProblem->setText(crl);
    m_problem = caProblem.isEmpty() ? crl : caProblem;
    emit changed();
}

} // namespace coapscope
