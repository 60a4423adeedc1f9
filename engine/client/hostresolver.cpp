// SPDX-License-Identifier: BSD-2-Clause
#include "hostresolver.h"

#include "codec/uri.h"

#include <QHostInfo>
#include <QMetaObject>

namespace coapscope::HostResolver {

void resolve(const Uri &uri, QObject *receiver,
             std::function<void(const Expected<SocketAddress, ResolveError> &)> done)
{
    const quint16 port = uri.port();
    QHostAddress literal;
    if (literal.setAddress(uri.host())) {
        const Expected<SocketAddress, ResolveError> result(SocketAddress{literal, port});
        QMetaObject::invokeMethod(
            receiver, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    const QString host = uri.host();
    QHostInfo::lookupHost(host, receiver, [done, host, port](const QHostInfo &info) {
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            done(unexpected(ResolveError{host, info.errorString()}));
            return;
        }
        done(SocketAddress{info.addresses().first(), port});
    });
}

} // namespace coapscope::HostResolver
