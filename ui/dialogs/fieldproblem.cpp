// SPDX-License-Identifier: BSD-2-Clause
#include "fieldproblem.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace coapscope {

FieldProblem::FieldProblem(QWidget *parent, Severity severity)
    : QWidget(parent)
    , m_severity(severity)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    // Selectable, so a path or an OpenSSL reason can be copied into a search or a report.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    // Beside the icon even when the layout hands the text more height than it needs.
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    updateIcon();
    setVisible(false);
}

QString FieldProblem::text() const
{
    return m_text->text();
}

void FieldProblem::setText(const QString &text)
{
    m_text->setText(text);
    // Screen readers read the widget's description; the inner labels take no focus.
    setAccessibleName(text);
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

void FieldProblem::setText(const QString &text, Severity severity)
{
    if (severity != m_severity) {
        m_severity = severity;
        updateIcon();
    }
    setText(text);
}

QSize FieldProblem::minimumSizeHint() const
{
    // A wrapped label asks for the height it would need at a narrow width; layouts that do not
    // pass widths down (tab pages) then reserve that much and leave a gap. One line is the
    // least it needs; the layout gives it more when the text wraps.
    const QSize hint = QWidget::minimumSizeHint();
    const int oneLine = std::max(m_icon->sizeHint().height(), fontMetrics().height());
    return QSize(hint.width(), std::min(hint.height(), oneLine));
}

void FieldProblem::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        updateIcon();
    QWidget::changeEvent(event);
}

void FieldProblem::updateIcon()
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    if (m_severity == Severity::Error)
        pixmap = QStyle::SP_MessageBoxCritical;
    else if (m_severity == Severity::Warning)
        pixmap = QStyle::SP_MessageBoxWarning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
}

} // namespace coapscope
