// SPDX-License-Identifier: BSD-2-Clause
#include "servecommand.h"

#include "busypolloption.h"
#include "codec/uri.h"
#include "exitstatus.h"
#include "securityoptions.h"
#include "server/demoserver.h"
#include "session/context.h"
#include "session/endpoint.h"
#include "session/schemeprotocol.h"
#include "signalwatcher.h"
#include "text/networkerrortext.h"
#include "text/urierrortext.h"
#include "traceoutput.h"
#include "transport/faultinjectingtransport.h"
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
    parser.addOption({QStringLiteral("drop-rate"),
                      ServeCommand::tr("Fault injection: lose this share (0 to 1) of the "
                                       "datagrams the server sends."),
                      QStringLiteral("rate")});
    parser.addOption({QStringLiteral("duplicate-rate"),
                      ServeCommand::tr("Fault injection: send this share (0 to 1) twice."),
                      QStringLiteral("rate")});
    parser.addOption({QStringLiteral("delay"),
                      ServeCommand::tr("Fault injection: hold every datagram MS milliseconds."),
                      QStringLiteral("ms")});
    parser.addOption({QStringLiteral("fault-seed"),
                      ServeCommand::tr("Seed for the fault injection (default 7252), so a run "
                                       "can be repeated exactly."),
                      QStringLiteral("seed")});
    addBusyPollOption(parser);
    addSecurityOptions(parser, DtlsRole::Server);
    addTraceOptions(parser);
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
    // One set of security settings serves every secure endpoint; judge it against the first.
    std::optional<Uri> secureUri;
    for (const QString &text : std::as_const(listen)) {
        const auto uri = Uri::parse(text);
        if (uri && uri->isSecure() && !secureUri)
            secureUri = *uri;
    }
    const auto security = parseSecurityOptions(
        parser, DtlsRole::Server,
        secureUri.value_or(Uri::parse(QStringLiteral("coap://127.0.0.1")).value()));
    if (!security) {
        QTextStream(stderr) << ServeCommand::tr("serve: %1\n").arg(security.error());
        return ExitUsage;
    }
    if (secureUri && !security->pskServer && !security->pki) {
        QTextStream(stderr) << ServeCommand::tr("serve: %1 needs --psk-key, or --cert and --key\n")
                                   .arg(secureUri->toString());
        return ExitUsage;
    }
    bool listensOnDtls = false;
    for (const QString &text : std::as_const(listen)) {
        const auto uri = Uri::parse(text);
        listensOnDtls =
            listensOnDtls || (uri && protocolForScheme(uri->scheme()) == Protocol::Dtls);
    }
    const auto traceOptions = parseTraceOptions(parser, listensOnDtls);
    if (!traceOptions) {
        QTextStream(stderr) << ServeCommand::tr("serve: %1\n").arg(traceOptions.error());
        return ExitUsage;
    }

    // Before anything is announced: whoever sees "Serving" may stop us at once.
    SignalWatcher signalWatcher;
    FaultInjection faults;
    bool ok = true;
    const auto rate = [&](const char *name) {
        bool valid = true;
        const double value = parser.isSet(QLatin1StringView(name))
                                 ? parser.value(QLatin1StringView(name)).toDouble(&valid)
                                 : 0.0;
        ok = ok && valid && value >= 0.0 && value <= 1.0;
        return value;
    };
    faults.dropRate = rate("drop-rate");
    faults.duplicateRate = rate("duplicate-rate");
    if (parser.isSet(QStringLiteral("delay")))
        faults.delayMs = parser.value(QStringLiteral("delay")).toLongLong(&ok);
    const quint32 seed = parser.isSet(QStringLiteral("fault-seed"))
                             ? parser.value(QStringLiteral("fault-seed")).toUInt(&ok)
                             : 7252;
    const auto busyPollUs = parseBusyPollOption(parser);
    if (!busyPollUs) {
        QTextStream(stderr) << ServeCommand::tr("serve: %1\n").arg(busyPollUs.error());
        return ExitUsage;
    }
    if (!ok || faults.delayMs < 0) {
        QTextStream(stderr) << ServeCommand::tr("serve: rates go from 0 to 1, the delay and seed "
                                                "are whole non-negative numbers\n");
        return ExitUsage;
    }

    Context context;
    context.setBusyPollLimitUs(*busyPollUs);
    VerboseTracer tracer;
    if (parser.isSet(QStringLiteral("verbose")))
        context.addTracer(&tracer);
    TraceOutput trace(*traceOptions, context);
    if (faults.isActive()) {
        context.setTransportDecorator([&context, faults, seed](DatagramTransport *inner) {
            auto *faulty = new FaultInjectingTransport(inner, context.clock(), seed);
            faulty->setFaults(faults);
            return faulty;
        });
    }
    new DemoServer(&context);
    SecuritySettings settings = *security;
    settings.preferCaptureDecryptableSuites =
        traceOptions->dtlsExport == TraceCapture::DtlsExport::Records;
    context.setSecurity(settings);

    for (const QString &text : std::as_const(listen)) {
        const auto uri = Uri::parse(text);
        if (!uri) {
            QTextStream(stderr) << ServeCommand::tr("serve: invalid URI %1: %2\n")
                                       .arg(text, text::describeUriError(uri.error()));
            return ExitUsage;
        }
        const Protocol protocol = protocolForScheme(uri->scheme());
        QHostAddress address;
        if (!address.setAddress(uri->host())) {
            QTextStream(stderr) << ServeCommand::tr("serve: listen on an IP address, not \"%1\"\n")
                                       .arg(uri->host());
            return ExitUsage;
        }
        const auto endpoint = context.addEndpoint(protocol, SocketAddress{address, uri->port()});
        if (!endpoint) {
            QTextStream(stderr) << ServeCommand::tr("serve: cannot listen on %1: %2\n")
                                       .arg(text, text::describeSessionError(endpoint.error()));
            return ExitNetwork;
        }
        Uri bound = *uri;
        bound.setPort(endpoint.value()->localAddress().port);
        QTextStream(stdout) << ServeCommand::tr("Serving %1 (%2)\n")
                                   .arg(bound.toString(), QString(protocolName(protocol)));
    }
    QTextStream(stdout).flush();
    std::fflush(stdout);

    const int status = QCoreApplication::exec();
    QTextStream(stdout) << ServeCommand::tr("Stopped.\n");
    return trace.finish(status);
}

} // namespace coapscope::cli
