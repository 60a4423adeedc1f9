// SPDX-License-Identifier: BSD-2-Clause
#include "settingsdialog.h"

#include "dialogs/fieldproblem.h"
#include "dialogs/messagesizeeditor.h"
#include "dialogs/transmissioneditor.h"
#include "session/session.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coapscope {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_transmission(new TransmissionEditor(this))
    , m_sizes(new MessageSizeEditor(this))
    , m_problem(new FieldProblem(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setWindowTitle(tr("Settings"));
    m_sizes->mtuEdit()->setPlaceholderText(
        tr("%1 bytes (libcoap's default)").arg(Session::DefaultMtu));
    m_problem->setObjectName(QStringLiteral("settingsProblem"));

    auto *rfc = new QGroupBox(tr("Transmission parameters (RFC 7252 §4.8)"), this);
    (new QVBoxLayout(rfc))->addWidget(m_transmission);
    auto *sizes = new QGroupBox(tr("New sessions and requests"), this);
    (new QVBoxLayout(sizes))->addWidget(m_sizes);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                setParameters(TransmissionParameters{});
                setDefaultMtu(Session::DefaultMtu);
                setDefaultBlockSize(0);
            });
    connect(m_transmission, &TransmissionEditor::edited, this, &SettingsDialog::update);
    connect(m_sizes, &MessageSizeEditor::edited, this, &SettingsDialog::update);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(rfc);
    layout->addWidget(sizes);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setParameters(TransmissionParameters{});
    setDefaultMtu(Session::DefaultMtu);
}

void SettingsDialog::setParameters(const TransmissionParameters &parameters)
{
    m_transmission->setParameters(parameters);
    update();
}

TransmissionParameters SettingsDialog::parameters() const
{
    return m_transmission->parameters();
}

void SettingsDialog::setDefaultMtu(int mtu)
{
    m_sizes->setSizes(mtu, m_sizes->blockSize());
    update();
}

int SettingsDialog::defaultMtu() const
{
    return m_sizes->mtu().value_or(Session::DefaultMtu);
}

void SettingsDialog::setDefaultBlockSize(int blockSize)
{
    m_sizes->setSizes(m_sizes->mtu(), blockSize);
    update();
}

int SettingsDialog::defaultBlockSize() const
{
    return m_sizes->blockSize();
}

QString SettingsDialog::problem() const
{
    const QString sizes = m_sizes->problem();
    return sizes.isEmpty() ? m_transmission->problem() : sizes;
}

void SettingsDialog::update()
{
    // The MTU field says its own problem beside it; this one is for what has no field.
    const QString transmission = m_transmission->problem();
    m_problem->setText(transmission);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem().isEmpty());
}

} // namespace coapscope
