// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QWidget>

class QComboBox;
class QTableView;

namespace coapscope {

class LogLevelFilter;
class LogModel;

// The log: what happened, newest at the bottom, filtered by level. Follows new entries while the
// user stays at the bottom; stays put once they scroll up to read.
class LogPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LogPanel(LogModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

private:
    void followNewEntries();

    LogModel *m_model;
    LogLevelFilter *m_filter;
    QComboBox *m_level;
    QTableView *m_view;
    bool m_atBottom = true;
};

} // namespace coapscope
