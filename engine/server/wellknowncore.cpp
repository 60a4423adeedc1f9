// SPDX-License-Identifier: BSD-2-Clause
#include "wellknowncore.h"

#include "codec/contentformat.h"
#include "codec/optionnumber.h"
#include "resourcetable.h"
#include "serverexchange.h"

namespace coapscope::WellKnownCore {

namespace {

const QByteArrayList discoveryPath{".well-known", "core"};

} // namespace

QList<Link> links(const ResourceTable &table)
{
    QList<Link> result;
    for (const Resource *resource : table.all()) {
        if (resource->path() == discoveryPath)
            continue;
        Link link;
        link.target = resource->pathString();
        for (const auto &[name, value] : resource->attributes())
            link.parameters.append(
                {name, value.isNull() ? std::nullopt : std::optional<QByteArray>(value)});
        result.append(link);
    }
    return result;
}

void install(ResourceTable &table)
{
    table.add(discoveryPath).on(MessageCode::Get, [&table](const auto &exchange) {
        const QByteArray filter =
            exchange->request().option(OptionNumber::UriQuery).value_or(QByteArray());
        QList<Link> selected;
        for (const Link &link : links(table)) {
            if (LinkFormat::matches(link, filter))
                selected.append(link);
        }
        // RFC 6690 §4.1: a filter that selects nothing is answered with 4.04.
        if (selected.isEmpty() && !filter.isEmpty()) {
            exchange->respond(MessageCode::NotFound);
            return;
        }
        exchange->respond(MessageCode::Content, LinkFormat::write(selected),
                          ContentFormat::LinkFormat);
    });
}

} // namespace coapscope::WellKnownCore
