// SPDX-License-Identifier: BSD-2-Clause
#include "settingsdialog.h"

#include "session/session.h"
#include "text/parametertext.h"
#include "text/sessiontext.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace coapscope {

namespace {

QDoubleSpinBox *secondsBox(double maximum, const QString &name, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0, maximum);
    box->setDecimals(3);
    box->setSingleStep(0.5);
    box->setSuffix(QStringLiteral(" s"));
    box->setAccessibleName(name);
    return box;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ackTimeout(secondsBox(600, tr("ACK_TIMEOUT"), this))
    , m_randomFactor(new QDoubleSpinBox(this))
    , m_maxRetransmit(new QSpinBox(this))
    , m_nstart(new QSpinBox(this))
    , m_leisure(secondsBox(3600, tr("DEFAULT_LEISURE"), this))
    , m_probingRate(new QDoubleSpinBox(this))
    , m_maxLatency(secondsBox(3600, tr("MAX_LATENCY"), this))
    , m_mtu(new QSpinBox(this))
    , m_derived(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults,
                                     this))
{
    setWindowTitle(tr("Settings"));
    m_randomFactor->setRange(0, 10);
    m_randomFactor->setDecimals(2);
    m_randomFactor->setSingleStep(0.1);
    m_randomFactor->setAccessibleName(tr("ACK_RANDOM_FACTOR"));
    m_maxRetransmit->setRange(-1, 100);
    m_maxRetransmit->setAccessibleName(tr("MAX_RETRANSMIT"));
    m_nstart->setRange(0, 100);
    m_nstart->setAccessibleName(tr("NSTART"));
    m_probingRate->setRange(0, 1e6);
    m_probingRate->setDecimals(2);
    m_probingRate->setSuffix(tr(" B/s"));
    m_probingRate->setAccessibleName(tr("PROBING_RATE"));
    m_mtu->setRange(Session::MinimumMtu, Session::MaximumMtu);
    m_mtu->setSuffix(tr(" bytes"));
    m_mtu->setAccessibleName(tr("Default MTU"));

    auto *rfc = new QGroupBox(tr("Transmission parameters (RFC 7252 §4.8)"), this);
    auto *form = new QFormLayout(rfc);
    form->addRow(tr("ACK_&TIMEOUT:"), m_ackTimeout);
    form->addRow(tr("ACK_&RANDOM_FACTOR:"), m_randomFactor);
    form->addRow(tr("MAX_RE&TRANSMIT:"), m_maxRetransmit);
    form->addRow(tr("&NSTART:"), m_nstart);
    form->addRow(tr("DEFAULT_&LEISURE:"), m_leisure);
    form->addRow(tr("&PROBING_RATE:"), m_probingRate);
    form->addRow(tr("MAX_L&ATENCY:"), m_maxLatency);
    m_derived->setWordWrap(true);
    m_derived->setAccessibleName(tr("Derived lifetimes"));
    form->addRow(m_derived);

    auto *sessions = new QGroupBox(tr("New sessions"), this);
    auto *sessionForm = new QFormLayout(sessions);
    sessionForm->addRow(tr("Default &MTU:"), m_mtu);

    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem with the settings"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] {
                setParameters(TransmissionParameters{});
                setDefaultMtu(Session::DefaultMtu);
            });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(rfc);
    layout->addWidget(sessions);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (auto *box : {m_ackTimeout, m_randomFactor, m_leisure, m_probingRate, m_maxLatency})
        connect(box, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::update);
    for (auto *box : {m_maxRetransmit, m_nstart, m_mtu})
        connect(box, &QSpinBox::valueChanged, this, &SettingsDialog::update);
    setParameters(TransmissionParameters{});
    setDefaultMtu(Session::DefaultMtu);
}

void SettingsDialog::setParameters(const TransmissionParameters &parameters)
{
    m_ackTimeout->setValue(double(parameters.ackTimeoutMs) / 1000.0);
    m_randomFactor->setValue(parameters.ackRandomFactor);
    m_maxRetransmit->setValue(parameters.maxRetransmit);
    m_nstart->setValue(parameters.nstart);
    m_leisure->setValue(double(parameters.defaultLeisureMs) / 1000.0);
    m_probingRate->setValue(parameters.probingRateBytesPerSecond);
    m_maxLatency->setValue(double(parameters.maxLatencyMs) / 1000.0);
    update();
}

TransmissionParameters SettingsDialog::parameters() const
{
    TransmissionParameters parameters;
    parameters.ackTimeoutMs = qRound64(m_ackTimeout->value() * 1000.0);
    parameters.ackRandomFactor = m_randomFactor->value();
    parameters.maxRetransmit = m_maxRetransmit->value();
    parameters.nstart = m_nstart->value();
    parameters.defaultLeisureMs = qRound64(m_leisure->value() * 1000.0);
    parameters.probingRateBytesPerSecond = m_probingRate->value();
    parameters.maxLatencyMs = qRound64(m_maxLatency->value() * 1000.0);
    return parameters;
}

void SettingsDialog::setDefaultMtu(int mtu)
{
    m_mtu->setValue(mtu);
}

int SettingsDialog::defaultMtu() const
{
    return m_mtu->value();
}

QString SettingsDialog::problem() const
{
    const auto problem = parameters().validate();
    return problem ? text::describeParameterProblem(*problem) : QString();
}

void SettingsDialog::update()
{
    const QString problem = this->problem();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    if (!problem.isEmpty()) {
        m_derived->clear();
        return;
    }
    const TransmissionParameters parameters = this->parameters();
    m_derived->setText(tr("MAX_TRANSMIT_WAIT %1 · EXCHANGE_LIFETIME %2 · NON_LIFETIME %3")
                           .arg(text::durationText(parameters.maxTransmitWaitMs()),
                                text::durationText(parameters.exchangeLifetimeMs()),
                                text::durationText(parameters.nonLifetimeMs())));
}

} // namespace coapscope
