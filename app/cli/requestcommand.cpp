// SPDX-License-Identifier: BSD-2-Clause
#include "requestcommand.h"

#include "client/coapreply.h"
#include "clientrun.h"
#include "codec/contentformat.h"
#include "codec/messagejson.h"
#include "codec/optionnumber.h"
#include "codec/optionregistry.h"
#include "codec/uri.h"
#include "exitstatus.h"
#include "session/session.h"
#include "session/transmissionparameters.h"
#include "text/hexinput.h"
#include "text/messagetext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace coapscope::cli {

namespace {

struct RequestCommand
{
    Q_DECLARE_TR_FUNCTIONS(RequestCommand)
};

// "--option 2049=0x0102", "--option Uri-Query=a=1", "--option 14=60".
std::optional<Option> parseOptionArgument(const QString &argument, QString *problem)
{
    const qsizetype equals = argument.indexOf(u'=');
    if (equals <= 0) {
        *problem = RequestCommand::tr("--option takes NUMBER=VALUE or NAME=VALUE, not \"%1\"")
                       .arg(argument);
        return std::nullopt;
    }
    const QString key = argument.left(equals);
    const QString value = argument.mid(equals + 1);
    bool isNumber = false;
    const uint number = key.toUInt(&isNumber);
    const OptionDescriptor *descriptor =
        isNumber ? OptionRegistry::find(quint16(number)) : OptionRegistry::findByName(key);
    if ((isNumber && number > 0xffff) || (!isNumber && !descriptor)) {
        *problem = RequestCommand::tr("unknown option \"%1\"").arg(key);
        return std::nullopt;
    }
    const quint16 optionNumber = isNumber ? quint16(number) : descriptor->number;
    if (value.startsWith(QLatin1StringView("0x"))) {
        text::HexInputError error{};
        const auto bytes = text::parseHexInput(value, &error);
        if (!bytes && value != QLatin1StringView("0x")) {
            *problem =
                RequestCommand::tr("option %1: %2").arg(key, text::describeHexInputError(error));
            return std::nullopt;
        }
        return Option(optionNumber, bytes.value_or(QByteArray()));
    }
    if (descriptor && descriptor->format == OptionFormat::Uint && !value.isEmpty()) {
        bool ok = false;
        const qulonglong uintValue = value.toULongLong(&ok);
        if (!ok) {
            *problem = RequestCommand::tr("option %1 takes a number, not \"%2\"").arg(key, value);
            return std::nullopt;
        }
        return Option::fromUint(optionNumber, uintValue);
    }
    return Option(optionNumber, value.toUtf8());
}

std::optional<quint16> parseFormat(const QString &text, const QString &optionName, QString *problem)
{
    if (auto format = ContentFormat::parse(text))
        return format;
    *problem = RequestCommand::tr("%1: unknown Content-Format \"%2\" (give a number or a media "
                                  "type such as application/json)")
                   .arg(optionName, text);
    return std::nullopt;
}

} // namespace

namespace {

void addRequestOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("uri"), RequestCommand::tr("The resource."),
                                 QStringLiteral("URI"));
    parser.addOptions({
        {QStringLiteral("payload"), RequestCommand::tr("Send TEXT as the payload."),
         QStringLiteral("text")},
        {QStringLiteral("payload-file"), RequestCommand::tr("Send the contents of FILE."),
         QStringLiteral("file")},
        {QStringLiteral("content-format"),
         RequestCommand::tr("Content-Format of the payload, by number or media type."),
         QStringLiteral("format")},
        {QStringLiteral("accept"), RequestCommand::tr("Ask for this Content-Format."),
         QStringLiteral("format")},
        {QStringLiteral("non"), RequestCommand::tr("Send a Non-confirmable request.")},
        {QStringLiteral("block-size"),
         RequestCommand::tr("Block size for block-wise transfers: 16, 32, ..., 1024 (default: the "
                            "largest that fits the MTU)."),
         QStringLiteral("bytes")},
        {QStringLiteral("option"),
         RequestCommand::tr("Add an option, NUMBER=VALUE or NAME=VALUE (0x... for bytes); "
                            "repeatable."),
         QStringLiteral("option")},
    });
}

