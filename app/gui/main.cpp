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
#include <optional>

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
    // Read before parsing (see requestedLanguage); declared so that --help lists it.
    QCommandLineOption language{
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Show the text in this language (%1) instead of the "
                                            "system's.")
            .arg(coapscope::text::availableLanguages().join(QStringLiteral(", "))),
        QStringLiteral("code")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main", "Explore and debug CoAP sessions over UDP, DTLS, TCP and TLS."));
        parser.addHelpOption();
        parser.addOption(version);
        parser.addOption(decode);
        parser.addOption(demo);
        parser.addOption(language);
    }
};

constexpr int exitUsage = 2; // as coapscope-cli's usage errors

// The language has to be known before the parser runs, since the option descriptions and
// --help are translated. The last --lang wins, as with other options.
std::optional<QString> requestedLanguage()
{
    QStringList arguments = QCoreApplication::arguments();
    std::optional<QString> language;
    for (qsizetype i = 1; i < arguments.size() && arguments.at(i) != QLatin1StringView("--");) {
        if (std::optional<QString> code = coapscope::text::takeLanguageOption(arguments, i))
            language = code;
        else
            ++i;
    }
    return language;
}

// Returns false after saying on standard error that --lang names a language we do not ship.
bool describeApplication(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("CoapScope"));
    QCoreApplication::setOrganizationName(QStringLiteral("CoapScope"));
    QCoreApplication::setApplicationVersion(coapscope::BuildInfo::applicationVersion());
    const std::optional<QString> language = requestedLanguage();
    if (coapscope::text::installTranslations(app, language))
        return true;
    std::fputs(qPrintable(coapscope::text::unknownLanguageText(*language) + u'\n'), stderr);
    return false;
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
    if (!describeApplication(app))
        return exitUsage;
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
    if (!describeApplication(app))
        return exitUsage;
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
