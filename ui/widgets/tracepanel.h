// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace coapscope {

class HexView;
class FieldProblem;
class TraceDecodeTree;
class TraceFilterModel;
class TraceModel;

// Every datagram the engine saw, newest at the bottom: a table that follows new traffic
// unless the user scrolls away, a filter bar ("session:3 code:4.xx path:/obs words") that
// searches in the background, and the selected datagram as a decode tree beside its hex dump,
// the bytes of the chosen field highlighted.
class TracePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TracePanel(TraceModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // Applies at once (the search itself runs in the background; see filterModel()).
    void setFilterText(const QString &text);
    // The selected datagram's decode tree as indented text.
    QString decodedText() const;

    TraceFilterModel *filterModel() const { return m_proxy; }
    TraceDecodeTree *decodeTree() const { return m_tree; }
    HexView *hexView() const { return m_hex; }
    // What the filter bar says about the filter: its problem, if any.
    QString filterProblem() const;
    QString statusText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyFilter();
    void showCurrent();
    void followNewRows();
    void updateStatus();

    TraceModel *m_model;
    TraceFilterModel *m_proxy;
    QLineEdit *m_filter;
    FieldProblem *m_problem;
    QLabel *m_progress;
    QPushButton *m_cancel;
    QCheckBox *m_follow;
    QTableView *m_view;
    TraceDecodeTree *m_tree;
    HexView *m_hex;
    QLabel *m_count;
    QTimer m_filterDelay;
    bool m_cancelled = false;
};

} // namespace coapscope
