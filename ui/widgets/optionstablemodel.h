// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/option.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <optional>

namespace coapscope {

// The options a request is to carry, as the user typed them: an option (name or number) and a
// value per row. Rows are checked as they change; a row left entirely empty is ignored, and
// nothing typed is ever rewritten.
class OptionsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        OptionColumn,
        ValueColumn,
        CheckColumn, // what the value should look like, or what is wrong with it
        ColumnCount
    };

    struct Problem
    {
        int row = -1;
        Column column = OptionColumn;
        QString text;
    };

    explicit OptionsTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    // Appends a row and returns its number.
    int addOption(const QString &option = QString(), const QString &value = QString());
    // The problem with row, if any.
    std::optional<Problem> problemAt(int row) const;
    // Every row's option in table order, or the first problem.
    std::optional<QList<Option>> options(Problem *problem = nullptr) const;

    // Shown beside a row with a problem; the view supplies it from its style.
    void setProblemIcon(const QIcon &icon) { m_problemIcon = icon; }

private:
    struct Row
    {
        QString option;
        QString value;
    };
    bool isBlank(int row) const;

    QList<Row> m_rows;
    QIcon m_problemIcon;
};

} // namespace coapscope
