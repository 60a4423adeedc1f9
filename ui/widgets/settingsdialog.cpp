// SPDX-License-Identifier: BSD-2-Clause
#include "settingsdialog.h"

#include "dialogs/fieldproblem.h"
#include "dialogs/messagesizeeditor.h"
#include "dialogs/transmissioneditor.h"
#include "session/context.h"
#include "session/session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace coapscope {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_transmission(new TransmissionEditor(this))
    , m_sizes(new MessageSizeEditor(this))
    , m_busyPoll(new QSpinBox(this))
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

    m_busyPoll->setRange(0, int(Context::MaxBusyPollLimitUs));
    m_busyPoll->setSuffix(tr(" µs"));
    m_busyPoll->setSpecialValueText(tr("Never"));
    m_busyPoll->setAccessibleName(tr("Busy polling limit"));
    auto *polling = new QGroupBox(tr("Busy polling"), this);
    auto *pollingForm = new QFormLayout(polling);
    pollingForm->addRow(tr("&Poll sockets up to:"), m_busyPoll);
    auto *pollingWhy = new QLabel(
        tr("While traffic comes closer together than this, sockets are polled instead of "
           "letting the application sleep: faster with servers on this host, at the cost of "
           "processor time. Applies to sessions and servers started from now on."),
        polling);
    pollingWhy->setWordWrap(true);
    pollingForm->addRow(pollingWhy);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                setParameters(TransmissionParameters{});
                setDefaultMtu(Session::DefaultMtu);
                setDefaultBlockSize(0);
                setBusyPollUs(Context::DefaultBusyPollLimitUs);
            });
    connect(m_transmission, &TransmissionEditor::edited, this, &SettingsDialog::update);
    connect(m_sizes, &MessageSizeEditor::edited, this, &SettingsDialog::update);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(rfc);
    layout->addWidget(sizes);
    layout->addWidget(polling);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    setParameters(TransmissionParameters{});
    setDefaultMtu(Session::DefaultMtu);
    setBusyPollUs(Context::DefaultBusyPollLimitUs);
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

void SettingsDialog::setBusyPollUs(qint64 microseconds)
{
    m_busyPoll->setValue(int(qBound<qint64>(0, microseconds, Context::MaxBusyPollLimitUs)));
}

qint64 SettingsDialog::busyPollUs() const
{
    return m_busyPoll->value();
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
