// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QString>

namespace coapscope::BuildInfo {

QString applicationVersion();
// The Qt the program runs against, which can differ from the one it was built with.
QString qtRuntimeVersion();
// The OpenSSL the program runs against, as OpenSSL names itself ("OpenSSL 3.0.19 ...").
QString openSslVersion();

} // namespace coapscope::BuildInfo
