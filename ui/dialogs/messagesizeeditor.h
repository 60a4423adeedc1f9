// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QWidget>

#include <optional>

class QComboBox;
class QLineEdit;

namespace coapscope {

class FieldProblem;

// A profile's message sizes: the session's MTU (empty for the application's default, else
// Session::MinimumMtu..MaximumMtu, checked as it is typed) and the preferred block size of
// block-wise transfers (automatic, or 16 to 1024 bytes).
class MessageSizeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MessageSizeEditor(QWidget *parent = nullptr);

    void setSizes(std::optional<int> mtu, int blockSize);
    // The MTU typed, or the last valid one while what is typed is not (see problem()).
    std::optional<int> mtu() const { return m_mtu; }
    int blockSize() const;
    // Why the MTU typed cannot be used; empty when it can.
    QString problem() const;

    QLineEdit *mtuEdit() const { return m_mtuEdit; }
    QComboBox *blockSizeBox() const { return m_blockSize; }

signals:
    void edited();

private:
    void takeMtu();

    QLineEdit *m_mtuEdit;
    FieldProblem *m_mtuProblem;
    QComboBox *m_blockSize;
    std::optional<int> m_mtu;
};

} // namespace coapscope
