// SPDX-License-Identifier: BSD-2-Clause
#include "importportsdialog.h"

#include "dialogs/fieldproblem.h"
#include "text/portlistinput.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coapscope {

ImportPortsDialog::ImportPortsDialog(const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_portsEdit(new QLineEdit(this))
    , m_problem(new FieldProblem(this))
{
    setWindowTitle(tr("Import Trace"));
    auto *intro = new QLabel(tr("CoAP is decoded on UDP port 5683, TCP ports 5683 and 5684, and "
                                "wherever CoapScope's own captures say it is. Name other ports "
                                "if %1 uses them.")
                                 .arg(fileName),
                             this);
    intro->setWordWrap(true);
    intro->setMinimumWidth(440); // a wrapped label asks for little width, and gets squeezed
    m_portsEdit->setPlaceholderText(tr("for example 15683, 25683"));
    m_portsEdit->setAccessibleName(tr("Extra CoAP ports"));
    m_portsEdit->setClearButtonEnabled(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_portsEdit, &QLineEdit::textEdited, m_problem, &FieldProblem::clear);

    auto *form = new QFormLayout;
    form->addRow(tr("Also decode UDP/TCP &ports:"), m_portsEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    // Grows and shrinks with the problem shown under the field.
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

void ImportPortsDialog::setPortsText(const QString &text)
{
    m_portsEdit->setText(text);
}

QString ImportPortsDialog::portsText() const
{
    return m_portsEdit->text();
}

void ImportPortsDialog::accept()
{
    const auto ports = text::parsePortList(m_portsEdit->text());
    if (!ports) {
        m_problem->setText(ports.error());
        m_portsEdit->setFocus();
        return;
    }
    m_chosen = *ports;
    QDialog::accept();
}

} // namespace coapscope
