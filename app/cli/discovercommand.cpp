// SPDX-License-Identifier: BSD-2-Clause
#include "discovercommand.h"

#include "client/coapreply.h"
#include "client/coaprequest.h"
#include "clientrun.h"
#include "codec/linkformat.h"
#include "codec/optionnumber.h"
#include "exitstatus.h"
#include "session/session.h"
#include "text/messagetext.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace coapscope::cli {

namespace {

struct DiscoverCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiscoverCommand)
};

QJsonObject linkToJson(const Link &link)
{
    QJsonObject attributes;
    for (const Link::Parameter &parameter : link.parameters) {
        attributes.insert(QString::fromUtf8(parameter.name),
                          parameter.value ? QJsonValue(QString::fromUtf8(*parameter.value))
                                          : QJsonValue(true));
    }
    return QJsonObject{{QLatin1StringView("href"), QString::fromUtf8(link.target)},
                       {QLatin1StringView("attributes"), attributes}};
}

QString linkLine(const Link &link)
{
    QString line = QString::fromUtf8(link.target);
    for (const Link::Parameter &parameter : link.parameters) {
        line += QStringLiteral("  ") + QString::fromUtf8(parameter.name);
        if (parameter.value)
            line += u'=' + QString::fromUtf8(*parameter.value);
    }
    return line;
}

} // namespace

int runDiscover(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        DiscoverCommand::tr("List a server's resources from /.well-known/core (RFC 6690)."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("uri"),
                                 DiscoverCommand::tr("The server; a path other than / names "
                                                     "another discovery resource."),
                                 QStringLiteral("URI"));
    parser.addOption({QStringLiteral("filter"),
                      DiscoverCommand::tr("Only links matching QUERY, e.g. rt=temperature or "
                                          "href=/sensors*."),
                      QStringLiteral("query")});
    const auto common = parseCommonArguments(parser, arguments);
    if (!common)
        return common.error();

    Uri uri = common->uri;
    if (uri.pathSegments().isEmpty())
        uri.setPathSegments({".well-known", "core"});
    if (parser.isSet(QStringLiteral("filter"))) {
        const QString filter = parser.value(QStringLiteral("filter"));
        if (!filter.contains(u'='))
            return usageError(
                DiscoverCommand::tr("--filter takes NAME=VALUE, e.g. rt=temperature"));
        uri.setQuerySegments({filter.toUtf8()});
    }
    CoapRequest request(MessageCode::Get, uri);
    const bool json = common->json;
    return withSession(
        uri, *common, [&](Session *session) { return session->send(request); },
        [json](CoapReply *reply) -> int {
            const Message &response = *reply->response();
            if (!response.code().isSuccess()) {
                QTextStream(stderr) << text::codeText(response.code()) << '\n';
                return ExitFailureResponse;
            }
            const auto links = LinkFormat::parse(response.payloadView());
            if (!links) {
                QTextStream(stderr) << DiscoverCommand::tr("the answer is not link format "
                                                           "(character %1)\n")
                                           .arg(links.error().offset + 1);
                return ExitFailureResponse;
            }
            QTextStream out(stdout);
            if (json) {
                QJsonArray array;
                for (const Link &link : links.value())
                    array.append(linkToJson(link));
                out << QJsonDocument(QJsonObject{{QLatin1StringView("links"), array}})
                           .toJson(QJsonDocument::Indented);
            } else {
                for (const Link &link : links.value())
                    out << linkLine(link) << '\n';
            }
            return ExitSuccess;
        });
}

} // namespace coapscope::cli
