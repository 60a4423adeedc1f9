// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QMainWindow>

namespace coapscope {

class DecoderPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    DecoderPanel *decoderPanel() const { return m_decoder; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showAbout();

    DecoderPanel *m_decoder;
};

} // namespace coapscope
