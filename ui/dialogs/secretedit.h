// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "secrettext.h"

#include <QByteArray>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLineEdit;
class QToolButton;

namespace coapscope {

class FieldProblem;

// A key typed as text or as hex digits, masked until revealed. The Hex box says how the text
// is read; ticking it never rewrites what was typed, so a slip loses nothing.
class SecretEdit : public QWidget
{
    Q_OBJECT

public:
    // name is the field's name ("Key") for the accessible names of its parts.
    explicit SecretEdit(const QString &name, QWidget *parent = nullptr);

    // The bytes, or nullopt while the hex digits cannot be read. Empty text gives empty bytes.
    std::optional<QByteArray> value() const;
    // Text when the bytes are printable UTF-8 text, hex digits otherwise.
    void setValue(const QByteArray &bytes);
    // What was typed, and whether it is read as hex.
    SecretText secret() const;
    void setSecret(const SecretText &secret);
    QString text() const;
    bool isEmpty() const;

    bool isHex() const;
    void setHex(bool hex);
    bool isRevealed() const;
    void setRevealed(bool revealed);

    // Why the text cannot be read as hex, or empty.
    QString problem() const;

    QLineEdit *lineEdit() const { return m_edit; }
    QCheckBox *hexBox() const { return m_hex; }
    QToolButton *revealButton() const { return m_reveal; }

signals:
    void changed();

private:
    void update();

    QLineEdit *m_edit;
    QCheckBox *m_hex;
    QToolButton *m_reveal;
    FieldProblem *m_problem;
};

} // namespace coapscope
