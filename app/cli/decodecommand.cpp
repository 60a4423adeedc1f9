// SPDX-License-Identifier: BSD-2-Clause
#include "decodecommand.h"

#include "codec/messagejson.h"
#include "codec/tcpframing.h"
#include "codec/tcpstreamdecoder.h"
#include "codec/udpcodec.h"
#include "exitstatus.h"
#include "text/decodeerrortext.h"
#include "text/hexinput.h"
#include "text/messagetext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <limits>

namespace coapscope::cli {

namespace {

struct DecodeCommand
{
    Q_DECLARE_TR_FUNCTIONS(DecodeCommand)
};

QJsonObject errorJson(const DecodeError &error)
{
    return QJsonObject{
        {QLatin1StringView("kind"), QString(error.kindId())},
        {QLatin1StringView("offset"), qint64(error.offset)},
        {QLatin1StringView("value"), qint64(error.value)},
        {QLatin1StringView("limit"), qint64(error.limit)},
        {QLatin1StringView("message"), text::describeDecodeError(error)},
    };
}

void printJson(const QJsonObject &object)
{
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

int decodeDatagram(const QByteArray &bytes, bool json)
{
    const auto decoded = UdpCodec::decode(bytes);
    if (json) {
        printJson(decoded ? messageToJson(decoded.value(), Framing::Datagram)
                          : QJsonObject{{QLatin1StringView("error"), errorJson(decoded.error())}});
    } else if (decoded) {
        QTextStream(stdout) << text::describeMessage(decoded.value(), Framing::Datagram);
    } else {
        QTextStream(stderr)
            << DecodeCommand::tr("malformed: %1\n").arg(text::describeDecodeError(decoded.error()));
    }
    return decoded ? ExitSuccess : ExitFailureResponse;
}

int decodeStream(const QByteArray &bytes, bool json, quint64 maxMessageSize)
{
    TcpStreamDecoder stream(maxMessageSize);
    stream.append(bytes);
    QJsonArray frames;
    std::optional<DecodeError> failure;
    QTextStream out(stdout);
    int count = 0;
    while (auto next = stream.next()) {
        if (!next->hasValue()) {
            failure = next->error();
            break;
        }
        ++count;
        if (json) {
            frames.append(messageToJson(next->value(), Framing::Stream));
        } else {
            out << DecodeCommand::tr("Frame %1\n").arg(count)
                << text::describeMessage(next->value(), Framing::Stream);
        }
    }
    if (!failure && stream.bufferedSize() > 0) {
        // The bytes end inside a frame: report it as the stream decoder would on a closed socket.
        const auto header = TcpFraming::readHeader(
            QByteArrayView(bytes).sliced(qsizetype(stream.streamPosition())));
        const quint64 needed = header && header->hasValue() ? header->value().frameSize() : 0;
        failure = DecodeError{DecodeError::Kind::TruncatedFrame, qsizetype(stream.streamPosition()),
                              needed, quint64(stream.bufferedSize())};
    }
    if (json) {
        QJsonObject result{{QLatin1StringView("frames"), frames}};
        if (failure)
            result.insert(QLatin1StringView("error"), errorJson(*failure));
        printJson(result);
    } else if (failure) {
        out.flush();
        std::fflush(stdout); // the frames before the damage, then the damage

        QTextStream(stderr)
            << DecodeCommand::tr("malformed: %1\n").arg(text::describeDecodeError(*failure));
    }
    return failure ? ExitFailureResponse : ExitSuccess;
}

} // namespace

int runDecode(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        DecodeCommand::tr("Decode a CoAP message given as hex bytes."));
    parser.addHelpOption();
    const QCommandLineOption tcpOption(
        QStringLiteral("tcp"),
        DecodeCommand::tr("Read RFC 8323 stream frames (TCP, TLS) instead of a datagram."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        DecodeCommand::tr("Print JSON (the form documented in the README)."));
    const QCommandLineOption maxSizeOption(
        QStringLiteral("max-message-size"),
        DecodeCommand::tr("With --tcp, refuse frames larger than a peer's Max-Message-Size of N "
                          "bytes (default: no limit)."),
        QStringLiteral("N"));
    parser.addOptions({tcpOption, jsonOption, maxSizeOption});
    parser.addPositionalArgument(
        QStringLiteral("hex"),
        DecodeCommand::tr("The bytes in hex; spaces and colons are allowed. \"-\" reads "
                          "standard input."),
        QStringLiteral("HEX..."));
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << parser.errorText() << u'\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitSuccess;
    }
    QStringList hexParts = parser.positionalArguments();
    if (hexParts.isEmpty()) {
        QTextStream(stderr) << DecodeCommand::tr(
            "decode: give the message bytes in hex, or \"-\" to read them "
            "from standard input\n");
        return ExitUsage;
    }
    QString hex;
    if (hexParts == QStringList{QStringLiteral("-")}) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            QTextStream(stderr) << DecodeCommand::tr("decode: cannot read standard input\n");
            return ExitUsage;
        }
        hex = QString::fromUtf8(input.readAll());
    } else {
        hex = hexParts.join(u' ');
    }
    text::HexInputError hexError{};
    const auto bytes = text::parseHexInput(hex, &hexError);
    if (!bytes) {
        QTextStream(stderr)
            << DecodeCommand::tr("decode: %1\n").arg(text::describeHexInputError(hexError));
        return ExitUsage;
    }
    // Without a limit the user is inspecting bytes, not guarding a connection.
    quint64 maxMessageSize = std::numeric_limits<quint64>::max();
    if (parser.isSet(maxSizeOption)) {
        bool ok = false;
        maxMessageSize = parser.value(maxSizeOption).toULongLong(&ok);
        if (!ok || maxMessageSize == 0 || !parser.isSet(tcpOption)) {
            QTextStream(stderr) << DecodeCommand::tr(
                "decode: --max-message-size takes a positive number of bytes, with --tcp\n");
            return ExitUsage;
        }
    }
    return parser.isSet(tcpOption) ? decodeStream(*bytes, parser.isSet(jsonOption), maxMessageSize)
                                   : decodeDatagram(*bytes, parser.isSet(jsonOption));
}

} // namespace coapscope::cli