// The request the options describe; nullopt, with problem set, for nonsense.
std::optional<CoapRequest> buildRequest(const QCommandLineParser &parser, MessageCode method,
                                        const Uri &uri, QString *problem)
{
    CoapRequest request(method, uri);
    request.setConfirmable(!parser.isSet(QStringLiteral("non")));
    if (parser.isSet(QStringLiteral("payload")) && parser.isSet(QStringLiteral("payload-file"))) {
        *problem = RequestCommand::tr("give --payload or --payload-file, not both");
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("payload")))
        request.setPayload(parser.value(QStringLiteral("payload")).toUtf8());
    if (parser.isSet(QStringLiteral("payload-file"))) {
        QFile file(parser.value(QStringLiteral("payload-file")));
        if (!file.open(QIODevice::ReadOnly)) {
            *problem =
                RequestCommand::tr("cannot read %1: %2").arg(file.fileName(), file.errorString());
            return std::nullopt;
        }
        request.setPayload(file.readAll());
    }
    for (const char *name : {"content-format", "accept"}) {
        const QString optionName = QLatin1StringView(name);
        if (!parser.isSet(optionName))
            continue;
        const auto format =
            parseFormat(parser.value(optionName), QStringLiteral("--") + optionName, problem);
        if (!format)
            return std::nullopt;
        if (optionName == QLatin1StringView("accept"))
            request.setAccept(*format);
        else
            request.setContentFormat(*format);
    }
    for (const QString &argument : parser.values(QStringLiteral("option"))) {
        const auto option = parseOptionArgument(argument, problem);
        if (!option)
            return std::nullopt;
        request.addOption(option->number, option->value);
    }
    if (parser.isSet(QStringLiteral("block-size"))) {
        if (!request.setBlockSize(parser.value(QStringLiteral("block-size")).toInt()) ||
            request.blockSize() == 0) {
            *problem = RequestCommand::tr("--block-size takes 16, 32, 64, 128, 256, 512 or 1024");
            return std::nullopt;
        }
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0) {
            *problem = RequestCommand::tr("--timeout takes a positive number of seconds");
            return std::nullopt;
        }
        request.setTimeoutMs(qint64(seconds * 1000));
    }
    return request;
}

} // namespace

int runRequest(MessageCode method, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        RequestCommand::tr("Send a %1 request and print the response payload.")
            .arg(QString(method.name())));
    addCommonOptions(parser);
    addRequestOptions(parser);
    const auto common = parseCommonArguments(parser, arguments);
    if (!common)
        return common.error();
    QString problem;
    const auto built = buildRequest(parser, method, common->uri, &problem);
    if (!built)
        return usageError(problem);
    const CoapRequest request = *built;

    const bool json = common->json;
    const Framing framing = common->uri.isStream() ? Framing::Stream : Framing::Datagram;
    return withSession(
        common->uri, *common, [&](Session *session) { return session->send(request); },
        [json, framing](CoapReply *reply) -> int {
            const Message &response = *reply->response();
            const bool success = response.code().isSuccess();
            if (json) {
                QJsonObject object = messageToJson(response, framing);
                object.insert(QLatin1StringView("roundTripMs"), reply->roundTripMs());
                object.insert(QLatin1StringView("retransmissions"), reply->retransmissions());
                QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Indented);
            } else if (success) {
                const QByteArray payload = response.payload();
                std::fwrite(payload.constData(), 1, size_t(payload.size()), stdout);
                std::fflush(stdout);
            } else {
                QTextStream(stderr) << text::codeText(response.code()) << '\n';
                if (!response.payloadView().isEmpty())
                    QTextStream(stderr) << text::payloadText(response.payloadView()) << '\n';
            }
            return success ? ExitSuccess : ExitFailureResponse;
        });
}

