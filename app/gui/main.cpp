// SPDX-License-Identifier: BSD-2-Clause
// coapscope: the desktop application. Parses arguments and opens the main window.

#include "common/buildinfo.h"
#include "text/translations.h"
#include "text/versiontext.h"
#include "widgets/decoderpanel.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CoapScope"));
    QApplication::setOrganizationName(QStringLiteral("CoapScope"));
    QApplication::setApplicationVersion(coapscope::BuildInfo::applicationVersion());
    QApplication::setDesktopFileName(QStringLiteral("io.github.coapscope.CoapScope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/coapscope.png")));
    coapscope::text::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Explore and debug CoAP sessions over UDP, DTLS, TCP and TLS."));
    parser.addHelpOption();
    const QCommandLineOption versionOption(
        {QStringLiteral("v"), QStringLiteral("version")},
        QApplication::translate("main", "Show the versions of CoapScope, Qt and OpenSSL."));
    parser.addOption(versionOption);
    const QCommandLineOption decodeOption(
        QStringLiteral("decode"),
        QApplication::translate("main", "Start with these message bytes (hex) in the decoder."),
        QStringLiteral("hex"));
    parser.addOption(decodeOption);
    parser.process(app);

    if (parser.isSet(versionOption)) {
        std::fputs(qPrintable(coapscope::text::versionText(QStringLiteral("coapscope"))), stdout);
        return 0;
    }

    coapscope::MainWindow window;
    if (parser.isSet(decodeOption))
        window.decoderPanel()->setInput(parser.value(decodeOption));
    window.show();
    return QApplication::exec();
}
