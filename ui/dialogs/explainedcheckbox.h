// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;

namespace coapscope {

// A check box with one line below it saying what ticking it does (keep it short: it does not
// wrap). The explanation is also the
// box's accessible description, so a screen reader says it with the box.
class ExplainedCheckBox : public QWidget
{
    Q_OBJECT

public:
    ExplainedCheckBox(const QString &text, const QString &explanation, QWidget *parent = nullptr);

    QCheckBox *checkBox() const { return m_box; }
    QString explanation() const;
    bool isChecked() const;
    void setChecked(bool checked);

signals:
    void toggled(bool checked);

private:
    QCheckBox *m_box;
    QLabel *m_explanation;
};

} // namespace coapscope