int runObserve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(RequestCommand::tr(
        "Observe a resource (RFC 7641): print each notification's payload on a line of its own."));
    addCommonOptions(parser);
    addRequestOptions(parser);
    parser.addOption({QStringLiteral("count"),
                      RequestCommand::tr("Stop after N notifications (the first response counts)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("duration"), RequestCommand::tr("Stop after SECONDS."),
                      QStringLiteral("seconds")});
    const auto common = parseCommonArguments(parser, arguments);
    if (!common)
        return common.error();
    QString problem;
    auto built = buildRequest(parser, MessageCode::Get, common->uri, &problem);
    if (!built)
        return usageError(problem);
    CoapRequest request = *built;
    request.setObserve(true);
    bool ok = true;
    const int count = parser.isSet(QStringLiteral("count"))
                          ? parser.value(QStringLiteral("count")).toInt(&ok)
                          : 0;
    const double duration = parser.isSet(QStringLiteral("duration"))
                                ? parser.value(QStringLiteral("duration")).toDouble(&ok)
                                : 0.0;
    if (!ok || count < 0 || duration < 0)
        return usageError(RequestCommand::tr("--count and --duration take positive numbers"));

    const bool json = common->json;
    const Framing framing = common->uri.isStream() ? Framing::Stream : Framing::Datagram;
    return withSession(
        common->uri, *common,
        [&](Session *session) {
            CoapReply *reply = session->send(request);
            QObject::connect(
                reply, &CoapReply::notification, reply,
                [reply, json, count, framing](const Message &message, bool stale) {
                    const auto sequence = message.uintOption(OptionNumber::Observe);
                    if (json) {
                        QJsonObject object = messageToJson(message, framing);
                        object.insert(QLatin1StringView("observe"), qint64(sequence.value_or(0)));
                        object.insert(QLatin1StringView("stale"), stale);
                        QTextStream(stdout)
                            << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
                    } else if (stale) {
                        QTextStream(stderr)
                            << RequestCommand::tr(
                                   "(a stale notification, %1, arrived out of order)\n")
                                   .arg(sequence.value_or(0));
                    } else {
                        QTextStream(stdout) << message.payload() << '\n';
                    }
                    std::fflush(stdout);
                    if (count > 0 && reply->notificationCount() >= count)
                        reply->stopObserving();
                });
            if (duration > 0) {
                QTimer::singleShot(qint64(duration * 1000), reply,
                                   [reply] { reply->stopObserving(); });
            }
            return reply;
        },
        [](CoapReply *reply) -> int {
            if (reply->notificationCount() == 0) {
                // The first answer came without Observe: the resource is not observable.
                QTextStream(stderr) << RequestCommand::tr("%1: the resource did not accept the "
                                                          "observation\n")
                                           .arg(text::codeText(reply->response()->code()));
                return ExitFailureResponse;
            }
            return ExitSuccess;
        });
}

int runPing(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        RequestCommand::tr("Send a CoAP ping: an Empty CON, which a live endpoint answers with "
                           "RST; over TCP a 7.02 Ping, answered by a Pong."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("uri"), RequestCommand::tr("The endpoint."),
                                 QStringLiteral("URI"));
    const auto common = parseCommonArguments(parser, arguments);
    if (!common)
        return common.error();
    const bool json = common->json;
    return withSession(
        common->uri, *common, [](Session *session) { return session->ping(); },
        [json](CoapReply *reply) -> int {
            const Message &response = *reply->response();
            const QString answer = response.code() == MessageCode::Pong
                                       ? QStringLiteral("Pong")
                                       : QString(messageTypeAbbreviation(response.type()));
            if (json) {
                const QJsonObject object{{QLatin1StringView("answer"), answer},
                                         {QLatin1StringView("roundTripMs"), reply->roundTripMs()}};
                QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Indented);
            } else {
                QTextStream(stdout)
                    << RequestCommand::tr("%1 in %2 ms\n").arg(answer).arg(reply->roundTripMs());
            }
            return ExitSuccess;
        });
}

} // namespace coapscope::cli
