// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "resource.h"

#include <QByteArrayList>

#include <memory>
#include <vector>

namespace coapscope {

class ServerExchange;

// The resources of a context, and the RFC 7252 rules for requests that reach none of them.
class ResourceTable
{
public:
    // Adds a resource at path, replacing any resource there.
    Resource &add(const QByteArrayList &path);
    bool remove(const QByteArrayList &path);
    const Resource *find(const QByteArrayList &path) const;
    QList<const Resource *> all() const;
    bool isEmpty() const { return m_resources.empty(); }

    // Answers 4.02 for an unrecognized critical option, 5.05 for a proxy request, 4.04 for
    // an unknown path and 4.05 for an unsupported method; otherwise runs the handler.
    void dispatch(const std::shared_ptr<ServerExchange> &exchange) const;

private:
    std::vector<std::unique_ptr<Resource>> m_resources;
};

} // namespace coapscope
