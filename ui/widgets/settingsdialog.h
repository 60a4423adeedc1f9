// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "session/transmissionparameters.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace coapscope {

// The client's transmission parameters (RFC 7252 §4.8) and session defaults, with the derived
// lifetimes shown as they change. Applies to sessions opened afterwards, as libcoap does.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void setParameters(const TransmissionParameters &parameters);
    TransmissionParameters parameters() const;
    void setDefaultMtu(int mtu);
    int defaultMtu() const;
    // The current problem in words, or empty when the settings are usable.
    QString problem() const;

private:
    void update();

    QDoubleSpinBox *m_ackTimeout;
    QDoubleSpinBox *m_randomFactor;
    QSpinBox *m_maxRetransmit;
    QSpinBox *m_nstart;
    QDoubleSpinBox *m_leisure;
    QDoubleSpinBox *m_probingRate;
    QDoubleSpinBox *m_maxLatency;
    QSpinBox *m_mtu;
    QLabel *m_derived;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace coapscope
