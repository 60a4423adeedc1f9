// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "codec/messagecode.h"

#include <QByteArrayList>
#include <QList>
#include <QPair>

#include <functional>
#include <memory>

namespace coapscope {

class ServerExchange;

using ResourceHandler = std::function<void(const std::shared_ptr<ServerExchange> &)>;

// A resource a context serves: its path, a handler per method, and the RFC 6690 attributes
// that /.well-known/core lists for it (rt, if, ct, title, sz, obs, ...).
class Resource
{
public:
    explicit Resource(const QByteArrayList &path)
        : m_path(path)
    {}

    const QByteArrayList &path() const { return m_path; }
    // "/a/b", as link-format writes it; "/" for the root.
    QByteArray pathString() const;

    Resource &on(MessageCode method, ResourceHandler handler);
    const ResourceHandler *handler(MessageCode method) const;
    QList<MessageCode> methods() const;

    // Observable resources accept Observe registrations (RFC 7641) and carry "obs" in
    // /.well-known/core; Context::notifyObservers() tells their observers about a change.
    bool isObservable() const { return m_observable; }
    Resource &setObservable(bool observable);

    // Repeated names keep every value, in order ("rt" may list several types).
    Resource &addAttribute(const QByteArray &name, const QByteArray &value = {});
    const QList<QPair<QByteArray, QByteArray>> &attributes() const { return m_attributes; }

private:
    QByteArrayList m_path;
    QList<QPair<MessageCode, ResourceHandler>> m_handlers;
    QList<QPair<QByteArray, QByteArray>> m_attributes;
    bool m_observable = false;
};

} // namespace coapscope
