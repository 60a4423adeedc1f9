// SPDX-License-Identifier: BSD-2-Clause
#include "benchcommand.h"

#include "client/coapreply.h"
#include "client/hostresolver.h"
#include "clientrun.h"
#include "exitstatus.h"
#include "session/context.h"
#include "session/schemeprotocol.h"
#include "session/session.h"
#include "text/messagetext.h"
#include "text/networkerrortext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace coapscope::cli {

namespace {

struct BenchCommand
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)
};

struct Results
{
    QList<qint64> latenciesNs;
    int errors = 0;
    QString firstError; // worded: what went wrong with the first request that failed
    quint64 retransmissions = 0;
    qint64 elapsedNs = 0;
};

double percentileMs(QList<qint64> sorted, double fraction)
{
    if (sorted.isEmpty())
        return 0.0;
    const qsizetype index = qMin(sorted.size() - 1, qsizetype(fraction * double(sorted.size())));
    return double(sorted[index]) / 1e6;
}

QString describeFailure(const CoapReply &reply)
{
    if (const auto &error = reply.error())
        return text::describeRequestError(*error);
    return text::codeText(reply.response()->code()); // an answer other than 2.xx
}

// Whether a session is still opening: connecting, securing or exchanging capabilities.
bool isOpening(const Session *session)
{
    switch (session->state()) {
    case SessionState::Connecting:
    case SessionState::Handshaking:
    case SessionState::ExchangingCapabilities:
        return true;
    default:
        return false;
    }
}

// Keeps one request in flight on each session until the total is reached. The clock starts
// once no session is still opening, so connection set-up (TCP, TLS and DTLS handshakes, CSM)
// is not counted as request time: a server slow to accept a burst of connections would
// otherwise look slow at answering requests.
class LoadRun : public QObject
{
public:
    LoadRun(const CoapRequest &request, int total)
        : m_request(request)
        , m_total(total)
    {}

    void start(const QList<Session *> &sessions)
    {
        m_sessions = sessions;
        for (Session *session : sessions)
            connect(session, &Session::changed, this, &LoadRun::startWhenOpen);
        startWhenOpen();
    }
    Results &results() { return m_results; }

private:
    void startWhenOpen()
    {
        if (m_clock.isValid() || std::any_of(m_sessions.cbegin(), m_sessions.cend(), isOpening))
            return;
        for (Session *session : std::as_const(m_sessions))
            disconnect(session, &Session::changed, this, &LoadRun::startWhenOpen);
        m_clock.start();
        for (Session *session : std::as_const(m_sessions))
            sendNext(session);
    }

    void sendNext(Session *session)
    {
        if (m_started >= m_total)
            return;
        ++m_started;
        const qint64 sentAt = m_clock.nsecsElapsed();
        CoapReply *reply = session->send(m_request);
        connect(reply, &CoapReply::finished, this, [this, reply, session, sentAt] {
            const bool ok = reply->response() && reply->response()->code().isSuccess();
            if (ok)
                m_results.latenciesNs.append(m_clock.nsecsElapsed() - sentAt);
            else if (++m_results.errors == 1)
                m_results.firstError = describeFailure(*reply);
            m_results.retransmissions += quint64(reply->retransmissions());
            reply->deleteLater();
            if (++m_finished == m_total) {
                m_results.elapsedNs = m_clock.nsecsElapsed();
                QCoreApplication::exit(ExitSuccess);
                return;
            }
            sendNext(session);
        });
    }

    CoapRequest m_request;
    QList<Session *> m_sessions;
    int m_total;
    int m_started = 0;
    int m_finished = 0;
    QElapsedTimer m_clock;
    Results m_results;
};

} // namespace

