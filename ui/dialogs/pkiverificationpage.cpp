// SPDX-License-Identifier: BSD-2-Clause
#include "pkiverificationpage.h"

#include "explainedcheckbox.h"
#include "fieldgrid.h"
#include "fieldproblem.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace coapscope {

namespace {

// RFC 1123 host names: dot-separated labels of letters, digits and inner hyphens. A trailing
// dot is left out of SNI (RFC 6066 §3), so it is refused here too.
bool isHostName(const QString &name)
{
    static const QRegularExpression label(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    return std::all_of(labels.cbegin(), labels.cend(),
                       [](const QString &part) { return label.match(part).hasMatch(); });
}

} // namespace

PkiVerificationPage::PkiVerificationPage(DtlsRole role, QWidget *parent)
    : QWidget(parent)
    , m_role(role)
    , m_verifyPeer(new ExplainedCheckBox(
          tr("Verify the &peer's certificate"),
          tr("Check that it leads to a trusted CA and is in date; off: accept any."), this))
    , m_requirePeer(new ExplainedCheckBox(tr("Re&quire a client certificate"),
                                          tr("Refuse clients that present no certificate."), this))
    , m_allowSelfSigned(new ExplainedCheckBox(
          tr("Allow &self-signed certificates"),
          tr("Accept a certificate that is its own issuer, without a CA."), this))
    , m_allowExpired(new ExplainedCheckBox(
          tr("Allow &expired certificates"),
          tr("Accept certificates that have expired or are not valid yet."), this))
    , m_limitDepth(new ExplainedCheckBox(
          tr("&Limit the chain length"),
          tr("Refuse chains with more intermediate CAs than allowed below."), this))
    , m_depth(new QSpinBox(this))
{
    m_depth->setRange(0, 100);
    m_depth->setAccessibleName(tr("Intermediate CAs allowed"));
    m_depth->setToolTip(tr("How many CAs may stand between the peer's certificate and the "
                           "trusted CA"));
    auto *checks = new QGroupBox(tr("Checks"), this);
    auto *checksForm = new QFormLayout(checks);
    // The depth box keeps its own size instead of stretching across the page.
    checksForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    checksForm->addRow(m_verifyPeer);
    if (role == DtlsRole::Server)
        checksForm->addRow(m_requirePeer);
    else
        m_requirePeer->hide();
    checksForm->addRow(m_allowSelfSigned);
    checksForm->addRow(m_allowExpired);
    checksForm->addRow(m_limitDepth);
    checksForm->addRow(tr("Intermediate &CAs allowed:"), m_depth);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(checks);
    if (role == DtlsRole::Client) {
        m_expectedHostName = new QLineEdit(this);
        m_expectedHostName->setAccessibleName(tr("Expected server name"));
        m_expectedHostName->setPlaceholderText(tr("Any name"));
        m_expectedProblem = new FieldProblem(this);
        m_expectedProblem->setObjectName(QStringLiteral("expectedHostNameProblem"));
        m_sni = new QLineEdit(this);
        m_sni->setAccessibleName(tr("Server name indication"));
        m_sni->setPlaceholderText(tr("None sent"));
        m_sniProblem = new FieldProblem(this);
        m_sniProblem->setObjectName(QStringLiteral("sniProblem"));
        auto *names = new QGroupBox(tr("Server name"), this);
        auto *namesForm = new FieldGrid(names);
        auto *note = new QLabel(tr("The expected name must be among the certificate's names "
                                   "(host name or IP address). SNI is sent in the handshake so "
                                   "the server can pick its certificate (host names only)."),
                                names);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        namesForm->addWide(note);
        namesForm->addField(tr("E&xpected name:"), m_expectedHostName);
        namesForm->addBelow(m_expectedProblem);
        namesForm->addField(tr("S&NI:"), m_sni);
        namesForm->addBelow(m_sniProblem);
        layout->addWidget(names);
        connect(m_expectedHostName, &QLineEdit::textChanged, this, &PkiVerificationPage::refresh);
        connect(m_sni, &QLineEdit::textChanged, this, &PkiVerificationPage::refresh);
    }
    layout->addStretch(1);
    for (ExplainedCheckBox *box :
         {m_verifyPeer, m_requirePeer, m_allowSelfSigned, m_allowExpired, m_limitDepth})
        connect(box, &ExplainedCheckBox::toggled, this, &PkiVerificationPage::refresh);
    connect(m_depth, &QSpinBox::valueChanged, this, &PkiVerificationPage::changed);
    load(PkiSettings{});
}

void PkiVerificationPage::load(const PkiSettings &settings)
{
    m_verifyPeer->setChecked(settings.verifyPeerCert);
    m_requirePeer->setChecked(settings.requirePeerCert);
    m_allowSelfSigned->setChecked(settings.allowSelfSigned);
    m_allowExpired->setChecked(settings.allowExpiredCerts);
    m_limitDepth->setChecked(settings.certChainValidation);
    m_depth->setValue(settings.certChainVerifyDepth);
    if (m_expectedHostName) {
        m_expectedHostName->setText(settings.expectedHostName);
        m_sni->setText(settings.sni);
    }
    refresh();
}

void PkiVerificationPage::store(PkiSettings &settings) const
{
    settings.verifyPeerCert = m_verifyPeer->isChecked();
    settings.requirePeerCert = m_requirePeer->isChecked();
    settings.allowSelfSigned = m_allowSelfSigned->isChecked();
    settings.allowExpiredCerts = m_allowExpired->isChecked();
    settings.certChainValidation = m_limitDepth->isChecked();
    settings.certChainVerifyDepth = m_depth->value();
    if (m_expectedHostName) {
        settings.expectedHostName = m_expectedHostName->text().trimmed();
        settings.sni = m_sni->text().trimmed();
    }
}

bool PkiVerificationPage::needsTrustAnchors() const
{
    return m_verifyPeer->isChecked() && !m_allowSelfSigned->isChecked();
}

void PkiVerificationPage::refresh()
{
    const bool verify = m_verifyPeer->isChecked();
    m_allowSelfSigned->setEnabled(verify);
    m_allowExpired->setEnabled(verify);
    m_limitDepth->setEnabled(verify);
    m_depth->setEnabled(verify && m_limitDepth->isChecked());
    QString expectedProblem;
    QString sniProblem;
    if (m_expectedHostName) {
        const QString expected = m_expectedHostName->text().trimmed();
        if (!expected.isEmpty() && !isHostName(expected) && QHostAddress(expected).isNull())
            expectedProblem = tr("\"%1\" is neither a host name nor an IP address.").arg(expected);
        const QString sni = m_sni->text().trimmed();
        if (!sni.isEmpty() && !QHostAddress(sni).isNull())
            sniProblem = tr("SNI carries host names only, not addresses like %1.").arg(sni);
        else if (!sni.isEmpty() && !isHostName(sni))
            sniProblem = tr("\"%1\" is not a host name.").arg(sni);
        m_expectedProblem->setText(expectedProblem);
        m_sniProblem->setText(sniProblem);
    }
    m_problem = expectedProblem.isEmpty() ? sniProblem : expectedProblem;
    emit changed();
}

} // namespace coapscope
