// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace coapscope {

class Message;

// Paste the bytes of a datagram or of TCP frames as hex and see them decoded field by field,
// or see exactly which byte is wrong.
class DecoderPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DecoderPanel(QWidget *parent = nullptr);

    void setInput(const QString &hex);

private:
    void decode();
    void showMessage(const Message &message, bool datagram, const QString &title);
    void showError(const QString &text);

    QPlainTextEdit *m_input;
    QComboBox *m_framing;
    QTreeWidget *m_tree;
    QLabel *m_status;
};

} // namespace coapscope
