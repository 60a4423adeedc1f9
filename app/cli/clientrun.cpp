// SPDX-License-Identifier: BSD-2-Clause
#include "clientrun.h"

#include "busypolloption.h"
#include "client/coapreply.h"
#include "client/hostresolver.h"
#include "exitstatus.h"
#include "securityoptions.h"
#include "session/context.h"
#include "session/schemeprotocol.h"
#include "session/session.h"
#include "text/networkerrortext.h"
#include "text/urierrortext.h"
#include "verbosetracer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace coapscope::cli {

namespace {

struct ClientRun
{
    Q_DECLARE_TR_FUNCTIONS(ClientRun)
};

// The transmission parameters the options ask for; nullopt (with problem set) for nonsense.
std::optional<TransmissionParameters> parseParameters(const QCommandLineParser &parser,
                                                      QString *problem)
{
    TransmissionParameters parameters;
    if (parser.isSet(QStringLiteral("ack-timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("ack-timeout")).toDouble(&ok);
        parameters.ackTimeoutMs = ok ? qint64(seconds * 1000) : -1;
    }
    if (parser.isSet(QStringLiteral("max-retransmit"))) {
        bool ok = false;
        parameters.maxRetransmit = parser.value(QStringLiteral("max-retransmit")).toInt(&ok);
        if (!ok)
            parameters.maxRetransmit = -1;
    }
    if (parameters.validate()) {
        *problem = ClientRun::tr("--ack-timeout takes a positive number of seconds and "
                                 "--max-retransmit a count from 0 to 20");
        return std::nullopt;
    }
    return parameters;
}

std::optional<Uri> parseTarget(const QCommandLineParser &parser, QString *problem)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        *problem = ClientRun::tr("give exactly one URI, such as coap://127.0.0.1/test");
        return std::nullopt;
    }
    const auto uri = Uri::parse(positional.first());
    if (!uri) {
        *problem = ClientRun::tr("invalid URI: %1").arg(text::describeUriError(uri.error()));
        return std::nullopt;
    }
    return uri.value();
}

} // namespace

int usageError(const QString &message)
{
    QTextStream(stderr) << message << '\n';
    return ExitUsage;
}

// Runs the event loop until the URI's host resolves and a session is open, then calls start.
// Returns the exit status.
int withSession(const Uri &uri, const CommonArguments &common,
                const std::function<CoapReply *(Session *)> &start,
                const std::function<int(CoapReply *)> &finish)
{
    Context context;
    context.setTransmissionParameters(common.parameters);
    context.setBusyPollLimitUs(common.busyPollUs);
    VerboseTracer tracer;
    if (common.verbose)
        context.addTracer(&tracer);
    TraceOutput trace(common.trace, context);
    std::unique_ptr<CoapReply> reply;
    HostResolver::resolve(uri, &context, [&](const Expected<SocketAddress, ResolveError> &address) {
        if (!address) {
            QTextStream(stderr) << ClientRun::tr("cannot resolve %1: %2\n")
                                       .arg(address.error().host, address.error().detail);
            QCoreApplication::exit(ExitNetwork);
            return;
        }
        auto session = context.newClientSession(address.value(), protocolForScheme(uri.scheme()),
                                                {}, common.security);
        if (!session) {
            QTextStream(stderr) << ClientRun::tr("cannot open a session to %1: %2\n")
                                       .arg(address->toString(),
                                            text::describeSessionError(session.error()));
            QCoreApplication::exit(
                session.error().kind == SessionError::Kind::Security ? ExitUsage : ExitNetwork);
            return;
        }
        reply.reset(start(session.value()));
        QObject::connect(reply.get(), &CoapReply::finished, &context, [&] {
            if (!reply->response()) {
                printFailure(*reply->error(), common.json);
                QCoreApplication::exit(exitStatusFor(*reply->error()));
                return;
            }
            QCoreApplication::exit(finish(reply.get()));
        });
    });
    return trace.finish(QCoreApplication::exec());
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOption({QStringLiteral("timeout"),
                      ClientRun::tr("Give up after SECONDS (default: MAX_TRANSMIT_WAIT, 93 s)."),
                      QStringLiteral("seconds")});
    parser.addOption({QStringLiteral("verbose"),
                      ClientRun::tr("Print one line per datagram on standard error.")});
    parser.addOption(
        {QStringLiteral("json"), ClientRun::tr("Print the outcome as JSON (see the README).")});
    parser.addOption({QStringLiteral("ack-timeout"),
                      ClientRun::tr("ACK_TIMEOUT in seconds (default 2)."),
                      QStringLiteral("seconds")});
    parser.addOption({QStringLiteral("max-retransmit"),
                      ClientRun::tr("MAX_RETRANSMIT (default 4)."), QStringLiteral("count")});
    addBusyPollOption(parser);
    addSecurityOptions(parser, DtlsRole::Client);
    addTraceOptions(parser);
}

// Parses what every request-like command takes. Returns the exit status instead when the
// command ends here: after --help, or on a usage error.
Expected<CommonArguments, int> parseCommonArguments(QCommandLineParser &parser,
                                                    const QStringList &arguments)
{
    if (!parser.parse(arguments))
        return unexpected(usageError(parser.errorText()));
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return unexpected(int(ExitSuccess));
    }
    QString problem;
    const auto uri = parseTarget(parser, &problem);
    if (!uri)
        return unexpected(usageError(problem));
    const auto parameters = parseParameters(parser, &problem);
    if (!parameters)
        return unexpected(usageError(problem));
    const auto busyPollUs = parseBusyPollOption(parser);
    if (!busyPollUs)
        return unexpected(usageError(busyPollUs.error()));
    const auto security = parseSecurityOptions(parser, DtlsRole::Client, *uri);
    if (!security)
        return unexpected(usageError(security.error()));
    const auto trace =
        parseTraceOptions(parser, protocolForScheme(uri->scheme()) == Protocol::Dtls);
    if (!trace)
        return unexpected(usageError(trace.error()));
    SecuritySettings settings = *security;
    settings.preferCaptureDecryptableSuites =
        trace->dtlsExport == TraceCapture::DtlsExport::Records;
    return CommonArguments{*uri,
                           *parameters,
                           settings,
                           parser.isSet(QStringLiteral("json")),
                           parser.isSet(QStringLiteral("verbose")),
                           *trace,
                           *busyPollUs};
}

void printFailure(const RequestError &error, bool json)
{
    if (json) {
        const QJsonObject object{
            {QLatin1StringView("error"),
             QJsonObject{{QLatin1StringView("kind"), QString(RequestError::kindId(error.kind))},
                         {QLatin1StringView("message"), text::describeRequestError(error)}}}};
        QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        QTextStream(stderr) << text::describeRequestError(error) << '\n';
    }
}

int exitStatusFor(const RequestError &error)
{
    switch (error.kind) {
    case RequestError::Kind::MessageTooLarge:
        return ExitUsage;
    case RequestError::Kind::Security:
        return ExitSecurity;
    default:
        return ExitNetwork;
    }
}

} // namespace coapscope::cli
