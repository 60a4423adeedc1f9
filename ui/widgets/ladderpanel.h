// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;

namespace coapscope {

class LadderLayout;
class LadderView;
class TraceModel;

// The Timeline tab: a ladder diagram of one session, a chooser of the sessions in the trace,
// zoom buttons and a legend of the colours.
class LadderPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LadderPanel(TraceModel *model, QWidget *parent = nullptr);

    LadderView *view() const { return m_view; }
    LadderLayout *layout() const { return m_layout; }
    QComboBox *sessionChooser() const { return m_sessions; }
    // Shows this session (if it is in the trace).
    void showSession(quint64 sessionId);

public slots:
    // Shows the row's session and selects the row's arrow.
    void selectRow(int traceModelRow);

signals:
    void rowActivated(int traceModelRow);

protected:
    void changeEvent(QEvent *event) override;

private:
    void findSessions(int firstRow, int lastRow);
    void updateLegend();

    TraceModel *m_model;
    LadderLayout *m_layout;
    LadderView *m_view;
    QComboBox *m_sessions;
    QLabel *m_legend;
    QSet<quint64> m_known;
};

} // namespace coapscope
