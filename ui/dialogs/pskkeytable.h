// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "secrettext.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QWidget>

#include <optional>

class QLineEdit;
class QPushButton;
class QTableWidget;

namespace coapscope {

class FieldProblem;
class SecretEdit;

// A server's keys by client identity: the list above, the selected one's identity and key
// below. Keys are never shown in the list, only in the key field when revealed. What was typed
// is kept as typed, bad hex digits included, until it is fixed.
class PskKeyTable : public QWidget
{
    Q_OBJECT

public:
    explicit PskKeyTable(QWidget *parent = nullptr);

    void setKeys(const QHash<QByteArray, QByteArray> &keys);
    // nullopt while problem() is not empty.
    std::optional<QHash<QByteArray, QByteArray>> keys() const;
    QString problem() const;

    int rowCount() const { return int(m_rows.size()); }
    // Adds a row and selects it.
    void addRow();
    void removeSelectedRow();
    void selectRow(int row);

    QTableWidget *table() const { return m_table; }
    QLineEdit *identityEdit() const { return m_identity; }
    SecretEdit *keyEdit() const { return m_key; }

signals:
    void changed();

private:
    struct Row
    {
        QString identity;
        SecretText key;
    };

    void showRow(int row);
    void takeEdits();
    void refreshTable();
    QString rowProblem(int row) const;

    QList<Row> m_rows;
    int m_current = -1;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLineEdit *m_identity;
    SecretEdit *m_key;
    FieldProblem *m_problem;
};

} // namespace coapscope
