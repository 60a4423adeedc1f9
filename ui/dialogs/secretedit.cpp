// SPDX-License-Identifier: BSD-2-Clause
#include "secretedit.h"

#include "fieldproblem.h"
#include "secrettext.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QToolButton>

namespace coapscope {

SecretEdit::SecretEdit(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_hex(new QCheckBox(tr("He&x"), this))
    , m_reveal(new QToolButton(this))
    , m_problem(new FieldProblem(this))
{
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(name);
    m_hex->setAccessibleName(tr("%1 in hexadecimal").arg(name));
    m_hex->setToolTip(tr("Read the text as hexadecimal digits, two per byte"));
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setAccessibleName(tr("Show %1").arg(name));
    m_reveal->setToolTip(tr("Show or hide the characters"));
    // A tool button takes no Tab focus by default; the keyboard must reach it too.
    m_reveal->setFocusPolicy(Qt::StrongFocus);
    m_problem->setObjectName(QStringLiteral("secretProblem"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 0, 0);
    layout->addWidget(m_hex, 0, 1);
    layout->addWidget(m_reveal, 0, 2);
    layout->addWidget(m_problem, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, &SecretEdit::update);
    connect(m_hex, &QCheckBox::toggled, this, &SecretEdit::update);
    connect(m_reveal, &QToolButton::toggled, this, [this](bool revealed) {
        m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(revealed ? tr("Hide") : tr("Show"));
    });
}

std::optional<QByteArray> SecretEdit::value() const
{
    return secret().bytes();
}

void SecretEdit::setValue(const QByteArray &bytes)
{
    setSecret(SecretText::fromBytes(bytes));
}

SecretText SecretEdit::secret() const
{
    return SecretText{m_edit->text(), m_hex->isChecked()};
}

void SecretEdit::setSecret(const SecretText &secret)
{
    const QSignalBlocker blocker(m_hex);
    m_hex->setChecked(secret.hex);
    m_edit->setText(secret.text);
    update();
}

QString SecretEdit::text() const
{
    return m_edit->text();
}

bool SecretEdit::isEmpty() const
{
    return m_edit->text().isEmpty();
}

bool SecretEdit::isHex() const
{
    return m_hex->isChecked();
}

void SecretEdit::setHex(bool hex)
{
    m_hex->setChecked(hex);
}

bool SecretEdit::isRevealed() const
{
    return m_reveal->isChecked();
}

void SecretEdit::setRevealed(bool revealed)
{
    m_reveal->setChecked(revealed);
}

QString SecretEdit::problem() const
{
    return m_problem->text();
}

void SecretEdit::update()
{
    QString problem;
    secret().bytes(&problem);
    m_problem->setText(problem);
    emit changed();
}

} // namespace coapscope
