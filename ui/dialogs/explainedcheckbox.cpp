// SPDX-License-Identifier: BSD-2-Clause
#include "explainedcheckbox.h"

#include <QCheckBox>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace coapscope {

ExplainedCheckBox::ExplainedCheckBox(const QString &text, const QString &explanation,
                                     QWidget *parent)
    : QWidget(parent)
    , m_box(new QCheckBox(text, this))
    , m_explanation(new QLabel(explanation, this))
{
    m_box->setAccessibleDescription(explanation);
    // One line, as promised: a wrapped label inside a form row is squeezed to nothing by
    // QFormLayout's height-for-width handling.
    m_explanation->setWordWrap(false);
    m_explanation->setTextFormat(Qt::PlainText);
    // A quieter colour from the palette, so it stays readable in dark themes.
    m_explanation->setForegroundRole(QPalette::PlaceholderText);
    // Lined up with the box's text rather than with the box.
    const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, m_box) +
                       style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, m_box);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_box);
    layout->addWidget(m_explanation);
    m_explanation->setContentsMargins(indent, 0, 0, 0);
    setFocusProxy(m_box);
    connect(m_box, &QCheckBox::toggled, this, &ExplainedCheckBox::toggled);
}

QString ExplainedCheckBox::explanation() const
{
    return m_explanation->text();
}

bool ExplainedCheckBox::isChecked() const
{
    return m_box->isChecked();
}

void ExplainedCheckBox::setChecked(bool checked)
{
    m_box->setChecked(checked);
}

} // namespace coapscope
