// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QWidget>

class QLabel;

namespace coapscope {

// A problem shown right where it happened: a warning icon and the words, hidden while there is
// none. The icon comes from the style and the text uses the palette, so it reads in light and
// dark themes alike.
class ProblemLabel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemLabel(QWidget *parent = nullptr);

    QString problem() const;
    // An empty text hides the label.
    void setProblem(const QString &text);
    void clear() { setProblem(QString()); }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace coapscope