int runBench(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        BenchCommand::tr("Load a server with GET requests and report throughput and latency."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("uri"), BenchCommand::tr("The resource to GET."),
                                 QStringLiteral("URI"));
    parser.addOption({QStringLiteral("requests"),
                      BenchCommand::tr("How many requests in all (default 10000)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("concurrency"),
                      BenchCommand::tr("How many sessions, each with one request in flight "
                                       "(default 4)."),
                      QStringLiteral("c")});
    parser.addOption({QStringLiteral("non"), BenchCommand::tr("Send Non-confirmable requests.")});
    const auto common = parseCommonArguments(parser, arguments);
    if (!common)
        return common.error();
    bool ok = true;
    const int total = parser.isSet(QStringLiteral("requests"))
                          ? parser.value(QStringLiteral("requests")).toInt(&ok)
                          : 10000;
    bool okConcurrency = true;
    const int concurrency = parser.isSet(QStringLiteral("concurrency"))
                                ? parser.value(QStringLiteral("concurrency")).toInt(&okConcurrency)
                                : 4;
    if (!ok || !okConcurrency || total < 1 || concurrency < 1 || concurrency > 1000)
        return usageError(BenchCommand::tr("--requests takes a positive number, --concurrency "
                                           "one from 1 to 1000"));

    CoapRequest request(MessageCode::Get, common->uri);
    request.setConfirmable(!parser.isSet(QStringLiteral("non")));
    Context context;
    context.setTransmissionParameters(common->parameters);
    context.setBusyPollLimitUs(common->busyPollUs);
    TraceOutput trace(common->trace, context);
    LoadRun run(request, total);
    int status = ExitSuccess;
    HostResolver::resolve(
        common->uri, &context, [&](const Expected<SocketAddress, ResolveError> &address) {
            if (!address) {
                QTextStream(stderr) << BenchCommand::tr("cannot resolve %1: %2\n")
                                           .arg(address.error().host, address.error().detail);
                QCoreApplication::exit(ExitNetwork);
                return;
            }
            QList<Session *> sessions;
            for (int i = 0; i < concurrency; ++i) {
                auto session = context.newClientSession(
                    address.value(), protocolForScheme(common->uri.scheme()), {}, common->security);
                if (!session) {
                    QTextStream(stderr) << text::describeSessionError(session.error()) << '\n';
                    QCoreApplication::exit(ExitNetwork);
                    return;
                }
                sessions.append(session.value());
            }
            run.start(sessions);
        });
    status = trace.finish(QCoreApplication::exec());
    if (status != ExitSuccess)
        return status;

    Results &results = run.results();
    std::sort(results.latenciesNs.begin(), results.latenciesNs.end());
    const double seconds = double(results.elapsedNs) / 1e9;
    const double rate = seconds > 0 ? double(total) / seconds : 0.0;
    if (common->json) {
        const QJsonObject object{
            {QLatin1StringView("requests"), total},
            {QLatin1StringView("concurrency"), concurrency},
            {QLatin1StringView("seconds"), seconds},
            {QLatin1StringView("requestsPerSecond"), rate},
            {QLatin1StringView("latencyMs"),
             QJsonObject{{QLatin1StringView("p50"), percentileMs(results.latenciesNs, 0.50)},
                         {QLatin1StringView("p90"), percentileMs(results.latenciesNs, 0.90)},
                         {QLatin1StringView("p99"), percentileMs(results.latenciesNs, 0.99)},
                         {QLatin1StringView("max"), percentileMs(results.latenciesNs, 1.0)}}},
            {QLatin1StringView("errors"), results.errors},
            {QLatin1StringView("firstError"),
             results.firstError.isEmpty() ? QJsonValue() : QJsonValue(results.firstError)},
            {QLatin1StringView("retransmissions"), qint64(results.retransmissions)},
        };
        QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Indented);
    } else {
        QTextStream(stdout) << BenchCommand::tr(
                                   "%1 requests in %2 s with %3 sessions: %4 requests/s\n")
                                   .arg(total)
                                   .arg(seconds, 0, 'f', 3)
                                   .arg(concurrency)
                                   .arg(rate, 0, 'f', 0)
                            << BenchCommand::tr("latency ms: p50 %1, p90 %2, p99 %3, max %4\n")
                                   .arg(percentileMs(results.latenciesNs, 0.50), 0, 'f', 3)
                                   .arg(percentileMs(results.latenciesNs, 0.90), 0, 'f', 3)
                                   .arg(percentileMs(results.latenciesNs, 0.99), 0, 'f', 3)
                                   .arg(percentileMs(results.latenciesNs, 1.0), 0, 'f', 3)
                            << BenchCommand::tr("errors %1, retransmissions %2\n")
                                   .arg(results.errors)
                                   .arg(results.retransmissions);
        if (!results.firstError.isEmpty()) {
            QTextStream(stderr) << BenchCommand::tr("first error: %1\n").arg(results.firstError);
        }
    }
    return results.errors > 0 ? ExitFailureResponse : ExitSuccess;
}

} // namespace coapscope::cli
