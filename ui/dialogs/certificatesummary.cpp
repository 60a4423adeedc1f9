// SPDX-License-Identifier: BSD-2-Clause
#include "certificatesummary.h"

#include "certificatefiletext.h"
#include "fieldproblem.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace coapscope {

namespace {

constexpr int maxWarnings = 3; // expired or not yet valid, self-signed

} // namespace

CertificateSummary::CertificateSummary(QWidget *parent)
    : QWidget(parent)
    , m_empty(new QLabel(this))
    , m_fields(new QWidget(this))
    , m_form(new QFormLayout(m_fields))
{
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addField(QStringLiteral("subject"), tr("Subject:"));
    addField(QStringLiteral("issuer"), tr("Issuer:"));
    addField(QStringLiteral("validity"), tr("Valid:"));
    addField(QStringLiteral("fingerprint"), tr("SHA-256:"))
        ->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    addField(QStringLiteral("names"), tr("Names:"));
    addField(QStringLiteral("chain"), tr("Chain:"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_fields);
    for (int i = 0; i < maxWarnings; ++i) {
        auto *warning = new FieldProblem(this, FieldProblem::Severity::Warning);
        warning->setObjectName(QStringLiteral("certificateWarning%1").arg(i));
        m_warningLabels.append(warning);
        layout->addWidget(warning);
    }
    layout->addStretch(1);
    clear(tr("No certificate chosen."));
}

QLabel *CertificateSummary::addField(const QString &key, const QString &label)
{
    auto *value = new QLabel(m_fields);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setObjectName(key);
    auto *name = new QLabel(label, m_fields);
    name->setBuddy(value);
    // Read together: "Subject: CN=localhost".
    value->setAccessibleName(label.chopped(1));
    m_form->addRow(name, value);
    m_values.insert(key, value);
    return value;
}

void CertificateSummary::setChain(const CertificateChain &chain, const QDateTime &now)
{
    if (chain.isEmpty()) {
        clear(tr("No certificate in the file."));
        return;
    }
    const CertificateInfo &first = chain.first();
    const QLocale locale;
    m_values[QStringLiteral("subject")]->setText(first.subject);
    m_values[QStringLiteral("issuer")]->setText(first.issuer);
    m_values[QStringLiteral("validity")]->setText(
        tr("%1 to %2")
            .arg(locale.toString(first.notBefore.toLocalTime(), QLocale::ShortFormat),
                 locale.toString(first.notAfter.toLocalTime(), QLocale::ShortFormat)));
    // Two even lines of 16 bytes read better than wherever the label would wrap.
    const QString fingerprint = fingerprintText(first.sha256Fingerprint);
    m_values[QStringLiteral("fingerprint")]->setText(
        fingerprint.size() > 48 ? fingerprint.left(48) + QLatin1Char('\n') + fingerprint.mid(48)
                                : fingerprint);
    m_values[QStringLiteral("names")]->setText(
        first.subjectAltNames.isEmpty() ? tr("none")
                                        : first.subjectAltNames.join(QStringLiteral(", ")));
    m_values[QStringLiteral("chain")]->setText(
        chain.size() == 1
            ? tr("this certificate only")
            : tr("%n more certificate(s) after this one", nullptr, int(chain.size() - 1)));
    m_warnings = certificateWarnings(first, now);
    for (int i = 0; i < m_warningLabels.size(); ++i)
        m_warningLabels.at(i)->setText(m_warnings.value(i));
    m_empty->hide();
    m_fields->show();
}

void CertificateSummary::clear(const QString &text)
{
    m_warnings.clear();
    for (FieldProblem *warning : std::as_const(m_warningLabels))
        warning->setText(QString());
    for (QLabel *value : std::as_const(m_values))
        value->clear();
    m_empty->setText(text);
    m_empty->show();
    m_fields->hide();
}

QString CertificateSummary::fieldText(const QString &field) const
{
    const QLabel *value = m_values.value(field);
    return value ? value->text() : QString();
}

} // namespace coapscope
