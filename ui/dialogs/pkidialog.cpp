// SPDX-License-Identifier: BSD-2-Clause
#include "pkidialog.h"

#include "certificatesummary.h"
#include "fieldproblem.h"
#include "pkiownpage.h"
#include "pkitrustpage.h"
#include "pkiverificationpage.h"
#include "text/securityerrortext.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace coapscope {

PkiDialog::PkiDialog(DtlsRole role, QWidget *parent)
    : QDialog(parent)
    , m_role(role)
    , m_tabs(new QTabWidget(this))
    , m_own(new PkiOwnPage(role, this))
    , m_trust(new PkiTrustPage(this))
    , m_verification(new PkiVerificationPage(role, this))
    , m_problem(new FieldProblem(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(role == DtlsRole::Server ? tr("Certificates of the Server")
                                            : tr("Certificates"));
    m_tabs->addTab(m_own, role == DtlsRole::Server ? tr("Server c&ertificate")
                                                   : tr("Clie&nt certificate"));
    m_tabs->addTab(m_trust, tr("&Trust"));
    m_tabs->addTab(m_verification, tr("&Verification"));
    m_tabs->setAccessibleName(tr("Certificate settings"));
    m_problem->setObjectName(QStringLiteral("pkiProblem"));
    // Wide enough for file paths and a fingerprint on two lines.
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_own, &PkiOwnPage::changed, this, &PkiDialog::validate);
    connect(m_tabs, &QTabWidget::currentChanged, this, &PkiDialog::validate);
    connect(m_trust, &PkiTrustPage::changed, this, &PkiDialog::validate);
    connect(m_verification, &PkiVerificationPage::changed, this, [this] {
        m_trust->setTrustAnchorsNeeded(m_verification->needsTrustAnchors());
        validate();
    });
    m_trust->setTrustAnchorsNeeded(m_verification->needsTrustAnchors());
    validate();
}

void PkiDialog::setSettings(const PkiSettings &settings)
{
    m_kept = settings;
    m_own->load(settings);
    m_trust->load(settings);
    m_verification->load(settings);
    validate();
}

PkiSettings PkiDialog::entered() const
{
    PkiSettings settings = m_kept;
    m_own->store(settings);
    m_trust->store(settings);
    m_verification->store(settings);
    return settings;
}

std::optional<PkiSettings> PkiDialog::settings() const
{
    if (!problem().isEmpty())
        return std::nullopt;
    return entered();
}

QString PkiDialog::problem() const
{
    for (const QString &problem :
         {m_own->problem(), m_trust->problem(), m_verification->problem()}) {
        if (!problem.isEmpty())
            return problem;
    }
    // The engine's own rules, in case the pages missed one.
    SecuritySettings security;
    security.pki = entered();
    if (const auto bad = security.validate(m_role))
        return text::describeSettingsProblem(*bad);
    return {};
}

QStringList PkiDialog::warnings() const
{
    return m_own->summary()->warnings();
}

CertificateSummary *PkiDialog::certificateSummary() const
{
    return m_own->summary();
}

QPushButton *PkiDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void PkiDialog::validate()
{
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this);
    QWidget *const pages[] = {m_own, m_trust, m_verification};
    const QString problems[] = {m_own->problem(), m_trust->problem(), m_verification->problem()};
    for (int i = 0; i < 3; ++i) {
        const int tab = m_tabs->indexOf(pages[i]);
        m_tabs->setTabIcon(tab, problems[i].isEmpty() ? QIcon() : error);
        m_tabs->setTabToolTip(tab, problems[i]);
    }
    // What a peer may refuse is shown on the certificate page; its tab points there from the
    // others.
    const int ownTab = m_tabs->indexOf(m_own);
    if (problems[0].isEmpty() && !warnings().isEmpty()) {
        m_tabs->setTabIcon(ownTab,
                           style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this));
        m_tabs->setTabToolTip(ownTab, warnings().join(QLatin1Char('\n')));
    }
    const QString first = problem();
    // Pages show their own problems next to the field; the line above the buttons says what
    // keeps OK disabled when that is on another page.
    const int current = m_tabs->currentIndex();
    const bool onThisPage =
        !first.isEmpty() && current >= 0 && current < 3 && problems[current] == first;
    m_problem->setText(onThisPage ? QString() : first);
    okButton()->setEnabled(first.isEmpty());
    okButton()->setToolTip(first);
}

} // namespace coapscope
