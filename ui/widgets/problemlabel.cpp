// SPDX-License-Identifier: BSD-2-Clause
#include "problemlabel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace coapscope {

ProblemLabel::ProblemLabel(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_icon->setAlignment(Qt::AlignTop);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    updateIcon();
    setVisible(false);
}

QString ProblemLabel::problem() const
{
    return m_text->text();
}

void ProblemLabel::setProblem(const QString &text)
{
    m_text->setText(text);
    // Assistive technology reads the widget's description; the inner label is not focusable.
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

void ProblemLabel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        updateIcon();
    QWidget::changeEvent(event);
}

void ProblemLabel::updateIcon()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
}

} // namespace coapscope
