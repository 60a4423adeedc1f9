// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "client/requesterror.h"
#include "session/sessionerror.h"
#include "transport/transporterror.h"

#include <QString>

namespace coapscope::text {

QString describeTransportError(const TransportError &error);
QString describeSessionError(const SessionError &error);
QString describeRequestError(const RequestError &error);

} // namespace coapscope::text
