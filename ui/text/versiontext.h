// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QString>

namespace coapscope::text {

// What --version prints: the program's version and the Qt and OpenSSL it runs on.
QString versionText(const QString &programName);

} // namespace coapscope::text
