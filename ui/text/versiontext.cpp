// SPDX-License-Identifier: BSD-2-Clause
#include "versiontext.h"

#include "common/buildinfo.h"

#include <QCoreApplication>

namespace coapscope::text {

QString versionText(const QString &programName)
{
    return QCoreApplication::translate("VersionText", "%1 %2\nQt %3 (built with %4)\n%5\n")
        .arg(programName, BuildInfo::applicationVersion(), BuildInfo::qtRuntimeVersion(),
             QStringLiteral(QT_VERSION_STR), BuildInfo::openSslVersion());
}

} // namespace coapscope::text
