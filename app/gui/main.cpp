// SPDX-License-Identifier: BSD-2-Clause
// coapscope: the desktop application. Parses arguments and opens the main window.

#include "common/buildinfo.h"
#include "models/workspace.h"
#include "text/translations.h"
#include "text/versiontext.h"
#include "widgets/appicons.h"
#include "widgets/decoderpanel.h"
#include "widgets/demostartup.h"
#include "widgets/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <cstring>

namespace {

struct Options
{
    QCommandLineOption version{
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("main", "Show the versions of CoapScope, Qt and OpenSSL.")};
    QCommandLineOption decode{
        QStringLiteral("decode"),
        QCoreApplication::translate("main", "Start with these message bytes (hex) in the decoder."),
        QStringLiteral("hex")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate(
                                "main", "Start the embedded demo server on UDP, DTLS, TCP and TLS "
                                        "and open client sessions to it.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Explore and debug CoAP sessions over UDP, DTLS, TCP and TLS."));
        parser.addHelpOption();
        parser.addOption(version);
        parser.addOption(decode);
        parser.addOption(demo);
    }
};

void describeApplication(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("CoapScope"));
    QCoreApplication::setOrganizationName(QStringLiteral("CoapScope"));
    QCoreApplication::setApplicationVersion(coapscope::BuildInfo::applicationVersion());
    coapscope::text::installTranslations(app);
}

// --help and --version must work without a display (over ssh, in scripts, in packaging).
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

int printTextAndExit(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    describeApplication(app);
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app); // prints help and exits when asked to
    std::fputs(qPrintable(coapscope::text::versionText(QStringLiteral("coapscope"))), stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksOnlyForText(argc, argv))
        return printTextAndExit(argc, argv);

    QApplication app(argc, argv);
    describeApplication(app);
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.coapscope.CoapScope"));
    QApplication::setWindowIcon(coapscope::applicationIcon());

    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.process(app);

    coapscope::Workspace workspace;
    coapscope::MainWindow window(&workspace);
    if (parser.isSet(options.decode))
        window.decoderPanel()->setInput(parser.value(options.decode));
    window.show();
    if (parser.isSet(options.demo))
        coapscope::startDemo(window);
    return QApplication::exec();
}
