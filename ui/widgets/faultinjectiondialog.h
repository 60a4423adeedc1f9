// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "transport/faultinjection.h"

#include <QDialog>

class QSpinBox;

namespace coapscope {

// Drop, duplicate and delay rates for one session's outgoing datagrams.
class FaultInjectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FaultInjectionDialog(const QString &sessionDescription, QWidget *parent = nullptr);

    void setFaults(const FaultInjection &faults);
    FaultInjection faults() const;

private:
    QSpinBox *m_drop;
    QSpinBox *m_duplicate;
    QSpinBox *m_delay;
};

} // namespace coapscope
