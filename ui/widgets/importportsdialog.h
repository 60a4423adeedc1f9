// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QDialog>
#include <QList>

#include <optional>

class QLineEdit;

namespace coapscope {

class FieldProblem;

// Asks which ports besides CoAP's own to decode when importing a capture. Empty is the usual
// answer; what is not a list of ports is refused right under the field.
class ImportPortsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportPortsDialog(const QString &fileName, QWidget *parent = nullptr);

    void setPortsText(const QString &text);
    QString portsText() const;
    QList<quint16> ports() const { return m_chosen; }

    void accept() override;

private:
    QLineEdit *m_portsEdit;
    FieldProblem *m_problem;
    QList<quint16> m_chosen;
};

} // namespace coapscope
