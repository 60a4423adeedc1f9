// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace coapscope {

class TraceModel;

// Every datagram the engine saw, newest at the bottom: a table that follows new traffic
// unless the user scrolls away, a free-text filter, and the selected datagram decoded field
// by field beside its hex dump.
class TracePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TracePanel(TraceModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    void setFilterText(const QString &text);
    QString decodedText() const;

private:
    void applyFilter();
    void showCurrent();
    void followNewRows();

    TraceModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_follow;
    QTableView *m_view;
    QPlainTextEdit *m_decoded;
    QPlainTextEdit *m_hex;
    QLabel *m_count;
    QTimer m_filterDelay;
};

} // namespace coapscope
