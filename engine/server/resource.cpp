// SPDX-License-Identifier: BSD-2-Clause
#include "resource.h"

namespace coapscope {

QByteArray Resource::pathString() const
{
    return '/' + m_path.join('/');
}

Resource &Resource::on(MessageCode method, ResourceHandler handler)
{
    for (auto &entry : m_handlers) {
        if (entry.first == method) {
            entry.second = std::move(handler);
            return *this;
        }
    }
    m_handlers.append({method, std::move(handler)});
    return *this;
}

const ResourceHandler *Resource::handler(MessageCode method) const
{
    for (const auto &entry : m_handlers) {
        if (entry.first == method)
            return &entry.second;
    }
    return nullptr;
}

QList<MessageCode> Resource::methods() const
{
    QList<MessageCode> methods;
    for (const auto &entry : m_handlers)
        methods.append(entry.first);
    return methods;
}

Resource &Resource::setObservable(bool observable)
{
    if (observable && !m_observable)
        m_attributes.append({"obs", QByteArray()});
    m_observable = observable;
    return *this;
}

Resource &Resource::addAttribute(const QByteArray &name, const QByteArray &value)
{
    m_attributes.append({name, value});
    return *this;
}

} // namespace coapscope
