// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "security/securityerror.h"
#include "security/securitysettings.h"

#include <QString>

namespace coapscope::text {

// Why a DTLS or TLS handshake failed, in words a user can act on.
QString describeSecurityError(const SecurityError &error);
QString describeSettingsProblem(const SettingsProblem &problem);

} // namespace coapscope::text
