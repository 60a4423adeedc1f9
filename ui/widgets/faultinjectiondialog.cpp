// SPDX-License-Identifier: BSD-2-Clause
#include "faultinjectiondialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace coapscope {

FaultInjectionDialog::FaultInjectionDialog(const QString &sessionDescription, QWidget *parent)
    : QDialog(parent)
    , m_drop(new QSpinBox(this))
    , m_duplicate(new QSpinBox(this))
    , m_delay(new QSpinBox(this))
{
    setWindowTitle(tr("Fault Injection"));
    auto *intro = new QLabel(tr("Outgoing datagrams of %1 are lost, sent twice or held back, "
                                "to watch retransmission and deduplication at work.")
                                 .arg(sessionDescription),
                             this);
    intro->setWordWrap(true);
    for (QSpinBox *box : {m_drop, m_duplicate}) {
        box->setRange(0, 100);
        box->setSuffix(QStringLiteral(" %"));
    }
    m_delay->setRange(0, 60000);
    m_delay->setSingleStep(100);
    m_delay->setSuffix(tr(" ms"));
    m_drop->setAccessibleName(tr("Drop rate"));
    m_duplicate->setAccessibleName(tr("Duplicate rate"));
    m_delay->setAccessibleName(tr("Delay"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Drop:"), m_drop);
    form->addRow(tr("D&uplicate:"), m_duplicate);
    form->addRow(tr("De&lay:"), m_delay);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void FaultInjectionDialog::setFaults(const FaultInjection &faults)
{
    m_drop->setValue(qRound(faults.dropRate * 100));
    m_duplicate->setValue(qRound(faults.duplicateRate * 100));
    m_delay->setValue(int(faults.delayMs));
}

FaultInjection FaultInjectionDialog::faults() const
{
    return {m_drop->value() / 100.0, m_duplicate->value() / 100.0, m_delay->value()};
}

} // namespace coapscope
