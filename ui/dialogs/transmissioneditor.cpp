// SPDX-License-Identifier: BSD-2-Clause
#include "transmissioneditor.h"

#include "text/parametertext.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace coapscope {

namespace {

void describe(QWidget *box, const QString &name, const QString &explanation)
{
    box->setAccessibleName(name);
    box->setAccessibleDescription(explanation);
    box->setToolTip(explanation);
}

} // namespace

TransmissionEditor::TransmissionEditor(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_derived(new QLabel(this))
{
    // Spin boxes keep their own width; only the derived values below span the page.
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_ackTimeout =
        addSeconds(tr("ACK_TIMEOUT:"), tr("How long to wait for the first acknowledgement"), 300);
    m_ackTimeout->setMinimum(0.001);
    m_randomFactor = new QDoubleSpinBox(this);
    m_randomFactor->setRange(1.0, 10.0);
    m_randomFactor->setSingleStep(0.1);
    describe(m_randomFactor, tr("ACK_RANDOM_FACTOR"),
             tr("The first wait is stretched by a random factor up to this"));
    m_form->addRow(tr("ACK_RANDOM_FACTOR:"), m_randomFactor);
    m_maxRetransmit = new QSpinBox(this);
    m_maxRetransmit->setRange(0, 20);
    describe(m_maxRetransmit, tr("MAX_RETRANSMIT"),
             tr("How often a confirmable message is sent again before giving up"));
    m_form->addRow(tr("MAX_RETRANSMIT:"), m_maxRetransmit);
    m_nstart = new QSpinBox(this);
    m_nstart->setRange(1, 1000);
    describe(m_nstart, tr("NSTART"), tr("How many exchanges may be outstanding with one peer"));
    m_form->addRow(tr("NSTART:"), m_nstart);
    m_leisure =
        addSeconds(tr("DEFAULT_LEISURE:"),
                   tr("How long a server may wait before answering a multicast request"), 3600);
    m_probingRate = new QDoubleSpinBox(this);
    m_probingRate->setRange(0.001, 1e6);
    m_probingRate->setDecimals(3);
    m_probingRate->setSuffix(tr(" B/s"));
    describe(m_probingRate, tr("PROBING_RATE"),
             tr("The average data rate towards a peer that does not answer"));
    m_form->addRow(tr("PROBING_RATE:"), m_probingRate);
    m_maxLatency = addSeconds(tr("MAX_LATENCY:"),
                              tr("The longest a datagram is expected to take to arrive"), 3600);
    m_derived->setWordWrap(true);
    m_derived->setForegroundRole(QPalette::PlaceholderText);
    auto *defaults = new QPushButton(tr("Restore RFC 7252 defaul&ts"), this);
    defaults->setAutoDefault(false);
    // Outside the form: a wrapped label spanning a form row is squeezed to one line.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addWidget(m_derived);
    layout->addWidget(defaults, 0, Qt::AlignLeft);

    connect(defaults, &QPushButton::clicked, this, [this] {
        setParameters(TransmissionParameters{});
        emit edited();
    });
    for (QDoubleSpinBox *box :
         {m_ackTimeout, m_randomFactor, m_leisure, m_probingRate, m_maxLatency})
        connect(box, &QDoubleSpinBox::valueChanged, this, [this] {
            refresh();
            emit edited();
        });
    for (QSpinBox *box : {m_maxRetransmit, m_nstart})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            refresh();
            emit edited();
        });
    for (QWidget *box :
         std::initializer_list<QWidget *>{m_ackTimeout, m_randomFactor, m_maxRetransmit, m_nstart,
                                          m_leisure, m_probingRate, m_maxLatency})
        box->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    setParameters(TransmissionParameters{});
}

QDoubleSpinBox *TransmissionEditor::addSeconds(const QString &label, const QString &explanation,
                                               double maximum)
{
    auto *box = new QDoubleSpinBox(this);
    box->setRange(0, maximum);
    box->setDecimals(3);
    box->setSuffix(tr(" s"));
    QString name = label;
    describe(box, name.remove(QLatin1Char('&')).chopped(1), explanation);
    m_form->addRow(label, box);
    return box;
}

void TransmissionEditor::setParameters(const TransmissionParameters &parameters)
{
    const QSignalBlocker blockers[] = {
        QSignalBlocker(m_ackTimeout),    QSignalBlocker(m_randomFactor),
        QSignalBlocker(m_maxRetransmit), QSignalBlocker(m_nstart),
        QSignalBlocker(m_leisure),       QSignalBlocker(m_probingRate),
        QSignalBlocker(m_maxLatency)};
    m_ackTimeout->setValue(double(parameters.ackTimeoutMs) / 1000);
    m_randomFactor->setValue(parameters.ackRandomFactor);
    m_maxRetransmit->setValue(parameters.maxRetransmit);
    m_nstart->setValue(parameters.nstart);
    m_leisure->setValue(double(parameters.defaultLeisureMs) / 1000);
    m_probingRate->setValue(parameters.probingRateBytesPerSecond);
    m_maxLatency->setValue(double(parameters.maxLatencyMs) / 1000);
    refresh();
}

TransmissionParameters TransmissionEditor::parameters() const
{
    TransmissionParameters parameters;
    parameters.ackTimeoutMs = std::llround(m_ackTimeout->value() * 1000);
    parameters.ackRandomFactor = m_randomFactor->value();
    parameters.maxRetransmit = m_maxRetransmit->value();
    parameters.nstart = m_nstart->value();
    parameters.defaultLeisureMs = std::llround(m_leisure->value() * 1000);
    parameters.probingRateBytesPerSecond = m_probingRate->value();
    parameters.maxLatencyMs = std::llround(m_maxLatency->value() * 1000);
    return parameters;
}

QString TransmissionEditor::problem() const
{
    // The spin boxes' ranges keep out everything validate() refuses; this is the safety net.
    if (const auto problem = parameters().validate())
        return text::describeParameterProblem(*problem);
    return {};
}

void TransmissionEditor::refresh()
{
    const TransmissionParameters p = parameters();
    m_derived->setText(tr("A confirmable request is given up after %1 s (MAX_TRANSMIT_WAIT); "
                          "message IDs are remembered for %2 s (EXCHANGE_LIFETIME).")
                           .arg(double(p.maxTransmitWaitMs()) / 1000)
                           .arg(double(p.exchangeLifetimeMs()) / 1000));
}

} // namespace coapscope
