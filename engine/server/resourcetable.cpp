// SPDX-License-Identifier: BSD-2-Clause
#include "resourcetable.h"

#include "codec/optionnumber.h"
#include "codec/optionregistry.h"
#include "serverexchange.h"

#include <algorithm>

namespace coapscope {

namespace {

// The first critical option this server does not understand, if any (RFC 7252 §5.4.1).
std::optional<quint16> unrecognizedCriticalOption(const Message &request)
{
    for (qsizetype i = 0; i < request.optionCount(); ++i) {
        const quint16 number = request.optionNumberAt(i);
        if (OptionRegistry::isCritical(number) && !OptionRegistry::find(number))
            return number;
    }
    return std::nullopt;
}

} // namespace

Resource &ResourceTable::add(const QByteArrayList &path)
{
    remove(path);
    m_resources.push_back(std::make_unique<Resource>(path));
    return *m_resources.back();
}

bool ResourceTable::remove(const QByteArrayList &path)
{
    const auto found = std::find_if(m_resources.begin(), m_resources.end(),
                                    [&](const auto &resource) { return resource->path() == path; });
    if (found == m_resources.end())
        return false;
    m_resources.erase(found);
    return true;
}

const Resource *ResourceTable::find(const QByteArrayList &path) const
{
    for (const auto &resource : m_resources) {
        if (resource->path() == path)
            return resource.get();
    }
    return nullptr;
}

QList<const Resource *> ResourceTable::all() const
{
    QList<const Resource *> resources;
    for (const auto &resource : m_resources)
        resources.append(resource.get());
    return resources;
}

void ResourceTable::dispatch(const std::shared_ptr<ServerExchange> &exchange) const
{
    const Message &request = exchange->request();
    if (const auto option = unrecognizedCriticalOption(request)) {
        // RFC 7252 §5.4.1: 4.02 for a CON request; a NON one is rejected.
        if (request.type() == MessageType::NonConfirmable) {
            exchange->reject();
            return;
        }
        exchange->respond(MessageCode::BadOption, QByteArray("unrecognized critical option ") +
                                                      QByteArray::number(*option));
        return;
    }
    if (request.hasOption(OptionNumber::ProxyUri) || request.hasOption(OptionNumber::ProxyScheme)) {
        exchange->respond(MessageCode::ProxyingNotSupported);
        return;
    }
    const Resource *resource = find(request.optionValues(OptionNumber::UriPath));
    if (!resource) {
        exchange->respond(MessageCode::NotFound);
        return;
    }
    const ResourceHandler *handler = resource->handler(request.code());
    if (!handler) {
        exchange->respond(MessageCode::MethodNotAllowed);
        return;
    }
    exchange->setResource(resource);
    (*handler)(exchange);
}

} // namespace coapscope
