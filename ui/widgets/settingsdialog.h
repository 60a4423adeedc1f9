// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "session/transmissionparameters.h"

#include <QDialog>

class QDialogButtonBox;
class QSpinBox;

namespace coapscope {

class FieldProblem;
class MessageSizeEditor;
class TransmissionEditor;

// File ▸ Settings: the client's transmission parameters (RFC 7252 §4.8), the MTU and block
// size new sessions and requests start with, and busy polling. The same editors as a
// connection profile's, so both explain and check the values alike.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void setParameters(const TransmissionParameters &parameters);
    TransmissionParameters parameters() const;
    void setDefaultMtu(int mtu);
    int defaultMtu() const;
    // 0 lets block-wise transfers choose; else 16 to 1024.
    void setDefaultBlockSize(int blockSize);
    int defaultBlockSize() const;
    // Microseconds, 0 to Context::MaxBusyPollLimitUs; 0 never polls.
    void setBusyPollUs(qint64 microseconds);
    qint64 busyPollUs() const;
    // The current problem in words, or empty when the settings are usable.
    QString problem() const;

    TransmissionEditor *transmissionEditor() const { return m_transmission; }
    MessageSizeEditor *sizeEditor() const { return m_sizes; }
    QSpinBox *busyPollBox() const { return m_busyPoll; }

private:
    void update();

    TransmissionEditor *m_transmission;
    MessageSizeEditor *m_sizes;
    QSpinBox *m_busyPoll;
    FieldProblem *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace coapscope
