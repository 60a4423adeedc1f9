// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "common/expected.h"
#include "session/socketaddress.h"

#include <QString>

#include <functional>

class QObject;

namespace coapscope {

class Uri;

struct ResolveError
{
    QString host;
    QString detail; // the resolver's own message
};

// Turns a URI's host and port into a socket address without blocking: IP literals answer at
// once (still through the event loop), names go through QHostInfo. done runs on the thread of
// receiver, and not at all if receiver is destroyed first.
namespace HostResolver {

void resolve(const Uri &uri, QObject *receiver,
             std::function<void(const Expected<SocketAddress, ResolveError> &)> done);

} // namespace HostResolver

} // namespace coapscope
