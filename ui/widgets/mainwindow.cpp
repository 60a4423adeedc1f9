// SPDX-License-Identifier: BSD-2-Clause
#include "mainwindow.h"

#include "common/buildinfo.h"
#include "decoderpanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace coapscope {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_decoder(new DecoderPanel(this))
{
    setWindowTitle(tr("CoapScope"));
    setCentralWidget(m_decoder);
    createMenus();
    statusBar()->showMessage(tr("Ready"));

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(900, 600);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About CoapScope"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CoapScope"),
                       tr("<h3>CoapScope %1</h3>"
                          "<p>Explore and debug CoAP sessions over UDP, DTLS, TCP and TLS.</p>"
                          "<p>Qt %2<br>%3</p>"
                          "<p>Licensed under the BSD 2-Clause license.</p>")
                           .arg(BuildInfo::applicationVersion().toHtmlEscaped(),
                                BuildInfo::qtRuntimeVersion().toHtmlEscaped(),
                                BuildInfo::openSslVersion().toHtmlEscaped()));
}

} // namespace coapscope
