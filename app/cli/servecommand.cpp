// SPDX-License-Identifier: BSD-2-Clause
#include "servecommand.h"

#include "codec/uri.h"
#include "exitstatus.h"
#include "server/demoserver.h"
#include "session/context.h"
#include "session/endpoint.h"
#include "signalwatcher.h"
#include "text/networkerrortext.h"
#include "text/urierrortext.h"
#include "verbosetracer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>

namespace coapscope::cli {

namespace {

struct ServeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ServeCommand)
};

} // namespace

int runServe(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ServeCommand::tr("Run the embedded demo server (the ETSI CoAP plugtest resources)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("listen"),
                      ServeCommand::tr("Listen on URI (repeatable; default coap://127.0.0.1:5683). "
                                       "The host must be an IP address."),
                      QStringLiteral("uri")});
    parser.addOption({QStringLiteral("verbose"),
                      ServeCommand::tr("Print one line per datagram on standard error.")});
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitSuccess;
    }
    if (!parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << ServeCommand::tr(
                                   "serve: unexpected argument \"%1\"; use --listen URI\n")
                                   .arg(parser.positionalArguments().first());
        return ExitUsage;
    }
    QStringList listen = parser.values(QStringLiteral("listen"));
    if (listen.isEmpty())
        listen.append(QStringLiteral("coap://127.0.0.1:5683"));

    // Before anything is announced: whoever sees "Serving" may stop us at once.
    SignalWatcher signalWatcher;
    Context context;
    VerboseTracer tracer;
    if (parser.isSet(QStringLiteral("verbose")))
        context.addTracer(&tracer);
    new DemoServer(&context);

    for (const QString &text : std::as_const(listen)) {
        const auto uri = Uri::parse(text);
        if (!uri) {
            QTextStream(stderr) << ServeCommand::tr("serve: invalid URI %1: %2\n")
                                       .arg(text, text::describeUriError(uri.error()));
            return ExitUsage;
        }
        if (uri->scheme() != UriScheme::Coap) {
            QTextStream(stderr) << ServeCommand::tr("serve: %1 is not available yet: only coap:// "
                                                    "(UDP) for now\n")
                                       .arg(QString(Uri::schemeName(uri->scheme())));
            return ExitUsage;
        }
        QHostAddress address;
        if (!address.setAddress(uri->host())) {
            QTextStream(stderr) << ServeCommand::tr("serve: listen on an IP address, not \"%1\"\n")
                                       .arg(uri->host());
            return ExitUsage;
        }
        const auto endpoint =
            context.addEndpoint(Protocol::Udp, SocketAddress{address, uri->port()});
        if (!endpoint) {
            QTextStream(stderr) << ServeCommand::tr("serve: cannot listen on %1: %2\n")
                                       .arg(text, text::describeSessionError(endpoint.error()));
            return ExitNetwork;
        }
        Uri bound = *uri;
        bound.setPort(endpoint.value()->localAddress().port);
        QTextStream(stdout) << ServeCommand::tr("Serving %1 (UDP)\n").arg(bound.toString());
    }
    QTextStream(stdout).flush();
    std::fflush(stdout);

    const int status = QCoreApplication::exec();
    QTextStream(stdout) << ServeCommand::tr("Stopped.\n");
    return status;
}

} // namespace coapscope::cli
