// SPDX-License-Identifier: BSD-2-Clause
// coapscope-cli: the command-line companion. Picks the command and hands it its arguments.

#include "benchcommand.h"
#include "common/buildinfo.h"
#include "decodecommand.h"
#include "discovercommand.h"
#include "exitstatus.h"
#include "requestcommand.h"
#include "servecommand.h"
#include "text/translations.h"
#include "text/versiontext.h"
#include "tracecommand.h"

#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace {

QString usage()
{
    return QCoreApplication::translate(
               "main",
               "Usage: coapscope-cli [--lang CODE] COMMAND [OPTIONS]\n"
               "\n"
               "Explore and debug CoAP sessions from the command line.\n"
               "\n"
               "Commands:\n"
               "  get|post|put|delete|fetch|patch|ipatch URI   Send a request, print the payload\n"
               "  observe URI [--count N]       Print notifications as they arrive\n"
               "  discover URI [--filter Q]     List the resources of /.well-known/core\n"
               "  ping URI                      Check that an endpoint answers (Empty CON)\n"
               "  serve [--listen URI]...       Run the embedded demo server\n"
               "  bench URI [--requests N] [--concurrency C]   Load generator\n"
               "  decode HEX [--tcp] [--json]   Decode a CoAP message given as hex bytes\n"
               "  trace FILE [--json]           Print a pcap or pcapng capture's CoAP, decoded\n"
               "\n"
               "Options:\n"
               "  -h, --help       Show this help; COMMAND --help shows a command's options\n"
               "  -v, --version    Show the versions of CoapScope, Qt and OpenSSL\n"
               "  --lang CODE      Show the text in this language (%1) instead of the system's\n"
               "\n"
               "Exit status: 0 success, 1 malformed input or an error response, 2 usage error,\n"
               "3 network failure or timeout, 4 security failure.\n")
        .arg(coapscope::text::availableLanguages().join(QStringLiteral(", ")));
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace coapscope;
    // Qt's own event loop rather than GLib's: with GLib every change to a socket notifier
    // (QTcpSocket makes four per message) also writes to the loop's wake-up eventfd. Nothing
    // here needs GLib; an empty QT_NO_GLIB in the environment keeps it.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("coapscope-cli"));
    QCoreApplication::setApplicationVersion(BuildInfo::applicationVersion());
    // --lang goes before the command, like --help and --version: each command parses the rest.
    QStringList arguments = QCoreApplication::arguments();
    std::optional<QString> language;
    while (std::optional<QString> code = text::takeLanguageOption(arguments, 1))
        language = code;
    if (!text::installTranslations(app, language)) {
        QTextStream(stderr) << text::unknownLanguageText(*language) << '\n';
        return cli::ExitUsage;
    }

    const QString first = arguments.value(1);
    if (first.isEmpty()) {
        QTextStream(stderr) << usage();
        return cli::ExitUsage;
    }
    if (first == QLatin1StringView("-h") || first == QLatin1StringView("--help") ||
        first == QLatin1StringView("help")) {
        QTextStream(stdout) << usage();
        return cli::ExitSuccess;
    }
    if (first == QLatin1StringView("-v") || first == QLatin1StringView("--version")) {
        QTextStream(stdout) << text::versionText(QStringLiteral("coapscope-cli"));
        return cli::ExitSuccess;
    }
    // Each command parses its own options; it sees itself as argument 0.
    const QStringList commandArguments = arguments.mid(1);
    if (first == QLatin1StringView("decode"))
        return cli::runDecode(commandArguments);
    if (first == QLatin1StringView("trace"))
        return cli::runTrace(commandArguments);
    if (first == QLatin1StringView("bench"))
        return cli::runBench(commandArguments);
    if (first == QLatin1StringView("discover"))
        return cli::runDiscover(commandArguments);
    if (first == QLatin1StringView("observe"))
        return cli::runObserve(commandArguments);
    if (first == QLatin1StringView("ping"))
        return cli::runPing(commandArguments);
    if (first == QLatin1StringView("serve"))
        return cli::runServe(commandArguments);
    for (const MessageCode method :
         {MessageCode::Get, MessageCode::Post, MessageCode::Put, MessageCode::Delete,
          MessageCode::Fetch, MessageCode::Patch, MessageCode::IPatch}) {
        if (first.compare(method.name(), Qt::CaseInsensitive) == 0)
            return cli::runRequest(method, commandArguments);
    }

    QTextStream(stderr)
        << QCoreApplication::translate("main", "Unknown command \"%1\".\n\n").arg(first) << usage();
    return cli::ExitUsage;
}
