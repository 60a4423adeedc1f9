// SPDX-License-Identifier: BSD-2-Clause
#include "pkiownpage.h"

#include "certificatefiletext.h"
#include "certificatesummary.h"
#include "fieldproblem.h"
#include "filepicker.h"
#include "security/certificatefile.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace coapscope {

PkiOwnPage::PkiOwnPage(DtlsRole role, QWidget *parent)
    : QWidget(parent)
    , m_role(role)
    , m_certificate(new FilePicker(FilePicker::Kind::File, tr("Certificate"), this))
    , m_certificateProblem(new FieldProblem(this))
    , m_key(new FilePicker(FilePicker::Kind::File, tr("Private key"), this))
    , m_keyProblem(new FieldProblem(this))
    , m_summary(new CertificateSummary(this))
{
    m_certificate->setNameFilters({tr("Certificates (*.pem *.crt *.cer *.der)")});
    m_key->setNameFilters({tr("Private keys (*.pem *.key *.der)")});
    m_certificateProblem->setObjectName(QStringLiteral("certificateProblem"));
    m_keyProblem->setObjectName(QStringLiteral("keyProblem"));

    auto *note = new QLabel(
        role == DtlsRole::Server
            ? tr("The server presents this certificate to every client. PEM or DER; a PEM file "
                 "may hold the chain after the certificate.")
            : tr("Optional: a certificate to present when the server asks for one. PEM or DER; "
                 "a PEM file may hold the chain after the certificate."),
        this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Certificate:"), m_certificate);
    form->addRow(tr("Private &key:"), m_key);
    auto *group = new QGroupBox(tr("The certificate"), this);
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_certificateProblem);
    layout->addWidget(m_keyProblem);
    layout->addWidget(group, 1);
    connect(m_certificate, &FilePicker::pathChanged, this, &PkiOwnPage::refresh);
    connect(m_key, &FilePicker::pathChanged, this, &PkiOwnPage::refresh);
    refresh();
}

void PkiOwnPage::load(const PkiSettings &settings)
{
    m_memoryCertificate = PkiSource::fromMemory(settings.own.certificateChain.data);
    m_memoryKey = PkiSource::fromMemory(settings.own.privateKey.data);
    const QSignalBlocker certificateBlocker(m_certificate);
    const QSignalBlocker keyBlocker(m_key);
    m_certificate->setPath(settings.own.certificateChain.filePath);
    m_key->setPath(settings.own.privateKey.filePath);
    const QString inMemory = tr("Given by the program, not as a file");
    m_certificate->lineEdit()->setPlaceholderText(m_memoryCertificate.isSet() ? inMemory
                                                                              : tr("No file"));
    m_key->lineEdit()->setPlaceholderText(m_memoryKey.isSet() ? inMemory : tr("No file"));
    refresh();
}

void PkiOwnPage::store(PkiSettings &settings) const
{
    settings.own.certificateChain = certificateSource();
    settings.own.privateKey = keySource();
}

QString PkiOwnPage::problem() const
{
    return m_problem;
}

PkiSource PkiOwnPage::certificateSource() const
{
    return m_certificate->path().isEmpty() ? m_memoryCertificate
                                           : PkiSource::fromFile(m_certificate->path());
}

PkiSource PkiOwnPage::keySource() const
{
    return m_key->path().isEmpty() ? m_memoryKey : PkiSource::fromFile(m_key->path());
}

void PkiOwnPage::refresh()
{
    const PkiSource certificate = certificateSource();
    const PkiSource key = keySource();
    QString certificateProblem;
    QString keyProblem;
    bool certificateUsable = false;
    if (!certificate.isSet()) {
        m_summary->clear(tr("No certificate chosen."));
        if (m_role == DtlsRole::Server)
            certificateProblem = tr("A server needs a certificate: choose its file.");
        else if (key.isSet())
            certificateProblem = tr("Choose the certificate this private key belongs to.");
    } else if (QString unusable = certificate.filePath.isEmpty()
                                      ? QString()
                                      : unusableFileProblem(certificate.filePath);
               !unusable.isEmpty()) {
        certificateProblem = unusable;
    } else if (auto chain = readCertificateChain(certificate); !chain) {
        certificateProblem = describeCertificateFileError(chain.error());
    } else {
        m_summary->setChain(*chain);
        certificateUsable = true;
    }
    if (!certificateProblem.isEmpty())
        m_summary->clear(tr("No certificate to show."));

    if (certificate.isSet() && !key.isSet()) {
        keyProblem = tr("Choose the private key that belongs to the certificate.");
    } else if (key.isSet() && !key.filePath.isEmpty()) {
        keyProblem = unusableFileProblem(key.filePath);
    }
    // Whether the key fits can only be told once the certificate could be read.
    if (keyProblem.isEmpty() && key.isSet() && certificateUsable) {
        if (auto mismatch = checkKeyMatches(certificate, key))
            keyProblem = describeCertificateFileError(*mismatch);
    }
    m_certificateProblem->setText(certificateProblem);
    m_keyProblem->setText(keyProblem);
    m_problem = !certificateProblem.isEmpty() ? certificateProblem : keyProblem;
    emit changed();
}

} // namespace coapscope
