// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QWidget>

class QLabel;

namespace coapscope {

// Words about a field shown right below it, with the style's icon for their weight; hidden
// while there are none. Only the style and the palette give it colour, so it reads in light and
// dark themes alike.
class FieldProblem : public QWidget
{
    Q_OBJECT

public:
    enum class Severity
    {
        Error,   // keeps the dialog from being accepted
        Warning, // worth knowing, accepted all the same
        Note,
    };

    explicit FieldProblem(QWidget *parent = nullptr, Severity severity = Severity::Error);

    QString text() const;
    Severity severity() const { return m_severity; }
    // An empty text hides it.
    void setText(const QString &text);
    void setText(const QString &text, Severity severity);
    void clear() { setText(QString()); }

    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    Severity m_severity;
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace coapscope
