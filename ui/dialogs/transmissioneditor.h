// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "session/transmissionparameters.h"

#include <QWidget>

class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace coapscope {

// RFC 7252 §4.8's transmission parameters, in seconds where the RFC counts seconds, with what
// they add up to and a way back to the RFC's defaults.
class TransmissionEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TransmissionEditor(QWidget *parent = nullptr);

    void setParameters(const TransmissionParameters &parameters);
    TransmissionParameters parameters() const;
    // Empty while the parameters are usable.
    QString problem() const;

    QDoubleSpinBox *ackTimeoutBox() const { return m_ackTimeout; }
    QSpinBox *maxRetransmitBox() const { return m_maxRetransmit; }

signals:
    void edited();

private:
    QDoubleSpinBox *addSeconds(const QString &label, const QString &explanation, double maximum);
    void refresh();

    QFormLayout *m_form;
    QDoubleSpinBox *m_ackTimeout;
    QDoubleSpinBox *m_randomFactor;
    QSpinBox *m_maxRetransmit;
    QSpinBox *m_nstart;
    QDoubleSpinBox *m_leisure;
    QDoubleSpinBox *m_probingRate;
    QDoubleSpinBox *m_maxLatency;
    QLabel *m_derived;
};

} // namespace coapscope
