// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/option.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QTableView;

namespace coapscope {

class OptionsTableModel;
class FieldProblem;

// Extra options for a request: any registered option by name, any other by number, values
// checked as they are typed (numbers, text, hex for opaque values).
class OptionsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit OptionsEditor(QWidget *parent = nullptr);

    OptionsTableModel *model() const { return m_model; }
    // Appends a row, e.g. addOption("Uri-Query", "a=1").
    void addOption(const QString &option, const QString &value);
    // The options in table order; nullopt when a row has a problem, which is then shown (and
    // returned in *problem) and its cell selected.
    std::optional<QList<Option>> options(QString *problem = nullptr);
    int optionCount() const;

signals:
    void optionCountChanged(int count);

private:
    void addRow();
    void removeSelectedRows();
    void showFirstProblem();

    OptionsTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    FieldProblem *m_problem;
};

} // namespace coapscope
